"""Confusables: a real word typed for its sound-alike (`being hear`, `there own`).

A spell-checker passes every one of these, and most sound-alikes are fine on
their own: `hear` and `here` are both words. So each rule speaks only where
the words around the suspect make it clearly wrong (`being hear`, `more then
40%`, `sneak peak`), from a context table in `confusables_data.py`. One rule
id per confusable set (`confusables.hear-here`), generated from the table, so
an editor can switch off one set without losing the others.

Speed: the first confusables rule that reads a document finds every set's
hits and caches them on the document; the other rules only read them. One
stdlib `re` pattern, the scanner, reads the document's lowercased text (from
`doc_text`, a NUL between blocks): a trie of every suspect word, each
starting at a boundary character so that sre skips to the next word start
in a tight C loop. After the commonest suspects (`COMMON_SUSPECTS`, 19 in 20
of those met) it also tries each context's lookaheads, which set empty
groups where they hold, so only words that may be wrong reach Python. Python
tests the rest: a context part that is a plain `w()` list (most are) by
comparing words, anything else by a pattern compiled on first use (`regex`
for the lookbehinds, which `re` lacks). Nothing is compiled at import, and a
run compiles only what its documents need.

`re`, `regex` and `str` read a few rare characters differently (combining
marks, superscript digits, dotless i), so a block holding one takes the
exact path instead: each context as one whole `regex` pattern, as written.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from newslint import patterns, trie
from newslint.document import Block, Document, doc_text
from newslint.rule import Example, Reporter, Rule
from newslint.rules.confusables_data import COMMON_SUSPECTS, SETS, ConfusableSet, Ctx

_WORDCHARS = r"[\w'’-]"
if TYPE_CHECKING:
    import regex


def _regex_compile(source: str) -> regex.Pattern[str]:
    """A pattern `re` cannot compile (a variable-width lookbehind), with `regex`,
    which is imported only then: most runs never need it. VERSION0 (simple case
    folding) compiles four times faster than VERSION1."""
    import regex

    return regex.compile(source, regex.IGNORECASE | regex.VERSION0)


# WORD_RE's token boundaries around a suspect word (the end is
# `(?![\w\-–]|['’]\w)`, spelled so that sre builds no 64K-entry bitmap).
_STARTS_WORD = r"(?<![\w'’\-–])"
_ENDS_WORD = r"(?![\w\-]|–|'\w|’\w)"
# What every context needs after its word: _ENDS_WORD and `(?![\w'’-])`.
_CONTEXT_ENDS = r"(?![\w'\-])(?!’)(?!–)"


@dataclass
class _Compiled:
    """One context for one written form: the word, what it should be, and its tests."""

    key: str
    wrong: str
    right: str
    ctx: Ctx
    word: str  # the written form as a pattern (either apostrophe)
    _test: regex.Pattern[str] | None = None

    @property
    def safe(self) -> bool:
        return self.ctx.safe

    @cached_property
    def behind(self) -> str:
        """The lookbehinds that must hold at the word's start."""
        out = f"(?<=(?:{self.ctx.before})\\s*)" if self.ctx.before else ""
        return out + (f"(?<!(?:{self.ctx.not_before})\\s*)" if self.ctx.not_before else "")

    @cached_property
    def ahead(self) -> str:
        """The lookaheads that must hold after the word and its boundary."""
        out = f"(?=\\s*(?:{self.ctx.after}))" if self.ctx.after else ""
        return out + (f"(?!\\s*(?:{self.ctx.not_after}))" if self.ctx.not_after else "")

    @property
    def pattern(self) -> str:
        return f"{self.behind}{self.word}(?!{_WORDCHARS}){self.ahead}"

    @property
    def test(self) -> regex.Pattern[str]:
        """The whole context, matched at the word's start (the exact path)."""
        if self._test is None:
            self._test = _regex_compile(self.pattern)
        return self._test

    @cached_property
    def scannable_ahead(self) -> str | None:
        """`ahead` for the scanner (None: Python tests the lookaheads)."""
        return _scannable(self.ahead)

    @cached_property
    def checks(self) -> tuple[tuple[bool, _Part, bool], ...]:
        """The fast path's tests of the parts: (ahead?, part, must it match),
        cheapest first: word lists need no compiling and often fail; a `re`
        lookahead compiles faster than a `regex` lookbehind."""
        ctx = self.ctx
        out = [
            (ahead, _part(source), want)
            for ahead, source, want in (
                (True, ctx.after, True),
                (True, ctx.not_after, False),
                (False, ctx.before, True),
                (False, ctx.not_before, False),
            )
            if source
        ]
        out.sort(key=lambda check: _COST[type(check[1])] + 2 * (not check[0]))
        return tuple(out)

    @cached_property
    def fast(self) -> tuple[bool, bool, tuple, tuple]:
        """What the fast path reads, at hand: whether a name may be meant,
        whether the scanner tests the lookaheads (for a common suspect),
        all the checks, and the checks less the lookaheads."""
        behind = tuple(check for check in self.checks if not check[0])
        scanned = self.wrong.lower() in COMMON_SUSPECTS and self.scannable_ahead is not None
        return self.ctx.caps, scanned, self.checks, behind


def _compile(cset: ConfusableSet, ctx: Ctx) -> list[_Compiled]:
    """One context's tests, for each written form it lists."""
    wrongs = ctx.wrong.split("|")
    rights = ctx.right.split("|")
    if len(rights) == 1:
        rights *= len(wrongs)
    if len(rights) != len(wrongs):
        raise ValueError(f"{cset.key}: {ctx.wrong!r} and {ctx.right!r} differ in length")
    out = []
    for wrong, right in zip(wrongs, rights):
        wrong = wrong.replace("’", "'")
        # re.escape's output is a literal in `regex` syntax too (a backslash
        # before punctuation), and escaping needs no `regex` import.
        word = re.escape(wrong).replace("'", "['’]")
        out.append(_Compiled(cset.key, wrong, right, ctx, word))
    return out


@cache
def _index() -> dict[str, list[_Compiled]]:
    """Every context of every set, by the lower-case suspect word (straight apostrophe)."""
    index: dict[str, list[_Compiled]] = {}
    for cset in SETS:
        for ctx in cset.contexts:
            for c in _compile(cset, ctx):
                index.setdefault(c.wrong.lower(), []).append(c)
    return index


def _starts_sentence(text: str, i: int) -> bool:
    """Whether offset i begins a sentence (opening quotes and brackets skipped)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\n\"'“‘([":
        j -= 1
    return j < 0 or text[j] in ".!?:…"


def _is_name(text: str, start: int, end: int) -> bool:
    """A Title Case word mid-sentence is a name or a title: "Soul Survivor", "Reign of Fire"."""
    word = text[start:end]
    return word[0].isupper() and not word.isupper() and not _starts_sentence(text, start)


# -- the exact path: blocks the scanner cannot read the way `regex` does --


@cache
def _suspects() -> re.Pattern[str]:
    """Every suspect word in one pattern, so a block is scanned at C speed."""
    words = trie.pattern(_index(), {"'": "['’]"})
    return patterns.compile(f"{_STARTS_WORD}(?:{words}){_ENDS_WORD}", re.IGNORECASE)


@cache
def _prefilter(key: str) -> regex.Pattern[str]:
    """One pattern per suspect word: the word where at least one of its contexts' lookaheads hold."""
    entries = _index()[key]
    alts = "|".join(f"(?:(?!{_WORDCHARS}){c.ahead})" for c in entries)
    return _regex_compile(f"{_STARTS_WORD}{entries[0].word}(?:{alts})")


def _scan_exact(block: Block) -> Iterator[tuple[int, int, _Compiled]]:
    """The block's confusables by the contexts' whole `regex` patterns, in order.

    The suspect words present are found in one C-level pass; each one's
    prefilter then finds the few positions where a context may apply.
    """
    text = block.text
    suspects = _suspects()
    present = {w.lower().replace("’", "'") for w in suspects.findall(text)}
    found: list[tuple[int, int, str]] = []
    for key in present & _index().keys():
        for m in _prefilter(key).finditer(text):
            start = m.start()
            whole = suspects.match(text, start)  # the suspect the trie sees here
            if whole is not None and whole.group().lower().replace("’", "'") == key:
                found.append((start, whole.end(), key))
    for start, end, key in sorted(found):
        names = _is_name(text, start, end)
        for c in _index()[key]:
            if (c.ctx.caps or not names) and c.test.match(text, start) is not None:
                yield start, end, c
                break


# -- which blocks the fast path reads exactly --


# Characters the fast path reads as `regex` would when they are in the
# scanner's boundary class (below this) or are word characters.
_BOUNDARY_LIMIT = 0x2C00
# `\w` to `regex` (Other_Alphabetic) but a symbol to `re`.
_CIRCLED_LETTERS = range(0x24B6, 0x24EA)


@cache
def _fast_ok(ch: str) -> bool:
    """Whether the fast path reads `ch` as the contexts' `regex` patterns do.

    `re` and `regex` disagree on `\\w` for marks, other numbers, connector
    punctuation, joiners and circled letters, on `\\s` for U+001C-U+001F,
    and on anything unassigned in this Python's Unicode tables (`str`
    methods read these as `re` does); lowercasing changes how ı, İ and ſ
    match.
    """
    if ch in "ıİſ":
        return False
    cat = unicodedata.category(ch)
    if cat[0] == "L" or cat in ("Nd", "Nl"):
        return True
    if cat == "Pc":
        return ch == "_"
    if cat[0] in "MN" or cat in ("Co", "Cs", "Cn"):
        return False
    o = ord(ch)
    if 0x1C <= o <= 0x1F or o in (0x200C, 0x200D) or o in _CIRCLED_LETTERS:
        return False
    return o < _BOUNDARY_LIMIT


_PLAIN_ASCII = bytes(range(0x1C)) + bytes(range(0x20, 0x80))


@cache
def _latin1_misread() -> str:
    """The characters up to U+00FF that the fast path may misread."""
    return "".join(ch for ch in map(chr, range(256)) if not _fast_ok(ch))


def _misread_chars(text: str) -> list[str]:
    """The characters of `text` the fast path may misread, found at C speed."""
    if not text.isascii():
        try:
            text.encode("latin-1")  # a copy, for Latin-1 text
        except UnicodeEncodeError:
            rest = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)
            return [ch for ch in set(rest.decode("utf-8", "surrogatepass")) if not _fast_ok(ch)]
    return [ch for ch in _latin1_misread() if ch in text]


def _exact_blocks(joined: str, starts: list[int]) -> set[int]:
    """The indexes of the blocks that hold a character the fast path may misread."""
    out: set[int] = set()
    for ch in _misread_chars(joined):
        i = joined.find(ch)
        while i >= 0:
            k = bisect.bisect_right(starts, i) - 1
            out.add(k)
            i = joined.find(ch, starts[k + 1]) if k + 1 < len(starts) else -1
    return out


# -- the fast path's tests of a context's parts --


@cache
def _re(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compiled on first use: importing the module compiles no pattern."""
    return patterns.compile(source, flags)


# Runs of `\s` and of `[\w'’-]`, as `re` (and `str`) read them.
_SPACES = r"\s*"
_WORD = r"[\w'’-]*"


@dataclass(frozen=True)
class _Words:
    """A part that is a plain `w()` list, as data: its phrases (lowercase words,
    straight apostrophes) by first and by last word. Compared in Python, so
    never compiled; exact where `str` reads the text as `regex` does.

    Positions are in the scanner's text, where a NUL ends each block.
    """

    by_first: dict[str, list[tuple[str, ...]]]
    by_last: dict[str, list[tuple[str, ...]]]

    def after(self, text: str, i: int, block: str, offset: int) -> bool:
        """`(?=\\s*(?:PART))` at text[i], the end of a word."""
        spaces, run = _re(_SPACES).match, _re(_WORD).match
        j = spaces(text, i).end()
        if j == i:  # the part's own boundary fails against the word
            return False
        k = run(text, j).end()
        for phrase in self.by_first.get(text[j:k].replace("’", "'"), ()):
            end = k
            for word in phrase[1:]:
                j = spaces(text, end).end()
                if j == end:
                    break
                end = run(text, j).end()
                if text[j:end].replace("’", "'") != word:
                    break
            else:
                return True
        return False

    def before(self, text: str, i: int, block: str, offset: int) -> bool:
        """`(?<=(?:PART)\\s*)` at text[i], the start of a word."""
        j = i
        while text[j - 1].isspace():
            j -= 1
        if j == i:
            return False
        k = j
        while (ch := text[k - 1]).isalnum() or ch in "_'’-":
            k -= 1
        for phrase in self.by_last.get(text[k:j].replace("’", "'"), ()):
            start = k
            for word in reversed(phrase[:-1]):
                j = start
                while text[start - 1].isspace():
                    start -= 1
                if start == j:
                    break
                j = start
                while (ch := text[start - 1]).isalnum() or ch in "_'’-":
                    start -= 1
                if text[start:j].replace("’", "'") != word:
                    break
            else:
                return True
        return False


class _Pattern:
    """Any other part, compiled on first use and matched in the block's own
    text: `re` ahead (or `regex`, for syntax `re` lacks), `regex` behind."""

    def __init__(self, source: str) -> None:
        self.source = source

    @cached_property
    def _ahead(self) -> re.Pattern[str] | regex.Pattern[str]:
        source = f"(?=\\s*(?:{self.source}))"
        if "{" not in self.source:  # `regex` reads more into braces
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")  # a possible set operation
                    return patterns.compile(_cheaper(source), re.IGNORECASE)
            except (re.error, FutureWarning):
                pass
        return _regex_compile(source)

    @cached_property
    def _behind(self) -> regex.Pattern[str]:
        return _regex_compile(f"(?<=(?:{self.source})\\s*)")

    def after(self, text: str, i: int, block: str, offset: int) -> bool:
        return self._ahead.match(block, i - offset) is not None

    def before(self, text: str, i: int, block: str, offset: int) -> bool:
        return self._behind.match(block, i - offset) is not None


@dataclass(frozen=True)
class _Either:
    """A part that is an alternation of a word list and other patterns."""

    words: _Words
    other: _Pattern

    def after(self, text: str, i: int, block: str, offset: int) -> bool:
        return self.words.after(text, i, block, offset) or self.other.after(text, i, block, offset)

    def before(self, text: str, i: int, block: str, offset: int) -> bool:
        return self.words.before(text, i, block, offset) or self.other.before(
            text, i, block, offset
        )


_Part = _Words | _Pattern | _Either
_COST = {_Words: -2, _Either: 1, _Pattern: 2}  # plus 2 for a lookbehind
_W_OPEN = f"(?<!{_WORDCHARS})(?:"
_W_CLOSE = f")(?!{_WORDCHARS})"
_W_PHRASES = r"(?:[A-Za-z0-9-]|\\s\+|\['’\]|\|)+"
_TOKENS = r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\\\[()|]+|."


def _alternatives(source: str) -> list[str]:
    """`source` split at its top-level `|`s."""
    out, depth, start = [], 0, 0
    for m in _re(_TOKENS, re.S).finditer(source):
        tok = m.group()
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif tok == "|" and depth == 0:
            out.append(source[start : m.start()])
            start = m.end()
    return out + [source[start:]]


def _phrases(alternative: str) -> list[tuple[str, ...]] | None:
    """The phrases of a plain `w()` list, or None."""
    if not (alternative.startswith(_W_OPEN) and alternative.endswith(_W_CLOSE)):
        return None
    inner = alternative[len(_W_OPEN) : -len(_W_CLOSE)]
    if not _re(_W_PHRASES).fullmatch(inner):
        return None
    phrases = [tuple(p.split("\\s+")) for p in inner.replace("['’]", "'").lower().split("|")]
    return None if any("" in p for p in phrases) else phrases


@cache
def _part(source: str) -> _Part:
    """The fast path's test of one part (shared by every context that has it)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    other = []
    plain = _phrases(source)  # most parts are one `w()` list
    for alternative in [source] if plain else _alternatives(source):
        phrases = plain or _phrases(alternative)
        if phrases is None:
            other.append(alternative)
            continue
        for p in phrases:
            by_first.setdefault(p[0], []).append(p)
            by_last.setdefault(p[-1], []).append(p)
    if not by_first:
        return _Pattern(source)
    words = _Words(by_first, by_last)
    return _Either(words, _Pattern("|".join(other))) if other else words


# sre builds a 64K bitmap for every class holding a character past U+00FF and
# more than two runs; split, the lookarounds compile in half the time.
_CHEAPER = {
    f"(?<!{_WORDCHARS})": r"(?<![\w'\-])(?<!’)",
    f"(?!{_WORDCHARS})": r"(?![\w'\-])(?!’)",
}


def _cheaper(source: str) -> str:
    for slow, fast in _CHEAPER.items():
        source = source.replace(slow, fast)
    return source


_LEX = (
    r"(\\.)"  # 1: an escape
    r"|(\[\^?\]?(?:\\.|[^\]\\])*\])"  # 2: a set
    r"|(\((?!\?)|\(\?(?:[:=!]|<[=!]))"  # 3: a group that may stay
    r"|(\{[\d,]*\})"  # 4: a repeat
    r"|([^\\\[({$.]+)"  # 5: a run of anything else
    r"|(\$)"  # 6: the end
    r"|(.)"  # 7: anything else: other groups, `.`, a stray `[` or `{`
)
# `regex` reads these escapes the same in lowercased text with NUL block ends.
_SCANNABLE_ESCAPES = frozenset("wsdbB")


def _scannable(source: str) -> str | None:
    """`source` for the scanner's text (lowercased, a NUL after each block),
    matched case-sensitively as `source` matches a block case-insensitively;
    None where that is not plain (the context's lookaheads are then tested
    in Python).

    ASCII letters are lowercased, capturing groups become non-capturing (the
    scanner numbers its own) and `$` also matches before a NUL. Anything that
    could match a NUL (`.`, negated sets, \\W \\S \\D), other escapes, inline
    flags, named groups, backreferences, conditionals, other letters and
    mixed-case ranges give up.
    """
    out: list[str] = []
    for m in _re(_LEX, re.S).finditer(source):
        escape, charset, group, repeat, run, end = m.groups()[:6]
        if escape is not None:
            if escape[1].isalnum() and escape[1] not in _SCANNABLE_ESCAPES:
                return None
            out.append(escape)
        elif charset is not None:
            body = charset[1:-1]
            if (
                charset.startswith("[^")
                or "[" in body
                or any(op in body for op in ("--", "&&", "~~", "||"))
                or re.search(r"\\[^wsd\W]|[A-Z]-[a-z]|[a-z]-[A-Z]", body)
            ):
                return None
            out.append(charset.lower())
        elif group is not None:
            out.append("(?:" if group == "(" else group)
        elif repeat is not None:
            out.append(repeat)
        elif run is not None:
            if not run.isascii() and any(ch.isalpha() and not ch.isascii() for ch in run):
                return None
            out.append(run.lower())
        elif end is not None:
            out.append(r"(?=\n?(?:\x00|\Z))")
        else:
            return None
    return _cheaper("".join(out))


def _boundary_class() -> str:
    """`[^\\w'’\\-–]` spelled out below _BOUNDARY_LIMIT: sre skips to the
    next character of a positive class in a tight loop, a third faster than
    with the negated class and much faster than with a lookbehind."""
    cps = [i for i in range(_BOUNDARY_LIMIT) if not chr(i).isalnum() and chr(i) not in "_'’-–"]
    runs: list[str] = []
    first = prev = cps[0]
    for i in cps[1:] + [-1]:
        if i != prev + 1:
            runs.append(
                re.escape(chr(first)) + (f"-{re.escape(chr(prev))}" if prev > first else "")
            )
            first = i
        prev = i
    return "[" + "".join(runs) + "]"


def _emit(node: dict, leaf: Callable[[str], str], word: str = "") -> str:
    """The trie as a pattern: longer words first, each followed by `leaf(word)`."""
    alts = [
        ("['’]" if ch == "'" else re.escape(ch)) + _emit(child, leaf, word + ch)
        for ch, child in sorted(node.items())
        if ch != trie.END
    ]
    if trie.END in node:
        # The suspect at a position is the longest word that ends at a
        # boundary; the scanner relies on a shorter one never ending there
        # when a longer one is present.
        for ch, child in node.items():
            if ch == "'":
                ends = any(not re.match(r"\w", c) for c in child)  # trie.END is ""
            else:
                ends = ch != trie.END and not re.match(r"[\w\-–]", ch)
            if ends:
                raise ValueError(f"suspect {word!r} may end where a longer one does")
        alts.append(leaf(word))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _leaf(contexts: list[_Compiled], first: int) -> str:
    """What must follow a common suspect: _CONTEXT_ENDS, then for each context
    an empty group (numbered from `first`) that is set where the context's
    lookaheads hold, or always where the scanner cannot test them; no match
    unless one is set."""
    parts = [_CONTEXT_ENDS]
    need = "(?!)"
    for c in contexts:
        ahead = c.scannable_ahead
        if ahead:
            parts.append(f"(?:{ahead}()|)")
        else:
            parts.append("()")
            need = ""
    if need:
        for g in range(first + len(contexts) - 1, first - 1, -1):
            need = f"(?({g})|{need})"
    return "".join(parts) + need


@dataclass(frozen=True)
class _Scanner:
    """The fast path's pattern, and for each of its groups the common suspect
    it belongs to and the group of that suspect's first context. A match
    that sets no group is an uncommon suspect: Python tests its contexts.
    (Groups cost sre time at every suspect, so there are no more.)"""

    pattern: re.Pattern[str]
    groups: list[tuple[str, int]]


@cache
def _scanner() -> _Scanner:
    """The scanner, built on first use. Spelling it out walks the whole context
    table (~15 ms) and compiling it takes ~20 ms: both are kept between runs
    (see `patterns`), keyed by the code and data that shape them."""
    from newslint.rules import confusables_data

    stamp = patterns.source_stamp(__file__, confusables_data.__file__, trie.__file__)
    source, groups = patterns.memo(f"confusables scanner|{stamp}", _scanner_source)
    return _Scanner(patterns.compile(source), [tuple(g) for g in groups])


def _scanner_source() -> tuple[str, list[tuple[str, int]]]:
    """The scanner's pattern and, for each of its groups, the suspect and its first group."""
    index = _index()
    groups: list[tuple[str, int]] = [("", 0)]

    def leaf(key: str) -> str:
        first = len(groups)
        if key not in COMMON_SUSPECTS:
            return ""  # _CONTEXT_ENDS follows the trie
        groups.extend([(key, first)] * len(index[key]))
        return _leaf(index[key], first)

    words = _emit(trie.build(index), leaf)
    return f"{_boundary_class()}(?:{words}){_CONTEXT_ENDS}", groups


def _first_fast(
    block: Block,
    text: str,
    offset: int,
    start: int,
    end: int,
    contexts: list[_Compiled],
    scan: re.Match[str],
    first: int,
) -> _Compiled | None:
    """The first context that holds at the suspect text[start:end] (first
    match wins). `text` is the scanner's text, where the block starts at
    `offset`; `first`: the scan's group of the first context, or 0 if the
    scanner did not test their lookaheads."""
    own = block.text
    names = own[start - offset].isupper() and _is_name(own, start - offset, end - offset)
    for i, c in enumerate(contexts, first):
        caps, scanned, checks, behind = c.fast
        if names and not caps:
            continue
        if first and scanned:
            if scan.start(i) < 0:
                continue
            checks = behind
        for ahead, part, want in checks:
            if ahead:
                if part.after(text, end, own, offset) != want:
                    break
            elif part.before(text, start, own, offset) != want:
                break
        else:
            return c
    return None


def _scan_text(low: str, starts: list[int], blocks: list[Block]) -> str:
    """The lowercased text with a NUL before and after each block."""
    if not any("\n" in b.text for b in blocks):
        return f"\x00{low}\x00".replace("\n", "\x00")
    ends = [s - 1 for s in starts[1:]] + [len(low)]
    return "\x00" + "\x00".join(low[s:e] for s, e in zip(starts, ends)) + "\x00"


def _scan_fast(doc: Document) -> Iterator[tuple[Block, int, int, _Compiled]]:
    """The document's confusables, in order."""
    joined, low, starts = doc_text(doc)
    blocks = doc.blocks
    exact = range(len(blocks)) if low is None else _exact_blocks(joined, starts)
    found: list[tuple[int, int, int, _Compiled]] = []
    if len(exact) < len(blocks):
        assert low is not None
        scanner = _scanner()
        groups = scanner.groups
        index = _index()
        text = _scan_text(low, starts, blocks)
        for m in scanner.pattern.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k in exact:
                continue
            start, end, offset = m.start() + 1, m.end(), starts[k] + 1
            if m.lastindex is None:
                key, first = text[start:end].replace("’", "'"), 0
            else:
                key, first = groups[m.lastindex]
            c = _first_fast(blocks[k], text, offset, start, end, index[key], m, first)
            if c is not None:
                found.append((k, start - offset, end - offset, c))
    for k in exact:
        found.extend((k, start, end, c) for start, end, c in _scan_exact(blocks[k]))
    if exact:
        found.sort(key=lambda hit: hit[:2])
    return ((blocks[k], start, end, c) for k, start, end, c in found)


def _doc_hits(doc: Document) -> dict[str, list[tuple[Block, int, int, _Compiled]]]:
    """Every set's hits in the document, by set key; cached on the document."""
    found: dict[str, list[tuple[Block, int, int, _Compiled]]] = {}
    for block, start, end, c in _scan_fast(doc):
        found.setdefault(c.key, []).append((block, start, end, c))
    doc.cache[__name__] = found
    return found


def match_case(model: str, word: str) -> str:
    """Spell `word` in the case of `model`: Hear -> Here, HEAR -> HERE."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _phrase(block: Block, start: int, end: int, replacement: str) -> tuple[str, str]:
    """The suspect with its neighbouring words, as written and as corrected."""
    text = block.text
    words = block.words
    k = next(i for i, w in enumerate(words) if w.start == start)
    s = words[k - 1].start if k > 0 and words[k - 1].end >= start - 2 else start
    e = words[k + 1].end if k + 1 < len(words) and words[k + 1].start <= end + 2 else end
    return text[s:e], text[s:start] + replacement + text[end:e]


class ConfusableRule(Rule):
    """Base for the generated rules: report this set's cached hits."""

    key: str = ""
    fix = "sometimes"
    batch = "confusables"

    def check(self, doc: Document, report: Reporter) -> None:
        found = doc.cache.get(__name__)
        if found is None:
            found = _doc_hits(doc)
        hits = found.get(self.key)
        if hits:
            self._report(hits, report)

    @classmethod
    def check_batch(cls, rules: list[Rule], doc: Document, report: Reporter) -> None:
        """All enabled sets from the one scan: most documents have no hit at all."""
        found = doc.cache.get(__name__)
        if found is None:
            found = _doc_hits(doc)
        if not found:
            return
        for rule in rules:
            hits = found.get(rule.key)  # type: ignore[attr-defined]
            if hits:
                report.rule_id, report.severity = rule.id, rule.severity
                rule._report(hits, report)  # type: ignore[attr-defined]

    def _report(self, hits: list[tuple[Block, int, int, _Compiled]], report: Reporter) -> None:
        for block, start, end, c in hits:
            written = block.text[start:end]
            right = c.right
            if "'" in right and "’" in block.text:
                right = right.replace("'", "’")
            replacement = match_case(written, right)
            shown, fixed = _phrase(block, start, end, replacement)
            message = f'"{shown}" confuses {written.lower()} with {right.lower()}; write "{fixed}".'
            report(
                block,
                start,
                end,
                message,
                replacement=replacement,
                applicability="safe" if c.safe else "unsafe",
            )


def _explanation(cset: ConfusableSet) -> str:
    safe = [c for c in cset.contexts if c.safe]
    unsafe = [c for c in cset.contexts if not c.safe]
    if safe and unsafe:
        safety = (
            "Safe where the context allows only one reading; unsafe (applied with "
            "`--unsafe-fixes`) where a rarer reading of the written word remains possible."
        )
    elif safe:
        safety = "Safe: the rule only speaks where the context allows one reading."
    else:
        safety = "Unsafe: a rarer reading of the written word remains possible, so check it."
    return (
        f"## What it flags\n\n{cset.words} written for its sound-alike where the words "
        f"around it leave only one reading, e.g. `{cset.bad[0][0]}`.\n\n"
        f"## Why\n\n{cset.why} Spell-checkers pass it because both are real words; the "
        "rule looks only at contexts where the written word cannot be meant, so it stays "
        "quiet on correct uses.\n\n"
        f"## Fix safety\n\n{safety}\n"
    )


def _make_rule(cset: ConfusableSet) -> type[ConfusableRule]:
    """Build the rule class for one confusable set."""
    name = "Confusable" + "".join(p.title() for p in re.split(r"[-']", cset.key))
    attrs = {
        "__module__": __name__,
        "__doc__": f"{cset.words}: {cset.why}",
        "id": f"confusables.{cset.key}",
        "key": cset.key,
        "summary": f"{cset.words} confused where the context leaves one reading.",
        "explanation": _explanation(cset),
        "bad": tuple(Example(t, fixed=f) for t, f in cset.bad),
        "good": tuple(cset.good),
    }
    return type(name, (ConfusableRule,), attrs)


RULES: list[type[ConfusableRule]] = [_make_rule(s) for s in SETS]
globals().update({r.__name__: r for r in RULES})
