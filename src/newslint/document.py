"""The document model every rule reads: prose blocks with a source map.

A reader turns a file into a `Document`: one `Block` per headline, subhead,
paragraph, list item, block quote or caption. A block's `text` is its prose
with markup removed; its source map carries every prose offset back to the
file, so rules and reporters never re-find text in the source (the cost of
re-finding is what Vale's Markdown handling shows).

The source map is piecewise linear: `segments` holds (prose_start,
source_start) pairs; prose character i maps to source_start + (i -
prose_start) of the last segment starting at or before i. Plain text needs a
single segment per block, so memory stays flat on huge files.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Literal, NamedTuple
from unicodedata import category

if TYPE_CHECKING:
    import regex

Role = Literal["headline", "subhead", "paragraph", "list_item", "blockquote", "caption"]
ROLES: tuple[Role, ...] = ("headline", "subhead", "paragraph", "list_item", "blockquote", "caption")
BODY_ROLES: frozenset[str] = frozenset({"paragraph", "list_item", "blockquote", "caption"})

# Letters and digits, joined by apostrophes (don't) and hyphens (cease-fire).
# The standard `re` module is used on hot paths: it scans about twice as fast.
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*(?:[-–][^\W_]+(?:['’][^\W\d_]+)*)*")
_QUOTE_RE = re.compile('["“”]')
# Things that are not prose even when they sit in prose: URLs, e-mail, domains
# (compiled on first use, with the `regex` module: few documents need it).
_NON_PROSE = (
    r"""(?:https?://|ftp://|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]’']"""
    r"""|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"""
    r"""|\b(?:[\w-]+\.)+(?:com|org|net|edu|gov|co|uk|io|news|info|biz|tv|fm|me|eu|de|fr|us|ca|au|ly|gl)\b(?:/[^\s]*)?"""
)


@cache
def non_prose_re() -> regex.Pattern[str]:
    import regex

    return regex.compile(_NON_PROSE, regex.IGNORECASE)


_NON_PROSE_HINT_RE = re.compile(
    r"www\.|\.(?:com|org|net|edu|gov|co|uk|io|news|info|biz|tv|fm|me|eu|de|fr|us|ca|au|ly|gl)",
    re.IGNORECASE,
)
# Sentence ends: . ! ? (and …) possibly followed by closing quotes/brackets, then
# whitespace, then something that can start a sentence: a capital or a number,
# whose category `sentences` checks (stdlib `re` has no \p{Lu}; importing and
# compiling with `regex` cost start-up).
# (`[^\S\x1c-\x1f]`: whitespace as `regex` counts it, without the four separators
# stdlib `re` adds.)
_SENT_END_RE = re.compile(r"""[.!?…]+["”’')\]]*(?=[^\S\x1c-\x1f]+["“‘'(\[]*([^\s"“‘'(\[]))""")
_SENTENCE_STARTS = frozenset({"Lu", "Nd", "Nl", "No"})
_ABBREV_BEFORE_DOT = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sr",
        "jr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "rev",
        "gov",
        "sen",
        "rep",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "fig",
        "approx",
        "dept",
        "est",
        "univ",
        "e.g",
        "i.e",
    ]
)
OPEN_QUOTES = "“‘"
CLOSE_QUOTES = "”’"


class Word(NamedTuple):
    """A word token: prose offsets and its text (a tuple: blocks hold many)."""

    start: int
    end: int
    text: str


@dataclass(eq=False)
class Block:
    """One prose block: its role, prose text and source map."""

    role: Role
    text: str
    segments: list[tuple[int, int]]
    index: int = 0
    # True where the format collapses whitespace (HTML): doubled spaces are invisible.
    collapses_whitespace: bool = False
    doc: Document | None = field(default=None, repr=False)

    # -- source map -------------------------------------------------------
    def source_offset(self, i: int) -> int:
        """Source offset of prose offset i (i == len(text) maps past the last char)."""
        segs = self.segments
        if not segs:
            return 0
        if i >= len(self.text) and self.text:
            return self.source_offset(len(self.text) - 1) + 1
        k = bisect.bisect_right(self._seg_starts, i) - 1
        p0, s0 = segs[max(k, 0)]
        return s0 + (i - p0)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source (start, end) of the prose span [start, end)."""
        s = self.source_offset(start)
        if end <= start:
            return s, s
        return s, self.source_offset(end - 1) + 1

    def is_contiguous(self, start: int, end: int) -> bool:
        """True when prose[start:end] stands unchanged, in one piece, in the source.

        Fixes and adjacency-sensitive rules (spacing) need it: a span that
        crosses markup, an entity or a stripped container prefix is not.
        """
        if self.doc is None:
            return True
        s, e = self.source_span(start, end)
        return self.doc.source[s:e] == self.text[start:end]

    @cached_property
    def _seg_starts(self) -> list[int]:
        return [p for p, _ in self.segments]

    # -- shared analyses, computed once and lazily -------------------------
    @cached_property
    def words(self) -> list[Word]:
        new = tuple.__new__  # NamedTuple's own __new__ is a Python lambda: too slow here
        return [new(Word, (*m.span(), m.group())) for m in WORD_RE.finditer(self.text)]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) prose spans of the block's sentences."""
        text = self.text
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _SENT_END_RE.finditer(text):
            if category(m.group(1)) not in _SENTENCE_STARTS:
                continue
            if m.group().startswith(".") and _is_abbreviation(text, m.start()):
                continue
            end = m.end()
            spans.append((start, end))
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
        if start < len(text):
            spans.append((start, len(text.rstrip()) or len(text)))
        return spans

    @cached_property
    def non_prose(self) -> list[tuple[int, int]]:
        """URLs, e-mail addresses and domains inside the prose."""
        text = self.text
        # Every match holds `@`, `://`, `www.` or `.<tld>`: most blocks hold none,
        # and the C-level checks are far cheaper than the full pattern.
        if "@" not in text and "://" not in text and not _NON_PROSE_HINT_RE.search(text):
            return []
        return [m.span() for m in non_prose_re().finditer(text)]

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Spans inside double quotation marks (curly or straight)."""
        return quoted_spans(self.text)

    def in_quotes(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(qs <= start and end <= qe for qs, qe in self.quoted)

    def overlaps_non_prose(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.non_prose)

    def sentence_at(self, i: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= i < e:
                return s, e
        return 0, len(self.text)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or an initial."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    token = text[i:dot].lower()
    if not token:
        return False
    if token in _ABBREV_BEFORE_DOT:
        return True
    # Single capital initials (J. K. Rowling) and dotted abbreviations (U.S.).
    return len(token) == 1 or "." in token


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text between double quotes; an unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_RE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "“" or (ch == '"' and open_at < 0):
            if open_at < 0:
                open_at = i
        elif (ch == "”" or ch == '"') and open_at >= 0:
            spans.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(text)))
    return spans


# -- finding a few words without tokenising everything -------------------------
# Rules that need only a handful of words find candidates with a C-level regex
# or `str.find`, then take the exact word around each hit from `word_at`: the
# same words `Block.words` holds, without a Python object for every word.

_WORD_JOINERS = "'’-–"
# Up to this many characters, per-word str.find loops beat compiling a
# combined pattern for the document; above it, one combined pass keeps a big
# document linear in its size (a find loop per word is quadratic there).
SMALL_DOC = 50_000
# Where a word (as WORD_RE splits text) can start: not after a letter or digit,
# nor after a joiner that follows one (don't, anti-war); a quote mark or a
# hyphen after a space does start a word ('grey vote').
_TOKEN_BEFORE = r"(?<![^\W_])(?<![^\W_]['’\-–])"
# Where it ends: no letter or digit next, nor a joiner that a word character follows.
_TOKEN_AFTER = r"(?![^\W_])(?!['’][^\W\d_])(?![-–][^\W_])"
_ALNUM_RE = re.compile(r"[^\W_]")


def word_at(text: str, i: int) -> Word | None:
    """The word of `text` covering offset i (as `Block.words` splits it), or None.

    Tokenising restarts after the last character no word can hold, so the
    result is exactly that of tokenising the whole text.
    """
    j = i
    while j > 0:
        c = text[j - 1]
        if not c.isalnum() and c not in _WORD_JOINERS:
            break
        j -= 1
    for m in WORD_RE.finditer(text, j):
        s, e = m.span()
        if e > i:
            return tuple.__new__(Word, (s, e, m.group())) if s <= i else None
    return None


def word_before(text: str, i: int) -> Word | None:
    """The last word ending at or before offset i (i a word boundary), or None."""
    q = i - 1
    while q >= 0 and not text[q].isalnum():
        q -= 1
    return word_at(text, q) if q >= 0 else None


def word_after(text: str, i: int) -> Word | None:
    """The first word starting at or after offset i (i a word boundary), or None."""
    m = _ALNUM_RE.search(text, i)
    if m is None:
        return None
    w = WORD_RE.match(text, m.start())
    return tuple.__new__(Word, (*w.span(), w.group())) if w else None


def doc_text(doc: Document) -> tuple[str, str | None, list[int]]:
    """The blocks' texts joined by newlines (no word spans a newline), the same
    lowercased (None when lowercasing would move offsets or depends on context:
    `İ`, final sigma), and each block's start offset in the joined text."""
    got = doc.cache.get("newslint.document.text")
    if got is None:
        starts: list[int] = []
        pos = 0
        for b in doc.blocks:
            starts.append(pos)
            pos += len(b.text) + 1
        joined = "\n".join(b.text for b in doc.blocks)
        low: str | None = joined.lower()
        if len(low) != len(joined) or "Σ" in joined:
            low = None
        got = doc.cache["newslint.document.text"] = (joined, low, starts)
    return got


LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
# ASCII bytes that are not lowercase letters become spaces; a-z and the bytes of
# non-ASCII characters (>= 0x80) stay, so the UTF-8 still decodes.
_ASCII_NON_LETTERS = bytes(c if 97 <= c <= 122 or c >= 128 else 32 for c in range(256))


_LETTER_RUNS_KEY = "newslint.document.letter_runs"


def letter_runs(doc: Document) -> frozenset[str]:
    """Every maximal run of letters in the lowercased prose, once per document.

    A cheap, shared pre-filter for rules with a vocabulary: a word made of
    letters can only occur in the document if it is in this set, and a
    phrase or contraction only if each of its letter runs is. One C-level
    pass replaces a regex scan per rule; rules then look only where a hit
    is possible.
    """
    got = doc.cache.get(_LETTER_RUNS_KEY)
    if got is None:
        joined, low, _ = doc_text(doc)
        got = doc.cache[_LETTER_RUNS_KEY] = _letter_runs(low if low is not None else joined.lower())
    return got


def letter_runs_if_computed(doc: Document) -> frozenset[str] | None:
    """`letter_runs(doc)` if a rule has already paid for it, else None: for a
    rule that can use the set but has a cheaper way of its own without it."""
    return doc.cache.get(_LETTER_RUNS_KEY)


def _letter_runs(low: str) -> frozenset[str]:
    """`set(LETTER_RUN_RE.findall(low))`, about twice as fast: ASCII non-letters
    become spaces in one `bytes.translate`, `split` does the rest, and only
    the few tokens holding a non-ASCII character go through the pattern."""
    try:
        kept = low.encode().translate(_ASCII_NON_LETTERS).decode()
    except UnicodeEncodeError:  # a lone surrogate
        return frozenset(LETTER_RUN_RE.findall(low))
    tokens = frozenset(kept.split())
    if kept.isascii():
        return tokens  # each token is a whole run of a-z
    odd = [t for t in tokens if not t.isascii()]
    return tokens.difference(odd).union(LETTER_RUN_RE.findall(" ".join(odd)))


def _locate(doc: Document, starts: list[int], w: Word) -> tuple[Block, Word]:
    """The block of a word of the joined text, and the word in block offsets."""
    k = bisect.bisect_right(starts, w[0]) - 1
    off = starts[k]
    return doc.blocks[k], tuple.__new__(Word, (w[0] - off, w[1] - off, w[2]))


def scan_words(
    doc: Document, pattern: re.Pattern[str], lowered: bool = False
) -> list[tuple[Block, Word]]:
    """Each word holding a match of `pattern` (a cheap pre-filter), once, in document order.

    `lowered`: match the lowercased text (a pattern in lowercase is much faster
    than an IGNORECASE one); where lowercasing moves offsets, the original text
    is matched case-insensitively instead.
    """
    joined, low, starts = doc_text(doc)
    scanned = joined
    if lowered:
        if low is None:
            pattern = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
        else:
            scanned = low
    out: list[tuple[Block, Word]] = []
    last = -1
    for m in pattern.finditer(scanned):
        w = word_at(joined, m.start())
        if w is not None and w[0] != last:
            last = w[0]
            out.append(_locate(doc, starts, w))
    return out


def words_by_key(doc: Document, keys: Iterable[str]) -> dict[str, list[tuple[Block, Word]]]:
    """`doc.word_index` restricted to `keys` (lower-case forms), in the same order,
    without indexing every word: keys are found with `str.find` in an article,
    with one combined pattern in a big document (see SMALL_DOC)."""
    keys = set(keys)
    index = doc.__dict__.get("word_index")
    joined, low, starts = doc_text(doc)
    if index is None and low is None:
        index = doc.word_index  # exotic case mapping: tokenise it all
    if index is not None:
        return {k: v for k, v in index.items() if k in keys}
    hits: list[tuple[int, str, Word]] = []
    if len(low) <= SMALL_DOC or len(keys) == 1:
        # A str.find loop per key: cheapest for an article-sized document, and
        # for one key in any document (compiling a pattern would cost more).
        for key in keys:
            n = len(key)
            alpha = key[:1].isalpha()
            i = low.find(key) if key else -1
            while i >= 0:
                # Cheap rejections first: a letter after a letter or digit, or
                # before a letter, is inside a longer word.
                if (alpha and i and low[i - 1].isalnum()) or low[i + n : i + n + 1].isalpha():
                    i = low.find(key, i + 1)
                    continue
                w = word_at(joined, i)
                if w is not None and w[0] == i and w[1] == i + n and w[2].lower() == key:
                    hits.append((i, key, w))
                    i = low.find(key, i + n)
                else:
                    i = low.find(key, i + 1)
    elif present := [k for k in keys if k]:
        # One pass for every key (a trie pattern): a find loop per key would make
        # one big document quadratic in its number of distinct words.
        from newslint import trie

        pattern = re.compile(_TOKEN_BEFORE + "(?:" + trie.pattern(present) + r")(?![^\W\d_])")
        for m in pattern.finditer(low):
            i, key = m.start(), m.group()
            n = len(key)
            if low[i + n : i + n + 1].isalpha():
                continue  # inside a longer word
            w = word_at(joined, i)
            if w is not None and w[0] == i and w[1] == i + n and w[2].lower() == key:
                hits.append((i, key, w))
    hits.sort(key=lambda h: h[0])
    out: dict[str, list[tuple[Block, Word]]] = {}
    for _, key, w in hits:
        out.setdefault(key, []).append(_locate(doc, starts, w))
    return out


@dataclass(eq=False)
class Document:
    """A read file: its source text, format and prose blocks."""

    path: str
    source: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    # Analyses that several rules share (e.g. confusables hits), freed with the
    # document. A WeakKeyDictionary keyed by the document leaks: its values
    # hold blocks, which hold the document.
    cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for i, b in enumerate(self.blocks):
            b.index = i
            b.doc = self

    def add(self, block: Block) -> None:
        block.index = len(self.blocks)
        block.doc = self
        self.blocks.append(block)

    def release(self) -> None:
        """Drop the analyses and the blocks' links back to the document, once
        its findings are out. Blocks and document refer to each other, so only
        the cycle collector could free them, and collecting a cycle per file
        was ~7% of a run; freed here, refcounting frees them at once."""
        self.cache.clear()
        for block in self.blocks:
            block.doc = None

    @property
    def headline(self) -> Block | None:
        for b in self.blocks:
            if b.role == "headline":
                return b
        return None

    def blocks_with(self, roles: frozenset[str] | set[str]) -> Iterator[Block]:
        return (b for b in self.blocks if b.role in roles)

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a source offset."""
        k = bisect.bisect_right(self._line_starts, offset) - 1
        return k + 1, offset - self._line_starts[k] + 1

    def line_text(self, line: int) -> str:
        starts = self._line_starts
        s = starts[line - 1]
        e = starts[line] - 1 if line < len(starts) else len(self.source)
        return self.source[s:e].rstrip("\r")

    @cached_property
    def word_index(self) -> dict[str, list[tuple[Block, Word]]]:
        """Every word of the document by its lower-case form, built once."""
        index: dict[str, list[tuple[Block, Word]]] = {}
        get = index.get
        for b in self.blocks:
            for w in b.words:
                key = w[2].lower()
                entries = get(key)
                if entries is None:
                    index[key] = [(b, w)]
                else:
                    entries.append((b, w))
        return index
