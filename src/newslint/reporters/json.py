"""`--format json`: one array, one object per finding (DESIGN.md's public contract)."""

from __future__ import annotations

import json

from newslint.reporters.base import Reporter


class JsonReporter(Reporter):
    def start(self) -> None:
        self.out.write("[")
        self.first = True

    def file(self, result) -> None:
        for f in result.findings:
            self.out.write("\n  " if self.first else ",\n  ")
            self.first = False
            self.out.write(json.dumps(f.to_json(), ensure_ascii=False))

    def finish(self, summary) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")
