"""The document model's fast scans equal their plain definitions.

`letter_runs` (the shared vocabulary pre-filter) and sentence ends are
computed with C-level tricks for speed; here each is checked against the
one-line pattern it replaces, over arbitrary text.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import LETTER_RUN_RE, _letter_runs, letter_runs
from newslint.testing import read_text

MIXED = st.text(
    alphabet=st.sampled_from(list("abzAZ é—’'\u00a0\u0301ßİ1٣_-.,\n\tΣσς中ǅ\u200b"))
    | st.characters(),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(MIXED)
def test_fast_runs_equal_the_pattern(text):
    low = text.lower()
    assert _letter_runs(low) == frozenset(LETTER_RUN_RE.findall(low))


def test_runs_of_a_document():
    doc = read_text("Istanbul talks\n\nThe café’s owner — a self-made man — said: “Ça va”.")
    runs = letter_runs(doc)
    assert {"istanbul", "café", "s", "self", "made", "ça", "va"} <= runs
    assert "self-made" not in runs and "’" not in "".join(runs)


# A sentence ends at . ! ? … (closing quotes or brackets may follow) before
# whitespace, opening quotes or brackets, and a capital or a number.
SENTENCE_END = regex.compile(r"""[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]*[\p{Lu}\p{N}])""")


def _run(chars: str, max_size: int = 3):
    return st.lists(st.sampled_from(list(chars)), max_size=max_size).map("".join)


# Joints between sentences: a word, end marks, closers, spaces, openers, a start.
JOINT = st.tuples(
    st.sampled_from(["a", "Mr", "U.S", "x2", ""]),
    _run(".!?…,"),
    _run("\"”’')]"),
    _run(" \t\u00a0\x1c\x1f", 2),
    _run("\"“‘'([", 2),
    st.sampled_from(["a", "A", "Z", "1", "٣", "Ⅻ", "²", "ǅ", "é", "É", "-", "\x1f", ""])
    | st.characters(),
).map("".join)
PUNCTUATED = st.lists(JOINT, max_size=6).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(PUNCTUATED)
def test_sentence_ends_equal_the_pattern(text):
    doc = read_text("x\n\n" + text.replace("\n", " ") + " .")
    block = doc.blocks[-1]
    ends = [e for _, e in block.sentences[:-1]]
    expected = [
        m.end()
        for m in SENTENCE_END.finditer(block.text)
        if not (m.group().startswith(".") and _abbreviation(block.text, m.start()))
    ]
    assert ends == expected


def _abbreviation(text: str, dot: int) -> bool:
    from newslint.document import _is_abbreviation

    return _is_abbreviation(text, dot)
