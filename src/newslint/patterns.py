"""Compiled regular expressions kept between runs, as .pyc files keep bytecode.

The fast rules match whole vocabularies in one C-level pass with trie
patterns of hundreds of words, but `re` compiles in Python: parsing and code
generation for one such pattern takes 10-40 ms, paid again by every process.
For a pre-commit run over one story that was most of the start-up.

`compile` keeps what sre's compiler produces (a list of integers, the group
names) in a small marshal file per pattern in the cache folder, named by a
hash of the pattern and its flags, under a folder for the exact Python
build; the next process reads only the files it needs and builds each
pattern with `_sre.compile`, which checks the code it is given. Anything
unexpected (another Python, a damaged file, an unwritable folder) falls back
to `re.compile`: this cache changes speed, never results. It is not the
result cache, so `--no-cache` leaves it on, as Python's bytecode cache is.
Short patterns compile faster than a file opens, so they are not kept.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

try:  # CPython 3.11+: the compiler's own parts
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python: compile as usual
    _sre = None  # type: ignore[assignment]

# Patterns shorter than this compile in well under a millisecond.
MIN_KEPT = 300
_FOLDER: Path | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, built from the kept code when there is some."""
    if _sre is None or len(pattern) < MIN_KEPT:
        return re.compile(pattern, flags)
    flags = int(flags)
    where = _entry_path(pattern, flags)
    kept = _load(where, pattern, flags)
    if kept is not None:
        return kept
    try:
        compiled, entry = _compile(pattern, flags)
    except re.error:
        raise
    except Exception:  # a Python whose compiler differs: plain re
        return re.compile(pattern, flags)
    _store(where, (pattern, flags, *entry))
    return compiled


def memo(key: str, build):
    """`build()`, kept under `key` like a pattern: for the pattern sources
    that take Python work to spell out (a trie walk over a vocabulary).
    The key must change whenever the result would (name the source files'
    sizes and times in it); the value must be marshal-able."""
    if _sre is None:
        return build()
    where = _entry_path(key, -1)
    try:
        kept_key, value = marshal.loads(where.read_bytes())
        if kept_key == key:
            return value
    except Exception:  # missing, damaged, or another key with the same hash
        pass
    value = build()
    _store(where, (key, value))
    return value


def source_stamp(*files: str) -> str:
    """Sizes and modification times of source files, for `memo` keys."""
    import os

    stats = [(f, os.stat(f)) for f in files]
    return "|".join(f"{f}:{st.st_size}:{st.st_mtime_ns}" for f, st in stats)


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple]:
    """What `re._compiler.compile` does, keeping the arguments it gives `_sre.compile`."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    state = parsed.state
    entry = (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *entry), entry


def _folder() -> Path:
    global _FOLDER
    if _FOLDER is None:
        from newslint.cache import current_dir

        build = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
        _FOLDER = current_dir() / f"patterns-{build}"
    return _FOLDER


def _entry_path(pattern: str, flags: int) -> Path | None:
    from newslint.digest import hasher

    try:
        digest = hasher(f"{flags}:{pattern}".encode()).hexdigest()[:32]
        return _folder() / digest
    except Exception:  # no usable cache folder
        return None


def _load(where: Path | None, pattern: str, flags: int) -> re.Pattern[str] | None:
    if where is None:
        return None
    try:
        kept = marshal.loads(where.read_bytes())
        if kept[0] != pattern or kept[1] != flags:
            return None  # another pattern with the same hash: compile afresh
        return _sre.compile(pattern, *kept[2:])
    except Exception:  # missing, damaged or foreign: compile afresh
        return None


def _store(where: Path | None, kept: tuple) -> None:
    if where is None:
        return
    try:
        from newslint.fsutil import atomic_write_bytes

        where.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(where, marshal.dumps(kept), durable=False)
    except Exception:  # a read-only or full disk: the next run compiles again
        pass


def forget() -> None:
    """Look up the cache folder again (the options or the environment changed)."""
    global _FOLDER
    _FOLDER = None


class Lazy:
    """A pattern compiled when first used, for module-level patterns that many
    runs never need (a rule whose `hint` rarely matches): importing the module
    then costs nothing. `engine="regex"` compiles with the `regex` module (for
    \\p{…} classes), imported only then. Each method looked up is kept on the
    instance, so later calls cost what calls on the pattern itself cost.
    """

    def __init__(self, pattern: str, flags: int = 0, engine: str = "re") -> None:
        self._source = (pattern, flags, engine)
        self._compiled = None

    def compiled(self):
        if self._compiled is None:
            pattern, flags, engine = self._source
            if engine == "regex":
                import regex

                self._compiled = regex.compile(pattern, flags)
            else:
                self._compiled = compile(pattern, flags)
        return self._compiled

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        setattr(self, name, value)
        return value

    def __reduce__(self):
        return (Lazy, self._source)  # pickled as its source: compiled again when used


def deferred(pattern):
    """A compiled pattern (`re` or `regex`) as a `Lazy` one, for pickling a
    structure whose loading should not compile or import anything."""
    if pattern is None or isinstance(pattern, Lazy):
        return pattern
    engine = "re" if isinstance(pattern, re.Pattern) else "regex"
    return Lazy(pattern.pattern, pattern.flags, engine)


def lazy(pattern: str, flags: int = 0, engine: str = "re") -> Lazy:
    return Lazy(pattern, flags, engine)
