"""The plugin manager: loads the `newslint` entry points, one at a time.

Each entry point loads on its own; one that fails to import is a one-line
error naming the plugin and its version (sqlfluff's `host.py` model), not a
traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from functools import cache

import pluggy

from newslint import hookspecs
from newslint.errors import NewslintError


@dataclass(frozen=True)
class EntryPoint:
    name: str
    value: str  # "module" or "module:attribute"
    dist: str  # "name version", for error messages

    def load(self):
        module, _, attr = self.value.partition(":")
        obj = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


def entry_points(group: str) -> list[EntryPoint]:
    """Entry points of `group` from the installed distributions on sys.path.

    This reads `*.dist-info/entry_points.txt` directly: importlib.metadata
    costs about 20 ms of imports (email, zipfile, …), a tenth of the start-up
    budget of a pre-commit hook. The first distribution of a name on sys.path
    wins, as with importlib.metadata.
    """
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in names:
            if not entry.endswith((".dist-info", ".egg-info")):
                continue
            dist = entry.rsplit(".", 1)[0]
            project = dist.split("-")[0].lower().replace("_", "-")
            if project in seen:
                continue
            seen.add(project)
            try:
                with open(
                    os.path.join(folder or ".", entry, "entry_points.txt"), encoding="utf-8"
                ) as fh:
                    text = fh.read()
            except OSError:
                continue
            label = dist.replace("-", " ", 1).replace("_", "-")  # "newslint-demo 0.0.1"
            found.extend(_parse_entry_points(text, group, label))
    return found


def _parse_entry_points(text: str, group: str, dist: str) -> list[EntryPoint]:
    out: list[EntryPoint] = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == group and "=" in line:
            name, _, value = line.partition("=")
            out.append(EntryPoint(name.strip(), value.strip(), dist))
    return out


@cache
def plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("newslint")
    pm.add_hookspecs(hookspecs)
    for ep in entry_points("newslint"):
        if pm.get_plugin(ep.name) is not None:
            continue
        try:
            plugin = ep.load()
        except Exception as e:  # a broken plugin must not print a traceback
            raise NewslintError(
                f"plugin {ep.name!r} ({ep.dist}) failed to load: {type(e).__name__}: {e}"
            ) from None
        pm.register(plugin, name=ep.name)
    if pm.get_plugin("builtin") is None:  # running from a source tree without metadata
        from newslint import builtin

        pm.register(builtin, name="builtin")
    pm.check_pending()
    return pm


def collect(hook_name: str) -> list:
    """Call every plugin's implementation of a collecting hook, in registration order.

    Each implementation runs on its own so that one that raises is named in a
    one-line error instead of a pluggy traceback.
    """
    pm = plugin_manager()
    results = []
    for impl in reversed(getattr(pm.hook, hook_name).get_hookimpls()):
        try:
            value = impl.function()
        except Exception as e:
            raise NewslintError(
                f"plugin {impl.plugin_name!r} failed in {hook_name}: {type(e).__name__}: {e}"
            ) from None
        if value:
            results.append(value)
    return results
