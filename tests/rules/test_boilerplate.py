"""Behaviour of the boilerplate rules: whole lines only, tidy deletions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rules import boilerplate
from newslint.rules.boilerplate import PageFurniture, PollWidget, SeoKeywords, line_kind
from newslint.testing import apply_fixes, read_text, run_rule

ALL = (PageFurniture, SeoKeywords, PollWidget)


def lint(text: str, fmt: str = "txt") -> list:
    return [f for rule in ALL for f in run_rule(rule, text, fmt)]


def test_seed_tail_is_deleted_tidily() -> None:
    text = (
        "Talks open\n\nThe talks ended in the future.\n\n"
        "Keywords: Ukraine Russia Talks, Istanbul Negotiations\n\n"
        "Time.news: Dr. Reed joins us.\n\nYou may also like\n\nLeave a Comment"
    )
    fs = lint(text)
    assert [(f.rule, f.line, f.column) for f in sorted(fs, key=lambda f: f.start)] == [
        ("boilerplate.seo-keywords", 5, 1),
        ("boilerplate.page-furniture", 9, 1),
        ("boilerplate.page-furniture", 11, 1),
    ]
    assert all(f.fix is not None and f.fix.applicability == "unsafe" for f in fs)
    assert apply_fixes(text, fs, unsafe=False) == text
    assert apply_fixes(text, fs) == (
        "Talks open\n\nThe talks ended in the future.\n\nTime.news: Dr. Reed joins us."
    )


def test_real_seed(shared) -> None:
    text = (shared / "seeds" / "000_c03326aa99d09636.txt").read_text(encoding="utf-8")
    fs = lint(text)
    assert len(fs) == 3
    fixed = apply_fixes(text, fs)
    assert fixed.endswith("averting similar conflicts in the future.")
    assert "\n\n\n" not in fixed and "Keywords:" not in fixed


def test_message_spans_the_line() -> None:
    text = "Body text.\n\nSign up for our daily newsletter\n"
    [f] = run_rule(PageFurniture, text)
    assert text[f.start : f.end] == "Sign up for our daily newsletter"
    assert (f.line, f.column, f.end_column) == (3, 1, 33)
    assert f.message == (
        'Page furniture "Sign up for our daily newsletter" left in the copy; delete the line.'
    )
    assert apply_fixes(text, [f]) == "Body text.\n"


def test_leading_lines_eat_following_blank_lines() -> None:
    text = "Skip to main content\n\nTrending Now\n\nThe story starts here.\n"
    fs = run_rule(PageFurniture, text)
    assert len(fs) == 2
    assert apply_fixes(text, fs) == "The story starts here.\n"


def test_middle_line_and_crlf() -> None:
    text = "Head\r\n\r\nBody.\r\n\r\nShare on Facebook\r\n\r\nMore.\r\n"
    fs = run_rule(PageFurniture, text)
    assert apply_fixes(text, fs) == "Head\r\n\r\nBody.\r\n\r\nMore.\r\n"


@pytest.mark.parametrize(
    "text",
    [
        "He said you may also like the new plan.",
        "The message asks recipients to click on the attachment.",
        "Now you can just click on the internet to find out.",
        "Advertisements are usually cut out of the downloaded programmes.",
        "Listeners can subscribe to podcasts collected automatically.",
        "It quotes a members' newsletter explaining how voters will be called.",
        "The keywords: peace, talks and ceasefire. They dominated the day.",
        "It was a rush to\nsign up\nbefore the deadline.",
        '"Click here to win," the spam e-mail said.',
    ],
)
def test_copy_stays_silent(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("You may also like", "page-furniture"),
        ("Leave a Comment", "page-furniture"),
        ("Related Articles", "page-furniture"),
        ("Follow us on Twitter", "page-furniture"),
        ("Click here to subscribe to our newsletter", "page-furniture"),
        ("We use cookies to improve your experience.", "page-furniture"),
        ("ADVERTISEMENT", "page-furniture"),
        ("Read more: Talks resume in Istanbul", "page-furniture"),
        ("Tags: Ukraine, Russia", "seo-keywords"),
        ("Keywords: Weak, Reuters, Revenues", "seo-keywords"),
        ("VOTE Was she right? Yes No", "poll-widget"),
        ("The talks ended.", None),
        ("Share prices fell sharply on Monday.", None),
    ],
)
def test_line_kinds(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


def test_poll_widget_in_clean_copy() -> None:
    text = (
        "She left the show.\n\nVOTE   Was Germaine Greer right to leave Celebrity Big Brother?   "
        "Yes  No   Results are indicative and may not reflect public opinion\n\nBez is favourite.\n"
    )
    [f] = run_rule(PollWidget, text)
    assert f.line == 3 and f.message.startswith('Poll widget "VOTE Was Germaine Greer')
    assert apply_fixes(text, [f]) == "She left the show.\n\nBez is favourite.\n"


def test_click_here_sentence_inside_paragraph() -> None:
    text = (
        "She plans a barn. Click on the link under her photograph to read her story. "
        "The panel will reply."
    )
    [f] = run_rule(PageFurniture, text)
    assert f.message.endswith("delete the sentence.")
    assert apply_fixes(text, [f]) == "She plans a barn. The panel will reply."


def test_markdown_heading_and_front_matter() -> None:
    text = (
        "---\ntitle: Talks\n---\n\nSkip to main content\n\nBody here.\n\n"
        "## Related Articles\n\n- [Other](http://example.com/a)\n"
    )
    fs = run_rule(PageFurniture, text, "md")
    assert [f.line for f in fs] == [5, 9]
    assert apply_fixes(text, fs) == (
        "---\ntitle: Talks\n---\n\nBody here.\n\n- [Other](http://example.com/a)\n"
    )


def test_html_line_is_deleted_with_its_element() -> None:
    text = "<h1>T</h1>\n<p>Body.</p>\n<p>Advertisement</p>\n<p>More.</p>"
    [f] = run_rule(PageFurniture, text, "html")
    assert (f.line, f.column) == (3, 4)
    assert apply_fixes(text, [f]) == "<h1>T</h1>\n<p>Body.</p>\n<p>More.</p>"


def test_html_on_one_line_is_reported_without_fix() -> None:
    [f] = run_rule(PageFurniture, "<p>Body.</p><p>Advertisement</p><p>More.</p>", "html")
    assert f.fix is None


FURNITURE = [
    "You may also like", "Leave a Comment", "Related Articles", "Follow us on Twitter",
    "Click here to subscribe to our newsletter", "We use cookies to improve your experience.",
    "ADVERTISEMENT", "Read more: Talks resume in Istanbul", "Tags: Ukraine, Russia",
    "Keywords: Weak, Reuters", "VOTE Was she right? Yes No", "12 comments", "Comments (3)",
    "Poll: Was she right?  Yes  No", "Results are indicative and may not reflect public opinion",
    "Share on Facebook", "Facebook | Twitter | Email", "Print this article", "Skip to main content",
    "Back to top", "Most read", "Editor's picks", "Trending now", "Loading...", "© 2020 Example",
    "Copyright © 2021 Example", "Sign up", "Get our daily newsletter", "Newsletter sign-up",
    "Story continues below advertisement", "Continue reading", "Previous article", "Next story",
    "All rights reserved", "Sponsored content", "Recommended for you", "Latest news",
    "Top stories from Reuters", "More on this story", "See also: the report", "Join the conversation",
    "Tweet this story", "E-mail this article", "Accept all cookies", "Cookie policy", "X | Facebook",
    "This website uses cookies", "Filed under: Politics", "Pin", "Like us on Facebook",
]  # fmt: skip
PROSE = ["The talks ended.", "Share prices fell.", "Click on the link to read more.", "More talks",
         "It was a rush to", "sign up", "said the minister, “who left”"]  # fmt: skip


@pytest.mark.parametrize("line", FURNITURE)
def test_every_furniture_line_passes_the_line_start_gate(line: str) -> None:
    assert line_kind(line) is not None
    low = line.lower()
    assert boilerplate._line_start_re().match("\n " + low) or boilerplate._POLL_TEXT in low


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(FURNITURE + PROSE), max_size=12),
    st.lists(st.sampled_from(["\n", "\n\n", " ", "\n\n  "]), min_size=12, max_size=12),
    st.sampled_from([str, str.upper, str.lower]),
)
def test_gate_finds_what_checking_every_block_finds(lines, seps, case) -> None:
    text = "".join(case(line) + sep for line, sep in zip(lines, seps))

    def hits(gate: bool) -> list:
        doc = read_text(text)
        if not gate:
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(boilerplate, "_blocks_to_check", lambda doc: None)
                found = boilerplate.scan(doc)
        else:
            found = boilerplate.scan(doc)
        return [(h.kind, h.block.index, h.start, h.end, h.whole_line, f) for h, f in found]

    assert hits(True) == hits(False)
