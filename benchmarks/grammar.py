"""What the grammar backends cost and how much noise they add.

Times `newslint check` (a subprocess per run, so start-up and worker pools are
counted as a user sees them) on the same articles from `corpus/perf/` with no
grammar, Harper and LanguageTool, cold (empty cache dir) and warm (the same
dir again), and counts the findings each backend adds on `corpus/clean/`
(professionally edited copy, so every one is a false alarm or a disputed
call). LanguageTool needs a server: NEWSLINT_LT_URL, else this script starts
one with tests/languagetool/start-server.sh (and stops it afterwards).

    .venv/bin/python benchmarks/grammar.py [--articles 200] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")


def lt_server() -> tuple[str, str | None]:
    """A LanguageTool URL, and the PID to stop if this script started it."""
    url = os.environ.get("NEWSLINT_LT_URL")
    if url:
        return url, None
    out = subprocess.run(
        ["bash", str(ROOT / "tests/languagetool/start-server.sh")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.split() if "=" in line)
    return env["NEWSLINT_LT_URL"].strip("'\""), env.get("NEWSLINT_LT_PID", "").strip("'\"")


def write_config(directory: Path, name: str, grammar: str) -> Path:
    path = directory / f"{name}.toml"
    body = "[tool.newslint]\n"
    if grammar:
        body += f"\n[tool.newslint.grammar]\n{grammar}\n"
    path.write_text(body, encoding="utf-8")
    return path


def check(files: list[Path], config: Path, cache_dir: Path, jobs: int) -> tuple[float, list]:
    """Seconds for one `newslint check` run, and its findings."""
    cmd = [
        sys.executable,
        "-m",
        "newslint",
        "check",
        "--format",
        "json",
        "--jobs",
        str(jobs),
        "--config",
        str(config),
        "--cache-dir",
        str(cache_dir),
        *map(str, files),
    ]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed, json.loads(proc.stdout or "[]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--perf", type=Path, default=SHARED / "corpus" / "perf")
    ap.add_argument("--clean", type=Path, default=SHARED / "corpus" / "clean")
    ap.add_argument("--top", type=int, default=5, help="rules to list per backend on clean copy")
    ap.add_argument(
        "--language", default="en-GB", help="grammar language (the corpus is BBC News: en-GB)"
    )
    args = ap.parse_args()

    perf = sorted(p for p in args.perf.iterdir() if p.is_file())[: args.articles]
    clean = sorted(p for p in args.clean.iterdir() if p.is_file())
    mb = sum(p.stat().st_size for p in perf) / 1e6
    url, started_pid = lt_server()
    try:
        with tempfile.TemporaryDirectory(prefix="newslint-bench-") as tmp:
            tmpdir = Path(tmp)
            backends = {
                "none": "",
                "harper": f'backend = "harper"\nlanguage = "{args.language}"',
                "languagetool": (
                    f'backend = "languagetool"\nserver = "{url}"\nlanguage = "{args.language}"'
                ),
            }
            rows = []
            noise: dict[str, tuple[int, Counter]] = {}
            for name, grammar in backends.items():
                config = write_config(tmpdir, name, grammar)
                cache_dir = tmpdir / f"cache-{name}"
                cold, _ = check(perf, config, cache_dir, args.jobs)
                warm, _ = check(perf, config, cache_dir, args.jobs)
                rows.append((name, cold, warm))
                _, found = check(clean, config, tmpdir / f"clean-{name}", args.jobs)
                extra = Counter(f["rule"] for f in found if f["rule"].startswith("grammar."))
                noise[name] = (sum(extra.values()), extra)
    finally:
        if started_pid:
            subprocess.run(["bash", str(ROOT / "tests/languagetool/stop-server.sh"), started_pid])

    n = len(perf)
    print(
        f"{n} articles from {args.perf.name}/ ({mb:.2f} MB), --jobs {args.jobs}, {args.language};"
    )
    print(f"false alarms on {len(clean)} articles from {args.clean.name}/\n")
    print(
        "| grammar | cold s/article | cold MB/s | warm s/article | warm MB/s | added findings on clean/ (per article) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, cold, warm in rows:
        total, _ = noise[name]
        print(
            f"| {name} | {cold / n:.4f} | {mb / cold:.2f} | {warm / n:.4f} | {mb / warm:.2f}"
            f" | {total} ({total / len(clean):.2f}) |"
        )
    for name, (total, extra) in noise.items():
        if total:
            top = ", ".join(f"{r} {c}" for r, c in extra.most_common(args.top))
            print(f"\n{name} on clean/: {top}")


if __name__ == "__main__":
    main()
