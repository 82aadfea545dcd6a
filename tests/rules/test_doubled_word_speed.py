"""doubled-word's and word_bytes' hand-written scans give what the code they replace gave.

The document gate of repetition.doubled-word once split every document into
tokens and compared neighbours, and compiled a pattern per doubled token; the
words of `word_bytes` were translated before their joiners were looked at and
built their tokens at once. The old definitions serve as the reference here,
over generated text.
"""

from __future__ import annotations

import re
from itertools import compress, islice
from operator import eq

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import word_bytes as wb
from newslint.document import doc_text
from newslint.rules import repetition as rep
from newslint.testing import read_text

# -- the old definitions -------------------------------------------------------------


def old_word_data(low: str, other: bytes) -> tuple[bytes, bool, bool]:
    table = wb._WORD_BYTES if other == b" " else wb._MARKED_BYTES
    if not low.isascii():
        nonascii = low.encode("utf-8", "surrogatepass").translate(None, wb._ASCII)
        for ch in set(nonascii.decode("utf-8", "surrogatepass")):
            if ch in "’–":
                low = low.replace(ch, "'" if ch == "’" else "-")
            elif not ch.isalnum() or ch.isdecimal():
                low = low.replace(ch, " " if ch == "\xa0" else other.decode())
    data = low.encode("utf-8", "surrogatepass").translate(table)
    letters_then_digit = possessive_joiner = False
    if wb._ODD_APOSTROPHE_RE.search(data) or wb._ODD_HYPHEN_RE.search(data):
        while b"''" in data.translate(wb._ONE_JOINER):
            for pair in (b"''", b"'-", b"-'", b"--"):
                data = data.replace(pair, other * 2)
        if wb._APOSTROPHE_DIGIT_RE.search(data):
            data = wb._APOSTROPHE_BEFORE_DIGIT_RE.sub(other, data)
            letters_then_digit = wb._APOSTROPHE_DIGIT_RE.search(data) is not None
        possessive_joiner = b"'s'" in data or b"'s-" in data
    return data.translate(None, b"'-"), letters_then_digit, possessive_joiner


def old_doubled(tokens: list[bytes]) -> set[bytes]:
    return {
        token
        for token in compress(tokens, map(eq, tokens, islice(tokens, 1, None)))
        if len(token.translate(None, rep._DIGITS)) == len(token)
    }


def old_spaced_pair_starts(token: bytes, marked: bytes) -> list[int]:
    t = re.escape(token)
    pattern = re.compile(rb"%s(?<=[ \x01\x02]%s) +%s(?![^ \x01\x02])" % (t, t, t))
    return [m.start() for m in pattern.finditer(marked)]


def old_blocks_with_double(doc, words) -> list[int]:
    if words.letters_then_digit:
        return list(range(len(doc.blocks)))
    doubled = old_doubled(words.text.split())
    if not doubled:
        return []
    _, low, starts = doc_text(doc)
    if "\x02" in low:
        return list(range(len(doc.blocks)))
    ends = [start - 1 for start in starts[1:]] + [len(low)]
    marked = b"\x01" + wb.marked_word_bytes(
        "\x02".join([low[s:e] for s, e in zip(starts, ends, strict=True)])
    )
    if len(doubled) <= 8:
        starts_at = [pos for t in doubled for pos in old_spaced_pair_starts(t, marked)]
    else:
        starts_at = [m.start(1) for m in rep._SPACED_PAIR_RE.finditer(marked)]
    found: list[int] = []
    k = last = 0
    for pos in sorted(starts_at):
        k += marked.count(b"\x02", last, pos)
        last = pos
        if not found or found[-1] != k:
            found.append(k)
    return found


# -- generated text ------------------------------------------------------------------

# Words, joiners (straight and curly, in pairs, before digits), possessives,
# digits in and outside ASCII, letters outside ASCII, case, whitespace of
# every kind and the marks `marked_word_bytes` uses.
PIECES = st.sampled_from(
    ["the", "The", "a", "s", "'s", "don't", "don’t", "5", "x5", "é", "Été", "ß", "ſ", "²", "٣"]
    + ["'", "’", "-", "–", "''", "'-", "-'", "--", "'s-", "'s'", "'5", "'a5", "-x"]
    + [" ", "  ", "\n", "\t", "\xa0", "\u2003", "\x01", "\x02", ".", ", ", "(", "“", "😀"]
    + ["\ud800", "İ", "Σ"]
)
TEXT = st.lists(PIECES | st.characters(), max_size=40).map("".join)
# Text with many doubled words, so the gate's later steps are reached.
DOUBLES = st.lists(
    st.tuples(
        st.sampled_from(["the", "The", "in", "it", "a5", "don't", "é", "x-y", "had"]),
        st.sampled_from([" ", "  ", "\n", ". ", ", ", "\xa0", "\t", "", "-", "'", "\n\n"]),
        st.booleans(),
    ),
    max_size=25,
).map(
    lambda parts: "".join(w + gap + (w.lower() + " " if twice else "") for w, gap, twice in parts)
)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_word_data_equals_the_translate_first_definition(text):
    for low in (text, text.lower()):
        for other in (b" ", b"\x01"):
            assert wb._word_data(low, other) == old_word_data(low, other)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_tokens_are_made_on_first_use_and_split_the_text(text):
    words = wb.word_bytes(text.lower())
    assert "tokens" not in words.__dict__
    assert words.tokens == words.text.split()
    assert words.tokens is words.tokens


@settings(max_examples=500, deadline=None)
@given(TEXT | DOUBLES)
def test_doubled_tokens_equal_neighbour_comparison(text):
    data = wb.word_bytes(text.lower()).text
    assert rep._doubled_tokens(data.split()) == old_doubled(data.split())


TOKENS = st.sampled_from([b"a", b"ab", b"b", b"aa", b"a\xc3\xa9"])
# Tokens (often the same one) and what stands between them, at either end too.
MARKED = st.tuples(
    st.sampled_from([b"", b" ", b"\x01", b"\x02"]),
    st.lists(
        st.tuples(
            st.sampled_from([b"a", b"a", b"ab", b"b", b"aa", b"a\xc3\xa9"]),
            st.sampled_from([b" ", b" ", b"  ", b"\x01", b"\x02", b" \x01", b"\x01 ", b""]),
        ),
        max_size=12,
    ),
).map(lambda parts: parts[0] + b"".join(token + gap for token, gap in parts[1]))


@settings(max_examples=800, deadline=None)
@given(TOKENS, MARKED)
def test_spaced_pair_starts_equal_the_per_token_pattern(token, marked):
    for text in (marked, b"\x01" + marked):
        assert list(rep._spaced_pair_starts(token, text)) == old_spaced_pair_starts(token, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(TEXT | DOUBLES, min_size=1, max_size=4))
def test_blocks_with_double_equal_the_old_gate(paragraphs):
    doc = read_text("Headline\n\n" + "\n\n".join(paragraphs))
    if doc_text(doc)[1] is None:
        return  # lower-casing moves offsets: the rule checks every block
    words = wb.document_words(doc)
    assert list(rep._blocks_with_double(doc, words)) == old_blocks_with_double(doc, words)
