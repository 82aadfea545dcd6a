"""`letter_runs`, the shared vocabulary pre-filter, equals its plain definition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import _LETTER_RUN_RE, _letter_runs, letter_runs
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
    assert _letter_runs(low) == frozenset(_LETTER_RUN_RE.findall(low))


def test_runs_of_a_document():
    doc = read_text("Istanbul talks\n\nThe café’s owner — a self-made man — said: “Ça va”.")
    runs = letter_runs(doc)
    assert {"istanbul", "café", "s", "self", "made", "ça", "va"} <= runs
    assert "self-made" not in runs and "’" not in "".join(runs)
