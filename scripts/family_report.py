"""Developer tool: how one rule family does on the shared corpus.

    python scripts/family_report.py spacing [--show 30]

Runs every Python rule whose id starts with the family on the seed, the
drafts (recall for that family) and clean/ (every finding is a false alarm
unless KNOWN_ISSUES.tsv says otherwise). Uses newslint.testing.run_rule, so
it works before the engine and the CLI do.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml

from newslint.builtin import newslint_rules
from newslint.testing import run_rule

SHARED = Path(os.environ.get("NEWSLINT_SHARED", Path(__file__).resolve().parents[1] / "../shared"))


def lint(rules, path: Path):
    text = path.read_text(encoding="utf-8")
    out = []
    for r in rules:
        out += run_rule(r, text)
    return text, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("family")
    ap.add_argument("--show", type=int, default=25)
    a = ap.parse_args()
    rules = [
        r
        for r in newslint_rules()
        if r.id.split(".")[0] == a.family or r.id.startswith(a.family + ".")
    ]
    if not rules:
        sys.exit(f"no rules in family {a.family!r}")
    print("rules:", ", ".join(r.id for r in rules))
    for label, folder in (("seed", SHARED / "seeds"), ("drafts", SHARED / "corpus" / "drafts")):
        found = total = 0
        misses = []
        traps = []
        for t in sorted(folder.glob("*.txt")):
            exp = yaml.safe_load(t.with_name(t.stem + ".expected.yaml").read_text()) or {}
            text, fs = lint(rules, t)
            lines = text.split("\n")
            starts = [0]
            for ln in lines:
                starts.append(starts[-1] + len(ln) + 1)
            for item in exp.get("defects", []):
                if item["family"] != a.family.split(".")[0] or item.get("level", "must") != "must":
                    continue
                total += 1
                line = lines[item["line"] - 1]
                col = line.find(item["find"]) if "column" not in item else item["column"] - 1
                s = starts[item["line"] - 1] + col
                e = s + len(item["find"])
                if any(f.start < e and s < f.end or f.start == s for f in fs):
                    found += 1
                else:
                    misses.append(f"{t.name}:{item['line']} {item['find']!r}")
            for trap in exp.get("traps", []):
                line = lines[trap["line"] - 1]
                s = starts[trap["line"] - 1] + line.find(trap["find"])
                e = s + len(trap["find"])
                traps += [
                    f"{t.name}:{trap['line']} {trap['find']!r} by {f.rule}"
                    for f in fs
                    if f.start < e and s < f.end
                ]
        print(f"{label}: {found}/{total} found; traps hit: {len(traps)}")
        for m in (misses + traps)[: a.show]:
            print("   ", m)
    clean = sorted((SHARED / "corpus" / "clean").glob("*.txt"))
    alarms = []
    for t in clean:
        text, fs = lint(rules, t)
        for f in fs:
            if f.severity != "info":
                alarms.append(
                    f"{t.name}:{f.line}:{f.column} {f.rule} {text[max(0, f.start - 30) : f.end + 30]!r}"
                )
    print(f"clean: {len(alarms)} warnings/errors on {len(clean)} articles")
    for m in alarms[: a.show]:
        print("   ", m)


if __name__ == "__main__":
    main()
