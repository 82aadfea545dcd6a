"""The built-in plugin: newslint's own rules, packs, readers and formats.

Registered through the `newslint` entry-point group like any third-party
plugin, so built-ins and plugins use the same door (pytest's model).
"""

from __future__ import annotations

from pathlib import Path

from newslint.hookspecs import hookimpl
from newslint.packs_data import builtin_pack_dir
from newslint.readers import ReaderSpec
from newslint.reporters import ReporterSpec

RULE_MODULES = (
    "newslint.rules.spacing",
    "newslint.rules.confusables",
    "newslint.rules.capitalization",
    "newslint.rules.headline",
    "newslint.rules.quotes",
    "newslint.rules.boilerplate",
    "newslint.rules.repetition",
    "newslint.rules.consistency",
)


@hookimpl
def newslint_rules():
    import importlib

    from newslint.rule import Rule

    rules = []
    for name in RULE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue  # family not written yet
            raise
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, Rule)
                and obj.__module__ == name
                and getattr(obj, "id", None)
            ):
                rules.append(obj)
    return rules


@hookimpl
def newslint_packs() -> list[Path]:
    """Built-in packs that are always loaded (on-by-default word lists)."""
    d = builtin_pack_dir()
    if d is None:
        return []
    return sorted(
        p for p in d.glob("*.yaml") if not p.name.startswith("_") and p.stem not in OPT_IN_PACKS
    )


# Packs that only load when config names them (`packs = ["ap"]`).
OPT_IN_PACKS = frozenset({"ap"})


@hookimpl
def newslint_readers():
    return [
        ReaderSpec("txt", (".txt", ".text"), "newslint.readers.text:read"),
        ReaderSpec("md", (".md", ".markdown", ".mdown", ".mkd"), "newslint.readers.markdown:read"),
        ReaderSpec("html", (".html", ".htm", ".xhtml"), "newslint.readers.html:read"),
    ]


@hookimpl
def newslint_output_formats():
    return [
        ReporterSpec("text", "newslint.reporters.text:TextReporter"),
        ReporterSpec("json", "newslint.reporters.json:JsonReporter"),
        ReporterSpec("github", "newslint.reporters.github:GithubReporter"),
        ReporterSpec("sarif", "newslint.reporters.sarif:SarifReporter"),
    ]


@hookimpl
def newslint_grammar_backends():
    return {
        "languagetool": "newslint.grammar.languagetool:LanguageToolBackend",
        "harper": "newslint.grammar.harper:HarperBackend",
    }
