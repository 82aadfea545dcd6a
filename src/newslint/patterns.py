"""Compiled regular expressions kept between runs, as .pyc files keep bytecode.

The fast rules match whole vocabularies in one C-level pass with trie
patterns of hundreds of words, but `re` compiles in Python: parsing and code
generation for one such pattern takes 10-40 ms, paid again by every process.
For a pre-commit run over one story that was most of the start-up.

`compile` keeps what sre's compiler produces (a list of integers, the group
names) in one marshal file in the cache folder, keyed by the pattern, its
flags and the exact Python build; the next process builds the pattern from
it with `_sre.compile`, which checks the code it is given, in microseconds.
Anything unexpected (another Python, a damaged file, an unwritable folder)
falls back to `re.compile`: this cache changes speed, never results. It is
not the result cache, so `--no-cache` leaves it on, as Python's own bytecode
cache is.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from pathlib import Path

try:  # CPython 3.11+: the compiler's own parts
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python: compile as usual
    _sre = None  # type: ignore[assignment]

_Entry = tuple  # (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments
_LOADED: dict[tuple[str, int], _Entry] | None = None
_USED: dict[tuple[str, int], _Entry] = {}
_NEW = False
# Old entries kept beside the ones this run used: enough for several configs'
# packs, small enough to load in a millisecond or two.
_KEEP = 2000


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, built from the kept code when there is some."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = _entries().get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *entry)
        except Exception:  # damaged or foreign code: compile it afresh
            pass
        else:
            _USED[key] = entry
            return compiled
    try:
        compiled, entry = _compile(pattern, int(flags))
    except re.error:
        raise
    except Exception:  # a Python whose compiler differs: plain re
        return re.compile(pattern, flags)
    _remember(key, entry)
    return compiled


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
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


def _remember(key: tuple[str, int], entry: _Entry) -> None:
    global _NEW
    _USED[key] = entry
    if not _NEW:
        _NEW = True
        atexit.register(save)


def _file() -> Path:
    from newslint.cache import current_dir

    build = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}{sys.hexversion:x}"
    return current_dir() / f"patterns-{build}-{_sre.MAGIC}.marshal"


def _entries() -> dict[tuple[str, int], _Entry]:
    global _LOADED
    if _LOADED is None:
        _LOADED = {}
        try:
            data = marshal.loads(_file().read_bytes())
            if isinstance(data, dict):
                _LOADED = data
        except Exception:  # missing, damaged or unreadable: start empty
            pass
    return _LOADED


def save() -> None:
    """Write this run's patterns (and some older ones) if any were compiled afresh."""
    global _NEW
    if not _NEW or _sre is None:
        return
    _NEW = False
    keep = dict(_USED)
    for key, entry in _entries().items():
        if len(keep) >= _KEEP:
            break
        keep.setdefault(key, entry)
    try:
        from newslint.fsutil import atomic_write_bytes

        target = _file()
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, marshal.dumps(keep), durable=False)
    except Exception:  # a read-only or full disk: the next run compiles again
        pass


def forget() -> None:
    """Drop what this process loaded (the cache folder changed: tests, options)."""
    global _LOADED, _NEW
    _LOADED = None
    _USED.clear()
    _NEW = False


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


def lazy(pattern: str, flags: int = 0, engine: str = "re") -> Lazy:
    return Lazy(pattern, flags, engine)
