"""Tests for the quotes rules: their own examples, plus corpus-shaped cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rule import Reporter, Rule
from newslint.rules import quotes as family
from newslint.testing import apply_fixes, read_text, run_rule

RULES = [
    o
    for o in vars(family).values()
    if isinstance(o, type) and issubclass(o, Rule) and o.__module__ == family.__name__
]


SEED_TRAPS = (
    "“We are ready to take the necessary steps for peace,” he said.\n\n"
    "“UNCONDITIONAL CEASEFIRE”\n\n"
    "Moscow says it will present a “memorandum” of its terms."
)


def test_seed_traps_silent() -> None:
    for rule in RULES:
        if rule.severity != "info":
            assert not run_rule(rule, SEED_TRAPS), rule.id


@pytest.mark.parametrize(
    "text",
    [
        # a quote running on into the next paragraph drops its closing mark
        'He said: "We will fight on.\n\n"We will never give up," he added.',
        # scraped copy that lost the paragraph break inside a run-on quote
        '"We are trying to fool your ears. "Your brain uses certain bits," he said.',
        # a nested quotation done properly
        "\"When I said, 'Look, my name isn't Betty', he said, 'ah but you're all Betty'.\"",
        # first-person clauses inside a quote are not attributions
        '"In my answer on March 17, I explained my view." Then he left.',
    ],
)
def test_unclosed_silent(text: str) -> None:
    assert not run_rule(family.Unclosed, text)


def test_unclosed_names_attribution_and_offers_unsafe_fix() -> None:
    text = 'Sales fell. "It is not good behaviour after a match, he said. "Maybe next time."'
    (f,) = run_rule(family.Unclosed, text)
    assert "he said" in f.message and f.fix.applicability == "unsafe"
    assert apply_fixes(text, [f]) == text.replace("match, he", 'match," he')


PIECES = ['"', "“", "”", "'", "’", "It was fine", ", he said", ", said Mr Smith", "? she asked",
          "! they added", ", Ms Jones wrote", ", he said.", "’, he said", ",\nhe said", " he said",
          "We won", ". ", ",", "\n\n", "\n", " ", ";", "Dr. Who said"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_unclosed_document_gate_hides_nothing(pieces) -> None:
    doc = read_text("Headline\n\n" + "".join(pieces))
    fast, every_block = Reporter(doc), Reporter(doc)
    family.Unclosed().check(doc, fast)
    Rule.check(family.Unclosed(), doc, every_block)
    assert [(f.start, f.end, f.message) for f in fast.findings] == [
        (f.start, f.end, f.message) for f in every_block.findings
    ]
