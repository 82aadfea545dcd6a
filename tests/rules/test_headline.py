"""Tests for the headline rules: their own examples, plus corpus-shaped cases."""

from __future__ import annotations

import pytest

from newslint.rules import headline as family
from newslint.testing import run_rule


@pytest.mark.parametrize(
    "headline",
    [
        "Kyiv Open to Istanbul ‘Necessary Steps",
        "US crude prices “surge above $53",
        "Renault boss hails ''great year'",
        "Visa decision 'every 11 “minutes'",
        "Camera phones ‘are 'must-haves'",
        'US hacker breaks into T-"Mobile',
    ],
)
def test_unbalanced_quote_flagged(headline: str) -> None:
    found = run_rule(family.UnbalancedQuote, headline + "\n\nBody.")
    assert len(found) == 1 and found[0].fix is None


@pytest.mark.parametrize(
    "headline",
    [
        "Parties warned over 'grey vote'",
        "Labour targets 'hardcore truants'",
        "Players' union rejects offer",
        "Fans' 'fury' at price rise",
        "Is this the end of the PC?",
    ],
)
def test_unbalanced_quote_silent(headline: str) -> None:
    assert not run_rule(family.UnbalancedQuote, headline + "\n\nBody.")


def test_case_style_options() -> None:
    text = "Ministers back new rail plan\n\nBody.\n\nWhat the plan means for commuters\n\nMore."
    assert not run_rule(family.CaseStyle, text)
    assert run_rule(family.CaseStyle, text, options={"case": "title"})


def test_too_long_option() -> None:
    text = "Ministers back new rail plan\n\nBody."
    assert run_rule(family.TooLong, text, options={"max-length": 10})[0].severity == "info"
