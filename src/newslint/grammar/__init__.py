"""Grammar backends: LanguageTool and Harper behind the `grammar` rule family.

A backend checks one string per document (the prose of every block joined
with paragraph breaks, markup already stripped) and returns `Match`es in that
string's coordinates. `GrammarBackend.merge` does everything the backends
share: joining, the on-disk result cache, mapping matches back to blocks and
through the Reporter's source maps, dropping what newslint already reports,
and turning a dead backend into one run-level problem line.

Nothing heavy is imported here: language_tool_python and harper load inside
their backends, on first use, so `newslint check` without grammar starts fast.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newslint.errors import NewslintError
from newslint.findings import Finding

SECTION = "[tool.newslint.grammar]"
BLOCK_SEPARATOR = "\n\n"
DEFAULT_BACKEND = "languagetool"

# key -> (accepted types, description); validated by `GrammarConfig.from_dict`.
KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "backend": ((str,), "languagetool or harper"),
    "server": ((str,), "URL of a running LanguageTool server (else local mode)"),
    "language": ((str,), "en-US, en-GB, en-AU, en-CA, ... (Harper: american, british, ...)"),
    "spelling": ((bool,), "also report spelling (off: news copy is full of names)"),
    "picky": ((bool,), "LanguageTool's picky level (more style rules)"),
    "enable": ((list,), "LanguageTool rule ids to turn on"),
    "disable": ((list,), "LanguageTool rule ids to turn off"),
    "enable-categories": ((list,), "LanguageTool category ids to turn on"),
    "disable-categories": ((list,), "LanguageTool category ids to turn off"),
    "safe-rules": ((list,), "rule ids whose fixes are safe (all others are unsafe)"),
    "timeout": ((int, float), "seconds per request"),
    "harper-rules": ((dict,), "Harper rule name -> true/false"),
}


@dataclass(frozen=True)
class GrammarConfig:
    """The validated `[tool.newslint.grammar]` table, with defaults filled in."""

    backend: str = DEFAULT_BACKEND
    server: str | None = None
    language: str = "en-US"
    spelling: bool = False
    picky: bool = False
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    enable_categories: tuple[str, ...] = ()
    disable_categories: tuple[str, ...] = ()
    safe_rules: frozenset[str] = frozenset()
    timeout: float = 30.0
    harper_rules: tuple[tuple[str, bool], ...] = ()
    where: str = field(default=SECTION, compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = SECTION) -> GrammarConfig:
        """Validate a config table; any mistake is one NewslintError line."""
        loc = where if SECTION in where else f"{where}: {SECTION}"

        def bad(msg: str) -> NewslintError:
            return NewslintError(f"{loc}: {msg}")

        kw: dict[str, Any] = {}
        for key, value in data.items():
            if key not in KEYS:
                close = difflib.get_close_matches(key, list(KEYS), n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise bad(f"unknown key {key!r}{hint} (known: {', '.join(KEYS)})")
            types, _ = KEYS[key]
            if isinstance(value, bool) and bool not in types:
                raise bad(f"{key} must be {_type_name(types)}, not {value!r}")
            if not isinstance(value, types):
                raise bad(f"{key} must be {_type_name(types)}, not {value!r}")
            if isinstance(value, list) and not all(isinstance(v, str) and v for v in value):
                raise bad(f"{key} must be a list of rule or category ids (strings)")
            kw[key.replace("-", "_")] = value
        server = kw.get("server")
        if server is not None and not re.match(r"^https?://[^\s/]+", server):
            raise bad(f"server must be an http(s) URL, not {server!r}")
        if "timeout" in kw and not 0 < kw["timeout"] <= 3600:
            raise bad(f"timeout must be between 0 and 3600 seconds, not {kw['timeout']!r}")
        if "language" in kw and not re.match(
            r"^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$|^[a-z]+$", kw["language"]
        ):
            raise bad(f"language must be a tag such as en-US or en-GB, not {kw['language']!r}")
        for k in ("enable", "disable", "enable_categories", "disable_categories"):
            if k in kw:
                kw[k] = tuple(kw[k])
        if "safe_rules" in kw:
            kw["safe_rules"] = frozenset(_bare_rule(r) for r in kw["safe_rules"])
        if "harper_rules" in kw:
            items = kw["harper_rules"].items()
            for name, on in items:
                if not isinstance(on, bool):
                    raise bad(f"harper-rules.{name} must be true or false, not {on!r}")
            kw["harper_rules"] = tuple(sorted(items))
        return cls(**kw, where=loc)

    def key(self) -> str:
        """Stable text of every setting that changes results (for cache keys)."""
        data = asdict(self)
        data.pop("where")
        return json.dumps(data, sort_keys=True, default=sorted)


def _type_name(types: tuple[type, ...]) -> str:
    names = {str: "a string", bool: "true or false", list: "a list", dict: "a table"}
    if float in types:
        return "a number"
    return " or ".join(names.get(t, t.__name__) for t in types)


def _bare_rule(rule: str) -> str:
    """`grammar.harper.AnA` / `grammar.EN_A_VS_AN` -> `AnA` / `EN_A_VS_AN`."""
    for prefix in ("grammar.harper.", "grammar."):
        if rule.startswith(prefix):
            return rule[len(prefix) :]
    return rule


def backend_factories() -> dict[str, str]:
    """{name: "module:Factory"} from every plugin; a plugin can override a built-in."""
    from newslint.plugins import plugin_manager

    table: dict[str, str] = {}
    # pluggy calls the last registered plugin first: reverse so plugins win.
    for mapping in reversed(plugin_manager().hook.newslint_grammar_backends()):
        table.update(mapping or {})
    return table


def make_backend(
    config: dict[str, Any], *, enabled_by_flag: bool = False, where: str = SECTION
) -> GrammarBackend:
    """Build the configured backend (LanguageTool when only `--grammar` is given).

    Cheap: the backend connects, starts Java or loads its dictionary on first
    use, inside the worker process that lints.
    """
    del enabled_by_flag  # `--grammar` with no table simply means the default backend
    cfg = GrammarConfig.from_dict(config or {}, where)
    factories = backend_factories()
    target = factories.get(cfg.backend)
    if target is None:
        close = difflib.get_close_matches(cfg.backend, list(factories), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise NewslintError(
            f"{cfg.where}: unknown grammar backend {cfg.backend!r}{hint}"
            f" (choose from {', '.join(sorted(factories))})"
        )
    import importlib

    module, _, attr = target.partition(":")
    try:
        factory = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as e:
        raise NewslintError(
            f"grammar backend {cfg.backend!r} ({target}) failed to load: {e}"
        ) from None
    return factory(cfg)


# -- what backends return ------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """One backend match in the joined text, in code points (not UTF-16 units)."""

    offset: int
    length: int
    rule: str  # the full newslint id: grammar.<LT id> or grammar.harper.<Name>
    message: str
    replacements: tuple[str, ...] = ()
    category: str = ""
    severity: str = "warning"
    safe: bool = False

    @classmethod
    def from_json(cls, d: dict) -> Match:
        return cls(**{**d, "replacements": tuple(d.get("replacements", ()))})


class BackendDown(Exception):
    """The backend cannot answer: the message is the run-level problem line."""


# newslint family prefixes that a grammar category duplicates. A grammar match
# that overlaps a newslint finding of one of these families is dropped.
CATEGORY_FAMILIES: dict[str, frozenset[str]] = {
    # LanguageTool categories
    "TYPOGRAPHY": frozenset({"spacing", "quotes", "headline", "style"}),
    "PUNCTUATION": frozenset({"spacing", "quotes", "headline", "style"}),
    "CASING": frozenset({"capitalization", "headline"}),
    "CONFUSED_WORDS": frozenset({"confusables"}),
    "TYPOS": frozenset({"confusables", "consistency", "capitalization", "spelling"}),
    "REPETITIONS": frozenset({"repetition"}),
    "REPETITIONS_STYLE": frozenset({"repetition"}),
    "REDUNDANCY": frozenset({"spun-phrase", "style", "repetition"}),
    "STYLE": frozenset({"spun-phrase", "style", "repetition"}),
    "PLAIN_ENGLISH": frozenset({"spun-phrase", "style"}),
    "COLLOCATIONS": frozenset({"spun-phrase", "confusables"}),
    "MISC": frozenset({"repetition", "confusables", "spacing"}),
    "GRAMMAR": frozenset({"confusables"}),
    # Harper lint kinds
    "Spelling": frozenset({"confusables", "consistency", "capitalization", "spelling"}),
    "Capitalization": frozenset({"capitalization", "headline"}),
    "Repetition": frozenset({"repetition"}),
    "Punctuation": frozenset({"spacing", "quotes", "headline"}),
    "Formatting": frozenset({"spacing", "quotes"}),
    "WordChoice": frozenset({"confusables", "spun-phrase", "style"}),
    "Eggcorn": frozenset({"confusables", "spun-phrase"}),
    "Malapropism": frozenset({"confusables"}),
    "Redundancy": frozenset({"spun-phrase", "style", "repetition"}),
    "Style": frozenset({"spun-phrase", "style"}),
    "Usage": frozenset({"confusables", "spun-phrase", "style"}),
    "Typo": frozenset({"confusables", "spacing"}),
}


def duplicates(grammar: Finding, own: Finding) -> bool:
    """Whether newslint's own finding already reports what a grammar finding says."""
    if own.rule.startswith("grammar."):
        return False
    # Zero-width findings (a missing space) count as touching their neighbours.
    overlap = grammar.start < max(own.end, own.start + 1) and own.start < max(
        grammar.end, grammar.start + 1
    )
    if not overlap:
        return False
    family = own.rule.split(".", 1)[0]
    return family in CATEGORY_FAMILIES.get(grammar.meta.get("category", ""), frozenset())


# -- the shared machinery --------------------------------------------------------


class GrammarBackend:
    """Base class: subclasses implement `check_text` and `version`.

    One instance lives in each worker process (the engine builds rule sets per
    process); clients are created lazily and again after a fork, because
    neither language-tool-python's offsets nor Harper's Linter survive
    sharing.
    """

    name = "grammar"

    def __init__(self, config: GrammarConfig) -> None:
        self.config = config
        self._down: str | None = None  # the problem line once the backend failed
        self._pid = os.getpid()

    # -- for subclasses -----------------------------------------------------
    def version(self) -> str:
        """The backend's version, for the cache key (may raise BackendDown)."""
        raise NotImplementedError

    def check_text(self, text: str) -> list[Match]:
        """Check the joined prose; raise BackendDown with the problem line."""
        raise NotImplementedError

    def reset_client(self) -> None:
        """Drop clients created in another process (called after a fork)."""

    # -- what the engine calls ----------------------------------------------
    def _same_process(self) -> None:
        if os.getpid() != self._pid:
            self._pid = os.getpid()
            self._down = None
            self.reset_client()

    def cache_key(self) -> str:
        """Backend, version and config: part of the engine's result-cache key."""
        self._same_process()
        version = "unavailable"
        if self._down is None:
            try:
                version = self.version()
            except BackendDown as e:
                self._down = str(e)
        return f"{self.name}|{version}|{self.config.key()}"

    def merge(self, doc, findings: list[Finding], report) -> list[Finding]:
        """newslint's findings plus the backend's, without duplicates."""
        self._same_process()
        blocks = [b for b in doc.blocks if b.text.strip()]
        if not blocks:
            return findings
        text, starts = join_blocks(blocks)
        if self._down is None:
            try:
                matches = self._cached_check(text)
            except BackendDown as e:
                self._down = str(e)
        if self._down is not None:
            report.problem(self._down)
            return findings
        before = len(report.findings)
        for m in matches:
            k = bisect.bisect_right(starts, m.offset) - 1
            block = blocks[k]
            start = m.offset - starts[k]
            if start >= len(block.text):
                continue  # inside a paragraph break
            end = min(start + max(m.length, 0), len(block.text))
            report(
                block,
                start,
                end,
                m.message,
                replacement=m.replacements[0] if m.replacements else None,
                applicability="safe" if m.safe else "unsafe",
                rule=m.rule,
                severity=m.severity,  # type: ignore[arg-type]
                meta={"category": m.category},
            )
        added = report.findings[before:]
        del report.findings[before:]
        own = [f for f in findings if not f.rule.startswith("grammar.")]
        kept = [g for g in added if not any(duplicates(g, f) for f in own)]
        return [*findings, *kept]

    # -- cache ----------------------------------------------------------------
    def _cached_check(self, text: str) -> list[Match]:
        path = self._cache_path(text)
        if path is not None:
            hit = _read_entry(path)
            if hit is not None:
                return hit
        matches = self.check_text(text)
        if path is not None:
            _write_entry(path, matches)
        return matches

    def _cache_path(self, text: str) -> Path | None:
        from newslint import cache, engine

        if not engine._OPTIONS.use_cache:
            return None
        h = hashlib.sha256(self.cache_key().encode())
        h.update(b"\0")
        h.update(text.encode("utf-8", "surrogatepass"))
        digest = h.hexdigest()
        return cache.cache_dir() / "grammar" / digest[:2] / f"{digest[2:]}.json"

    def is_safe(self, rule_name: str) -> bool:
        return rule_name in self.config.safe_rules


def join_blocks(blocks) -> tuple[str, list[int]]:
    """One string for the whole document and each block's offset in it."""
    starts: list[int] = []
    pos = 0
    for b in blocks:
        starts.append(pos)
        pos += len(b.text) + len(BLOCK_SEPARATOR)
    return BLOCK_SEPARATOR.join(b.text for b in blocks), starts


def _read_entry(path: Path) -> list[Match] | None:
    """A cached result; None when missing or damaged (it is then rebuilt)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Match.from_json(d) for d in data]
    except Exception:
        return None


def _write_entry(path: Path, matches: list[Match]) -> None:
    """Temp file + rename, so a concurrent reader never sees half an entry."""
    from newslint.fsutil import atomic_write_bytes

    data = json.dumps([asdict(m) for m in matches], ensure_ascii=False).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data, durable=False)
    except OSError:
        pass  # a read-only or full cache dir only costs speed


def utf16_to_index(text: str) -> Any:
    """A function mapping UTF-16 offsets (LanguageTool's) to str indices."""
    if text.isascii() or all(ord(c) <= 0xFFFF for c in text):
        return lambda i: i
    table: list[int] = []  # utf16 offset -> code point index
    for i, c in enumerate(text):
        table.append(i)
        if ord(c) > 0xFFFF:
            table.append(i)
    table.append(len(text))
    return lambda i: table[i] if 0 <= i < len(table) else len(text)
