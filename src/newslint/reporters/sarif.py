"""`--format sarif`: SARIF 2.1.0 for code-scanning tools.

Columns are Unicode code points (`columnKind`), matching newslint's own
columns; fixes become SARIF `fixes` with replacements by character offset.
"""

from __future__ import annotations

import json
from pathlib import Path

from newslint import __version__
from newslint.reporters.base import Reporter

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return p.resolve().as_uri()


class SarifReporter(Reporter):
    def start(self) -> None:
        self.results: list[dict] = []
        self.rule_ids: dict[str, int] = {}
        self.infos: dict = {}

    def file(self, result) -> None:
        for f in result.findings:
            if f.rule not in self.rule_ids:
                self.rule_ids[f.rule] = len(self.rule_ids)
            region = {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "charOffset": f.start,
                "charLength": f.end - f.start,
            }
            uri = _uri(f.path)
            item: dict = {
                "ruleId": f.rule,
                "ruleIndex": self.rule_ids[f.rule],
                "level": LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}
                ],
            }
            if f.fix is not None:
                item["fixes"] = [
                    {
                        "description": {"text": f"{f.fix.applicability} fix"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": uri},
                                "replacements": [
                                    {
                                        "deletedRegion": {
                                            "charOffset": e.start,
                                            "charLength": e.end - e.start,
                                        },
                                        "insertedContent": {"text": e.replacement},
                                    }
                                    for e in f.fix.edits
                                ],
                            }
                        ],
                    }
                ]
            self.results.append(item)

    def _rules(self) -> list[dict]:
        infos = self.options.get("rule_infos", {})
        out = []
        for rid in self.rule_ids:
            info = infos.get(rid)
            rule: dict = {"id": rid}
            if info is not None:
                rule["shortDescription"] = {"text": info.summary}
                if info.explanation:
                    rule["fullDescription"] = {"text": info.explanation.strip()}
                rule["defaultConfiguration"] = {
                    "level": LEVEL[info.severity],
                    "enabled": info.default_enabled,
                }
            out.append(rule)
        return out

    def finish(self, summary) -> None:
        doc = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "newslint",
                            "version": __version__,
                            "informationUri": "https://pypi.org/project/newslint/",
                            "rules": self._rules(),
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "results": self.results,
                }
            ],
        }
        json.dump(doc, self.out, indent=2, ensure_ascii=False)
        self.out.write("\n")
