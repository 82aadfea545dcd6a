"""Result cache: a second run over unchanged files reads results from disk.

Keyed by the file's bytes, the effective config, the enabled rules, the
contents of every loaded pack and newslint's version. Entries are written to
a temporary file and renamed into place, so concurrent runs never see half
an entry; an entry that cannot be read is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from newslint import __version__

_FORMAT = "v1"
_DIR: Path | None = None
_RS_KEYS: dict[int, bytes] = {}


def cache_dir() -> Path:
    global _DIR
    if _DIR is None:
        from newslint import engine

        d = engine._OPTIONS.cache_dir or os.environ.get("NEWSLINT_CACHE_DIR")
        if not d:
            from platformdirs import user_cache_dir

            d = user_cache_dir("newslint")
        _DIR = Path(d) / _FORMAT
    return _DIR


def reset() -> None:
    global _DIR
    _DIR = None
    _RS_KEYS.clear()


def _ruleset_key(rs) -> bytes:
    k = _RS_KEYS.get(id(rs))
    if k is None:
        h = hashlib.sha256()
        h.update(__version__.encode())
        h.update(rs.settings.key().encode())
        h.update("\0".join(sorted(rs.enabled)).encode())
        matcher = rs.matcher
        for pack in getattr(matcher, "packs", None) or []:
            try:
                h.update(Path(pack).read_bytes())
            except OSError:
                pass
        for info in rs.registry.infos.values():
            if info.source.endswith((".yaml", ".yml")):
                try:
                    h.update(Path(info.source).read_bytes())
                except OSError:
                    h.update(info.source.encode())
        if rs.grammar is not None:
            h.update(rs.grammar.cache_key().encode())
        k = h.digest()
        _RS_KEYS[id(rs)] = k
    return k


def key_for(data: bytes, rs, extra: str = "") -> str:
    """`extra` carries what depends on the path: per-file ignores, the reader."""
    h = hashlib.sha256(_ruleset_key(rs))
    h.update(extra.encode())
    h.update(b"\0")
    h.update(data)
    return h.hexdigest()


def _entry(key: str) -> Path:
    return cache_dir() / key[:2] / key[2:]


def load(key: str, path: str):
    """The cached result for `key`, re-pointed at `path`; None on miss or damage."""
    try:
        with open(_entry(key), "rb") as fh:
            result = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # a corrupt or unreadable entry: ignore it, it is rebuilt
        return None
    if not hasattr(result, "findings"):
        return None
    result.path = path
    for f in result.findings:
        f.path = path
    return result


def store(key: str, result) -> None:
    """Write atomically; any failure (read-only dir, full disk) is silently skipped."""
    from newslint.fsutil import atomic_write_bytes

    target = _entry(key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, pickle.dumps(result, pickle.HIGHEST_PROTOCOL), durable=False)
    except OSError:
        pass
