"""Tests for the capitalization rules: their own examples, plus corpus-shaped cases."""

from __future__ import annotations

import pytest

from newslint.rules import capitalization as family
from newslint.testing import apply_fixes, run_rule

SEED_LIKE = (
    "Ukraine-Russia Talks: Kyiv Open to Istanbul\n\n"
    "Officials in Ukraine said they were ready for talks in Istanbul. The talks in Istanbul "
    "went on, and Ukraine sent a team.\n\n"
    "Kyiv and Russia disagree. Is ukraine willing to talk?\n\n"
    "istanbul Talks: Can Ukraine and Russia Find a Path to Peace?"
)


def test_seed_proper_nouns_get_the_documents_form() -> None:
    found = run_rule(family.ProperNoun, SEED_LIKE)
    words = sorted(SEED_LIKE[f.start : f.end] for f in found)
    assert words == ["istanbul", "ukraine"]
    fixed = apply_fixes(SEED_LIKE, found)
    assert "Is Ukraine willing" in fixed and "Istanbul Talks: Can" in fixed


@pytest.mark.parametrize(
    "text",
    [
        # a common word that is also a name: both uses are right
        "Labour plans\n\nThe plan from Labour was backed. Labour said child labour must end.",
        # a word inside a longer name does not make the word a name
        "Rights law\n\nThe Human Rights Act applies. He cited the Human Rights Act. "
        "Groups backed human rights.",
        # brand with inner capitals, handles and hashtags
        "Apple\n\nSales of the iPod rose. Critics of the iPod agreed. Follow @paris and #paris. "
        "He visited Paris, and Paris loved him.",
    ],
)
def test_proper_noun_stays_silent(text: str) -> None:
    assert not run_rule(family.ProperNoun, text)


@pytest.mark.parametrize(
    "text",
    [
        'It rose. "Why?" he asked. Shall We Dance? was third.',
        "Shares in Acme Inc. rose. The firm, Leadplex LLC. and others, agreed.",
        'He texted: "Just spoke to trev. think we should go."',
        "Sales fell... and then rose.",
    ],
)
def test_sentence_start_stays_silent(text: str) -> None:
    assert not run_rule(family.SentenceStart, text)


def test_sentence_start_fix_is_unsafe() -> None:
    found = run_rule(family.SentenceStart, "Profits rose, he added. the film opens soon.")
    assert [f.fix.applicability for f in found] == ["unsafe"]


def test_calendar_name_position_fix_and_quotes_in_markdown() -> None:
    from newslint.rules.capitalization import CalendarName
    from newslint.testing import apply_fixes

    text = (
        '---\ntitle: Lanes approved\n---\n\nWork starts in *january*; he said "see you friday".\n'
    )
    fs = run_rule(CalendarName, text, "md")
    assert [(f.line, f.column, f.end_column) for f in fs] == [(5, 17, 24)]
    assert fs[0].message == '"january" is the name of a month; write "January".'
    assert apply_fixes(text, fs, unsafe=False) == text.replace("*january*", "*January*")


# Documents where the only strong evidence for `Lishman` sits where a sentence
# may look as if it starts, so the proper-noun prefilter must keep it.
_FILLER = "The committee met again and the talks went on for hours without a result. " * 800


@pytest.mark.parametrize(
    "text",
    [
        # after abbreviations: a full stop that does not end the sentence
        "Talks resume\n\nOfficials met Mr. Lishman on the day. Critics said Mr. Lishman "
        "was late. Later, lishman left.",
        "Talks resume\n\nOfficials told the U.S. Lishman was in town. Aides to U.S. Lishman "
        "agreed. Later, lishman left.",
        # after a line break inside a paragraph
        "Talks resume\n\nDelegates met\nLishman today. Critics saw\nLishman leave. "
        "Later lishman spoke.",
        # after a colon in a sentence-case headline
        "Talks: Lishman to begin today\n\nLishman arrived late. Later lishman spoke.",
        # a document over SMALL_DOC characters takes the one-pass lookups
        "Talks resume\n\n" + _FILLER + "\n\nDelegates met Lishman today. Critics saw "
        "Lishman leave. Later lishman spoke.",
    ],
)
def test_proper_noun_evidence_in_edge_positions(text: str) -> None:
    found = run_rule(family.ProperNoun, text)
    assert [text[f.start : f.end] for f in found] == ["lishman"]
    assert apply_fixes(text, found).count("Lishman") == text.count("Lishman") + 1


def test_calendar_name_in_a_big_document() -> None:
    text = "Talks resume\n\n" + _FILLER + "\n\nThe talks resume on monday, officials said."
    found = run_rule(family.CalendarName, text)
    assert [text[f.start : f.end] for f in found] == ["monday"]


def test_capital_class_takes_every_capital_letter() -> None:
    import re

    cap = re.compile(family._CAP_CHAR)
    for c in map(chr, range(0x10000)):
        assert bool(cap.fullmatch(c)) or not (c.isupper() and c.isalnum()), c
