"""Command line: argument parsing and exit codes only; no linting logic here.

Exit 0: nothing at or above the fail level; 1: findings; 2: usage, config,
I/O or internal error. Every error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from newslint import __version__
from newslint.errors import NewslintError


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", default=None, help="files, folders or globs; - reads stdin")
    p.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="rules or families to run (replaces the defaults)",
    )
    p.add_argument(
        "--extend-select",
        action="append",
        default=[],
        metavar="RULES",
        help="rules or families to add",
    )
    p.add_argument(
        "--ignore", action="append", default=[], metavar="RULES", help="rules or families to skip"
    )
    p.add_argument("--config", type=Path, help="use this config file for every path")
    p.add_argument(
        "--jobs", "-j", type=int, default=0, help="parallel workers (default: CPU count)"
    )
    p.add_argument(
        "--stdin-filename", help="the file name stdin stands for (picks the reader and config)"
    )
    p.add_argument(
        "--grammar",
        action="store_true",
        help="also run the grammar backend (LanguageTool by default)",
    )
    p.add_argument("--no-cache", action="store_true", help="do not read or write the result cache")
    p.add_argument(
        "--cache-dir", type=Path, help="result cache folder (default: the user cache dir)"
    )
    p.add_argument(
        "--quiet", "-q", action="store_true", help="findings only: no context, no progress bar"
    )


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, given the terminal width up front: looking it up
    itself imports shutil (~3 ms of every start), though help is rarely shown."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_columns() - 2)


def _columns() -> int:
    """The terminal width as `shutil.get_terminal_size` reads it: $COLUMNS,
    then the terminal on stdout, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns if columns > 0 else 80


COMMANDS = ("check", "fix", "rules", "rule")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; `only`: build just that command's subparser (all that
    parsing its arguments needs: the others cost start-up time)."""
    ap = argparse.ArgumentParser(
        prog="newslint",
        description="An editorial quality-check linter for news copy.",
        formatter_class=_HelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = ap.add_subparsers(dest="command")

    def add(name: str, help: str) -> argparse.ArgumentParser | None:
        if only not in (None, name):
            return None
        return sub.add_parser(name, help=help, formatter_class=_HelpFormatter)

    if check := add("check", "report problems"):
        _common(check)
        check.add_argument(
            "--format", default="text", help="text, json, github, sarif (or a plugin's)"
        )
        check.add_argument("--output-file", "-o", type=Path, help="write the report here")
        check.add_argument("--statistics", action="store_true", help="count findings per rule")
    if fix := add("fix", "apply safe fixes"):
        _common(fix)
        fix.add_argument(
            "--unsafe-fixes", action="store_true", help="also apply fixes that need a human eye"
        )
        fix.add_argument(
            "--diff",
            action="store_true",
            help="print a unified diff; write nothing; exit 1 if anything would change",
        )
    if rules := add("rules", "list every rule"):
        rules.add_argument("--format", choices=("text", "json"), default="text")
    if rule := add("rule", "show one rule's docs and examples"):
        rule.add_argument("id")
    return ap


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "fix":
            from newslint.fixer import cmd_fix

            return cmd_fix(args)
        if args.command == "rules":
            return cmd_rules(args)
        if args.command == "rule":
            return cmd_rule(args)
    except NewslintError as e:
        print(f"newslint: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = None  # type: ignore[assignment]
        except Exception:
            pass
        return 1
    return 2


def run() -> None:
    """The `newslint` command: `main`, then exit without Python's teardown.

    Freeing every module and object at exit took 15-30 ms of each run, a
    fifth of a small file's start-up, for memory the system reclaims anyway.
    Output is flushed and exit handlers run first; with other threads still
    running, the normal exit waits for them.
    """
    code = main()
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say
            pass
    import atexit

    atexit._run_exitfuncs()
    os._exit(code)


def run_options(args):
    from newslint.engine import RunOptions

    return RunOptions(
        select=_split(args.select),
        extend_select=_split(args.extend_select) or [],
        ignore=_split(args.ignore) or [],
        config=args.config,
        jobs=args.jobs,
        grammar=args.grammar,
        stdin_filename=args.stdin_filename,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
    )


def prepare(args) -> list[str]:
    """Set run options and expand paths (stdin is handled by the caller)."""
    from newslint import engine
    from newslint.discovery import discover

    engine.set_options(run_options(args))
    paths = args.paths or ["."]
    if paths == ["-"]:
        return ["-"]
    if "-" in paths:
        raise NewslintError("- (stdin) cannot be mixed with other paths")
    return discover(paths, engine.settings_for, engine.known_extensions())


def lint_stdin(args):
    from newslint import engine

    name = args.stdin_filename or "stdin.txt"
    data = sys.stdin.buffer.read()
    source = engine.decode(name, data)
    rs = engine.ruleset_for(engine.settings_for(Path(name)))
    return engine.lint_source(name, source, rs)


def reporter_for(name: str, out, options: dict):
    from newslint.plugins import collect

    specs = {}
    for group in collect("newslint_output_formats"):
        for spec in group or []:
            specs[spec.name] = spec
    if name not in specs:
        import difflib

        close = difflib.get_close_matches(name, list(specs), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise NewslintError(
            f"unknown output format {name!r} (choose from {', '.join(sorted(specs))}){hint}"
        )
    return specs[name].load()(out, options)


def cmd_check(args) -> int:
    from newslint import engine
    from newslint.reporters.base import Summary

    files = prepare(args)
    out_stream = sys.stdout
    buffer = None
    if args.output_file:
        buffer = io.StringIO()
        out_stream = buffer
    options = {"quiet": args.quiet, "statistics": args.statistics}
    if args.format == "sarif":
        options["rule_infos"] = all_rule_infos()
    reporter = reporter_for(args.format, out_stream, options)
    summary = Summary()
    failed = False
    reporter.start()
    if files == ["-"]:
        result = lint_stdin(args)
        results = iter([result])
    else:
        results = engine.lint_paths(files, args.jobs)
        results = _with_progress(results, len(files), args.quiet)
    for result in results:
        summary.add(result)
        failed = failed or engine.fails(result)
        reporter.file(result)
    reporter.finish(summary)
    if buffer is not None:
        from newslint.fsutil import atomic_write_text

        atomic_write_text(args.output_file, buffer.getvalue())
    for line in dict.fromkeys(summary.errors):
        print(f"newslint: error: {line}", file=sys.stderr)
    if summary.errors or summary.by_rule.get("newslint.internal-error"):
        return 2
    return 1 if failed else 0


def _with_progress(results, total: int, quiet: bool):
    """A progress bar on stderr for long runs on a terminal (not piped, not CI)."""
    show = (
        not quiet
        and total >= 50
        and sys.stderr.isatty()
        and not os.environ.get("CI")
        and not os.environ.get("NO_PROGRESS")
    )
    if not show:
        yield from results
        return
    width = 30
    for i, r in enumerate(results, 1):
        if i == total or i % 25 == 0:
            done = int(width * i / total)
            sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{total} files")
            sys.stderr.flush()
        yield r
    sys.stderr.write("\r" + " " * (width + 30) + "\r")


def all_rule_infos() -> dict:
    """Every rule newslint knows: Python rules, built-in packs (opt-in too), plugin packs."""
    from newslint.packs_data import builtin_pack_dir
    from newslint.registry import base_registry, plugin_pack_paths

    infos = dict(base_registry().infos)
    d = builtin_pack_dir()
    paths = sorted(d.glob("*.yaml")) if d else []
    paths = [*paths, *plugin_pack_paths()]
    if paths:
        from newslint.packs import load_pack
    for p in paths:
        for pr in load_pack(p).rules:
            infos.setdefault(pr.info.id, pr.info)
    return infos


def cmd_rules(args) -> int:
    from newslint.builtin import OPT_IN_PACKS

    infos = all_rule_infos()
    if args.format == "json":
        import json

        print(
            json.dumps(
                [
                    {
                        "id": i.id,
                        "default": i.default_enabled,
                        "severity": i.severity,
                        "fix": i.fix,
                        "summary": i.summary,
                        "source": i.source,
                    }
                    for i in sorted(infos.values(), key=lambda i: i.id)
                ],
                indent=2,
            )
        )
        return 0
    rows = []
    for i in sorted(infos.values(), key=lambda i: i.id):
        opt_in = Path(i.source).stem in OPT_IN_PACKS
        on = "opt-in" if opt_in else ("yes" if i.default_enabled else "no")
        rows.append((i.id, on, i.severity, i.fix, i.summary))
    w0 = max(len(r[0]) for r in rows)
    print(f"{'rule':<{w0}}  {'on':<6}  {'severity':<8}  {'fix':<9}  summary")
    for r in rows:
        print(f"{r[0]:<{w0}}  {r[1]:<6}  {r[2]:<8}  {r[3]:<9}  {r[4]}")
    return 0


def cmd_rule(args) -> int:
    infos = all_rule_infos()
    info = infos.get(args.id)
    if info is None:
        import difflib

        close = difflib.get_close_matches(args.id, list(infos), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise NewslintError(f"unknown rule {args.id!r}{hint}")
    print(f"# {info.id}\n")
    print(info.summary + "\n")
    print(f"- severity: {info.severity}")
    print(f"- on by default: {'yes' if info.default_enabled else 'no'}")
    print(f"- fix: {info.fix}")
    print(f"- defined in: {info.source}")
    if info.options:
        print("- options: " + ", ".join(f"{k} = {v!r}" for k, v in info.options.items()))
    if info.explanation.strip():
        print("\n" + _dedent(info.explanation).strip())
    if info.bad:
        print("\n## Flagged\n")
        for ex in info.bad:
            print(f"    {ex.text}")
            if ex.fixed is not None:
                print(f"    → {ex.fixed}")
    if info.good:
        print("\n## Not flagged\n")
        for ex in info.good:
            print(f"    {ex.text}")
    return 0


def _dedent(s: str) -> str:
    import textwrap

    lines = s.splitlines()
    if len(lines) > 1:
        return lines[0] + "\n" + textwrap.dedent("\n".join(lines[1:]))
    return s
