"""LanguageTool through language-tool-python (GPL-3.0, installed on demand).

language-tool-python 3.4.0 is the client: it builds the request parameters,
validates the language and parses matches. Its gaps are patched here in a
subclass rather than worked around by callers: it never checks the HTTP
status (a 500 with a JSON body passes as "no matches"), retries a hung
request once (doubling every timeout), opens a new connection per request,
and mis-measures a match that contains an emoji (offsets are UTF-16 units,
converted here from the raw response). Every failure becomes one
`BackendDown` line; after the first, the backend stays down for the process
so a dead server costs one timeout per worker, not one per file.
"""

from __future__ import annotations

import os
from typing import Any

from newslint.grammar import BackendDown, GrammarBackend, GrammarConfig, Match, utf16_to_index

# Rules whose defects newslint's own families report (spacing, capitalization,
# repetition, quotes, headline): off on the LanguageTool side so nothing is
# reported twice. Grammar rules that overlap a newslint rule only sometimes
# (HEAR_HERE vs confusables) stay on and are deduplicated by span instead.
DUPLICATE_RULES: tuple[str, ...] = (
    "COMMA_PARENTHESIS_WHITESPACE",  # spacing.*
    "CONSECUTIVE_SPACES",  # spacing
    "WHITESPACE_RULE",  # spacing
    "SENTENCE_WHITESPACE",  # spacing (It rained.The)
    "UPPERCASE_SENTENCE_START",  # capitalization; also fires on datelines
    "ENGLISH_WORD_REPEAT_RULE",  # repetition (the the)
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE",  # repetition
    "EN_QUOTES",  # quotes (picky only)
    "EN_UNPAIRED_QUOTES",  # quotes/headline; news style leaves run-on quotes open
    "DASH_RULE",  # house style (picky only)
    "PUNCTUATION_PARAGRAPH_END",  # headlines, captions and list items have no full stop
)
# Rules that fire on professionally edited copy (corpus/clean/, BBC News) far
# more often than on real slips: comma and hyphen house style, capitalisation
# that newslint's capitalization family judges from the document itself, and
# brand names. Precision first; `enable = [...]` turns any back on.
NOISY_RULES: tuple[str, ...] = (
    "COMMA_COMPOUND_SENTENCE",
    "COMMA_COMPOUND_SENTENCE_2",
    "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA",
    "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE",
    "PRP_COMMA",
    "EN_SPECIFIC_CASE",
    "CAPITALIZATION",
    "THE_SUPERLATIVE",
    "MAKER_COMPOUNDS",
    "SECOND_LARGEST_HYPHEN",
    "EN_COMPOUNDS_WAL_MART",
    "BAND_AID",
    "HALO_HALLO",
    "POSSESSIVE_APOSTROPHE",
)
# Oxford -ize spelling for en-GB is a house-style choice (the BBC writes -ise);
# mixing variants is newslint's consistency family. `enable-categories` restores it.
NOISY_CATEGORIES: tuple[str, ...] = ("BRE_STYLE_OXFORD_SPELLING",)
# The spellers, off unless `spelling = true` (news copy is full of names).
SPELLING_RULES: tuple[str, ...] = (
    *(f"MORFOLOGIK_RULE_EN_{v}" for v in ("US", "GB", "AU", "CA", "NZ", "ZA")),
    "EN_MULTITOKEN_SPELLING_TWO",
    "EN_MULTITOKEN_SPELLING_THREE",
)
# Categories reported as info rather than warning: advice, not errors.
INFO_CATEGORIES = frozenset(
    {"STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "REPETITIONS_STYLE", "TYPOGRAPHY", "SEMANTICS"}
)
INFO_ISSUE_TYPES = frozenset({"style", "register", "locale-violation"})

_VERSIONS: dict[tuple[int, str], str] = {}  # (pid, server) -> version, once per process


class LanguageToolBackend(GrammarBackend):
    """`grammar.<LanguageTool rule id>` findings from a server or local mode."""

    name = "languagetool"

    def __init__(self, config: GrammarConfig) -> None:
        super().__init__(config)
        self._tool: Any = None
        self.server = config.server.rstrip("/") if config.server else None

    @property
    def where(self) -> str:
        return f"LanguageTool at {self.server}" if self.server else "LanguageTool (local mode)"

    def reset_client(self) -> None:
        self._tool = None

    # -- client ---------------------------------------------------------------
    def _client(self) -> Any:
        if self._tool is None:
            self._tool = self._connect()
        return self._tool

    def _connect(self) -> Any:
        try:
            import language_tool_python  # noqa: F401
        except ImportError:
            raise BackendDown(
                "grammar: the LanguageTool backend needs language-tool-python:"
                " pip install 'newslint[grammar]'"
            ) from None
        cls = _client_class()
        cfg = self.config
        try:
            tool = cls(cfg.language, remote_server=self.server, timeout=cfg.timeout)
        except ValueError as e:  # an unsupported language tag
            raise BackendDown(f"grammar: {self.where}: {e} (set language in {cfg.where})") from None
        except Exception as e:
            raise BackendDown(self._describe(e)) from None
        if self.server is None:
            _close_on_sigterm(tool)
        disabled = {*DUPLICATE_RULES, *NOISY_RULES, *cfg.disable}
        if not cfg.spelling:
            disabled |= set(SPELLING_RULES)
        tool.disabled_rules = disabled - set(cfg.enable)
        tool.enabled_rules = set(cfg.enable)
        tool.disabled_categories = {*NOISY_CATEGORIES, *cfg.disable_categories} - set(
            cfg.enable_categories
        )
        tool.enabled_categories = set(cfg.enable_categories)
        tool.picky = cfg.picky
        return tool

    def version(self) -> str:
        key = (os.getpid(), self.server or "local")
        if key not in _VERSIONS:
            tool = self._client()
            try:
                info = tool._query_server(
                    tool._url + "configinfo", {"language": str(tool.language)}, num_tries=1
                )
                _VERSIONS[key] = str(info["software"]["version"])
            except (KeyError, TypeError):
                raise BackendDown(
                    f"grammar: {self.where} answered /v2/configinfo without a version"
                ) from None
            except Exception as e:
                raise BackendDown(self._describe(e)) from None
        return _VERSIONS[key]

    # -- checking -------------------------------------------------------------
    def check_text(self, text: str) -> list[Match]:
        tool = self._client()
        try:
            matches = tool.check(text)
            raw = tool._nl_last_matches
        except Exception as e:
            raise BackendDown(self._describe(e)) from None
        if raw is None or len(raw) != len(matches):
            raw = [None] * len(matches)
        to_index = utf16_to_index(text)
        out = []
        for m, r in zip(matches, raw):
            if r is not None:  # exact code-point span from the UTF-16 offsets
                start = to_index(r["offset"])
                end = to_index(r["offset"] + r["length"])
            else:
                start, end = m.offset, m.offset + m.error_length
            category = m.category or ""
            issue = (m.rule_issue_type or "").lower()
            info = category in INFO_CATEGORIES or issue in INFO_ISSUE_TYPES
            out.append(
                Match(
                    offset=start,
                    length=end - start,
                    rule=f"grammar.{m.rule_id}",
                    message=m.message,
                    replacements=tuple(m.replacements[:5]),
                    category=category,
                    severity="info" if info else "warning",
                    safe=self.is_safe(m.rule_id),
                )
            )
        return out

    def _describe(self, e: BaseException) -> str:
        """The one problem line for an exception from language-tool-python or requests."""
        chain = _chain(e)
        names = {type(x).__name__ for x in chain}
        text = " ".join(str(x) for x in chain)
        timeout = self.config.timeout
        if self.server is None:
            if "JavaError" in names or "java" in text.lower() and "PathError" not in names:
                return (
                    f"grammar: LanguageTool local mode needs Java 17 or newer ({_first_line(e)});"
                    f" install it, or set server = URL in {self.config.where}"
                )
            return (
                f"grammar: LanguageTool local mode could not start: {_first_line(e)}"
                f" (or set server = URL in {self.config.where})"
            )
        status = next((x for x in chain if isinstance(x, _HTTPStatus)), None)
        if status is not None:
            return f"grammar: {self.where} answered HTTP {status.status}"
        if "RateLimitError" in names:
            return f"grammar: {self.where} answered HTTP 426: rate limit exceeded"
        if names & {"ReadTimeout", "ConnectTimeout", "Timeout", "TimeoutError", "timeout"}:
            return f"grammar: {self.where} did not answer: timed out after {timeout:g} s"
        if "Connection refused" in text or "ConnectionRefusedError" in names:
            return f"grammar: {self.where} did not answer: connection refused"
        if "Name or service not known" in text or "NameResolutionError" in names:
            return f"grammar: {self.where} did not answer: unknown host"
        if names & {"ConnectionError", "ChunkedEncodingError", "RemoteDisconnected"}:
            return f"grammar: {self.where} did not answer: connection failed ({_first_line(e)})"
        if names & {"JSONDecodeError", "ValueError"} or isinstance(e, KeyError | TypeError):
            return f"grammar: {self.where} answered something that is not LanguageTool JSON"
        return f"grammar: {self.where} failed: {type(e).__name__}: {_first_line(e)}"


class _HTTPStatus(Exception):
    """A non-2xx answer (language-tool-python would have parsed its body)."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body[:200]}")
        self.status = status


_CLIENT_CLASS: Any = None


def _client_class() -> Any:
    """language_tool_python.LanguageTool with newslint's transport fixes."""
    global _CLIENT_CLASS
    if _CLIENT_CLASS is not None:
        return _CLIENT_CLASS
    import http.client

    import language_tool_python as ltp
    import requests
    from language_tool_python.exceptions import LanguageToolError

    class Client(ltp.LanguageTool):
        def __init__(self, *args: Any, timeout: float, **kwargs: Any) -> None:
            self._TIMEOUT = timeout  # type: ignore[misc]  # local mode honours it too
            self._nl_timeout = timeout
            self._nl_session = requests.Session()  # keep-alive: one connection per worker
            self._nl_last_matches: list[dict] | None = None
            super().__init__(*args, **kwargs)

        def _query_server(
            self,
            url: str,
            params: dict[str, str] | None = None,
            num_tries: int = 2,
            method: str = "get",
        ) -> Any:
            if not self._remote:  # local mode: keep its restart-on-failure logic
                return super()._query_server(url, params, num_tries, method)  # type: ignore[arg-type]
            try:
                if method == "post":
                    response = self._nl_session.post(
                        url, data=params, timeout=self._nl_timeout, proxies=self._proxies
                    )
                else:
                    response = self._nl_session.get(
                        url, params=params, timeout=self._nl_timeout, proxies=self._proxies
                    )
            except (OSError, http.client.HTTPException) as e:  # one try: fail fast
                raise LanguageToolError(f"{self._url}: {e}") from e
            with response:
                if response.status_code >= 400:
                    raise LanguageToolError(f"{self._url}: HTTP {response.status_code}") from (
                        _HTTPStatus(response.status_code, response.text)
                    )
                try:
                    data = response.json()
                except ValueError as e:
                    raise LanguageToolError(response.text[:200]) from e
            if method == "post" and isinstance(data, dict):
                matches = data.get("matches")
                self._nl_last_matches = matches if isinstance(matches, list) else None
            return data

    _CLIENT_CLASS = Client
    return Client


def _chain(e: BaseException) -> list[BaseException]:
    """The exception, its causes and contexts, and what requests/urllib3 wrap."""
    seen: list[BaseException] = []
    todo: list[Any] = [e]
    while todo and len(seen) < 20:
        x = todo.pop()
        if not isinstance(x, BaseException) or any(x is s for s in seen):
            continue
        seen.append(x)
        todo += [x.__cause__, x.__context__, getattr(x, "reason", None), *x.args]
    return seen


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0][:200] if text else type(e).__name__


def _close_on_sigterm(tool: Any) -> None:
    """Local mode: stop the Java server when a pool worker is terminated.

    Pool workers end by SIGTERM, which skips atexit, so language-tool-python's
    own cleanup would leave one Java process per worker behind.
    """
    import signal

    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def stop(signum: int, frame: Any) -> None:
        try:
            tool.close()
        finally:
            os._exit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread
        pass
