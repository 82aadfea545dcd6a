"""`--format github`: GitHub Actions workflow commands, one per finding.

Escaping follows the Actions toolkit (`@actions/core` command.ts): in the
message `%`, CR and LF are percent-encoded; in property values `:` and `,`
are too.
"""

from __future__ import annotations

from newslint.reporters.base import Reporter

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    def file(self, result) -> None:
        for f in result.findings:
            props = ",".join(
                f"{k}={escape_property(str(v))}"
                for k, v in (
                    ("file", f.path),
                    ("line", f.line),
                    ("col", f.column),
                    ("endLine", f.end_line),
                    ("endColumn", f.end_column),
                    ("title", f.rule),
                )
            )
            self.out.write(f"::{LEVEL[f.severity]} {props}::{escape_data(f.message)}\n")
