"""Tests for the confusables family: the seed case, fixes, case, guardrails, and
the fast path against the contexts' whole patterns."""

from __future__ import annotations

import re

import pytest
import regex

from newslint.document import doc_text
from newslint.rules import confusables
from newslint.rules.confusables_data import SETS
from newslint.testing import apply_fixes, read_text, run_rule

RULES = {r.id: r for r in confusables.RULES}


def findings(rule_id: str, text: str, fmt: str = "txt"):
    return [f for f in run_rule(RULES[rule_id], text, fmt) if f.rule == rule_id]


def all_findings(text: str, fmt: str = "txt"):
    out = []
    for rule in confusables.RULES:
        out += run_rule(rule, text, fmt)
    return out


def test_at_least_forty_sets_with_unique_ids() -> None:
    assert len(SETS) >= 40
    assert len(RULES) == len(SETS)
    assert all(r.id.startswith("confusables.") for r in confusables.RULES)
    assert len({r.__name__ for r in confusables.RULES}) == len(SETS)


@pytest.mark.parametrize("rule", confusables.RULES, ids=lambda r: r.id)
def test_rule_docs(rule) -> None:
    info = rule.info()
    assert info.summary and "## What it flags" in info.explanation
    assert "## Fix safety" in info.explanation
    assert info.bad and info.good


def test_seed_being_hear_is_fixed_safely(shared) -> None:
    text = (shared / "seeds" / "000_c03326aa99d09636.txt").read_text(encoding="utf-8")
    fs = findings("confusables.hear-here", text)
    assert len(fs) == 1
    f = fs[0]
    assert f.line == 45
    assert text[f.start : f.end] == "hear"
    assert f.fix is not None and f.fix.applicability == "safe"
    assert f.fix.edits[0].replacement == "here"
    assert f.message == '"being hear" confuses hear with here; write "being here".'
    # Nothing else in the seed is a confusable.
    assert [x.rule for x in all_findings(text)] == ["confusables.hear-here"]


def test_case_is_preserved() -> None:
    fs = findings("confusables.their-there", "Their are many reasons.")
    assert apply_fixes("Their are many reasons.", fs) == "There are many reasons."
    fs = findings("confusables.its-its", "ITS A SHAME.")
    assert apply_fixes("ITS A SHAME.", fs) == "IT'S A SHAME."


def test_curly_apostrophe_follows_the_document() -> None:
    text = "It’s time. Its a shame."
    assert apply_fixes(text, findings("confusables.its-its", text)) == "It’s time. It’s a shame."
    text = "The firm said it’s own profits fell."
    assert apply_fixes(text, findings("confusables.its-its", text)) == (
        "The firm said its own profits fell."
    )


def test_quoted_speech_is_still_checked() -> None:
    text = 'He said: "Its a form of disguise."'
    assert findings("confusables.its-its", text)


def test_title_case_mid_sentence_is_a_name() -> None:
    assert not findings("confusables.sole-soul", "He joined Soul Survivor in 2003.")
    assert findings("confusables.sole-soul", "He was the soul survivor of the crash.")


def test_unsafe_fix_only_with_unsafe() -> None:
    text = "He would rather wait and then decide."
    assert not findings("confusables.than-then", text)
    text = "He would rather walk then drive."
    fs = findings("confusables.than-then", text)
    assert fs and fs[0].fix.applicability == "unsafe"
    assert apply_fixes(text, fs, unsafe=False) == text


def test_markdown_fix_maps_to_source() -> None:
    text = "There are *lose* ends.\n"
    fs = findings("confusables.lose-loose", text, "md")
    assert apply_fixes(text, fs) == "There are *loose* ends.\n"


def test_urls_are_not_prose() -> None:
    assert not all_findings("See www.their-are.com for details.")


# Correct news phrasing that sits right next to a context: none may be flagged.
GUARDRAILS = [
    "We will hear from the minister later.",
    "Here's what we know so far.",
    "Hear, hear, said the MPs.",
    "The firm said its own profits fell.",
    "It's time to act, he said.",
    "He will lead the team in Paris.",
    "The talks were led by a judge.",
    "Prices rose over the past week.",
    "MPs passed the bill by 300 votes.",
    "The principal reason was cost.",
    "Weather forecasters expect snow.",
    "Whether or not it rains, we go.",
    "Peak demand is in January.",
    "Fans got a sneak peek at the car.",
    "The film will pique interest.",
    "Ministers vowed to rein in spending.",
    "The reign of Queen Victoria.",
    "They were there when it happened.",
    "There are more than 40 cases.",
    "Sales rose more than 40% and then fell.",
    "They could lose their jobs.",
    "He let loose a volley of abuse.",
    "The cuts will affect jobs; the effect is clear.",
    "She took on a role at the club.",
    "We would advise against travel, the advice says.",
    "Everyone except the captain accepted the offer.",
    "The man whose car was stolen, who's now home.",
    "You're welcome to your opinion.",
    "It was too late to go to the match.",
    "The two complement each other; he paid her a compliment.",
    "She was discreet about the discrete units.",
    "He took a deep breath and began to breathe again.",
    "The building site was a sight to behold.",
    "The council heard from counsel for the family.",
    "The appeal failed to elicit a response to illicit drugs.",
    "The stationary car hit the stationery shop.",
    "The film premiere was attended by the Chinese premier.",
    "He was formerly head of the firm and was formally charged.",
    "He was not fazed by the first phase.",
    "His sole aim is to sing soul music.",
    "Drivers hit the brakes during a lunch break.",
    "His support never wavered; he signed a waiver.",
    "Fans waited with bated breath.",
    "Lawyers pored over the papers as rain poured down.",
    "Stars flaunt wealth and flout the rules.",
    "He was struck by lightning while lightening the load.",
    "A core tenet of the tenants' association.",
    "Storms could wreak havoc on the wreck.",
    "They were loath to act and loathe the plan.",
    "Half the players passed the test.",
    "They went past the keeper.",
    "It depends on weather conditions.",
    "Interest rates peaked at 5% in 2004.",
    "The firm cut its time to market.",
]


@pytest.mark.parametrize("text", GUARDRAILS)
def test_guardrails(text: str) -> None:
    assert [f.message for f in all_findings(text)] == []


BAD = [
    ("Dr Reed, thank you for being hear.", "Dr Reed, thank you for being here."),
    ("The group will perform there own set.", "The group will perform their own set."),
    ("It has sold more then 800,000 units.", "It has sold more than 800,000 units."),
    (
        "Camera phones had problems when they where first launched.",
        "Camera phones had problems when they were first launched.",
    ),
    (
        "We saw potential for substantial consumer harm hear, he added.",
        "We saw potential for substantial consumer harm here, he added.",
    ),
    (
        "Every country's got it's own cultural differences.",
        "Every country's got its own cultural differences.",
    ),
]


@pytest.mark.parametrize(("text", "fixed"), BAD)
def test_draft_defects_fixed(text: str, fixed: str) -> None:
    fs = all_findings(text)
    assert len(fs) == 1
    assert apply_fixes(text, fs) == fixed


# -- the fast path (one `re` scan, Python word lists) must find what the
# contexts' whole `regex` patterns find.

EXAMPLES = [t for s in SETS for t in [b for b, _ in s.bad] + list(s.good)]
SHAPES = {
    "as written": lambda t: t,
    "upper": str.upper,
    "title": str.title,
    "curly": lambda t: t.replace("'", "’"),
    "line breaks": lambda t: t.replace(" ", "\n", 3),
    "odd spaces": lambda t: t.replace(" ", "\u00a0 \t", 2),
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("fmt", "sep"), [("txt", "\n\n"), ("txt", " "), ("md", "\n\n- ")])
def test_fast_path_finds_what_the_patterns_find(shape: str, fmt: str, sep: str) -> None:
    doc = read_text(sep.join(SHAPES[shape](t) for t in EXAMPLES), fmt)
    exact = [(b, s, e, c) for b in doc.blocks for s, e, c in confusables._scan_exact(b)]
    assert len(exact) > 20 or shape != "as written"
    assert list(confusables._scan_fast(doc)) == exact


@pytest.mark.parametrize("odd", ["e\u0301", "ı", "ſ", "²", "\x1c", "\u200d", "Σ", "😀"])
def test_blocks_with_odd_characters_take_the_exact_path(odd: str) -> None:
    text = "\n\n".join(t.replace(" ", f" {odd}", 1) for t in EXAMPLES)
    doc = read_text(text)
    joined, low, starts = doc_text(doc)
    assert low is None or confusables._exact_blocks(joined, starts)
    exact = [(b, s, e, c) for b in doc.blocks for s, e, c in confusables._scan_exact(b)]
    assert list(confusables._scan_fast(doc)) == exact


def test_fast_path_characters_read_alike() -> None:
    """Where `_fast_ok` trusts a character, `re` (and so `str`) and `regex`
    must agree on it: \\w, \\s, \\d, and case-insensitive ASCII letters."""
    ok = "".join(ch for ch in map(chr, range(0x10000)) if confusables._fast_ok(ch))
    for pat in (r"\w", r"\s", r"\d"):
        assert re.findall(pat, ok) == regex.findall(pat, ok, regex.VERSION0), pat
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found = re.findall(letter, ok, re.IGNORECASE)
        assert found == regex.findall(letter, ok, regex.IGNORECASE | regex.VERSION0)
        assert [ch.lower() for ch in found] == [letter] * len(found)
