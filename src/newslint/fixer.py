"""`newslint fix`: apply fixes, re-lint, repeat; write atomically.

Each pass applies the largest non-overlapping set of fixes (earliest first;
a fix's edits go in together or not at all), then lints the new text again,
because one fix can make or unmake another. Ten passes without settling is
reported as non-convergence. The file is written through a temporary file
and a rename, with its BOM, newline style, trailing-newline state and mode
kept, and never over a file that changed on disk while it was being fixed.
"""

from __future__ import annotations

import codecs
import difflib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from newslint.errors import NewslintError
from newslint.findings import Edit, Finding

MAX_PASSES = 10


@dataclass
class FixOutcome:
    path: str
    original: str = ""
    fixed: str = ""
    applied: list[Finding] = field(default_factory=list)
    remaining: list = field(default_factory=list)  # FileResult of the final text
    converged: bool = True
    error: str | None = None
    skipped: str | None = None
    written: bool = False

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def choose(findings: list[Finding], unsafe: bool) -> list[Finding]:
    """The fixes to apply in one pass: earliest first, none overlapping."""
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(findings, key=lambda f: (f.fix.edits[0].start if f.fix else 0, f.rule)):
        if f.fix is None or (f.fix.applicability == "unsafe" and not unsafe):
            continue
        spans = [(e.start, e.end) for e in f.fix.edits]
        if any(_overlap(a, b) for a in spans for b in taken):
            continue
        taken.extend(spans)
        chosen.append(f)
    return chosen


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # insertions collide at the same point or inside
        return b[0] <= a[0] <= b[1] if a[0] == a[1] else a[0] <= b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def fix_text(path: str, source: str, rs, unsafe: bool) -> FixOutcome:
    """Fix `source` in memory: the fix loop, without touching the disk."""
    from newslint.engine import lint_source

    out = FixOutcome(path, original=source)
    text = source
    result = lint_source(path, text, rs)
    for _ in range(MAX_PASSES):
        chosen = choose(result.findings, unsafe)
        if not chosen:
            break
        new = apply_edits(text, [e for f in chosen for e in f.fix.edits])
        if new == text:
            break
        text = new
        out.applied.extend(chosen)
        result = lint_source(path, text, rs)
    else:
        out.converged = not choose(result.findings, unsafe)
    out.fixed = _keep_trailing_newline(source, text)
    if out.fixed != text:
        result = lint_source(path, out.fixed, rs)
    out.remaining = result
    return out


def _keep_trailing_newline(original: str, fixed: str) -> str:
    """A deletion at the end must not change whether the file ends in a newline."""
    if original.endswith("\n") and not fixed.endswith("\n"):
        return fixed + ("\r\n" if original.endswith("\r\n") else "\n")
    if not original.endswith("\n") and fixed.endswith("\n"):
        return fixed.rstrip("\r\n")
    return fixed


def fix_path(path: str, unsafe: bool, write: bool) -> FixOutcome:
    from newslint import engine

    try:
        p = Path(path)
        real = Path(os.path.realpath(p))  # a symlink's target is written in place
        rs = engine.ruleset_for(engine.settings_for(p))
        try:
            before = real.stat()
            data = real.read_bytes()
        except OSError as e:
            return FixOutcome(path, error=f"{path}: cannot read: {e.strerror or e}")
        if engine.is_binary(data):
            return FixOutcome(path, skipped=f"{path}: binary file, not fixed")
        source = engine.decode(path, data)
        out = fix_text(path, source, rs, unsafe)
        if write and out.changed:
            bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
            if _changed_since(real, before, data):
                out.error = f"{path}: changed on disk while being fixed; not overwritten"
                return out
            from newslint.fsutil import atomic_write_bytes

            atomic_write_bytes(real, bom + out.fixed.encode("utf-8"), before.st_mode & 0o7777)
            out.written = True
        return out
    except NewslintError as e:
        return FixOutcome(path, error=str(e))
    except OSError as e:
        return FixOutcome(path, error=f"{path}: cannot write: {e.strerror or e}")


def _changed_since(path: Path, before: os.stat_result, data: bytes) -> bool:
    """Whether the file differs from what was read: stat first, then the bytes.

    ctime catches a rewrite whose mtime was put back; the byte comparison
    catches what a coarse file-system clock misses.
    """
    try:
        now = path.stat()
        if (now.st_ino, now.st_size, now.st_mtime_ns, now.st_ctime_ns) != (
            before.st_ino,
            before.st_size,
            before.st_mtime_ns,
            before.st_ctime_ns,
        ):
            return True
        return path.read_bytes() != data
    except OSError:
        return True  # gone or unreadable: do not write over whatever is there now


def _fix_worker(args: tuple[str, bool, bool]) -> FixOutcome:
    return fix_path(*args)


def _lost(work: tuple[str, bool, bool], reason: str) -> FixOutcome:
    # Writes are atomic: the file is either as it was or fully fixed.
    return FixOutcome(work[0], error=f"{work[0]}: no fix result ({reason}); check the file")


def unified_diff(out: FixOutcome) -> str:
    a = out.original.splitlines(keepends=True)
    b = out.fixed.splitlines(keepends=True)
    name = out.path.lstrip("/")  # git's form for absolute paths: a/tmp/x.md, not a//tmp/x.md
    lines = difflib.unified_diff(a, b, fromfile=f"a/{name}", tofile=f"b/{name}")
    text = ""
    for line in lines:
        text += line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
    return text


def cmd_fix(args) -> int:
    from newslint import engine
    from newslint.cli import prepare

    files = prepare(args)
    unsafe = args.unsafe_fixes
    if files == ["-"]:
        name = args.stdin_filename or "stdin.txt"
        source = engine.decode(name, sys.stdin.buffer.read())
        rs = engine.ruleset_for(engine.settings_for(Path(name)))
        out = fix_text(name, source, rs, unsafe)
        if args.diff:
            sys.stdout.write(unified_diff(out))
            return 1 if out.changed else 0
        sys.stdout.write(out.fixed)
        _report_remaining([out], sys.stderr, args)
        return 1 if engine.fails(out.remaining) else 0
    jobs = args.jobs or os.cpu_count() or 1
    work = [(f, unsafe, not args.diff) for f in files]
    if jobs <= 1 or len(work) < 4:
        outcomes = map(_fix_worker, work)
    else:
        from newslint.parallel import ordered_map

        outcomes = ordered_map(_fix_worker, work, jobs, _lost)
    errors: list[str] = []
    results: list[FixOutcome] = []
    any_change = False
    failed = False
    for out in outcomes:
        if out.error:
            errors.append(out.error)
        if out.skipped:
            print(out.skipped, file=sys.stderr)
        if not out.converged:
            errors.append(
                f"{out.path}: fixes did not settle after {MAX_PASSES} passes; left as after the last pass"
            )
        any_change = any_change or out.changed
        if args.diff and out.changed:
            sys.stdout.write(unified_diff(out))
        if out.remaining:
            failed = failed or engine.fails(out.remaining)
        out.original = out.fixed = ""  # keep memory flat over many files
        results.append(out)
    if not args.diff:
        _report_remaining(results, sys.stdout, args)
    else:
        n = sum(len(o.applied) for o in results)
        changed = sum(1 for o in results if o.applied)
        print(
            f"Would fix {n} problem{'s' * (n != 1)} in {changed} file{'s' * (changed != 1)}.",
            file=sys.stderr,
        )
    for e in errors:
        print(f"newslint: error: {e}", file=sys.stderr)
    if errors:
        return 2
    if args.diff:
        return 1 if any_change else 0
    return 1 if failed else 0


def _report_remaining(outcomes: list[FixOutcome], stream, args) -> None:
    from newslint.reporters.base import Summary
    from newslint.reporters.text import TextReporter

    rep = TextReporter(stream, {"quiet": args.quiet})
    rep.start()
    summary = Summary()
    fixed = 0
    files_fixed = 0
    for out in outcomes:
        fixed += len(out.applied)
        files_fixed += bool(out.applied)
        if out.remaining:
            summary.add(out.remaining)
            rep.file(out.remaining)
    if fixed:
        stream.write(
            f"Fixed {fixed} problem{'s' * (fixed != 1)} in {files_fixed} file{'s' * (files_fixed != 1)}.\n"
        )
    if summary.total:
        rep.finish(summary)
    elif not fixed:
        stream.write("Nothing to fix.\n")
