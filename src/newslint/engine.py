"""discover → read → rules → filter, in parallel over files, results streamed.

`lint_paths` yields one `FileResult` per file in order, so reporters print
as results arrive and memory stays flat however many files there are. Each
worker process builds its rule sets once (per effective config) and keeps
them for every file it lints.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newslint import cache
from newslint.config import Settings, settings_for_dir
from newslint.errors import NewslintError
from newslint.findings import SEVERITY_RANK, Finding

if TYPE_CHECKING:  # the rule machinery is imported only when a file is linted:
    # a warm run reads every result from the cache and never needs it
    from newslint.document import Document
    from newslint.readers import ReaderSpec
    from newslint.registry import Registry
    from newslint.rule import Rule, RuleBatch


@dataclass
class RunOptions:
    """What the command line adds on top of the config files."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    config: Path | None = None
    jobs: int = 0
    grammar: bool = False
    stdin_filename: str | None = None
    cache_dir: Path | None = None
    use_cache: bool = True


@dataclass
class FileResult:
    """The outcome for one file: findings, or a one-line error, or a skip note."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    skipped: str | None = None
    problems: list[str] = field(default_factory=list)
    # Source lines that findings point at, for reporters that show context.
    lines: dict[int, str] = field(default_factory=dict)
    fail_on: str = "warning"


# -- rule sets ---------------------------------------------------------------


@dataclass
class RuleSet:
    """The rules one effective configuration runs, built once per process."""

    settings: Settings
    registry: Registry
    enabled: frozenset[str]
    python_rules: list[Rule]
    matcher: object | None
    grammar: object | None = None
    # python_rules as the engine runs them: rules sharing a scan in one batch
    runners: list[Rule | RuleBatch] = field(init=False)

    def __post_init__(self) -> None:
        from newslint.rule import batched

        self.runners = batched(self.python_rules)

    def severity_of(self, rule_id: str, default: str) -> str:
        best = None
        for prefix, sev in self.settings.severity.items():
            matches = rule_id == prefix or rule_id.startswith(prefix + ".")
            if matches and (best is None or len(prefix) > len(best[0])):
                best = (prefix, sev)
        return best[1] if best else default


_RULESETS: dict[tuple, RuleSet] = {}
_OPTIONS = RunOptions()


def set_options(opts: RunOptions) -> None:
    global _OPTIONS
    from newslint import patterns

    _OPTIONS = opts
    patterns.forget()  # `--cache-dir` may move the kept patterns
    _RULESETS.clear()
    _EXPLICIT.clear()
    _BY_FOLDER.clear()


def settings_for(path: Path | str) -> Settings:
    if _OPTIONS.config is not None:
        s = _load_explicit(_OPTIONS.config)
        return s
    folder = os.path.dirname(path)
    found = _BY_FOLDER.get(folder)
    if found is None:  # resolve() per file costs more than reading a cached result
        found = _BY_FOLDER[folder] = settings_for_dir(Path(folder or ".").resolve())
    return found


_BY_FOLDER: dict[str, Settings] = {}


_EXPLICIT: dict[Path, Settings] = {}


def _load_explicit(p: Path) -> Settings:
    if p not in _EXPLICIT:
        from newslint.config import load_file

        if not p.is_file():
            raise NewslintError(f"{p}: config file not found")
        s = load_file(p)
        if s is None:
            raise NewslintError(f"{p}: no [tool.newslint] table")
        _EXPLICIT[p] = s
    return _EXPLICIT[p]


def ruleset_for(settings: Settings) -> RuleSet:
    key = (id(settings),)
    rs = _RULESETS.get(key)
    if rs is None:
        rs = _build_ruleset(settings)
        _RULESETS[key] = rs
    return rs


def _build_ruleset(settings: Settings) -> RuleSet:
    import copy

    from newslint.config import validate_rule_ids
    from newslint.registry import base_registry

    registry = copy.copy(base_registry())
    registry.infos = dict(registry.infos)
    packs = _load_packs(settings)
    for pack in packs:
        for pr in pack.rules:
            registry.add_info(pr.info)
    validate_rule_ids(settings, registry)
    o = _OPTIONS
    for sel in [*(o.select or []), *o.extend_select, *o.ignore]:
        if not registry.is_known(sel):
            import difflib

            close = difflib.get_close_matches(sel, list(registry.infos), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise NewslintError(f"command line: unknown rule {sel!r}{hint}")
    select = o.select if o.select is not None else settings.select
    enabled = registry.select(
        select, [*settings.extend_select, *o.extend_select], [*settings.ignore, *o.ignore]
    )
    python_rules = [
        cls(settings.rules.get(rid)) for rid, cls in registry.python_rules.items() if rid in enabled
    ]
    matcher = None
    pack_rules = [pr for pack in packs for pr in pack.rules if pr.info.id in enabled]
    if pack_rules:
        from newslint.packs import PackMatcher

        matcher = PackMatcher(pack_rules, settings.rules)
    grammar = None
    if o.grammar or settings.grammar:
        from newslint.grammar import make_backend

        grammar = make_backend(
            settings.grammar, enabled_by_flag=o.grammar, where=settings.where("grammar")
        )
    return RuleSet(settings, registry, enabled, python_rules, matcher, grammar)


def _load_packs(settings: Settings):
    """Packs from every plugin (built-ins included) plus those the config names.

    Examples are checked on load for packs from outside newslint's own pack
    folder; the built-in packs' examples run in the test suite instead, which
    keeps start-up fast.
    """
    from newslint.packs_data import builtin_pack_dir
    from newslint.registry import plugin_pack_paths

    paths = list(dict.fromkeys([*plugin_pack_paths(), *settings.pack_paths()]))
    if not paths:
        return []
    from newslint.packs import load_pack, validate_examples

    own = builtin_pack_dir()
    packs = []
    for p in paths:
        pack = load_pack(p)
        if own is None or p.parent != own:
            validate_examples(pack)
        packs.append(pack)
    return packs


# -- linting -------------------------------------------------------------------


def lint_document(doc: Document, rs: RuleSet) -> tuple[list[Finding], list[str]]:
    """Run every enabled rule on a document; map, filter and sort the findings."""
    from newslint import suppression
    from newslint.rule import Reporter

    report = Reporter(doc)
    for rule in rs.runners:
        report.rule_id = rule.id
        report.severity = rule.severity
        before = len(report.findings)
        try:
            rule.check(doc, report)
        except Exception as e:  # one broken rule must not stop the run
            del report.findings[before:]
            report.findings.append(
                Finding(
                    rule="newslint.internal-error",
                    severity="error",
                    message=f"rule {rule.id} raised {type(e).__name__}: {e} while checking {doc.path}",
                    start=0,
                    end=0,
                )
            )
    if rs.matcher is not None:
        rs.matcher.check(doc, report)
    findings = report.findings
    if rs.grammar is not None:
        findings = rs.grammar.merge(doc, findings, report)
    ignored = _per_file_ignores(doc.path, rs.settings)
    out = []
    for f in findings:
        if f.rule.startswith("grammar."):
            if not _grammar_selected(f.rule, rs):
                continue
        elif f.rule not in rs.enabled and not f.rule.startswith("newslint."):
            continue
        if ignored and any(f.rule == i or f.rule.startswith(i + ".") for i in ignored):
            continue
        f.severity = rs.severity_of(f.rule, f.severity)  # type: ignore[assignment]
        out.append(f)
    out = suppression.apply(doc, out, suppression.parse(doc))
    for f in out:
        f.path = doc.path
        f.line, f.column = doc.line_col(f.start)
        f.end_line, f.end_column = doc.line_col(f.end)
    out.sort(key=Finding.sort_key)
    return out, report.problems


def _grammar_selected(rule_id: str, rs: RuleSet) -> bool:
    """Grammar ids are not in the registry: apply select/ignore prefixes by hand."""
    s, o = rs.settings, _OPTIONS
    ignore = [*s.ignore, *o.ignore]
    if any(rule_id == i or rule_id.startswith(i + ".") for i in ignore if i.startswith("grammar")):
        return False
    select = o.select if o.select is not None else s.select
    if select is None or "ALL" in select or o.grammar:  # --grammar asks for it by name
        return True
    chosen = [*select, *s.extend_select, *o.extend_select]
    return any(rule_id == i or rule_id.startswith(i + ".") for i in chosen)


def _per_file_ignores(path: str, settings: Settings) -> list[str]:
    """Rule ids and prefixes that config `per-file-ignores` turns off for this path."""
    if not settings.per_file_ignores:
        return []
    from fnmatch import fnmatch

    try:
        rel = Path(path).resolve().relative_to(settings.root.resolve()).as_posix()
    except ValueError:
        rel = Path(path).as_posix()
    out: list[str] = []
    for pattern, ids in settings.per_file_ignores.items():
        if fnmatch(rel, pattern) or fnmatch(Path(rel).name, pattern):
            out.extend(ids)
    return out


def reader_for(path: str, settings: Settings) -> ReaderSpec | None:
    ext = os.path.splitext(path)[1].lower()
    readers = _readers()
    fmt = settings.extensions.get(ext) or settings.extensions.get(ext.lstrip("."))
    if fmt:
        for spec in readers.values():
            if spec.name == fmt:
                return spec
        raise NewslintError(f"{settings.where('extensions')}: unknown format {fmt!r} for {ext}")
    return readers.get(ext)


_READERS: dict[str, ReaderSpec] | None = None


def _readers() -> dict[str, ReaderSpec]:
    global _READERS
    if _READERS is None:
        from newslint.plugins import collect

        table: dict[str, ReaderSpec] = {}
        # In registration order, so a plugin's extension overrides a built-in one.
        for specs in collect("newslint_readers"):
            for spec in specs or []:
                for ext in spec.extensions:
                    table[ext.lower()] = spec
        _READERS = table
    return _READERS


def known_extensions() -> set[str]:
    return set(_readers())


def decode(path: str, data: bytes) -> str:
    """Bytes to text: UTF-8 with or without BOM; anything else is a clear error."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NewslintError(
            f"{path}: not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})"
        ) from None


def is_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def lint_source(path: str, source: str, rs: RuleSet) -> FileResult:
    settings = rs.settings
    spec = reader_for(path, settings) or _readers()[".txt"]
    doc = spec.load()(path, source)
    findings, problems = lint_document(doc, rs)
    lines = {}
    for f in findings:
        if f.line not in lines:
            lines[f.line] = doc.line_text(f.line)
    doc.release()
    return FileResult(path, findings, problems=problems, lines=lines, fail_on=settings.fail_on)


def _cache_key(path: str, data: bytes, settings: Settings) -> str | None:
    """The result-cache key; built without the rule set unless grammar is on
    (whose key includes the backend's version, known only by asking it)."""
    if not _OPTIONS.use_cache:
        return None
    grammar = ""
    if _OPTIONS.grammar or settings.grammar:
        rs = ruleset_for(settings)
        grammar = rs.grammar.cache_key() if rs.grammar is not None else ""
    extra = ",".join(_per_file_ignores(path, settings)) + "|" + os.path.splitext(path)[1]
    return cache.key_for(data, cache.rules_key(settings, grammar), extra)


def _memo_rules(settings: Settings) -> bytes | None:
    """The rules key under which `cache.KeyMemo` keeps this file's key, or None
    when it keeps none: no result cache, or grammar on (whose key needs the
    backend)."""
    if not _OPTIONS.use_cache or _OPTIONS.grammar or settings.grammar:
        return None
    return cache.rules_key(settings)


def _remembered(path: str, settings: Settings) -> tuple[FileResult | None, object]:
    """The cached result found through the key memo (no read of the file), or
    None; and the file's stat signature, to memoise the key once known."""
    rules = _memo_rules(settings)
    if rules is None:
        return None, None
    sig = cache.signature(path)
    memo = cache.key_memo()
    got = memo.get(path, sig, rules)
    if got is None:
        return None, sig
    key, clean = got
    if clean:
        return FileResult(path, fail_on=settings.fail_on), sig
    hit = cache.load(key, path, _clean_maker(settings))
    if hit is not None and _is_clean(hit):
        memo.put(path, sig, rules, key, clean=True)  # next time, not even a look
    return hit, sig


def _memoise(path: str, settings: Settings, sig, key: str | None) -> None:
    rules = _memo_rules(settings)
    if key is not None and rules is not None:
        cache.key_memo().put(path, sig, rules, key)  # type: ignore[arg-type]


def _cached(path: str) -> FileResult | None:
    """The cached result for a file, or None: checked in the parent so that a
    warm run over unchanged files never starts worker processes."""
    try:
        settings = settings_for(path)
        hit, sig = _remembered(path, settings)
        if hit is not None:
            return hit
        with open(path, "rb") as fh:
            data = fh.read()
        key = _cache_key(path, data, settings)
        _memoise(path, settings, sig, key)
    except (OSError, NewslintError):
        return None
    return cache.load(key, path, _clean_maker(settings)) if key is not None else None


def _is_clean(result: FileResult) -> bool:
    """Nothing to report and nothing to keep but the path (see `cache.load`)."""
    return not (result.findings or result.error or result.skipped or result.problems)


def _clean_maker(settings: Settings):
    return lambda path: FileResult(path, fail_on=settings.fail_on)


def lint_path(path: str) -> FileResult:
    """Lint one file; every failure becomes a one-line error on the result."""
    try:
        settings = settings_for(path)
        hit, sig = _remembered(path, settings)
        if hit is not None:
            return hit
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            return FileResult(path, error=f"{path}: cannot read: {e.strerror or e}")
        if is_binary(data):
            return FileResult(path, skipped=f"{path}: binary file, not linted")
        source = decode(path, data)
        key = _cache_key(path, data, settings)
        _memoise(path, settings, sig, key)
        if key is not None:
            hit = cache.load(key, path, _clean_maker(settings))
            if hit is not None:
                return hit
        result = lint_source(path, source, ruleset_for(settings))
        if key is not None and not result.problems:
            cache.store(key, result, clean=_is_clean(result))
        return result
    except NewslintError as e:
        return FileResult(path, error=str(e))
    except RecursionError:
        return FileResult(path, error=f"{path}: too deeply nested to parse")
    except Exception as e:  # a reader or plugin bug: one line, the run goes on
        return FileResult(path, error=f"{path}: internal error: {type(e).__name__}: {e}")


def lint_paths(paths: Iterable[str], jobs: int = 0) -> Iterator[FileResult]:
    """Lint files, in parallel when it pays, yielding results in input order."""
    yield from _lint_paths(list(paths), jobs or os.cpu_count() or 1)
    if _OPTIONS.use_cache:
        cache.key_memo().save()


def _lint_paths(files: list[str], jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(files) < 4:
        for f in files:
            yield lint_path(f)
        return
    hits: dict[int, FileResult] = {}
    if _OPTIONS.use_cache:
        for i, f in enumerate(files):
            hit = _cached(f)
            if hit is not None:
                hits[i] = hit
    misses = [f for i, f in enumerate(files) if i not in hits]
    if len(misses) < 4:
        for i, f in enumerate(files):
            yield hits.pop(i) if i in hits else lint_path(f)
        return
    from newslint import parallel
    from newslint.registry import base_registry

    base_registry()  # load plugins and rules once, before forking: errors surface once
    ruleset_for(settings_for(Path(misses[0])))  # built once, inherited by the workers
    # The first file is linted here: what rules set up on first use (compiled
    # patterns, imported modules) is then paid once and inherited by every
    # worker instead of once per worker.
    first = lint_path(misses[0])
    linted = itertools.chain([first], parallel.ordered_map(lint_path, misses[1:], jobs, _lost))
    for i in range(len(files)):
        yield hits.pop(i) if i in hits else next(linted)


def _lost(path: str, reason: str) -> FileResult:
    return FileResult(path, error=f"{path}: not linted: {reason}")


def fails(result: FileResult) -> bool:
    floor = SEVERITY_RANK[result.fail_on]
    return any(SEVERITY_RANK[f.severity] >= floor for f in result.findings)
