"""Behaviour of the consistency rules: UK/US spelling and variant spellings."""

from __future__ import annotations

import pytest

from newslint.rules.consistency import UkUsSpelling, VariantSpelling
from newslint.rules.spelling_variants import UK, US, classify
from newslint.testing import apply_fixes, run_rule


def test_seed_mix_reports_the_minority_with_both_counts() -> None:
    text = (
        "Kyiv talks\n\nBombers parked thousands of kilometres behind the front line.\n\n"
        "A meeting might be seen as legitimizing Zelenskyy on the international stage."
    )
    [f] = run_rule(UkUsSpelling, text)
    assert text[f.start : f.end] == "legitimizing"
    assert f.message == (
        '"legitimizing" is US spelling, but this story uses UK spelling 1 time (kilometres) '
        'against 1 time for US; write "legitimising".'
    )
    assert f.fix is not None and f.fix.applicability == "unsafe"
    assert "legitimising Zelenskyy" in apply_fixes(text, [f])


def test_us_majority_flags_the_uk_word_and_keeps_its_capital() -> None:
    text = "The organization analyzed the data. Colour was not a factor, the center said."
    [f] = run_rule(UkUsSpelling, text)
    assert text[f.start : f.end] == "Colour"
    assert apply_fixes(text, [f]).startswith("The organization analyzed the data. Color was")


@pytest.mark.parametrize(
    "text",
    [
        "The organisation travelled to the centre to analyse its behaviour.",
        "The organization traveled to the center to analyze its behavior.",
        "Staff at the Kennedy Space Center watched. The colour of the sky changed.",
        "The Australian Labor Party won. Its favourite policy is defence.",
        "The World Health Organization met. Its organisers realised the risk.",
        "Advertisers were surprised by the size of the prize. They realised it late.",
        "The BBC programme ran on a computer program. It is their favourite.",
        "The firm is licensed to export. Its licence was renewed.",
        "Visit www.color.com for the colour chart.",
        "Downsizing was a compromise. The organisation's exercise cost more.",
    ],
)
def test_uk_us_silent(text: str) -> None:
    assert run_rule(UkUsSpelling, text) == []


@pytest.mark.parametrize(
    "text,flagged",
    [
        ("The colour of the centre was grey. The well-organized team won.", "organized"),
        ("The color of the center was gray. The colour–blind team lost.", "colour"),
    ],
)
def test_uk_us_finds_a_spelling_inside_a_compound(text: str, flagged: str) -> None:
    # The pre-filter works on letter runs: a part between hyphens must still vote.
    [f] = run_rule(UkUsSpelling, text)
    assert text[f.start : f.end] == flagged


@pytest.mark.parametrize(
    "word,expected",
    [
        ("kilometres", (UK, "kilometers")),
        ("centred", (UK, "centered")),
        ("travelled", (UK, "traveled")),
        ("catalogued", (UK, "cataloged")),
        ("criticize", (US, "criticise")),
        ("organisations", (UK, "organizations")),
        ("defense", (US, "defence")),
        ("advertise", None),
        ("fundraiser", None),
        ("downsizing", None),
        ("enterprising", None),
        ("program", None),
        ("license", None),
        ("analyses", None),
    ],
)
def test_classify(word: str, expected) -> None:
    assert classify(word) == expected


def test_variant_spelling_names_both_forms_and_counts() -> None:
    text = "Ceasefire holds\n\nThe ceasefire held. The ceasefire was fragile and the cease-fire may end."
    [f] = run_rule(VariantSpelling, text)
    assert text[f.start : f.end] == "cease-fire"
    assert f.message == (
        '"cease-fire" is written "ceasefire" 2 times in this story against 1 time as '
        '"cease-fire"; write "ceasefire".'
    )
    assert f.fix is not None and f.fix.applicability == "unsafe"
    assert apply_fixes(text, [f]).endswith("and the ceasefire may end.")


def test_variant_spelling_lowercases_the_fix_mid_sentence() -> None:
    text = "Email is cheap. Email is quick. But e-mail is not free."
    [f] = run_rule(VariantSpelling, text)
    assert apply_fixes(text, [f]).endswith("But email is not free.")


@pytest.mark.parametrize(
    "text",
    [
        "The players will re-sign. The captain will re-sign. He did not resign.",
        "A long-term plan is needed in the long term.",
        "Send an email. Emails are free.",
        "She updated her résumé, her résumé again, before talks resume.",
        "The ceasefire held but the cease-fire may end.",  # a tie: no form established
        "The firm Email Systems said e-mail traffic grew. Email Systems said e-mail was junk.",
        'Fans at the Bernabeu sang. At the Bernabeu, "se volvió loco en el Bernabéu".',
    ],
)
def test_variant_spelling_silent(text: str) -> None:
    assert run_rule(VariantSpelling, text) == []


@pytest.mark.parametrize(
    "text,flagged",
    [
        (
            "The counterterrorism unit met. Counterterrorism is costly; counter-terrorism is hard.",
            "counter-terrorism",
        ),
        (
            "The anti-money-laundering unit and the anti-money-laundering law met the "
            "anti-moneylaundering team.",
            "anti-moneylaundering",
        ),
        # Curly quotes make the text non-ASCII without a non-ASCII letter.
        ("The “ceasefire” held. The ceasefire was fragile; the cease-fire may end.", "cease-fire"),
        # The hyphen hides the final `yy` that the variant key drops.
        ("Zelensky met envoys. Zelensky said so, and Zelensky-y agreed.", "Zelensky-y"),
    ],
)
def test_variant_spelling_finds_clashes_past_the_prefilter(text: str, flagged: str) -> None:
    [f] = run_rule(VariantSpelling, text)
    assert text[f.start : f.end] == flagged


def test_rules_are_fast_on_a_long_document() -> None:
    import time

    text = (
        "Headline\n\n" + "The organisation travelled to the centre and the cease-fire held. " * 3000
    )
    t = time.perf_counter()
    run_rule(UkUsSpelling, text)
    run_rule(VariantSpelling, text)
    assert time.perf_counter() - t < 2.0
