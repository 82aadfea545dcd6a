"""newslint against proselint on the same inputs in the same run (a harness, not a test).

    python benchmarks/run.py                # everything; about 15 minutes on 2 cores
    python benchmarks/run.py --quick        # skip proselint on the 50 MB set

Inputs, built in a temporary folder from ../shared/corpus/perf/:
  articles   the 1,651 articles as separate files (3.7 MB)
  one-file   the same concatenated into one file
  50mb-set   the articles repeated into ~22,000 files (50 MB)
  50mb-file  the same as one 50 MB file (newslint only: it must finish)
Each row: median wall time of --runs runs (proselint on 50 MB: one run), MB/s,
peak RSS of the largest process, and the newslint/proselint speed ratio.
Then start-up for one small file, --jobs 1 against --jobs 2, and cold
against warm cache. Default rules, no grammar, --no-cache unless stated.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSLINT_SHARED", ROOT.parent / "shared"))
BIN = Path(sys.executable).parent


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB (largest process of the tree), exit code."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


def median_run(cmd: list[str], runs: int, env=None) -> tuple[float, float]:
    walls, rss = [], []
    for _ in range(runs):
        w, r, code = timed(cmd, env)
        if code not in (0, 1):
            raise SystemExit(f"benchmark: {' '.join(cmd[:4])} … exited {code}")
        walls.append(w)
        rss.append(r)
    return statistics.median(walls), max(rss)


def size_mb(paths: list[Path]) -> float:
    total = 0
    for p in paths:
        if p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*.txt"))
        else:
            total += p.stat().st_size
    return total / 1e6


def build_inputs(tmp: Path) -> dict[str, Path]:
    arts = sorted((SHARED / "corpus" / "perf").glob("*.txt"))
    if not arts:
        raise SystemExit(f"benchmark: no articles in {SHARED / 'corpus' / 'perf'}")
    d = tmp / "articles"
    d.mkdir()
    for a in arts:
        shutil.copy(a, d / a.name)
    texts = [a.read_text(encoding="utf-8") for a in arts]
    one = tmp / "one-file.txt"
    one.write_text("\n".join(texts), encoding="utf-8")
    big = tmp / "50mb-set"
    big.mkdir()
    copies = max(1, round(50e6 / one.stat().st_size))
    for k in range(copies):
        sub = big / f"copy{k:02d}"
        sub.mkdir()
        for a in arts:
            (sub / a.name).hardlink_to(d / a.name)
    bigfile = tmp / "50mb-file.txt"
    with bigfile.open("w", encoding="utf-8") as fh:
        for _ in range(copies):
            fh.write(one.read_text(encoding="utf-8"))
            fh.write("\n")
    small = tmp / "one-small.md"
    small.write_text(
        "---\ntitle: Council approves cycle lanes\n---\n\nThe council voted on Monday,ending a long debate.\n"
    )
    return {"articles": d, "one-file": one, "50mb-set": big, "50mb-file": bigfile, "small": small}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="skip proselint on the 50 MB set")
    a = ap.parse_args()
    newslint = [str(BIN / "newslint"), "check", "--quiet", "--no-cache"]
    proselint = [str(BIN / "proselint"), "check"]
    if not (BIN / "proselint").exists():
        raise SystemExit("benchmark: proselint is not installed (pip install -e '.[bench]')")
    # pip byte-compiles an installed package (proselint here), but an editable
    # install under PYTHONDONTWRITEBYTECODE=1 would recompile newslint's
    # sources on every start: compare installed against installed.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        inputs = build_inputs(tmp)
        # ~100 MB were just written: let the kernel write them back now, not
        # while the first rows are timed.
        os.sync()
        time.sleep(2)
        print(
            f"\n{'input':<11} {'MB':>6}  {'tool':<9} {'wall s':>8} {'MB/s':>7} {'RSS MB':>7}  {'ratio':>6}"
        )
        walls: dict[str, float] = {}
        for name in ("articles", "one-file", "50mb-set", "50mb-file"):
            path = inputs[name]
            mb = size_mb([path])
            runs = a.runs if not name.startswith("50mb") else max(1, a.runs - 2)
            nw, nr = median_run([*newslint, str(path)], runs)
            walls[name] = nw
            row = f"{name:<11} {mb:6.1f}  {'newslint':<9} {nw:8.2f} {mb / nw:7.2f} {nr:7.0f}"
            if name == "50mb-file" or (name == "50mb-set" and a.quick):
                print(row)
                continue
            pw, pr = median_run([*proselint, str(path)], runs if name != "50mb-set" else 1)
            print(row)
            print(
                f"{'':<11} {'':>6}  {'proselint':<9} {pw:8.2f} {mb / pw:7.2f} {pr:7.0f}  {pw / nw:5.1f}x"
            )
        print(
            f"\n50 MB set / 3.7 MB articles wall-time ratio: {walls['50mb-set'] / walls['articles']:.1f} (size ratio {size_mb([inputs['50mb-set']]) / size_mb([inputs['articles']]):.1f})"
        )

        print("\nstart-up, one small file (median of 10):")
        for label, cmd in (
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("newslint", [*newslint, str(inputs["small"])]),
            ("proselint", [*proselint, str(inputs["small"])]),
        ):
            w, _ = median_run(cmd, 10)
            print(f"  {label:<15} {w * 1000:7.0f} ms")
        # newslint keeps compiled patterns and parsed packs in its cache folder
        # (even with --no-cache, like .pyc files): the first run after install
        # or after an upgrade builds them.
        firsts = []
        for k in range(5):
            env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp / f"first{k}")}
            firsts.append(timed([*newslint, str(inputs["small"])], env)[0])
        print(
            f"  {'newslint, first run (empty cache folder)':<15} {statistics.median(firsts) * 1000:7.0f} ms"
        )

        print("\nparallel, the 1,651 articles:")
        mb = size_mb([inputs["articles"]])
        j1, _ = median_run([*newslint, "--jobs", "1", str(inputs["articles"])], a.runs)
        j2, _ = median_run([*newslint, "--jobs", "2", str(inputs["articles"])], a.runs)
        print(
            f"  --jobs 1 {j1:6.2f} s ({mb / j1:.2f} MB/s)   --jobs 2 {j2:6.2f} s ({mb / j2:.2f} MB/s)   speed-up {j1 / j2:.2f}x"
        )

        print("\ncache, the 1,651 articles:")
        cached = [
            str(BIN / "newslint"),
            "check",
            "--quiet",
            "--cache-dir",
            str(tmp / "cache"),
            str(inputs["articles"]),
        ]
        cold, _, _ = timed(cached)
        warm, _ = median_run(cached, a.runs)
        print(f"  cold {cold:6.2f} s   warm {warm:6.2f} s   {cold / warm:.1f}x faster")


if __name__ == "__main__":
    main()
