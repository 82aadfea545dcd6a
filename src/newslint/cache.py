"""Result cache: a second run over unchanged files reads results from disk.

Keyed by the file's bytes, the effective config, the enabled rules, the
contents of every loaded pack and newslint's version. Entries are written to
a temporary file and renamed into place, so concurrent runs never see half
an entry; an entry that cannot be read is ignored and rebuilt. A result
with nothing in it is an empty marker file, and `KeyMemo` keeps each path's
key with its stat, so a warm run over clean stories reads none of them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from newslint import __version__
from newslint.digest import PICKLE_PROTOCOL, hasher, pickle

_FORMAT = "v1"
_DIR: Path | None = None
_MEMO: KeyMemo | None = None
_RS_KEYS: dict[int, bytes] = {}  # rules key per Settings object


def cache_dir() -> Path:
    global _DIR
    if _DIR is None:
        _DIR = current_dir()
    return _DIR


def current_dir() -> Path:
    """The cache folder the current options name (`--cache-dir`, NEWSLINT_CACHE_DIR,
    the user cache dir), worked out afresh: for callers that may run before the
    options are set, which must not pin `cache_dir`."""
    from newslint import engine

    d = engine._OPTIONS.cache_dir or os.environ.get("NEWSLINT_CACHE_DIR")
    return Path(d or _user_cache_dir()) / _FORMAT


def _user_cache_dir() -> str:
    """The platform's cache folder for newslint. Linux and macOS in two lines
    (the XDG rule, ~/Library/Caches); platformdirs for the rest, since its
    import costs ~9 ms of every start (it pulls in tempfile and random)."""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        if not os.path.isabs(base):
            base = os.path.expanduser("~/.cache")
        return os.path.join(base, "newslint")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/newslint")
    from platformdirs import user_cache_dir

    return user_cache_dir("newslint")


def reset() -> None:
    global _DIR, _MEMO
    _DIR = None
    _MEMO = None
    _RS_KEYS.clear()


def _code_fingerprint() -> str:
    """newslint's own modules by name, size and mtime: an edited checkout is a new version."""
    root = Path(__file__).resolve().parent
    parts = []
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def rules_key(settings, grammar_key: str = "") -> bytes:
    """Everything besides the file that decides its findings, without loading a rule.

    newslint's version and code, the plugins' entry points, the effective
    config, the command line's rule options and every pack file's bytes. A
    warm run computes this from files alone, so unchanged stories are read
    back before any rule module or pack is imported or compiled.
    """
    cached = _RS_KEYS.get(id(settings))
    if cached is not None and not grammar_key:
        return cached  # the common case, once per file: before any import
    from newslint import engine
    from newslint.packs_data import builtin_pack_dir
    from newslint.plugins import entry_points

    o = engine._OPTIONS
    h = hasher()
    h.update(__version__.encode())
    h.update(_code_fingerprint().encode())
    for ep in entry_points("newslint"):
        h.update(f"{ep.name}={ep.value}@{ep.dist}\0".encode())
    h.update(settings.key().encode())
    h.update(repr((o.select, o.extend_select, o.ignore, o.grammar)).encode())
    d = builtin_pack_dir()
    packs = sorted(d.glob("*.yaml")) if d else []
    try:
        packs += settings.pack_paths()
    except Exception:  # a missing pack is reported by the rule set, not here
        pass
    for p in packs:
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(str(p).encode())
    h.update(grammar_key.encode())
    k = h.digest()
    if not grammar_key:
        _RS_KEYS[id(settings)] = k
    return k


def key_for(data: bytes, rules: bytes, extra: str = "") -> str:
    """`extra` carries what depends on the path: per-file ignores, the reader."""
    h = hasher(rules)
    h.update(extra.encode())
    h.update(b"\0")
    h.update(data)
    return h.hexdigest()


def _entry(key: str) -> str:
    return os.path.join(cache_dir(), key[:2], key[2:])  # no Path objects: once per file


# A result with nothing in it is kept as an empty file named so: a warm run
# over clean stories then costs one stat per file, not an open, a read and
# an unpickle (most edited stories have nothing to report).
_CLEAN = "-clean"


def load(key: str, path: str, clean: Callable[[str], object] | None = None):
    """The cached result for `key`, re-pointed at `path`; None on miss or damage.
    `clean(path)` makes the result of a file with nothing to report."""
    entry = _entry(key)
    if clean is not None and os.path.exists(entry + _CLEAN):
        return clean(path)
    try:
        with open(entry, "rb") as fh:
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


def store(key: str, result, clean: bool = False) -> None:
    """Write atomically; any failure (read-only dir, full disk) is silently skipped.
    `clean`: the result has nothing in it (see `_CLEAN`)."""
    from newslint.fsutil import atomic_write_bytes

    target = Path(_entry(key))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if clean:  # an empty file is whole as soon as it exists
            os.close(os.open(str(target) + _CLEAN, os.O_WRONLY | os.O_CREAT, 0o644))
        else:
            atomic_write_bytes(target, pickle.dumps(result, PICKLE_PROTOCOL), durable=False)
    except OSError:
        pass


# -- keys of files already read ---------------------------------------------

Signature = tuple[int, int, int, int]  # size, mtime, inode, ctime (ns)
_RACY_NS = 2_000_000_000
_MEMO_KEEP = 20_000  # entries of other runs kept beyond twice this run's


def signature(path: str) -> Signature | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


class KeyMemo:
    """The cache key last worked out for each path, with the file's stat.

    Entries are keyed by a file's bytes, and working the key out means
    reading and hashing every file: most of a warm run. While a file's size,
    mtime, inode and ctime are unchanged, so are its bytes (every write sets
    the ctime, which cannot be set back), and the memo gives the key from one
    stat. As git does for its index, a file written in the last two seconds
    is not memoised: a later write in the same clock tick would go unseen.
    One memo per working folder (paths are as given), replaced whole at the
    end of a run; a damaged one is ignored.
    """

    def __init__(self, where: Path) -> None:
        self.where = where
        # path -> (stat, rules key, cache key, whether its result is clean)
        self.entries: dict[str, tuple[Signature, bytes, str, bool]] | None = None
        self.changed = False
        self.seen: set[str] = set()  # paths asked about in this run

    def get(self, path: str, sig: Signature | None, rules: bytes) -> tuple[str, bool] | None:
        """The file's cache key, and whether its result is known to be clean
        (nothing to report: no entry need be looked at), or None."""
        if sig is None:
            return None
        if self.entries is None:
            self.entries = self._load()
        self.seen.add(path)
        got = self.entries.get(path)
        if got is None or got[0] != sig or got[1] != rules:
            return None
        return got[2], got[3]

    def put(
        self, path: str, sig: Signature | None, rules: bytes, key: str, clean: bool = False
    ) -> None:
        import time

        if sig is None or time.time_ns() - max(sig[1], sig[3]) < _RACY_NS:
            return
        if self.entries is None:
            self.entries = self._load()
        self.seen.add(path)
        self.entries[path] = (sig, rules, key, clean)
        self.changed = True

    def save(self) -> None:
        """Write the memo if it changed; a failure only costs the next run time."""
        if not self.changed or self.entries is None:
            return
        if len(self.entries) > _MEMO_KEEP + 2 * len(self.seen):
            # Paths from runs long gone: keep this run's, so the memo does not grow forever.
            self.entries = {p: e for p, e in self.entries.items() if p in self.seen}
        from newslint.fsutil import atomic_write_bytes

        try:
            self.where.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(
                self.where, pickle.dumps(self.entries, PICKLE_PROTOCOL), durable=False
            )
        except OSError:
            pass
        self.changed = False

    def _load(self) -> dict:
        try:
            with open(self.where, "rb") as fh:
                got = pickle.load(fh)
        except Exception:  # missing, damaged, unreadable: start afresh
            return {}
        if not isinstance(got, dict) or any(len(v) != 4 for v in got.values()):
            return {}
        return got


def key_memo() -> KeyMemo:
    global _MEMO
    if _MEMO is None:
        where = hasher(os.getcwd().encode()).hexdigest()[:20]
        _MEMO = KeyMemo(cache_dir() / f"keys-{where}")
    return _MEMO
