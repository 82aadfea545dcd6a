"""Every hook newslint calls, in pipeline order. Built-ins implement them too.

A plugin is a module (or object) with functions marked `@hookimpl`, found
through the `newslint` entry-point group:

    [project.entry-points.newslint]
    myplugin = "my_package.newslint_plugin"

Hooks that collect (rules, packs, readers, formats, grammar backends) are
called once per run; every plugin's answer is used. Argument names are public
API: never rename them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from pathlib import Path

    from newslint.readers import ReaderSpec
    from newslint.reporters import ReporterSpec
    from newslint.rule import Rule

hookspec = pluggy.HookspecMarker("newslint")
hookimpl = pluggy.HookimplMarker("newslint")

# -- rules ----------------------------------------------------------------


@hookspec
def newslint_rules() -> list[type[Rule]]:
    """Return Python rule classes (subclasses of `newslint.rule.Rule`).

    Called once when the rule registry is built. Each rule's `id` must be
    unique across all plugins and packs (`family.name`); a clash is a
    startup error naming both sources.

    :returns: a list of rule classes.
    """


@hookspec
def newslint_packs() -> list[Path]:
    """Return paths of YAML rule packs this plugin ships.

    Plugin packs are always loaded (their rules still obey `select` and
    `ignore` and each rule's `default` switch). Packs named in config
    `packs` are loaded on top.

    :returns: a list of file paths.
    """


# -- reading --------------------------------------------------------------


@hookspec
def newslint_readers() -> list[ReaderSpec]:
    """Return readers: a format name, its file extensions, and the reader.

    A reader is `read(path: str, source: str) -> Document`, given as a
    callable or as a lazy `"module:function"` string. A later plugin's
    extension overrides a built-in one, so a plugin can replace a reader.

    :returns: a list of `newslint.readers.ReaderSpec`.
    """


# -- reporting ------------------------------------------------------------


@hookspec
def newslint_output_formats() -> list[ReporterSpec]:
    """Return output formats for `--format NAME`.

    Each `ReporterSpec` names a format and a factory (callable or lazy
    `"module:Class"`) called as `factory(stream, options)`; the reporter
    gets `start()`, `file(result)` per linted file, and `finish(summary)`.

    :returns: a list of `newslint.reporters.ReporterSpec`.
    """


# -- grammar --------------------------------------------------------------


@hookspec
def newslint_grammar_backends() -> dict[str, str]:
    """Return grammar backends as {name: "module:factory"}.

    The factory is called as `factory(config)` with a validated
    `newslint.grammar.GrammarConfig` and returns a
    `newslint.grammar.GrammarBackend` (implement `version()` and
    `check_text(text) -> list[Match]`; `merge` and `cache_key` come from the
    base class).

    :returns: a mapping of backend name to lazy factory path.
    """
