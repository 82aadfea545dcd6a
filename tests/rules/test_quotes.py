"""Tests for the quotes rules: their own examples, plus corpus-shaped cases."""

from __future__ import annotations

import pytest

from newslint.rule import Rule
from newslint.rules import quotes as family
from newslint.testing import apply_fixes, run_rule

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
