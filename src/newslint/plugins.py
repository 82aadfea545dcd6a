"""The plugin manager: loads the `newslint` entry points, one at a time.

Each entry point loads on its own; one that fails to import is a one-line
error naming the plugin and its version (sqlfluff's `host.py` model), not a
traceback.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points

import pluggy

from newslint import hookspecs
from newslint.errors import NewslintError


@cache
def plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("newslint")
    pm.add_hookspecs(hookspecs)
    for ep in entry_points(group="newslint"):
        if pm.get_plugin(ep.name) is not None:
            continue
        try:
            plugin = ep.load()
        except Exception as e:  # a broken plugin must not print a traceback
            dist = f"{ep.dist.name} {ep.dist.version}" if ep.dist else ep.value
            raise NewslintError(
                f"plugin {ep.name!r} ({dist}) failed to load: {type(e).__name__}: {e}"
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
