"""Behaviour of the spacing rules: positions, messages, fixes and traps."""

from __future__ import annotations

import pytest

from newslint.rules.spacing import (
    AfterComma,
    AfterFullStop,
    AfterPunctuation,
    BeforePunctuation,
    DoubledSpace,
)
from newslint.testing import apply_fixes, run_rule

ALL = (AfterComma, AfterPunctuation, AfterFullStop, DoubledSpace, BeforePunctuation)


def lint(text: str, fmt: str = "txt") -> list:
    return [f for rule in ALL for f in run_rule(rule, text, fmt)]


def test_comma_position_message_and_fix() -> None:
    text = "Headline\n\nTime.news: Dr. Evelyn Reed,a renowned expert, joins us."
    [f] = run_rule(AfterComma, text)
    assert f.rule == "spacing.after-comma"
    assert (f.line, f.column) == (3, 23)
    assert text[f.start : f.end] == "Reed,a"
    assert f.message == 'Missing space after the comma in "Reed,a"; write "Reed, a".'
    assert f.fix is not None and f.fix.applicability == "safe"
    assert apply_fixes(text, [f]) == text.replace("Reed,a", "Reed, a")


def test_comma_before_closing_and_opening_quotes() -> None:
    assert (
        apply_fixes('"Yes,"he said.', run_rule(AfterComma, '"Yes,"he said.')) == '"Yes," he said.'
    )
    fs = run_rule(AfterComma, 'He said,"We will go."')
    assert apply_fixes('He said,"We will go."', fs) == 'He said, "We will go."'


def test_comma_next_to_domain_points_at_the_comma() -> None:
    text = "A smaller service, blinkx.tv,was launched."
    [f] = run_rule(AfterComma, text)
    assert text[f.start : f.end] == ",was"
    assert "blinkx.tv,was" in f.message
    assert apply_fixes(text, [f]) == "A smaller service, blinkx.tv, was launched."


def test_full_stop_cases_from_the_seed() -> None:
    text = (
        "Let us dive right in.These talks matter. They met in Istanbul.Dr. Reed said so.\n"
        "Dr.Evelyn Reed: It is my pleasure."
    )
    fs = run_rule(AfterFullStop, text)
    assert [text[f.start : f.end] for f in fs] == ["in.These", "Istanbul.Dr", "Dr.Evelyn"]
    assert apply_fixes(text, fs) == (
        "Let us dive right in. These talks matter. They met in Istanbul. Dr. Reed said so.\n"
        "Dr. Evelyn Reed: It is my pleasure."
    )


def test_full_stop_straight_quote_closing_goes_before_space() -> None:
    text = '"I am up for the challenge."Earlier in December he quit.'
    [f] = run_rule(AfterFullStop, text)
    assert apply_fixes(text, [f]) == '"I am up for the challenge." Earlier in December he quit.'


@pytest.mark.parametrize(
    "text",
    [
        "Firms such as TalkTalk and One.Tel route calls.",
        "Editor of fansite Halo.Bungie.Org said so.",
        "The variant Bagle.AT and the Zafi.D virus spread.",
        "Time.news: Dr. Evelyn Reed joins us.",
        "ISTANBUL: Ukraine said Monday it was ready.",
        "The crowd of 1,000 paid $1.13bn, or 3.5% more, at 10:30 GMT.",
        "U.S. officials, e.g. J.K. Rowling, met at 9 a.m. on Monday.",
        "Wait... Then it happened… Really?! Yes!!",
        "“We are ready to take the necessary steps for peace,” he said.",
        "She presents CD:UK and SM:tv; he ran 3:39 and won 2-1.",
        "Nice one :) she wrote, winking ;)",
        "It was a strange match . . . momentum swings.",
        "Contact desk@example.com or visit www.example.com/a,b today.",
        "One sentence.  Two spaces after a full stop are a convention.",
        "Arsenal  2   Chelsea  1   Spurs  0",
    ],
)
def test_traps_stay_silent(text: str) -> None:
    assert lint(text) == []


def test_after_punctuation_colon_and_question() -> None:
    text = "Keywords:Ukraine\n\nWhy?He did not say."
    fs = run_rule(AfterPunctuation, text)
    assert [(f.line, f.column) for f in fs] == [(1, 1), (3, 1)]
    assert fs[0].message == (
        'Missing space after the colon in "Keywords:Ukraine"; write "Keywords: Ukraine".'
    )
    assert apply_fixes(text, fs) == "Keywords: Ukraine\n\nWhy? He did not say."


def test_doubled_space_fix_and_message() -> None:
    text = "Meanwhile, oil production  cartel Opec said no."
    [f] = run_rule(DoubledSpace, text)
    assert (f.column, f.end_column) == (26, 28)
    assert f.message == 'Doubled space in "production  cartel"; write "production cartel".'
    assert apply_fixes(text, [f]) == "Meanwhile, oil production cartel Opec said no."


def test_doubled_space_not_across_line_break_nor_in_html() -> None:
    assert run_rule(DoubledSpace, "A line\n  continued here.") == []
    assert run_rule(DoubledSpace, "<p>HTML  collapses whitespace.</p>", "html") == []


def test_doubled_space_left_by_removed_inline_code_is_silent() -> None:
    assert run_rule(DoubledSpace, "Some `code` here.", "md") == []
    assert run_rule(DoubledSpace, "Some  text with `code` here.", "md") != []


def test_before_punctuation_fix() -> None:
    text = "Fon was released without charge . But France , Ireland and Wales said : no."
    fs = run_rule(BeforePunctuation, text)
    assert [f.message for f in fs] == [
        'Space before the full stop in "charge ."; write "charge.".',
        'Space before the comma in "France ,"; write "France,".',
        'Space before the colon in "said :"; write "said:".',
    ]
    assert apply_fixes(text, fs) == (
        "Fon was released without charge. But France, Ireland and Wales said: no."
    )


def test_markdown_positions_map_to_source() -> None:
    text = "# Talks\n\nSome **bold** , text and [a link](http://x.com),then more."
    fs = lint(text, "md")
    assert sorted(f.rule for f in fs) == ["spacing.after-comma", "spacing.before-punctuation"]
    assert apply_fixes(text, fs) == (
        "# Talks\n\nSome **bold**, text and [a link](http://x.com), then more."
    )


def test_html_comma_is_flagged_and_fixed() -> None:
    text = "<h1>T</h1>\n<p>Dr. Reed,a renowned expert.</p>"
    [f] = run_rule(AfterComma, text, "html")
    assert (f.line, f.column) == (2, 8)
    assert apply_fixes(text, [f]) == "<h1>T</h1>\n<p>Dr. Reed, a renowned expert.</p>"


def test_fix_is_idempotent() -> None:
    text = "Reed,a expert in.These talks , said Dr.Evelyn  Reed."
    once = apply_fixes(text, lint(text))
    assert lint(once) == []
    assert once == "Reed, a expert in. These talks, said Dr. Evelyn Reed."
