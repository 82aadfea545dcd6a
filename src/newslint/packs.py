"""Loading, validating and compiling YAML rule packs (format: `rules/README.md`).

Rule *types* are code, rules are data (Vale's model). A pack is parsed from
YAML nodes, not plain objects, so every error names the file, line and column
of the offending key or value, and unknown keys are errors (Vale's
`ErrorUnused`; its `WeakDecode` types that silently ignore typos are the
trap to avoid).

Matching serves all rules at once. The literal words and phrases of all
rules (existence/repetition/occurrence tokens, substitution keys, consistency
variants, capitalization terms) are looked up by their words: an article is
matched only against the entries whose words it holds, each with its own small
pattern, so building the matcher compiles nothing and a run over one small
file stays cheap. A document over `SMALL_DOC` characters is scanned block by
block with one trie-shaped regex per block role and matching mode (case,
whole word), compiled on first use: Python's regex engines do not factor a
flat alternation, a trie keeps throughput flat as the word lists grow. Both
ways find the same matches. Regex patterns run per rule, each with a time
limit, so one catastrophic pattern in a user pack costs a second, is reported
once, and disables only its own rule.

A parsed pack is cached on disk by its bytes (see `load_pack`), so an
unchanged pack is neither parsed again nor needs PyYAML.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import re
import string
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint import __version__, patterns, trie
from newslint.document import (
    BODY_ROLES,
    LETTER_RUN_RE,
    ROLES,
    SMALL_DOC,
    Block,
    Document,
    doc_text,
    letter_runs_if_computed,
)
from newslint.errors import NewslintError
from newslint.patterns import deferred
from newslint.rule import Example, Reporter, RuleInfo
from newslint.word_bytes import Words, document_words, word_bytes

if TYPE_CHECKING:
    import regex
    from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# Time limit for one rule's patterns (and exceptions, contexts) on one block.
PATTERN_TIMEOUT = 1.0

RULE_TYPES = (
    "existence",
    "substitution",
    "consistency",
    "capitalization",
    "repetition",
    "occurrence",
    "metric",
)
METRICS = ("sentence-words", "headline-chars", "headline-words")
SEVERITIES = ("error", "warning", "info")
APPLICABILITIES = ("safe", "unsafe")
FORMATS = ("txt", "md", "html")
SCOPES: dict[str, frozenset[str]] = {
    "all": frozenset(ROLES),
    "headline": frozenset({"headline"}),
    "subhead": frozenset({"subhead"}),
    "body": BODY_ROLES,
}
PACK_KEYS = ("pack", "description", "rules")
COMMON_KEYS = (
    "id",
    "type",
    "summary",
    "explanation",
    "message",
    "severity",
    "default",
    "scope",
    "ignore-case",
    "whole-word",
    "ignore-quotes",
    "bad",
    "good",
)
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "existence": ("tokens", "patterns", "regex", "exceptions"),
    "substitution": ("swap", "regex", "exceptions", "applicability"),
    "consistency": ("sets", "applicability"),
    "capitalization": ("terms", "applicability"),
    "repetition": ("tokens", "patterns", "window"),
    "occurrence": ("tokens", "patterns", "max"),
    "metric": ("metric", "max"),
}
# Placeholders each type fills in its message template.
MESSAGE_FIELDS: dict[str, frozenset[str]] = {
    "existence": frozenset({"match"}),
    "substitution": frozenset({"match", "replacement"}),
    "consistency": frozenset({"match", "replacement", "count", "forms"}),
    "capitalization": frozenset({"match", "replacement"}),
    "repetition": frozenset({"match", "count", "window"}),
    "occurrence": frozenset({"match", "count", "max"}),
    "metric": frozenset({"match", "count", "max"}),
}
FIX_AVAILABILITY = {
    "existence": "never",
    "substitution": "always",
    "consistency": "always",
    "capitalization": "always",
    "repetition": "never",
    "occurrence": "never",
    "metric": "never",
}
DEFAULT_WINDOW = 20
_PACK_NAME_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
_RULE_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+")
_GROUP_REF_RE = re.compile(r"\\(?:(\d+)|g<([^>]*)>)")

# Word boundaries that agree with `document.WORD_RE`: a hyphen or an
# apostrophe between letters joins a word ("cease-fire", "can't"), so "fire"
# does not match inside "cease-fire"; a possessive "'s" does not join, so
# "youtube" still matches in "youtube's".
_W = r"[\p{L}\p{M}\p{N}_]"
WB_BEFORE = rf"(?<!{_W}|[\p{{L}}\p{{N}}][-–'’])"
WB_AFTER = rf"(?!{_W}|[-–][\p{{L}}\p{{N}}]|['’](?![sS](?!{_W}))\p{{L}})"
_WORD_CHAR_RE = patterns.lazy(_W, engine="regex")


def _is_word_char(ch: str) -> bool:
    return bool(_WORD_CHAR_RE.match(ch))


def normalize(text: str, ignore_case: bool) -> str:
    """The lookup key of a literal or of matched text: spaces and apostrophes unified."""
    key = " ".join(text.split()).replace("’", "'")
    return key.lower() if ignore_case else key


def keep_initial_capital(match: str, replacement: str) -> str:
    """`Towards` -> `Toward`: a replacement starts upper-case when the match did."""
    if match[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


# ---------------------------------------------------------------------------
# Compiled rules
# ---------------------------------------------------------------------------


@dataclass(eq=False)
class SwapEntry:
    """One substitution entry: the wrong form, its replacement and its context."""

    key: str
    replacement: str
    applicability: str
    before: regex.Pattern | None = None
    after: regex.Pattern | None = None

    def __getstate__(self) -> dict:
        # A cached pack loads without importing `regex`: see `patterns.deferred`.
        return {**self.__dict__, "before": deferred(self.before), "after": deferred(self.after)}


@dataclass(eq=False)
class PatternSpec:
    """A compiled pack regex and what a match of it means for its rule."""

    source: str
    compiled: regex.Pattern
    payload: Any = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "compiled": deferred(self.compiled)}


@dataclass(eq=False)
class PackRule:
    """One compiled pack rule: its docs (`info`) and what the matcher needs."""

    info: RuleInfo
    type: str
    path: Path
    message: str
    roles: frozenset[str]
    ignore_case: bool = True
    whole_word: bool = True
    ignore_quotes: bool = False
    applicability: str = "unsafe"
    # (literal, payload) pairs for the combined automaton.
    literals: list[tuple[str, Any]] = field(default_factory=list)
    patterns: list[PatternSpec] = field(default_factory=list)
    exceptions: list[PatternSpec] = field(default_factory=list)
    sets: list[list[str]] = field(default_factory=list)
    window: int = DEFAULT_WINDOW
    max: int | None = None
    metric: str | None = None
    # (line, column) of each bad/good example, for validate_examples' errors.
    bad_marks: tuple[tuple[int, int], ...] = ()
    good_marks: tuple[tuple[int, int], ...] = ()

    @property
    def id(self) -> str:
        return self.info.id


@dataclass(eq=False)
class Pack:
    """A loaded pack file."""

    name: str
    path: Path
    rules: list[PackRule]
    description: str = ""


# ---------------------------------------------------------------------------
# Loading and validation
# ---------------------------------------------------------------------------

_CACHE: dict[str, tuple[int, int, Pack]] = {}
# PyYAML is imported on the first parse, not with this module: a run whose
# packs all come from the parsed-pack cache never pays for it (~15 ms).
yaml: Any = None
_Loader: Any = None


def _import_yaml() -> None:
    """Import PyYAML and bind the node classes the parser checks against."""
    global yaml, _Loader, MappingNode, Node, ScalarNode, SequenceNode
    if yaml is None:
        import yaml as _yaml
        from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

        _Loader = getattr(_yaml, "CSafeLoader", _yaml.SafeLoader)
        yaml = _yaml


def load_pack(path: Path) -> Pack:
    """Parse and validate a pack file.

    Cached by (path, mtime, size) in-process, and across runs by the file's
    bytes in the user cache dir, so an unchanged pack is not parsed again.
    """
    path = Path(path)
    try:
        st = path.stat()
        key = str(path.resolve())
        hit = _CACHE.get(key)
        if hit and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
            return hit[2]
        data = path.read_bytes()
    except OSError as e:
        raise NewslintError(f"{path}: cannot read rule pack: {e}") from None
    pack = _cached_pack(data, path)
    if pack is None:
        pack = parse_pack(_decode(data, path), path)
        _store_pack(data, pack)
    _CACHE[key] = (st.st_mtime_ns, st.st_size, pack)
    return pack


def _decode(data: bytes, path: Path) -> str:
    """The text `Path.read_text(encoding="utf-8-sig")` gives, from bytes already read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NewslintError(f"{path}: cannot read rule pack: {e}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines


def parse_pack(text: str, path: Path) -> Pack:
    """Parse pack YAML `text`; errors name `path`, line and column."""
    _import_yaml()
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise NewslintError(f"{path}:{where}: invalid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise NewslintError(f"{path}:1:1: invalid YAML: {e}") from None
    return _PackParser(Path(path)).pack(root)


# -- the parsed-pack cache -------------------------------------------------------
# Parsing a big pack imports PyYAML and walks every node (~30 ms for the
# built-in packs); a pickled `Pack` loads in about a millisecond. An entry is
# named by the pack's bytes and a stamp of everything else that shapes the
# parsed objects (newslint's version and parsing code, Python, regex), and
# starts with that stamp, checked on load; so checkouts or installs sharing
# a cache folder never replace each other's entries. Entries are written atomically, and
# one that cannot be read is ignored and rewritten. They hold no path: the
# loader points the pack at the file it read, so copies of a pack share one.
# Like Python's bytecode cache, it is not the result cache: `--no-cache`
# leaves it on (`--cache-dir` and NEWSLINT_CACHE_DIR move it).

_PACK_CACHE_FORMAT = "packs-v1"
# Modules whose classes or constants a pickled pack holds.
_PACK_CODE = ("packs.py", "rule.py", "document.py")


def _regex_stamp() -> str:
    """The installed `regex` (whose patterns a pickled pack holds), without
    importing it: most runs never need the module."""
    from importlib.util import find_spec

    spec = find_spec("regex")
    if spec is None or spec.origin is None:
        return "no regex"
    st = os.stat(spec.origin)
    return f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}"


def _pack_cache_entry(data: bytes) -> tuple[Path, bytes] | None:
    """Where the parsed form of a pack with these bytes is kept, and the
    stamp it must start with; None without a usable cache folder."""
    from newslint.cache import current_dir
    from newslint.digest import hasher

    try:
        d = current_dir().parent  # beside the result cache's versioned folder
        here = Path(__file__).parent
        stamp = [__version__, sys.version, _regex_stamp()]
        for name in _PACK_CODE:
            st = (here / name).stat()
            stamp.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    except Exception:  # no usable cache dir: parse as usual
        return None
    code = hasher("\0".join(stamp).encode()).hexdigest().encode()
    # Named by code and bytes: two checkouts (or installs) sharing a cache
    # folder keep their own entries instead of replacing each other's.
    entry = Path(d) / _PACK_CACHE_FORMAT / hasher(code + b"\0" + data).hexdigest()
    return entry, code


def _cached_pack(data: bytes, path: Path) -> Pack | None:
    """The cached parse of `data`, pointed at `path`; None on a miss, a stale
    or a damaged entry."""
    from newslint.digest import pickle

    where = _pack_cache_entry(data)
    if where is None:
        return None
    entry, stamp = where
    try:
        blob = entry.read_bytes()
        if not blob.startswith(stamp):
            return None  # missing stamp: written by other code
        pack = pickle.loads(blob[len(stamp) :])
    except Exception:  # missing or truncated: parse instead
        return None
    if not isinstance(pack, Pack):
        return None
    pack.path = path
    for rule in pack.rules:
        rule.path = path
        rule.info = dataclasses.replace(rule.info, source=str(path))
    return pack


def _store_pack(data: bytes, pack: Pack) -> None:
    """Keep the parse of `data`; a read-only or full cache dir is silently skipped."""
    from newslint.digest import PICKLE_PROTOCOL, pickle
    from newslint.fsutil import atomic_write_bytes

    where = _pack_cache_entry(data)
    if where is None:
        return
    entry, stamp = where
    try:
        blob = stamp + pickle.dumps(pack, PICKLE_PROTOCOL)
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(entry, blob, durable=False)
    except Exception:  # unwritable dir, full disk, an unpicklable payload
        pass


class _PackParser:
    """Turns YAML nodes into a `Pack`, failing at the first mistake with its position."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._constructor = yaml.constructor.SafeConstructor()

    # -- errors and typed access -------------------------------------------
    def error(self, node: Node | None, message: str) -> NewslintError:
        if node is None:
            return NewslintError(f"{self.path}:1:1: {message}")
        m = node.start_mark
        return NewslintError(f"{self.path}:{m.line + 1}:{m.column + 1}: {message}")

    def mapping(
        self, node: Node, what: str, allowed: tuple[str, ...]
    ) -> dict[str, tuple[Node, Node]]:
        """Key -> (key node, value node); unknown and duplicate keys are errors."""
        if not isinstance(node, MappingNode):
            raise self.error(node, f"{what} must be a mapping, not {_kind(node)}")
        out: dict[str, tuple[Node, Node]] = {}
        for k, v in node.value:
            if not isinstance(k, ScalarNode):
                raise self.error(k, f"{what}: keys must be strings")
            name = k.value
            if name in out:
                raise self.error(k, f"duplicate key {name!r} in {what}")
            if name not in allowed:
                raise self.error(k, f"unknown key {name!r} in {what}{_did_you_mean(name, allowed)}")
            out[name] = (k, v)
        return out

    def require(self, keys: dict[str, tuple[Node, Node]], name: str, node: Node, what: str) -> Node:
        if name not in keys:
            raise self.error(node, f"{what} is missing required key {name!r}")
        return keys[name][1]

    def string(self, node: Node, key: str, allow_empty: bool = False) -> str:
        # Raw scalar text: `on`, `no` and `2020` stay strings (the YAML 1.1 Norway problem).
        if not isinstance(node, ScalarNode) or (
            node.tag == "tag:yaml.org,2002:null" and node.style is None
        ):
            raise self.error(node, f"{key!r} must be a string, not {_kind(node)}")
        if not allow_empty and not node.value.strip():
            raise self.error(node, f"{key!r} must not be empty")
        return node.value

    def boolean(self, node: Node, key: str) -> bool:
        if not (isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:bool"):
            raise self.error(node, f"{key!r} must be true or false, not {_kind(node)}")
        return bool(self._constructor.construct_object(node))

    def integer(self, node: Node, key: str, minimum: int = 0) -> int:
        if not (isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:int"):
            raise self.error(node, f"{key!r} must be an integer, not {_kind(node)}")
        value = int(self._constructor.construct_object(node))
        if value < minimum:
            raise self.error(node, f"{key!r} must be at least {minimum}")
        return value

    def choice(self, node: Node, key: str, choices: tuple[str, ...] | dict) -> str:
        value = self.string(node, key)
        if value not in choices:
            raise self.error(node, f"{key!r} must be one of {', '.join(choices)}, not {value!r}")
        return value

    def strings(self, node: Node, key: str) -> list[tuple[str, Node]]:
        if not isinstance(node, SequenceNode):
            raise self.error(node, f"{key!r} must be a list of strings, not {_kind(node)}")
        return [(self.string(item, key), item) for item in node.value]

    def compile(self, node: Node, key: str, source: str, ignore_case: bool) -> regex.Pattern:
        import regex

        try:
            return regex.compile(source, regex.IGNORECASE if ignore_case else 0)
        except regex.error as e:
            raise self.error(node, f"{key!r}: invalid regex {source!r}: {e}") from None

    # -- the pack -------------------------------------------------------------
    def pack(self, root: Node | None) -> Pack:
        if root is None:
            raise self.error(None, "empty rule pack: expected keys 'pack' and 'rules'")
        keys = self.mapping(root, "the pack", PACK_KEYS)
        name_node = self.require(keys, "pack", root, "the pack")
        name = self.string(name_node, "pack")
        if not _PACK_NAME_RE.fullmatch(name):
            raise self.error(name_node, f"pack name {name!r} must match [a-z0-9-]+")
        description = (
            self.string(keys["description"][1], "description") if "description" in keys else ""
        )
        rules_node = self.require(keys, "rules", root, "the pack")
        if not isinstance(rules_node, SequenceNode):
            raise self.error(
                rules_node, f"'rules' must be a list of rules, not {_kind(rules_node)}"
            )
        rules: list[PackRule] = []
        seen: dict[str, Node] = {}
        for node in rules_node.value:
            rule, id_node = self.rule(node)
            if rule.id in seen:
                first = seen[rule.id].start_mark
                raise self.error(
                    id_node,
                    f"duplicate rule id {rule.id!r} (first defined at line {first.line + 1})",
                )
            seen[rule.id] = id_node
            rules.append(rule)
        return Pack(name=name, path=self.path, rules=rules, description=description)

    def rule(self, node: Node) -> tuple[PackRule, Node]:
        if not isinstance(node, MappingNode):
            raise self.error(node, f"a rule must be a mapping, not {_kind(node)}")
        # Read `type` first: it decides which other keys are allowed.
        type_node = next((v for k, v in node.value if getattr(k, "value", None) == "type"), None)
        if type_node is None:
            raise self.error(node, "rule is missing required key 'type'")
        rtype = self.choice(type_node, "type", RULE_TYPES)
        allowed = COMMON_KEYS + TYPE_KEYS[rtype]
        for k, _ in node.value:
            name = getattr(k, "value", None)
            if name not in allowed and any(name in keys for keys in TYPE_KEYS.values()):
                raise self.error(k, f"key {name!r} does not apply to a rule of type {rtype!r}")
        keys = self.mapping(node, "rule", allowed)

        def get(name: str) -> Node | None:
            return keys[name][1] if name in keys else None

        for req in ("id", "summary", "message"):
            self.require(keys, req, node, "rule")
        id_node = keys["id"][1]
        rule_id = self.string(id_node, "id")
        if not _RULE_ID_RE.fullmatch(rule_id):
            raise self.error(
                id_node, f"rule id {rule_id!r} must look like family.name (lower case, digits, -)"
            )
        what = f"rule {rule_id}"
        summary = self.string(keys["summary"][1], "summary")
        explanation = self.string(n, "explanation") if (n := get("explanation")) else summary
        msg_node = keys["message"][1]
        message = self.string(msg_node, "message")
        self._check_template(msg_node, message, rtype)
        severity = self.choice(n, "severity", SEVERITIES) if (n := get("severity")) else "warning"
        default = self.boolean(n, "default") if (n := get("default")) else True
        roles = self._scope(get("scope"))
        ignore_case = self.boolean(n, "ignore-case") if (n := get("ignore-case")) else True
        whole_word = self.boolean(n, "whole-word") if (n := get("whole-word")) else True
        ignore_quotes = self.boolean(n, "ignore-quotes") if (n := get("ignore-quotes")) else False
        applicability = (
            self.choice(n, "applicability", APPLICABILITIES)
            if (n := get("applicability"))
            else "unsafe"
        )
        use_regex = self.boolean(n, "regex") if (n := get("regex")) else False

        rule = PackRule(
            info=None,  # type: ignore[arg-type]  # set below, once examples are read
            type=rtype,
            path=self.path,
            message=message,
            roles=roles,
            ignore_case=ignore_case,
            whole_word=whole_word,
            ignore_quotes=ignore_quotes,
            applicability=applicability,
        )
        literal_keys: dict[str, Node] = {}

        def add_literal(text: str, item: Node, payload: Any, case: bool = ignore_case) -> None:
            k = normalize(text, case)
            if not k:
                raise self.error(item, f"{what}: empty word or phrase")
            if k in literal_keys:
                prev = literal_keys[k].start_mark.line + 1
                raise self.error(item, f"{what}: {text!r} is listed twice (also at line {prev})")
            literal_keys[k] = item
            rule.literals.append((text, payload))

        def add_pattern(source: str, item: Node, key: str, payload: Any = None) -> None:
            self.compile(item, key, source, ignore_case)  # errors quote the user's own text
            compiled = self.compile(item, key, _wrap(source, whole_word), ignore_case)
            rule.patterns.append(PatternSpec(source, compiled, payload))

        if rtype in ("existence", "repetition", "occurrence"):
            tokens = self.strings(n, "tokens") if (n := get("tokens")) else []
            patterns = self.strings(n, "patterns") if (n := get("patterns")) else []
            if not tokens and not patterns:
                raise self.error(node, f"{what}: a {rtype} rule needs 'tokens' or 'patterns'")
            for text, item in tokens:
                if use_regex:
                    add_pattern(text, item, "tokens")
                else:
                    add_literal(text, item, None)
            for text, item in patterns:
                add_pattern(text, item, "patterns")
        if rtype == "substitution":
            swap = self.require(keys, "swap", node, what)
            self._swap(swap, rule, use_regex, add_literal, add_pattern)
        if rtype in ("existence", "substitution") and (n := get("exceptions")):
            for text, item in self.strings(n, "exceptions"):
                rule.exceptions.append(
                    PatternSpec(text, self.compile(item, "exceptions", text, ignore_case))
                )
        if rtype == "consistency":
            sets_node = self.require(keys, "sets", node, what)
            if not isinstance(sets_node, SequenceNode) or not sets_node.value:
                raise self.error(sets_node, "'sets' must be a non-empty list of lists of variants")
            for si, set_node in enumerate(sets_node.value):
                variants = self.strings(set_node, "sets")
                if len(variants) < 2:
                    raise self.error(set_node, "each set in 'sets' needs at least two variants")
                rule.sets.append([v for v, _ in variants])
                for vi, (text, item) in enumerate(variants):
                    add_literal(text, item, (si, vi))
        if rtype == "capitalization":
            terms = self.strings(self.require(keys, "terms", node, what), "terms")
            if not terms:
                raise self.error(keys["terms"][1], "'terms' must not be empty")
            for text, item in terms:
                add_literal(text, item, text, case=True)  # matched case-insensitively
        if rtype == "repetition" and (n := get("window")):
            rule.window = self.integer(n, "window", 1)
        if rtype == "occurrence":
            rule.max = self.integer(self.require(keys, "max", node, what), "max", 0)
        if rtype == "metric":
            rule.metric = self.choice(self.require(keys, "metric", node, what), "metric", METRICS)
            rule.max = self.integer(self.require(keys, "max", node, what), "max", 1)

        bad, bad_marks = self._examples(get("bad"), "bad")
        good, good_marks = self._examples(get("good"), "good")
        if default and not bad:
            raise self.error(node, f"{what}: a rule that is on by default needs 'bad' examples")
        options: dict[str, Any] = {}
        if rtype in ("occurrence", "metric"):
            options["max"] = rule.max
        if rtype == "repetition":
            options["window"] = rule.window
        rule.info = RuleInfo(
            id=rule_id,
            summary=summary,
            explanation=explanation,
            severity=severity,  # type: ignore[arg-type]
            default_enabled=default,
            fix=FIX_AVAILABILITY[rtype],  # type: ignore[arg-type]
            bad=bad,
            good=good,
            source=str(self.path),
            options=options,
        )
        rule.bad_marks, rule.good_marks = bad_marks, good_marks
        return rule, id_node

    def _swap(self, node: Node, rule: PackRule, use_regex: bool, add_literal, add_pattern) -> None:
        if not isinstance(node, MappingNode) or not node.value:
            raise self.error(node, "'swap' must be a non-empty mapping of wrong -> right")
        seen: set[str] = set()
        for k, v in node.value:
            key = self.string(k, "swap")
            if key in seen:
                raise self.error(k, f"duplicate key {key!r} in 'swap'")
            seen.add(key)
            before = after = None
            applicability = rule.applicability
            if isinstance(v, MappingNode):
                entry = self.mapping(
                    v, f"swap entry {key!r}", ("replacement", "applicability", "before", "after")
                )
                replacement = self.string(
                    self.require(entry, "replacement", v, f"swap entry {key!r}"),
                    "replacement",
                    True,
                )
                if "applicability" in entry:
                    applicability = self.choice(
                        entry["applicability"][1], "applicability", APPLICABILITIES
                    )
                if "before" in entry:
                    n = entry["before"][1]
                    before = self.compile(
                        n, "before", rf"(?:{self.string(n, 'before')})\Z", rule.ignore_case
                    )
                if "after" in entry:
                    n = entry["after"][1]
                    after = self.compile(n, "after", self.string(n, "after"), rule.ignore_case)
            else:
                replacement = self.string(v, "swap", allow_empty=True)
            swap = SwapEntry(key, replacement, applicability, before, after)
            if use_regex:
                add_pattern(key, k, "swap", swap)
                compiled = rule.patterns[-1].compiled
                for num, name in _GROUP_REF_RE.findall(replacement):
                    if (num and int(num) > compiled.groups) or (
                        name
                        and name not in compiled.groupindex
                        and not (name.isdigit() and int(name) <= compiled.groups)
                    ):
                        raise self.error(
                            v,
                            f"replacement {replacement!r} refers to a group {key!r} does not have",
                        )
            else:
                add_literal(key, k, swap)

    def _scope(self, node: Node | None) -> frozenset[str]:
        if node is None:
            return SCOPES["all"]
        if isinstance(node, SequenceNode):
            items = [self.choice(item, "scope", SCOPES) for item in node.value]
            if not items:
                raise self.error(node, "'scope' must not be empty")
            return frozenset().union(*(SCOPES[i] for i in items))
        return SCOPES[self.choice(node, "scope", SCOPES)]

    def _check_template(self, node: Node, message: str, rtype: str) -> None:
        allowed = MESSAGE_FIELDS[rtype]
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
        except ValueError as e:
            raise self.error(
                node, f"'message': invalid template ({e}); write {{{{ for a brace"
            ) from None
        for f in fields:
            if f not in allowed:
                raise self.error(
                    node,
                    f"'message': unknown placeholder {{{f}}} for a {rtype} rule "
                    f"(use {', '.join('{' + a + '}' for a in sorted(allowed))})",
                )

    def _examples(
        self, node: Node | None, key: str
    ) -> tuple[tuple[Example, ...], tuple[tuple[int, int], ...]]:
        if node is None:
            return (), ()
        if not isinstance(node, SequenceNode):
            raise self.error(node, f"{key!r} must be a list of examples, not {_kind(node)}")
        examples: list[Example] = []
        marks: list[tuple[int, int]] = []
        allowed = ("text", "fixed", "format") if key == "bad" else ("text", "format")
        for item in node.value:
            if isinstance(item, MappingNode):
                ex = self.mapping(item, f"a {key} example", allowed)
                text = self.string(self.require(ex, "text", item, f"a {key} example"), "text")
                fixed = self.string(ex["fixed"][1], "fixed", True) if "fixed" in ex else None
                fmt = self.choice(ex["format"][1], "format", FORMATS) if "format" in ex else "txt"
                examples.append(Example(text, fixed, fmt))
            else:
                examples.append(Example(self.string(item, key)))
            marks.append((item.start_mark.line + 1, item.start_mark.column + 1))
        return tuple(examples), tuple(marks)


def _kind(node: Node | None) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node is None or node.tag == "tag:yaml.org,2002:null":
        return "nothing"
    kind = node.tag.rsplit(":", 1)[-1]
    return {"str": "a string", "int": "an integer", "bool": "a boolean", "float": "a number"}.get(
        kind, kind
    ) + f" ({node.value!r})"


def _did_you_mean(name: str, choices: tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(name, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (allowed: {', '.join(choices)})"


def _wrap(source: str, whole_word: bool) -> str:
    """A pattern with word boundaries wherever its match starts or ends with a word character."""
    if not whole_word:
        return source
    return rf"(?:(?={_W}){WB_BEFORE}|(?!{_W}))(?:{source})(?:(?<={_W}){WB_AFTER}|(?<!{_W}))"


# ---------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------


def check_text(rules: list[PackRule], text: str, fmt: str = "txt") -> tuple[list, list[str]]:
    """Run `rules` on `text` (read as `fmt`): (findings with line/col, run problems)."""
    from newslint.findings import Finding
    from newslint.testing import read_text

    doc = read_text(text, fmt)
    rep = Reporter(doc)
    PackMatcher(rules).check(doc, rep)
    for f in rep.findings:
        f.line, f.column = doc.line_col(f.start)
        f.end_line, f.end_column = doc.line_col(f.end)
    return sorted(rep.findings, key=Finding.sort_key), rep.problems


def validate_examples(pack: Pack) -> None:
    """Check every rule flags its bad examples (with the given fix) and not its good ones."""
    from newslint.testing import apply_fixes

    for rule in pack.rules:
        for ex, (line, col) in zip(rule.info.bad, rule.bad_marks, strict=True):
            where = f"{pack.path}:{line}:{col}"
            findings, problems = check_text([rule], ex.text, ex.format)
            if problems:
                raise NewslintError(f"{where}: {problems[0]}")
            if not findings:
                raise NewslintError(f"{where}: bad example is not flagged by rule {rule.id}")
            if ex.fixed is not None:
                got = apply_fixes(ex.text, findings, unsafe=True)
                if got != ex.fixed:
                    raise NewslintError(
                        f"{where}: bad example of rule {rule.id} fixes to {got!r}, "
                        f"not the expected {ex.fixed!r}"
                    )
        for ex, (line, col) in zip(rule.info.good, rule.good_marks, strict=True):
            where = f"{pack.path}:{line}:{col}"
            findings, problems = check_text([rule], ex.text, ex.format)
            if problems:
                raise NewslintError(f"{where}: {problems[0]}")
            if findings:
                raise NewslintError(
                    f"{where}: good example is flagged by rule {rule.id}: {findings[0].message}"
                )


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------

# A candidate match of a rule in a block: (start, end, payload, replacement or None).
Hit = tuple[int, int, Any, "str | None"]


class _Timeout(Exception):
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern


# The literal automaton uses the standard library's `re`: on a large trie it
# runs about 100 times faster than `regex` (measured: 10,000 phrases over
# 0.6 MB, 0.1 s against 15 s). Its boundaries mirror WB_BEFORE / WB_AFTER in
# `re` syntax (fixed-width lookbehinds; `[^\W_]` is a letter or digit).
RE_WB_BEFORE = r"(?<!\w)(?<![^\W_][-–'’])"
RE_WB_AFTER = r"(?!\w|[-–][^\W_]|['’](?![sS](?!\w))[^\W\d_])"
_RE_WB_AFTER = re.compile(RE_WB_AFTER)


def _trie_regex(literals: list[str], ignore_case: bool, whole_word: bool) -> str:
    """One `re` pattern for many literals, factored as a trie.

    A space in a literal matches any run of whitespace (plain-text paragraphs
    wrap lines); an apostrophe matches straight or curly. At each node the
    longer continuations come first, so the match at a position is the
    longest literal there. The end boundary is left to the caller, so it is
    written once rather than once per literal (which made a 10,000-entry
    pattern take four times as long to compile).
    """
    root = trie.build(normalize(lit, ignore_case) for lit in literals)
    syms: dict[str, str] = {" ": r"\s+", "'": "['’]"}

    def emit(node: dict) -> str:
        return trie.emit(node, syms)

    word_start = {ch: child for ch, child in root.items() if _is_word_char(ch)}
    other_start = {ch: child for ch, child in root.items() if not _is_word_char(ch)}
    parts = []
    if word_start:
        parts.append((RE_WB_BEFORE if whole_word else "") + emit(word_start))
    if other_start:
        parts.append(emit(other_start))
    return "|".join(f"(?:{p})" for p in parts) if len(parts) > 1 else parts[0]


@dataclass(eq=False)
class _LiteralGroup:
    """The combined automaton for the literals of several rules in one matching mode.

    With whole-word matching, literals that end in a word character need the
    end boundary and the few that end in punctuation ("Keywords:") must not
    have it; they form two tries, `(A)|(B)`, and where A matches, B is also
    tried at that position so neither hides the other's literals.
    """

    pattern: str
    table: dict[str, list[tuple[int, Any]]]
    ignore_case: bool
    whole_word: bool
    # Keys that are a proper prefix of another key: the longest match at a position
    # hides them, so they are looked up separately to keep per-rule results exact.
    prefix_keys: frozenset[str]
    scanner: re.Pattern
    extra: re.Pattern | None  # the B trie alone, tried where A matched
    _folded: re.Pattern | None = None

    @classmethod
    def build(
        cls, entries: list[tuple[int, str, Any]], whole_word: bool, ignore_case: bool
    ) -> _LiteralGroup:
        table: dict[str, list[tuple[int, Any]]] = defaultdict(list)
        for ri, lit, payload in entries:
            table[normalize(lit, ignore_case)].append((ri, payload))
        keys = sorted(table)
        prefix_keys = frozenset(a for a, b in zip(keys, keys[1:], strict=False) if b.startswith(a))
        lits = sorted({lit for _, lit, _ in entries})
        extra = None
        if not whole_word:
            pattern = f"({_trie_regex(lits, ignore_case, False)})"
        else:
            word_end = [lit for lit in lits if _is_word_char(lit.rstrip()[-1])]
            other_end = [lit for lit in lits if not _is_word_char(lit.rstrip()[-1])]
            a = f"(?:{_trie_regex(word_end, ignore_case, True)}){RE_WB_AFTER}" if word_end else ""
            b = _trie_regex(other_end, ignore_case, True) if other_end else ""
            pattern = f"({a})|({b})" if a and b else f"({a or b})"
            if a and b:
                extra = patterns.compile(b)
        # Case-insensitive groups match lower-cased text with a case-sensitive
        # pattern: `re` only skips failing branches quickly on exact literals,
        # which halves the scan time of a large IGNORECASE trie.
        scanner = patterns.compile(pattern)
        return cls(pattern, dict(table), ignore_case, whole_word, prefix_keys, scanner, extra)

    def scan(self, text: str, hits: dict[int, list[Hit]]) -> None:
        """Add every literal occurrence in `text` to `hits` (rule index -> candidates).

        After each match the search resumes one character after its start, so
        the longest literal at every start is seen, overlaps included: no rule
        loses a match that another rule's literal covers ("frequently enough"
        beside "enough indicate").
        """
        scanner, extra, subject = self.scanner, self.extra, text
        if self.ignore_case:
            subject = text.lower()
            if len(subject) != len(text):  # rare letters (İ) whose lower case is longer
                subject, scanner, extra = text, self._casefolded(), None
        table, ic = self.table, self.ignore_case
        search = scanner.search
        pos = 0
        while m := search(subject, pos):
            s = m.start()
            pos = s + 1
            found = [g for g in m.groups() if g]
            if extra is not None and m.group(1):
                b = extra.match(subject, s)
                if b:
                    found.append(b.group())
            for matched in found:
                for ri, payload in table.get(normalize(matched, ic), ()):
                    hits[ri].append((s, s + len(matched), payload, None))
                if self.prefix_keys:
                    self._prefixes(subject, s, matched, hits)

    def _casefolded(self) -> re.Pattern:
        if self._folded is None:
            self._folded = patterns.compile(self.pattern, re.IGNORECASE)
        return self._folded

    def _prefixes(self, text: str, s: int, matched: str, hits: dict[int, list[Hit]]) -> None:
        for i in range(len(matched) - 1, 0, -1):
            last = matched[i - 1]
            if last.isspace():
                continue
            key = normalize(matched[:i], self.ignore_case)
            if key not in self.prefix_keys:
                continue
            if self.whole_word and _is_word_char(last) and not _RE_WB_AFTER.match(text, s + i):
                continue
            for ri, payload in self.table[key]:
                hits[ri].append((s, s + i, payload, None))


# -- article-sized documents: literals looked up by their words -----------------
# Most entries of a word list occur in no given article, so rather than run
# a big trie over every block, the matcher checks which entries can occur at
# all from the document's tokens (`word_bytes`; C-level set operations), then
# finds just those with a small pattern each. Where a literal matches,
# the text holds the literal's own characters, or whitespace and apostrophes
# where the literal has a space or an apostrophe: its tokens inside are the
# text's tokens. At its ends, whole-word matching keeps a letter or digit
# from touching it; a joiner beside it is dropped with nothing to glue, or
# made a space, except the possessive 's, which `RE_WB_AFTER` lets a match
# end before: the last token may read "word" + "s". A literal that begins or
# ends with a joiner, or with a letter when matched inside words, may run
# into the text there: that token is not used. So two consecutive usable
# tokens of a literal are consecutive tokens of the document.

_RE_WB_BEFORE = re.compile(RE_WB_BEFORE)


def _in_token(ch: str) -> bool:
    """Whether `word_bytes` keeps `ch` (lower-cased) in a token."""
    if ch.isascii():
        return "a" <= ch <= "z" or "0" <= ch <= "9"
    return ch.isalnum() and not ch.isdecimal()


def _edge(ch: str, whole_word: bool) -> str | None:
    """How a literal's token ending in `ch` (its first or last character) shows in a text:
    "exact", "word" (a word that whole-word matching bounds) or None (unknown)."""
    if ch in "'’-–":
        return None
    if _in_token(ch):
        return "word" if whole_word else None
    return "exact"  # a character that is a space in `word_bytes`


def _anchors_of(key: str, whole_word: bool) -> list[tuple[bytes, ...]]:
    """What a document's tokens must hold for `key` to occur in it: any one of
    these (each one token, or two in a row). Empty when no token of the
    literal is sure to be whole (`%`, `'em` inside words): look everywhere."""
    low = key.lower()
    words = word_bytes(low)
    slots: list[list[bytes]] = [[t] for t in words.tokens]
    if words.letters_then_digit or words.possessive_joiner or not slots:
        return []
    last = _edge(low[-1], whole_word)
    if last == "word":
        slots[-1].append(slots[-1][0] + b"s")  # the possessive: youtube's
    elif last is None:
        slots.pop()
    if slots and _edge(low[0], whole_word) is None:
        slots.pop(0)
    if not slots:
        return []
    if len(slots) == 1:
        return [(t,) for t in slots[0]]
    i = max(range(len(slots) - 1), key=lambda i: _rarity(slots[i][0], slots[i + 1][0]))
    return [(a, b) for a in slots[i] for b in slots[i + 1]]


# Words too common to pick a literal out: an anchor made of them would send
# the literal's pattern over most documents. (Speed only, not correctness.)
_COMMON_TEXT = (
    "a an the and or but if of to in on at by for with from as into onto than then that this "
    "these those it its is are was were be been being has have had do does did not no so up "
    "out over after before about all any some more most he she they we you i his her their "
    "our your my him them us who which what when where how will would can could may might "
    "said says one two new also just"
)
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())
_COMMON = frozenset(w.encode() for w in _COMMON_WORDS)


def _rarity(a: bytes, b: bytes) -> tuple[int, int]:
    """How unlikely the pair of tokens a, b is in a text: uncommon letters first."""
    lengths = [len(t) for t in (a, b) if t not in _COMMON and not t.isdigit()]
    return sum(lengths), min(len(a), len(b))


# -- with the document's letter runs ---------------------------------------------
# `document.letter_runs` is the set of maximal letter runs of the lower-cased
# prose. Where a literal matches, its own letter runs are letter runs of the
# text: whole-word boundaries keep a letter (a letter run is made of letters
# and numbers that are not digits) from touching either end, and inside, the
# literal's characters stand, or whitespace and apostrophes, which are not
# letters. So a literal can only occur if all its runs are in the set (without
# whole-word matching, all but those at its ends). When another rule has
# computed the set anyway, a set intersection on each literal's rarest run
# and a subset test pick the candidates more cheaply than the tokens.

# Above this many literals, too many share a common run: the tokens are cheaper.
_MAX_RUN_LITERALS = 1000


def _needed_runs(key: str, whole_word: bool) -> list[str]:
    """The letter runs a document must hold for `key` to occur in it."""
    low = key.lower()
    runs = LETTER_RUN_RE.findall(low)
    if not whole_word:  # a letter at either end may run on into the text
        if runs and LETTER_RUN_RE.match(low):
            runs = runs[1:]
        if runs and LETTER_RUN_RE.match(low, len(low) - 1):
            runs = runs[:-1]
    return runs


class _RunAnchors:
    """Which literals a document can hold, from its letter runs."""

    def __init__(self, groups: list[_Literals]) -> None:
        index: dict[str, list[tuple[_Literals, str, frozenset[str]]]] = defaultdict(list)
        self.always: list[tuple[_Literals, str]] = []
        for group in groups:
            for key in group.table:
                runs = _needed_runs(key, group.whole_word)
                if not runs:
                    self.always.append((group, key))
                    continue
                rarest = max(runs, key=lambda r: (r not in _COMMON_WORDS, len(r)))
                index[rarest].append((group, key, frozenset(runs)))
        self.index = dict(index)
        self._keys = frozenset(index)

    def candidates(self, runs: frozenset[str]) -> list[tuple[_Literals, str]]:
        """The literals all of whose runs the document holds, plus those without runs."""
        out = list(self.always)
        for run in self._keys & runs:
            out += [(group, key) for group, key, needed in self.index[run] if needed <= runs]
        return out


class _Literals:
    """Every literal of the matcher in one matching mode (case, whole word).

    `find` gives all matches of one literal, overlaps included: the same set
    of (start, end) the combined automaton of `_LiteralGroup` yields for it.
    """

    def __init__(self, entries: list[tuple[int, str, Any]], whole_word: bool, ignore_case: bool):
        self.whole_word = whole_word
        self.ignore_case = ignore_case
        table: dict[str, list[tuple[int, Any]]] = defaultdict(list)
        for ri, lit, payload in entries:
            table[normalize(lit, ignore_case)].append((ri, payload))
        self.table = dict(table)
        self._patterns: dict[str, tuple[re.Pattern, bool, bool]] = {}

    def find(self, key: str, subject: str) -> list[tuple[int, int]]:
        """Every (start, end) where `key` matches `subject`, one per start."""
        pattern, check_start, check_end = self._patterns.get(key) or self._compile(key)
        search, before, after = pattern.search, _RE_WB_BEFORE.match, _RE_WB_AFTER.match
        out = []
        pos = 0
        while m := search(subject, pos):
            s, e = m.span()
            pos = s + 1
            if (not check_start or before(subject, s)) and (not check_end or after(subject, e)):
                out.append((s, e))
        return out

    def _compile(self, key: str) -> tuple[re.Pattern, bool, bool]:
        """The literal's own pattern, as `_trie_regex` writes it, and whether
        the boundaries apply. They are checked apart: the pattern begins with
        a literal (which `re` finds fast) and compiles in a few microseconds."""
        body = trie.pattern([key], {" ": r"\s+", "'": "['’]"})
        ww = self.whole_word
        got = (re.compile(body), ww and _is_word_char(key[0]), ww and _is_word_char(key[-1]))
        self._patterns[key] = got
        return got


class _Anchors:
    """Which literals a document can hold, from its tokens (see `_anchors_of`)."""

    def __init__(self, groups: list[_Literals]) -> None:
        single: dict[bytes, list[tuple[_Literals, str]]] = defaultdict(list)
        pairs: dict[tuple[bytes, ...], list[tuple[_Literals, str]]] = defaultdict(list)
        self.always: list[tuple[_Literals, str]] = []
        for group in groups:
            for key in group.table:
                anchors = _anchors_of(key, group.whole_word)
                for anchor in anchors:
                    (pairs[anchor] if len(anchor) == 2 else single[anchor[0]]).append((group, key))
                if not anchors:
                    self.always.append((group, key))
        self.single, self.pairs = dict(single), dict(pairs)
        self._single_keys, self._pair_keys = frozenset(single), frozenset(pairs)
        # A few single tokens are cheaper to look for in the text one by one.
        self._few = [(b" " + t + b" ", t) for t in single] if len(single) <= 8 else None

    def candidates(self, words: Words) -> list[tuple[_Literals, str]]:
        """The literals whose anchor the document holds, plus those without one."""
        out = list(self.always)
        tokens = words.tokens
        if self._pair_keys:
            for pair in self._pair_keys.intersection(zip(tokens, islice(tokens, 1, None))):
                out += self.pairs[pair]
        if self._few:
            text = b" " + words.text + b" "
            for needle, token in self._few:
                if needle in text:
                    out += self.single[token]
        elif self._single_keys and not self._single_keys.isdisjoint(tokens):
            for token in self._single_keys.intersection(tokens):
                out += self.single[token]
        return list(dict.fromkeys(out)) if len(out) > 1 else out  # a key under two variants


class PackMatcher:
    """Runs a set of pack rules on documents.

    Building is cheap: tables of literals, no big pattern. An article-sized
    document is matched through `_RunAnchors` when its letter runs are known
    already, else `_Anchors`; a document over `SMALL_DOC` characters (or one
    whose lower case moves offsets, or with a possessive before a joiner) is
    scanned block by block with the combined tries of `_LiteralGroup`,
    compiled on first use, so a big document stays linear in its size
    however many entries match.
    """

    def __init__(
        self,
        rules: list[PackRule],
        options: dict[str, dict] | None = None,
        timeout: float = PATTERN_TIMEOUT,
    ) -> None:
        self.rules = list(rules)
        self.timeout = timeout
        options = options or {}
        self._max = [options.get(r.id, {}).get("max", r.max) for r in self.rules]
        self._window = [options.get(r.id, {}).get("window", r.window) for r in self.rules]
        self._dead: set[int] = set()  # rules whose patterns timed out: skipped from then on
        self._modes: dict[tuple[bool, bool], list[tuple[int, str, Any]]] = defaultdict(list)
        for ri, r in enumerate(self.rules):
            ic = True if r.type == "capitalization" else r.ignore_case
            for lit, payload in r.literals:
                self._modes[(ic, r.whole_word)].append((ri, lit, payload))
        self._literals = [
            _Literals(entries, ww, ic) for (ic, ww), entries in sorted(self._modes.items())
        ]
        # role -> literal groups scanned for blocks of that role (big documents)
        self._groups: dict[str, list[_LiteralGroup]] | None = None
        self._pattern_rules = {
            role: [ri for ri, r in enumerate(self.rules) if r.patterns and role in r.roles]
            for role in ROLES
        }
        self._any_patterns = any(self._pattern_rules.values())
        self._metric_rules = [ri for ri, r in enumerate(self.rules) if r.type == "metric"]
        self.small_doc = SMALL_DOC  # documents up to this size go by their words, not the tries

    @cached_property
    def _anchors(self) -> _Anchors:
        return _Anchors(self._literals)

    @cached_property
    def _run_anchors(self) -> _RunAnchors | None:
        """None for a big matcher: too many literals share a common letter run."""
        if sum(len(g.table) for g in self._literals) > _MAX_RUN_LITERALS:
            return None
        return _RunAnchors(self._literals)

    def _role_groups(self) -> dict[str, list[_LiteralGroup]]:
        """The combined tries per block role, built on first use (big documents only)."""
        if self._groups is None:
            self._groups = {}
            built: dict[tuple, _LiteralGroup] = {}
            for role in ROLES:
                groups = []
                for (ic, ww), all_entries in sorted(self._modes.items()):
                    entries = [e for e in all_entries if role in self.rules[e[0]].roles]
                    if not entries:
                        continue
                    key = (ic, ww, tuple(sorted({e[0] for e in entries})))
                    if key not in built:
                        built[key] = _LiteralGroup.build(entries, ww, ic)
                    groups.append(built[key])
                self._groups[role] = groups
        return self._groups

    # -- the pass ---------------------------------------------------------------
    def check(self, doc: Document, report: Reporter) -> None:
        """Report every active rule's findings on `doc`."""
        doc_hits: dict[int, list[tuple[Block, int, int, Any, str | None]]] = defaultdict(list)
        literal_hits = None
        # The joined text's length, without joining: a long document takes the tries.
        size = sum(len(b.text) for b in doc.blocks) + len(doc.blocks) - 1
        if size <= self.small_doc and (text := doc_text(doc))[1] is not None:
            joined, low, starts = text
            runs = letter_runs_if_computed(doc)
            if runs is not None and (run_anchors := self._run_anchors) is not None:
                cands = run_anchors.candidates(runs)
                literal_hits = self._literal_hits(doc, cands, joined, low, starts)
            elif (words := document_words(doc)) is not None and not words.possessive_joiner:
                cands = self._anchors.candidates(words)
                literal_hits = self._literal_hits(doc, cands, joined, low, starts)
        order: Iterable[int] = range(len(doc.blocks))
        if literal_hits is not None and not self._any_patterns:
            order = sorted(literal_hits)  # no other block has anything to check
        for k in order:
            block = doc.blocks[k]
            if not block.text:
                continue
            pattern_rules = self._pattern_rules[block.role]
            if literal_hits is None:
                hits: dict[int, list[Hit]] = defaultdict(list)
                for group in self._role_groups()[block.role]:
                    group.scan(block.text, hits)
            elif k in literal_hits or pattern_rules:
                hits = literal_hits.get(k) or defaultdict(list)
            else:
                continue
            for ri in pattern_rules:
                if ri not in self._dead:
                    self._guard(ri, report, self._scan_patterns, ri, block.text, hits[ri])
            for ri, cands in hits.items():
                if ri in self._dead or not cands:
                    continue
                self._guard(ri, report, self._block_rule, ri, block, cands, report, doc_hits)
        for ri in self._metric_rules:
            self._metric(ri, doc, report)
        for ri, items in doc_hits.items():
            if ri in self._dead:
                continue
            if self.rules[ri].type == "consistency":
                self._consistency(ri, items, report)
            else:
                self._occurrence(ri, items, report)

    def _literal_hits(
        self,
        doc: Document,
        literals: list[tuple[_Literals, str]],
        joined: str,
        low: str,
        starts: list[int],
    ) -> dict[int, dict[int, list[Hit]]]:
        """Block index -> rule index -> matches of `literals`, for an article-sized document."""
        found: dict[int, dict[int, list[Hit]]] = {}
        blocks, rules = doc.blocks, self.rules
        for group, key in literals:
            entries = group.table[key]
            for s, e in group.find(key, low if group.ignore_case else joined):
                k = bisect.bisect_right(starts, s) - 1
                off = starts[k]
                block = blocks[k]
                if e - off > len(block.text):
                    continue  # a space of the literal matched the break between blocks
                for ri, payload in entries:
                    if block.role in rules[ri].roles:
                        by_rule = found.get(k)
                        if by_rule is None:
                            by_rule = found[k] = defaultdict(list)
                        by_rule[ri].append((s - off, e - off, payload, None))
        for k, by_rule in found.items():  # rules in a fixed order, as the tries give them
            found[k] = defaultdict(list, sorted(by_rule.items()))
        return found

    def _guard(self, ri: int, report: Reporter, fn: Callable, *args: Any) -> None:
        """Run one rule's step; a pattern time-out disables the rule and is reported once."""
        try:
            fn(*args)
        except _Timeout as t:
            self._dead.add(ri)
            r = self.rules[ri]
            report.problem(
                f"{r.path}: rule {r.id}: pattern {t.pattern!r} timed out "
                f"(limit {self.timeout:g}s per block); the rule is skipped for the rest of the run"
            )

    def _deadline_call(self, spec: PatternSpec | regex.Pattern, deadline: float, fn: str, *args):
        pattern = spec.compiled if isinstance(spec, PatternSpec) else spec
        left = deadline - time.monotonic()
        try:
            if left <= 0:
                raise TimeoutError
            result = getattr(pattern, fn)(*args, timeout=left)
            return list(result) if fn == "finditer" else result
        except TimeoutError:
            src = spec.source if isinstance(spec, PatternSpec) else pattern.pattern
            raise _Timeout(src) from None

    def _scan_patterns(self, ri: int, text: str, out: list[Hit]) -> None:
        rule = self.rules[ri]
        deadline = time.monotonic() + self.timeout
        for spec in rule.patterns:
            for m in self._deadline_call(spec, deadline, "finditer", text):
                if m.end() == m.start():
                    continue  # an empty match flags nothing
                repl = None
                if isinstance(spec.payload, SwapEntry):
                    repl = m.expand(spec.payload.replacement)
                out.append((m.start(), m.end(), spec.payload, repl))

    def _select(self, ri: int, block: Block, cands: list[Hit]) -> list[Hit]:
        """The rule's own matches: context-filtered, leftmost-longest, no overlaps.

        This is what one regex for this rule alone would find, so combining
        rules into one automaton never changes a rule's findings.
        """
        rule = self.rules[ri]
        text = block.text
        deadline = time.monotonic() + self.timeout
        if rule.type == "substitution":
            cands = [c for c in cands if self._context_ok(c, text, deadline)]
        cands.sort(key=lambda c: (c[0], -c[1]))
        chosen: list[Hit] = []
        last_end = -1
        for c in cands:
            if c[0] >= last_end:
                chosen.append(c)
                last_end = c[1]
        if rule.ignore_quotes:
            chosen = [c for c in chosen if not block.in_quotes(c[0], c[1])]
        if rule.exceptions and chosen:
            spans = [
                m.span()
                for spec in rule.exceptions
                for m in self._deadline_call(spec, deadline, "finditer", text)
            ]
            chosen = [c for c in chosen if not any(s <= c[0] and c[1] <= e for s, e in spans)]
        return chosen

    def _context_ok(self, c: Hit, text: str, deadline: float) -> bool:
        entry = c[2]
        if not isinstance(entry, SwapEntry):
            return True
        if entry.before is not None and (
            self._deadline_call(entry.before, deadline, "search", text, max(0, c[0] - 200), c[0])
            is None
        ):
            return False
        after = entry.after
        return (
            after is None or self._deadline_call(after, deadline, "match", text, c[1]) is not None
        )

    # -- per type -------------------------------------------------------------
    def _block_rule(
        self, ri: int, block: Block, cands: list[Hit], report: Reporter, doc_hits
    ) -> None:
        rule = self.rules[ri]
        chosen = self._select(ri, block, cands)
        if not chosen:
            return
        text = block.text
        info = rule.info
        if rule.type in ("consistency", "occurrence"):
            doc_hits[ri].extend((block, s, e, p, r) for s, e, p, r in chosen)
        elif rule.type == "existence":
            for s, e, _, _ in chosen:
                report(
                    block,
                    s,
                    e,
                    _fmt(rule.message, match=text[s:e]),
                    rule=info.id,
                    severity=info.severity,
                )
        elif rule.type == "substitution":
            for s, e, entry, repl in chosen:
                matched = text[s:e]
                repl = keep_initial_capital(matched, entry.replacement if repl is None else repl)
                if repl == matched:
                    continue
                report(
                    block, s, e, _fmt(rule.message, match=matched, replacement=repl),
                    replacement=repl, applicability=entry.applicability,
                    rule=info.id, severity=info.severity,
                )  # fmt: skip
        elif rule.type == "capitalization":
            if not any(ch.islower() for ch in text):
                return  # an all-caps headline or subhead is a style, not a casing error
            for s, e, term, _ in chosen:
                matched = text[s:e]
                if " ".join(matched.split()).replace("’", "'") == term.replace("’", "'"):
                    continue
                report(
                    block, s, e, _fmt(rule.message, match=matched, replacement=term),
                    replacement=term, applicability=rule.applicability,
                    rule=info.id, severity=info.severity,
                )  # fmt: skip
        elif rule.type == "repetition":
            starts = [w.start for w in block.words]
            window = self._window[ri]
            last: dict[str, int] = {}
            counts: dict[str, int] = defaultdict(int)
            for s, e, _, _ in chosen:
                counts[normalize(text[s:e], rule.ignore_case)] += 1
            for s, e, _, _ in chosen:
                key = normalize(text[s:e], rule.ignore_case)
                wi = bisect.bisect_right(starts, s)
                if key in last and wi - last[key] <= window:
                    report(
                        block, s, e,
                        _fmt(rule.message, match=text[s:e], count=counts[key], window=window),
                        rule=info.id, severity=info.severity,
                    )  # fmt: skip
                last[key] = wi

    def _occurrence(self, ri: int, items: list, report: Reporter) -> None:
        rule, limit = self.rules[ri], self._max[ri]
        if limit is None or len(items) <= limit:
            return
        block, s, e, _, _ = items[limit]
        report(
            block, s, e,
            _fmt(rule.message, match=block.text[s:e], count=len(items), max=limit),
            rule=rule.id, severity=rule.info.severity,
        )  # fmt: skip

    def _consistency(self, ri: int, items: list, report: Reporter) -> None:
        rule = self.rules[ri]
        by_set: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
        for item in items:
            si, vi = item[3]
            by_set[si][vi].append(item)
        for si, variants in by_set.items():
            if len(variants) < 2:
                continue
            # Dominant: most used; a tie goes to the form the document uses first.
            order = sorted(
                variants,
                key=lambda vi: (-len(variants[vi]), variants[vi][0][0].index, variants[vi][0][1]),
            )
            dominant = rule.sets[si][order[0]]
            forms = " and ".join(f"“{rule.sets[si][vi]}” ({len(variants[vi])})" for vi in order)
            for vi in order[1:]:
                for block, s, e, _, _ in variants[vi]:
                    matched = block.text[s:e]
                    repl = keep_initial_capital(matched, dominant)
                    report(
                        block, s, e,
                        _fmt(rule.message, match=matched, replacement=dominant,
                             count=len(variants[vi]), forms=forms),
                        replacement=repl, applicability=rule.applicability,
                        rule=rule.id, severity=rule.info.severity,
                    )  # fmt: skip

    def _metric(self, ri: int, doc: Document, report: Reporter) -> None:
        rule, limit = self.rules[ri], self._max[ri]
        info = rule.info
        if rule.metric in ("headline-chars", "headline-words"):
            h = doc.headline
            if h is None or not h.text.strip():
                return
            text = h.text.strip()
            start = h.text.index(text)
            count = len(text) if rule.metric == "headline-chars" else len(h.words)
            if count > limit:
                report(
                    h, start, start + len(text),
                    _fmt(rule.message, match=text, count=count, max=limit),
                    rule=info.id, severity=info.severity,
                )  # fmt: skip
            return
        for block in doc.blocks:
            if block.role not in rule.roles or not block.text:
                continue
            starts = [w.start for w in block.words]
            for s, e in block.sentences:
                count = bisect.bisect_left(starts, e) - bisect.bisect_left(starts, s)
                if count > limit:
                    report(
                        block, s, e,
                        _fmt(rule.message, match=block.text[s:e], count=count, max=limit),
                        rule=info.id, severity=info.severity,
                    )  # fmt: skip


def _fmt(template: str, **values: Any) -> str:
    """Fill a message template; the loader has checked its placeholders."""
    return template.format_map(values)


def iter_rules(packs: list[Pack]) -> Iterator[PackRule]:
    for pack in packs:
        yield from pack.rules
