"""Time each rule in-process over a folder of articles (a harness, not a test).

    python benchmarks/rule_times.py                    # the perf articles
    python benchmarks/rule_times.py --select capital   # rules whose id starts so
    python benchmarks/rule_times.py --one-file         # the articles as one document

Two passes over the same documents: `cold` includes what a rule pays once per
process (lazy pattern compiles), `warm` is the steady state. Reading (parsing
into blocks) is timed as `read`, the pack matcher as `packs`. Use it to find
the rule to work on; `benchmarks/run.py` gives the end-to-end figures.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path

from newslint import engine
from newslint.rule import Reporter

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSLINT_SHARED", ROOT.parent / "shared"))


def load(folder: Path, one_file: bool) -> list[tuple[str, str]]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in files]
    if one_file:
        return [(str(folder / "all.txt"), "\n".join(t for _, t in texts))]
    return texts


def one_pass(texts, rs, select: str) -> Counter:
    took: Counter = Counter()
    clock = time.perf_counter
    for path, source in texts:
        t = clock()
        spec = engine.reader_for(path, rs.settings) or engine._readers()[".txt"]
        doc = spec.load()(path, source)
        took["read"] += clock() - t
        report = Reporter(doc)
        for rule in rs.python_rules:
            if not rule.id.startswith(select):
                continue
            report.rule_id, report.severity = rule.id, rule.severity
            t = clock()
            rule.check(doc, report)
            took[rule.id] += clock() - t
        if rs.matcher is not None and "packs".startswith(select[:5]):
            t = clock()
            rs.matcher.check(doc, report)
            took["packs"] += clock() - t
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=SHARED / "corpus" / "perf")
    ap.add_argument("--select", default="", help="only rules whose id starts with this")
    ap.add_argument("--one-file", action="store_true", help="join the articles into one document")
    ap.add_argument("--top", type=int, default=20)
    a = ap.parse_args()
    texts = load(a.folder, a.one_file)
    mb = sum(len(t) for _, t in texts) / 1e6
    t = time.perf_counter()
    rs = engine.ruleset_for(engine.settings_for(Path(texts[0][0])))
    print(f"rule set built in {time.perf_counter() - t:.3f} s; {len(texts)} documents, {mb:.1f} MB")
    cold = one_pass(texts, rs, a.select)
    warm = one_pass(texts, rs, a.select)
    total_c, total_w = sum(cold.values()), sum(warm.values())
    print(
        f"{'cold s':>8} {'warm s':>8}  rule   (total cold {total_c:.2f} s, warm {total_w:.2f} s = {mb / total_w:.2f} MB/s)"
    )
    for rule, w in warm.most_common(a.top):
        print(f"{cold[rule]:8.3f} {w:8.3f}  {rule}")


if __name__ == "__main__":
    main()
