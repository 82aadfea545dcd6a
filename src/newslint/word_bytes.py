"""A document's words as bytes: which words occur, which follow which.

Several checks need a document's words but not their places: the pack
matcher (which literals an article can hold) and repetition.doubled-word
(whether two equal words sit side by side). `bytes.split` on bytes where
every character a word cannot hold is a space gives them at C speed,
without a regex pass or a Python object per word beyond the token itself.
The tokens are split off on first use: the pack matcher usually works
from the shared letter runs instead.
Cached per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from newslint.document import Document, doc_text

# Kept: ASCII letters and digits, the joiners ' and -, and UTF-8 bytes (only
# letters are left as non-ASCII characters, see `_word_data`).
_WORD_BYTES = bytes(
    c if 97 <= c <= 122 or 48 <= c <= 57 or c >= 128 or c in b"'-" else 32 for c in range(256)
)
# The same, but only a space, tab or newline becomes a space and \x02 stays;
# every other character between words becomes \x01 (see `marked_word_bytes`).
_MARKED_BYTES = bytes(
    c if _WORD_BYTES[c] != 32 or c == 2 else 32 if c in b" \t\n" else 1 for c in range(256)
)
_ASCII = bytes(range(128))
# Joiners that do not join, and the possessive 's before a joiner. Each
# pattern begins with a literal, so `re` skips to the joiners at C speed.
_ODD_APOSTROPHE_RE = re.compile(rb"'(?:['-]|s['-]|[a-z\x80-\xff]*[0-9])")
_ODD_HYPHEN_RE = re.compile(rb"-['-]")
_APOSTROPHE_DIGIT_RE = re.compile(rb"'[a-z\x80-\xff]*[0-9]")
_APOSTROPHE_BEFORE_DIGIT_RE = re.compile(rb"'(?=[0-9])")
_ONE_JOINER = bytes.maketrans(b"-", b"'")
_WORDS_KEY = "newslint.word_bytes.words"


@dataclass(frozen=True)
class Words:
    """A text's words as `word_bytes` gives them."""

    text: bytes  # the words with their joiners dropped, spaces between
    # An apostrophe part of a word runs into a digit (don't5): the word ends
    # before the digit, its token does not.
    letters_then_digit: bool
    # A possessive 's meets another joiner ('s- 's'): the token of the word
    # before it may run on past the 's.
    possessive_joiner: bool

    @cached_property
    def tokens(self) -> list[bytes]:
        """`text.split()`, made on first use: a Python object per word is
        most of the cost, and a run may need none of them."""
        return self.text.split()


def word_bytes(low: str) -> Words:
    """The words of `low` (lower-cased prose) as tokens of bytes.

    Letters and ASCII digits stay (letters outside ASCII as their UTF-8
    bytes), everything else becomes a space, and the joiners ' ’ - – are
    dropped: "don't" and "cease-fire" are one token each. A joiner that
    cannot join (two in a row, an apostrophe before a digit) becomes a space
    instead. A dropped joiner then has a letter or digit on both sides only
    where `document.WORD_RE` joins the two, so each of its words is one
    token (unless it holds a decimal digit outside ASCII), but for
    `Words.letters_then_digit`.
    """
    data, letters_then_digit, possessive_joiner = _word_data(low, b" ")
    return Words(data, letters_then_digit, possessive_joiner)


def marked_word_bytes(low: str) -> bytes:
    """`Words.text`, but where the text between two words is not only spaces,
    tabs and newlines (and no-break spaces), \x01 marks it; \x02 stays."""
    return _word_data(low, b"\x01")[0]


def _word_data(low: str, other: bytes) -> tuple[bytes, bool, bool]:
    """The bytes of `word_bytes` (`other` filling in for the non-word
    characters that are not whitespace) and the two flags of `Words`."""
    table = _WORD_BYTES if other == b" " else _MARKED_BYTES
    data = low.encode("utf-8", "surrogatepass")
    if not low.isascii():
        data = _unify_non_ascii(data, other)
    # `table` changes no byte the joiner patterns can match (joiners, letters,
    # digits, bytes over 127), so they can look before it is applied: most
    # texts then take one `translate` that also drops the joiners.
    if not (_ODD_APOSTROPHE_RE.search(data) or _ODD_HYPHEN_RE.search(data)):
        return data.translate(table, b"'-"), False, False
    data = data.translate(table)
    while b"''" in data.translate(_ONE_JOINER):  # two joiners in a row: not joiners
        for pair in (b"''", b"'-", b"-'", b"--"):
            data = data.replace(pair, other * 2)
    letters_then_digit = False
    if _APOSTROPHE_DIGIT_RE.search(data):
        data = _APOSTROPHE_BEFORE_DIGIT_RE.sub(other, data)
        letters_then_digit = _APOSTROPHE_DIGIT_RE.search(data) is not None
    possessive_joiner = b"'s'" in data or b"'s-" in data
    return data.translate(None, b"'-"), letters_then_digit, possessive_joiner


def _unify_non_ascii(data: bytes, other: bytes) -> bytes:
    """UTF-8 `data` with ’ and – as ' and -, and the characters outside ASCII
    that are not letters (or are decimal digits) as `other`, a no-break space
    as a space. Replacing a character's UTF-8 bytes replaces just that
    character: no other character's bytes contain them."""
    for ch in set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        if ch in "’–":
            new = b"'" if ch == "’" else b"-"
        elif not ch.isalnum() or ch.isdecimal():
            new = b" " if ch == "\xa0" else other
        else:
            continue
        data = data.replace(ch.encode("utf-8", "surrogatepass"), new)
    return data


def document_words(doc: Document) -> Words | None:
    """`word_bytes` of the document's prose, once per document.

    None when lower-casing the prose moves offsets or depends on context
    (`İ`, `Σ`: see `document.doc_text`).
    """
    got = doc.cache.get(_WORDS_KEY, False)
    if got is False:
        low = doc_text(doc)[1]
        got = doc.cache[_WORDS_KEY] = None if low is None else word_bytes(low)
    return got
