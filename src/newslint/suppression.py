"""Inline suppressions: comments in the source that silence findings.

Markdown and HTML: `<!-- newslint-disable RULE[, RULE] -->` … `<!--
newslint-enable -->` (no rules: every rule) and `<!--
newslint-disable-next-line RULE -->`. Plain text: `newslint: ignore[RULE]` at
the end of a line. RULE may be a family prefix. A suppression that silences
nothing becomes a `newslint.unused-suppression` finding (info).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.document import Document
from newslint.findings import Finding

_COMMENT_RE = re.compile(
    r"<!--\s*newslint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE
)
_TEXT_RE = re.compile(r"newslint:\s*ignore\[([^\]]*)\][ \t]*\r?$", re.M)


@dataclass
class Suppression:
    rules: tuple[str, ...]  # empty: all rules
    start: int  # source range it covers
    end: int
    comment_start: int
    comment_end: int
    used: bool = False

    def covers(self, f: Finding) -> bool:
        if not (self.start <= f.start < self.end):
            return False
        return not self.rules or any(f.rule == r or f.rule.startswith(r + ".") for r in self.rules)


def _rules(text: str) -> tuple[str, ...]:
    return tuple(r for r in re.split(r"[\s,]+", text.strip()) if r)


def parse(doc: Document) -> list[Suppression]:
    src = doc.source
    if "newslint" not in src:
        return []
    out: list[Suppression] = []
    if doc.format == "txt":
        for m in _TEXT_RE.finditer(src):
            line_start = src.rfind("\n", 0, m.start()) + 1
            out.append(Suppression(_rules(m.group(1)), line_start, m.end(), m.start(), m.end()))
        return out
    open_regions: list[Suppression] = []
    for m in _COMMENT_RE.finditer(src):
        kind, rules = m.group(1).lower(), _rules(m.group(2))
        if kind == "disable":
            s = Suppression(rules, m.end(), len(src), m.start(), m.end())
            open_regions.append(s)
            out.append(s)
        elif kind == "enable":
            for s in open_regions:
                if not rules or set(s.rules) <= set(rules):
                    s.end = m.start()
            open_regions = [s for s in open_regions if s.end == len(src)] if rules else []
        else:
            # The next line with content after the comment's line.
            nl = src.find("\n", m.end())
            start = len(src) if nl < 0 else nl + 1
            while start < len(src):
                nl2 = src.find("\n", start)
                line = src[start : nl2 if nl2 >= 0 else len(src)]
                if line.strip():
                    break
                start = nl2 + 1 if nl2 >= 0 else len(src)
            nl2 = src.find("\n", start)
            end = nl2 if nl2 >= 0 else len(src)
            out.append(Suppression(rules, start, end, m.start(), m.end()))
    return out


def apply(doc: Document, findings: list[Finding], sups: list[Suppression]) -> list[Finding]:
    """Drop suppressed findings; add one info finding per unused suppression."""
    if not sups:
        return findings
    kept: list[Finding] = []
    for f in findings:
        hit = False
        for s in sups:
            if s.covers(f):
                s.used = True
                hit = True
        if not hit:
            kept.append(f)
    for s in sups:
        if not s.used:
            what = ", ".join(s.rules) if s.rules else "all rules"
            kept.append(
                Finding(
                    rule="newslint.unused-suppression",
                    severity="info",
                    message=f"This suppression of {what} suppresses nothing; remove it.",
                    start=s.comment_start,
                    end=s.comment_end,
                )
            )
    return kept
