"""Harper through harper-py (Apache-2.0): offline, no Java, no server.

Findings are `grammar.harper.<RuleName>` (Harper's own rule names from
`organized_lints`, stable across releases, and CamelCase so they never clash
with LanguageTool's UPPER_SNAKE ids). One `Linter` per process, built on
first use: it is not thread-safe, and its first build loads the dictionary
(~0.5 s) that later builds reuse.
"""

from __future__ import annotations

import difflib
from typing import Any

from newslint.errors import NewslintError
from newslint.grammar import BackendDown, GrammarBackend, GrammarConfig, Match

# Rules that duplicate newslint's families, or that fight news house style
# (AP drops the Oxford comma; headlines have no full stop; long sentences and
# dash/ellipsis typography are style-pack business). Turn any back on with
# `harper-rules = { Name = true }`.
DUPLICATE_RULES: tuple[str, ...] = (
    "Spaces",  # spacing
    "CommaFixes",  # spacing.after-comma / before-comma
    "NoFrenchSpaces",  # spacing
    "QuoteSpacing",  # spacing / quotes
    "TransposedSpace",  # spacing
    "RepeatedWords",  # repetition
    "SentenceCapitalization",  # capitalization (and `Time.news`-style traps)
    "UnclosedQuotes",  # quotes / headline; run-on quotes stay open in news style
    "OxfordComma",  # AP style omits it
    "LongSentences",  # readability, not correctness
    "Dashes",  # house style
    "UseEllipsisCharacter",  # house style
    "EllipsisLength",  # house style
    "NumericRangeEnDash",  # house style
)
# Rules that fire on professionally edited copy (corpus/clean/, BBC News) far
# more often than on real slips: hyphenation and compound house style, acronyms
# read as words (`GB team`, `INSEE`), news idioms (`some 4%`, `named best
# director`) and vocabulary advice. Precision first.
NOISY_RULES: tuple[str, ...] = (
    "DisjointPrefixes",  # co-operation, mid-size
    "OrthographicConsistency",  # Opec (BBC style) vs OPEC
    "SplitWords",  # outperformance -> out performance
    "CompoundNouns",  # car maker
    "PhrasalVerbAsCompoundNoun",  # buyout, slowdown
    "ExpandMemoryShorthands",  # the GB team
    "MassNouns",
    "QuantifierNumeralConflict",  # some 150,000 people
    "AvoidCurses",  # Dick Cheney
    "WrongNegative",  # acronyms
    "DiscourseMarkers",  # comma after However: house style
    "HelloGreeting",  # Halo (the game)
    "MissingPreposition",
    "MissingTo",
    "AppleNames",  # Mac mini is Apple's own spelling
    "TheProperNounPossessive",  # the eurozone's
    "Excellent",  # vocabulary advice
    "AvoidAndAlso",
    "CondenseAllThe",
)
SPELLING_RULES: tuple[str, ...] = ("SpellCheck",)
INFO_KINDS = frozenset({"Style", "Readability", "Enhancement", "WordChoice", "Redundancy"})

DIALECTS: dict[str, str] = {
    "en-us": "AMERICAN",
    "american": "AMERICAN",
    "en": "AMERICAN",
    "en-gb": "BRITISH",
    "british": "BRITISH",
    "en-au": "AUSTRALIAN",
    "australian": "AUSTRALIAN",
    "en-ca": "CANADIAN",
    "canadian": "CANADIAN",
    "en-in": "INDIAN",
    "indian": "INDIAN",
}


class HarperBackend(GrammarBackend):
    """`grammar.harper.<RuleName>` findings from an in-process Harper Linter."""

    name = "harper"

    def __init__(self, config: GrammarConfig) -> None:
        super().__init__(config)
        dialect = DIALECTS.get(config.language.lower())
        if dialect is None:
            close = difflib.get_close_matches(config.language.lower(), list(DIALECTS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise NewslintError(
                f"{config.where}: Harper has no dialect for language {config.language!r}{hint}"
                f" (use one of {', '.join(DIALECTS)})"
            )
        self.dialect = dialect
        self._linter: Any = None
        if config.harper_rules:
            self._validate_rules()

    def reset_client(self) -> None:
        self._linter = None

    def _harper(self) -> Any:
        try:
            import harper
        except ImportError:
            raise BackendDown(
                "grammar: the Harper backend needs harper-py: pip install 'newslint[harper]'"
            ) from None
        return harper

    def _validate_rules(self) -> None:
        try:
            known = self._harper().get_default_lint_config()
        except BackendDown as e:
            raise NewslintError(str(e)) from None
        for name in dict(self.config.harper_rules):
            if name not in known:
                close = difflib.get_close_matches(name, list(known), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise NewslintError(f"{self.config.where}: unknown Harper rule {name!r}{hint}")

    def rule_config(self) -> dict[str, bool]:
        """The rules newslint turns off, then the user's own choices on top."""
        rules = dict.fromkeys((*DUPLICATE_RULES, *NOISY_RULES), False)
        if not self.config.spelling:
            rules.update(dict.fromkeys(SPELLING_RULES, False))
        rules.update(dict(self.config.harper_rules))
        return rules

    def _client(self) -> Any:
        if self._linter is None:
            harper = self._harper()
            try:
                linter = harper.Linter(getattr(harper.Dialect, self.dialect))
                config = linter.get_default_lint_config()
                config.update(self.rule_config())
                linter.set_lint_config(config)
            except Exception as e:
                raise BackendDown(f"grammar: Harper failed to start: {e}") from None
            self._linter = linter
        return self._linter

    def version(self) -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("harper-py")
        except PackageNotFoundError:
            raise BackendDown(
                "grammar: the Harper backend needs harper-py: pip install 'newslint[harper]'"
            ) from None

    def check_text(self, text: str) -> list[Match]:
        linter = self._client()
        harper = self._harper()
        try:
            organized = linter.organized_lints(text, language=harper.Language.PLAINTEXT)
        except Exception as e:
            raise BackendDown(f"grammar: Harper failed: {type(e).__name__}: {e}") from None
        out: list[Match] = []
        for name, lints in organized.items():
            for lint in lints:
                start, end = lint.span.start, lint.span.end
                replacement = _replacement(lint, text[start:end], harper.SuggestionKind)
                kind = str(lint.lint_kind)
                out.append(
                    Match(
                        offset=start,
                        length=end - start,
                        rule=f"grammar.harper.{name}",
                        message=lint.message,
                        replacements=() if replacement is None else (replacement,),
                        category=kind,
                        severity="info" if kind in INFO_KINDS else "warning",
                        safe=self.is_safe(name),
                    )
                )
        out.sort(key=lambda m: (m.offset, m.length, m.rule))
        return out


def _replacement(lint: Any, problem: str, kinds: Any) -> str | None:
    """Harper's first suggestion as the text that replaces the lint's span."""
    for s in lint.suggestions:
        if s.kind == kinds.REPLACE:
            return s.replacement_text
        if s.kind == kinds.REMOVE:
            return ""
        if s.kind == kinds.INSERT_AFTER:
            return problem + s.replacement_text
    return None
