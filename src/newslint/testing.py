"""Helpers for testing rules, for newslint's suite and for plugin authors."""

from __future__ import annotations

from newslint.findings import Finding
from newslint.rule import Reporter, Rule


def read_text(text: str, fmt: str = "txt", path: str = "example"):
    """Read `text` with the built-in reader for `fmt` (txt, md, html)."""
    import importlib

    module = importlib.import_module(
        f"newslint.readers.{ {'txt': 'text', 'md': 'markdown', 'html': 'html'}[fmt] }"
    )
    return module.read(f"{path}.{fmt}", text)


def run_rule(
    rule_cls: type[Rule], text: str, fmt: str = "txt", options: dict | None = None
) -> list[Finding]:
    """Run one Python rule on `text`; findings carry source offsets and fixes."""
    doc = read_text(text, fmt)
    rep = Reporter(doc)
    rep.rule_id = rule_cls.id
    rep.severity = rule_cls.severity
    rule_cls(options).check(doc, rep)
    for f in rep.findings:
        f.line, f.column = doc.line_col(f.start)
        f.end_line, f.end_column = doc.line_col(f.end)
    return sorted(rep.findings, key=Finding.sort_key)


def apply_fixes(text: str, findings: list[Finding], unsafe: bool = True) -> str:
    """Apply one pass of fixes the way `newslint fix` does (non-overlapping, earliest first)."""
    from newslint.fixer import apply_edits, choose

    return apply_edits(text, [e for f in choose(findings, unsafe) for e in f.fix.edits])
