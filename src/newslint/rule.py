"""What a rule is: its id, docs, examples, and how it reports.

A rule is a class with metadata (ruff-style: the docs live beside the code)
and a `check` method that reads a `Document` and calls `report`. Rules work in
prose coordinates; `Reporter` maps them to source offsets and drops fixes that
would cross markup, so no rule ever touches the source text directly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from newslint.document import ROLES, Block, Document, doc_text
from newslint.findings import Applicability, Edit, Finding, Fix, Severity

FixAvailability = Literal["never", "sometimes", "always"]


@dataclass(frozen=True)
class Example:
    """A snippet for a rule's docs and tests.

    `fixed` (bad examples only) is the text after applying the rule's fix,
    unsafe fixes included; None means the example is not checked for a fix.
    `format` picks the reader: txt, md or html.
    """

    text: str
    fixed: str | None = None
    format: str = "txt"
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RuleInfo:
    """Everything `newslint rules`, `newslint rule ID` and SARIF need about a rule."""

    id: str
    summary: str
    explanation: str
    severity: Severity
    default_enabled: bool
    fix: FixAvailability
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    source: str = "builtin"  # "builtin", a pack path, or a plugin name
    options: dict = field(default_factory=dict)

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]


def as_examples(items: Iterable[Example | str]) -> tuple[Example, ...]:
    return tuple(Example(i) if isinstance(i, str) else i for i in items)


class Rule:
    """Base class for Python rules.

    Subclasses set the class attributes and override `check_block` (one block
    at a time) or `check` (the whole document, for document-level rules).
    Options come from config `[tool.newslint.rules."<id>"]`; `options` holds
    their defaults.

    `hint`, for block rules: a pattern that matches a block's text wherever
    the rule could report in it (a necessary condition, usually the
    punctuation the rule is about). One C-level scan of the whole prose
    picks the blocks to check: most documents have nothing to report and
    are skipped without a Python call per block.

    `batch`: the name of a group of rules that share one scan of the
    document; the class then implements `check_batch`, and the engine calls
    it once per document for all the group's enabled rules (see `RuleBatch`).
    """

    id: ClassVar[str]
    summary: ClassVar[str]
    explanation: ClassVar[str] = ""
    severity: ClassVar[Severity] = "warning"
    default_enabled: ClassVar[bool] = True
    fix: ClassVar[FixAvailability] = "never"
    roles: ClassVar[frozenset[str]] = frozenset(ROLES)
    bad: ClassVar[tuple[Example | str, ...]] = ()
    good: ClassVar[tuple[Example | str, ...]] = ()
    options: ClassVar[dict[str, Any]] = {}
    hint: ClassVar[re.Pattern[str] | None] = None
    batch: ClassVar[str | None] = None

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.opts: dict[str, Any] = {**type(self).options, **(options or {})}

    @classmethod
    def info(cls) -> RuleInfo:
        return RuleInfo(
            id=cls.id,
            summary=cls.summary,
            explanation=cls.explanation or cls.__doc__ or "",
            severity=cls.severity,
            default_enabled=cls.default_enabled,
            fix=cls.fix,
            bad=as_examples(cls.bad),
            good=as_examples(cls.good),
            source=f"{cls.__module__}.{cls.__qualname__}",
            options=dict(cls.options),
        )

    def check(self, doc: Document, report: Reporter) -> None:
        blocks = doc.blocks if self.hint is None else _blocks_hinted(doc, self.hint)
        for block in blocks:
            if block.role in self.roles:
                self.check_block(block, report)

    def check_block(self, block: Block, report: Reporter) -> None:  # pragma: no cover
        raise NotImplementedError

    @classmethod
    def check_batch(cls, rules: list[Rule], doc: Document, report: Reporter) -> None:
        """Check `rules` (enabled rules of this class's `batch`) in one go,
        setting `report.rule_id` and `report.severity` before each rule reports."""
        for rule in rules:  # pragma: no cover - batch classes do it in one scan
            report.rule_id, report.severity = rule.id, rule.severity
            rule.check(doc, report)


class RuleBatch:
    """Rules that share one scan of a document, run by one call.

    The confusable sets are some sixty rules over one scan: a call per rule
    per document, each only to find nothing in the scan's cached result,
    was a measurable part of a run. The engine runs a batch in the place of
    its first rule; `Rule.check` still runs any one of them alone.
    """

    def __init__(self, name: str, rules: list[Rule]) -> None:
        self.id = name
        self.severity: Severity = rules[0].severity
        self.rules = rules

    def check(self, doc: Document, report: Reporter) -> None:
        type(self.rules[0]).check_batch(self.rules, doc, report)


def batched(rules: list[Rule]) -> list[Rule | RuleBatch]:
    """`rules` in order, with the rules of each batch gathered into one."""
    out: list[Rule | RuleBatch] = []
    batches: dict[str, RuleBatch] = {}
    for rule in rules:
        name = rule.batch
        if name is None:
            out.append(rule)
        elif name in batches:
            batches[name].rules.append(rule)
        else:
            batches[name] = RuleBatch(name, [rule])
            out.append(batches[name])
    return out


def _blocks_hinted(doc: Document, hint: re.Pattern[str]) -> list[Block]:
    """The blocks a match of `hint` in the joined prose touches, in order.

    Any match inside a block's own text lies under one of these matches (a
    scan for leftmost matches cannot step over it), so a rule that needs one
    in the block checks no other block: in an article usually none at all,
    and in a long document only the few that matter.
    """
    joined, _, starts = doc_text(doc)
    picked: list[int] = []
    for m in hint.finditer(joined):
        first = bisect.bisect_right(starts, m.start()) - 1
        last = bisect.bisect_right(starts, max(m.end() - 1, m.start())) - 1
        for k in range(max(first, picked[-1] + 1 if picked else 0), last + 1):
            picked.append(k)
    return [doc.blocks[k] for k in picked]


class Reporter:
    """Collects a rule's reports for one document as source-level findings."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.findings: list[Finding] = []
        self.rule_id = ""
        self.severity: Severity = "warning"
        # Run-level problems (a pack pattern that timed out): exit 2, one line each.
        self.problems: list[str] = []

    def problem(self, message: str) -> None:
        """Record a problem that is not a finding (reported once, exits 2)."""
        if message not in self.problems:
            self.problems.append(message)

    def __call__(
        self,
        block: Block,
        start: int,
        end: int,
        message: str,
        *,
        replacement: str | None = None,
        edits: Iterable[tuple[int, int, str]] | None = None,
        applicability: Applicability = "safe",
        rule: str | None = None,
        severity: Severity | None = None,
        meta: dict | None = None,
    ) -> None:
        """Report prose span [start, end) of `block`.

        `replacement` replaces the span; `edits` gives other prose edits
        (start, end, text). A fix whose edits cross markup is dropped, the
        finding kept: DESIGN.md says such fixes are not offered.
        """
        if block.overlaps_non_prose(start, max(end, start + 1)):
            return  # URLs, e-mail and domains are never prose defects
        s, e = block.source_span(start, end)
        if replacement is not None:
            edits = [(start, end, replacement)]
        fix = None
        if edits is not None:
            fix = self._map_fix(block, list(edits), applicability)
        self.findings.append(
            Finding(
                rule=rule or self.rule_id,
                severity=severity or self.severity,
                message=message,
                start=s,
                end=e,
                fix=fix,
                meta=meta or {},
            )
        )

    def at_source(self, finding: Finding) -> None:
        """Report a finding already in source offsets (document-level checks)."""
        self.findings.append(finding)

    @staticmethod
    def _map_fix(
        block: Block, edits: list[tuple[int, int, str]], applicability: Applicability
    ) -> Fix | None:
        mapped: list[Edit] = []
        for ps, pe, text in sorted(edits):
            if pe > ps and not block.is_contiguous(ps, pe):
                return None
            if pe == ps and 0 < ps < len(block.text) and not block.is_contiguous(ps - 1, ps + 1):
                return None  # an insertion between two pieces of markup is ambiguous
            s, e = block.source_span(ps, pe)
            mapped.append(Edit(s, e, text))
        for a, b in zip(mapped, mapped[1:]):
            if b.start < a.end:
                return None
        return Fix(tuple(mapped), applicability) if mapped else None
