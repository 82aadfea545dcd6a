"""What every reporter shares: the summary counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Summary:
    files: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    by_severity: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    fixable_safe: int = 0
    fixable_unsafe: int = 0

    def add(self, result) -> None:
        self.files += 1
        if result.error:
            self.errors.append(result.error)
        if result.skipped:
            self.skipped.append(result.skipped)
        self.errors.extend(p for p in result.problems if p not in self.errors)
        for f in result.findings:
            self.by_severity[f.severity] += 1
            self.by_rule[f.rule] += 1
            if f.fix is not None:
                if f.fix.applicability == "safe":
                    self.fixable_safe += 1
                else:
                    self.fixable_unsafe += 1

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


class Reporter:
    """Base class: subclasses write to `self.out` as results arrive."""

    def __init__(self, out, options: dict | None = None) -> None:
        self.out = out
        self.options = options or {}

    def start(self) -> None:
        pass

    def file(self, result) -> None:
        pass

    def finish(self, summary: Summary) -> None:
        pass
