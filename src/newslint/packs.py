"""Loading, validating and compiling YAML rule packs (format: `rules/README.md`).

Rule *types* are code, rules are data (Vale's model). A pack is parsed from
YAML nodes, not plain objects, so every error names the file, line and column
of the offending key or value, and unknown keys are errors (Vale's
`ErrorUnused`; its `WeakDecode` types that silently ignore typos are the
trap to avoid).

Matching is compiled once per rule set. The literal words and phrases of all
rules (existence/repetition/occurrence tokens, substitution keys, consistency
variants, capitalization terms) go into one trie-shaped regex per block role
and matching mode (case, whole word), so a block is scanned once however many
rules and entries are active: Python's regex engines do not factor a flat
alternation, a trie keeps throughput flat as the word lists grow. A dict maps
the matched text back to the rules and entries it belongs to. Regex patterns
run per rule, each with a time limit, so one catastrophic pattern in a user
pack costs a second, is reported once, and disables only its own rule.
"""

from __future__ import annotations

import bisect
import re
import string
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from newslint import trie
from newslint.document import BODY_ROLES, ROLES, Block, Document
from newslint.errors import NewslintError
from newslint.rule import Example, Reporter, RuleInfo

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
_PACK_NAME_RE = regex.compile(r"[a-z0-9][a-z0-9-]*")
_RULE_ID_RE = regex.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+")
_GROUP_REF_RE = regex.compile(r"\\(?:(\d+)|g<([^>]*)>)")

# Word boundaries that agree with `document.WORD_RE`: a hyphen or an
# apostrophe between letters joins a word ("cease-fire", "can't"), so "fire"
# does not match inside "cease-fire"; a possessive "'s" does not join, so
# "youtube" still matches in "youtube's".
_W = r"[\p{L}\p{M}\p{N}_]"
WB_BEFORE = rf"(?<!{_W}|[\p{{L}}\p{{N}}][-–'’])"
WB_AFTER = rf"(?!{_W}|[-–][\p{{L}}\p{{N}}]|['’](?![sS](?!{_W}))\p{{L}})"
_WORD_CHAR_RE = regex.compile(_W)


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


@dataclass(eq=False)
class PatternSpec:
    """A compiled pack regex and what a match of it means for its rule."""

    source: str
    compiled: regex.Pattern
    payload: Any = None


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
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_pack(path: Path) -> Pack:
    """Parse and validate a pack file; cached by (path, mtime, size) in-process."""
    path = Path(path)
    try:
        st = path.stat()
        key = str(path.resolve())
        hit = _CACHE.get(key)
        if hit and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
            return hit[2]
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise NewslintError(f"{path}: cannot read rule pack: {e}") from None
    pack = parse_pack(text, path)
    _CACHE[key] = (st.st_mtime_ns, st.st_size, pack)
    return pack


def parse_pack(text: str, path: Path) -> Pack:
    """Parse pack YAML `text`; errors name `path`, line and column."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise NewslintError(f"{path}:{where}: invalid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise NewslintError(f"{path}:1:1: invalid YAML: {e}") from None
    return _PackParser(Path(path)).pack(root)


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
                extra = re.compile(b)
        # Case-insensitive groups match lower-cased text with a case-sensitive
        # pattern: `re` only skips failing branches quickly on exact literals,
        # which halves the scan time of a large IGNORECASE trie.
        scanner = re.compile(pattern)
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
            self._folded = re.compile(self.pattern, re.IGNORECASE)
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


class PackMatcher:
    """Runs a set of pack rules on documents: compile once, one literal pass per block."""

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
        # role -> literal groups scanned for blocks of that role
        self._groups: dict[str, list[_LiteralGroup]] = {}
        built: dict[tuple, _LiteralGroup] = {}
        for role in ROLES:
            modes: dict[tuple[bool, bool], list[tuple[int, str, Any]]] = defaultdict(list)
            for ri, r in enumerate(self.rules):
                if role not in r.roles:
                    continue
                ic = True if r.type == "capitalization" else r.ignore_case
                for lit, payload in r.literals:
                    modes[(ic, r.whole_word)].append((ri, lit, payload))
            groups = []
            for (ic, ww), entries in sorted(modes.items()):
                key = (ic, ww, tuple(sorted({e[0] for e in entries})))
                if key not in built:
                    built[key] = _LiteralGroup.build(entries, ww, ic)
                groups.append(built[key])
            self._groups[role] = groups
        self._pattern_rules = {
            role: [ri for ri, r in enumerate(self.rules) if r.patterns and role in r.roles]
            for role in ROLES
        }
        self._metric_rules = [ri for ri, r in enumerate(self.rules) if r.type == "metric"]

    # -- the pass ---------------------------------------------------------------
    def check(self, doc: Document, report: Reporter) -> None:
        """Report every active rule's findings on `doc`."""
        doc_hits: dict[int, list[tuple[Block, int, int, Any, str | None]]] = defaultdict(list)
        for block in doc.blocks:
            if not block.text:
                continue
            hits: dict[int, list[Hit]] = defaultdict(list)
            for group in self._groups[block.role]:
                group.scan(block.text, hits)
            for ri in self._pattern_rules[block.role]:
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
