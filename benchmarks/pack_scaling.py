"""Pack matcher throughput as word lists grow: 100, 1,000 and 10,000 entries.

Builds synthetic substitution packs of realistic multi-word phrases (drawn,
deterministically, from the corpus's own vocabulary so some of them really
occur) and times `PackMatcher.check` over `corpus/perf/*.txt`. Reading
(bytes -> Document) is timed separately so the table shows the matcher
alone. The combined trie regex should keep MB/s roughly flat.

    .venv/bin/python benchmarks/pack_scaling.py [--corpus DIR] [--sizes 100,1000,10000]
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from newslint.packs import PackMatcher, load_pack
from newslint.readers.text import read
from newslint.rule import Reporter

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "perf"


def build_pack(size: int, vocab: list[str], seed: int, directory: Path) -> Path:
    """A pack file with `size` substitution entries of 2-4 words each."""
    rng = random.Random(seed)
    entries: dict[str, str] = {}
    while len(entries) < size:
        phrase = " ".join(rng.choice(vocab) for _ in range(rng.randint(2, 4)))
        entries.setdefault(phrase, rng.choice(vocab))
    lines = [
        f"pack: synthetic-{size}",
        "rules:",
        f"  - id: synthetic.swap-{size}",
        "    type: substitution",
        "    summary: Synthetic benchmark rule.",
        '    message: \'Write "{replacement}", not "{match}".\'',
        "    default: false",
        "    swap:",
    ]
    lines += [f"      {k!r}: {v!r}".replace("'", '"') for k, v in entries.items()]
    path = directory / f"synthetic-{size}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--repeat", type=int, default=3, help="best of N timings")
    args = ap.parse_args()

    files = sorted(args.corpus.glob("*.txt"))
    sources = [(str(f), f.read_text(encoding="utf-8-sig")) for f in files]
    nbytes = sum(len(s.encode()) for _, s in sources)
    mb = nbytes / 1e6

    t0 = time.perf_counter()
    docs = [read(p, s) for p, s in sources]
    read_s = time.perf_counter() - t0

    words = Counter(w.lower() for _, s in sources for w in re.findall(r"[A-Za-z]{3,}", s))
    vocab = [w for w, _ in words.most_common(3000)]

    print(
        f"corpus: {len(files)} files, {mb:.2f} MB; reading: {read_s:.2f} s ({mb / read_s:.1f} MB/s)"
    )
    print(f"{'entries':>8} {'load+compile s':>15} {'match s':>8} {'MB/s':>7} {'findings':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(x) for x in args.sizes.split(",")):
            path = build_pack(size, vocab, seed=size, directory=Path(tmp))
            t0 = time.perf_counter()
            matcher = PackMatcher(load_pack(path).rules)
            compile_s = time.perf_counter() - t0
            best = float("inf")
            for _ in range(args.repeat):
                findings = 0
                t0 = time.perf_counter()
                for doc in docs:
                    rep = Reporter(doc)
                    matcher.check(doc, rep)
                    findings += len(rep.findings)
                best = min(best, time.perf_counter() - t0)
            print(f"{size:>8} {compile_s:>15.2f} {best:>8.2f} {mb / best:>7.1f} {findings:>9}")


if __name__ == "__main__":
    main()
