"""The contracts every stage shares: severities, edits, fixes and findings.

These are public: the JSON output, reporters, plugins and the fixer all read
them, so field names follow DESIGN.md exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace source[start:end] with `replacement` (start == end inserts)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """Non-overlapping edits on the source, applied together or not at all."""

    edits: tuple[Edit, ...]
    applicability: Applicability = "safe"

    def to_json(self) -> dict:
        return {
            "applicability": self.applicability,
            "edits": [
                {"start": e.start, "end": e.end, "replacement": e.replacement} for e in self.edits
            ],
        }


@dataclass(slots=True)
class Finding:
    """One defect at one place in one file, positions in source characters."""

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    fix: Fix | None = None
    path: str = ""
    # Extra data for reporters (e.g. the grammar category); not in the JSON contract.
    meta: dict = field(default_factory=dict)

    def sort_key(self) -> tuple:
        return (self.start, self.end, self.rule)

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "fix": self.fix.to_json() if self.fix else None,
        }
