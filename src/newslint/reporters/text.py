"""`--format text`: what an editor reads in a terminal.

    story.md:45:23: spacing.after-comma Missing space after the comma in "Reed,a"; write "Reed, a". [warning]
      45 | Time.news: Dr. Evelyn Reed,a renowned expert in international conflict…
         |                       ^^^^^^
          = fix (safe): insert ' ' after 'Reed,'

Long news paragraphs are one source line, so the context is a window around
the span. Colour only on a terminal and never with NO_COLOR set.
"""

from __future__ import annotations

import os

from newslint.reporters.base import Reporter

WINDOW = 50
COLOURS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1", "rule": "35"}


def use_colour(out) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(out, "isatty", lambda: False)())


class TextReporter(Reporter):
    def start(self) -> None:
        self.colour = use_colour(self.out)
        self.quiet = self.options.get("quiet", False)

    def c(self, code: str, s: str) -> str:
        return f"\x1b[{COLOURS[code]}m{s}\x1b[0m" if self.colour else s

    def file(self, result) -> None:
        w = self.out.write
        for f in result.findings:
            sev = self.c(f.severity, f.severity)
            w(
                f"{self.c('bold', f'{f.path}:{f.line}:{f.column}:')} {self.c('rule', f.rule)} {f.message} [{sev}]\n"
            )
            if self.quiet:
                continue
            line = result.lines.get(f.line)
            if line is not None:
                w(self._context(f, line))
            if f.fix is not None:
                w(
                    f"      {self.c('dim', '= fix (' + f.fix.applicability + '): ' + describe_fix(f, line))}\n"
                )

    def _context(self, f, line: str) -> str:
        col = f.column - 1
        end = f.end_column - 1 if f.end_line == f.line else len(line)
        end = max(end, col + 1)
        lo = max(0, col - WINDOW)
        hi = min(len(line), end + WINDOW)
        # Cut at spaces so the window does not split words.
        if lo > 0:
            sp = line.find(" ", lo, col)
            lo = sp + 1 if sp >= 0 else lo
        if hi < len(line):
            sp = line.rfind(" ", end, hi)
            hi = sp if sp > 0 else hi
        prefix = "…" if lo > 0 else ""
        suffix = "…" if hi < len(line) else ""
        shown = prefix + line[lo:hi] + suffix
        caret_at = len(prefix) + col - lo
        width = max(1, min(end, hi) - col)
        num = str(f.line)
        pad = " " * len(num)
        return (
            f"  {self.c('dim', num + ' |')} {shown}\n"
            f"  {self.c('dim', pad + ' |')} {' ' * caret_at}{self.c(f.severity, '^' * width)}\n"
        )

    def finish(self, summary) -> None:
        w = self.out.write
        for line in summary.skipped:
            w(f"{line}\n")
        n = summary.total
        if n == 0:
            if not summary.errors:
                w(f"All clear: no problems in {summary.files} file{'s' * (summary.files != 1)}.\n")
            return
        sev = summary.by_severity
        parts = [
            f"{sev[k]} {k}{'s' * (sev[k] != 1 and k != 'info')}"
            for k in ("error", "warning", "info")
            if sev[k]
        ]
        w(
            f"Found {n} problem{'s' * (n != 1)} ({', '.join(parts)}) in "
            f"{summary.files} file{'s' * (summary.files != 1)}.\n"
        )
        if summary.fixable_safe or summary.fixable_unsafe:
            msg = []
            if summary.fixable_safe:
                msg.append(f"{summary.fixable_safe} fixable with `newslint fix`")
            if summary.fixable_unsafe:
                msg.append(f"{summary.fixable_unsafe} more with `newslint fix --unsafe-fixes`")
            w("[*] " + "; ".join(msg) + ".\n")
        if self.options.get("statistics"):
            for rule, count in summary.by_rule.most_common():
                w(f"{count:6d}  {rule}\n")


def describe_fix(f, line: str | None) -> str:
    """Say what the fix does in words an editor reads: replace 'hear' with 'here'."""
    line_start = f.start - (f.column - 1)
    parts = []
    for e in f.fix.edits:
        rel, rel_end = e.start - line_start, e.end - line_start
        old = line[rel:rel_end] if line is not None and 0 <= rel <= rel_end <= len(line) else None
        if e.start == e.end:
            where = ""
            if line is not None and 0 < rel <= len(line):
                before = line[max(0, rel - 12) : rel].split(" ")[-1] or line[max(0, rel - 12) : rel]
                where = f" after {before!r}"
            parts.append(f"insert {e.replacement!r}{where}")
        elif not e.replacement:
            parts.append(f"delete {old!r}" if old else f"delete {e.end - e.start} characters")
        else:
            parts.append(
                f"replace {old!r} with {e.replacement!r}"
                if old
                else f"replace with {e.replacement!r}"
            )
    return ", ".join(parts)
