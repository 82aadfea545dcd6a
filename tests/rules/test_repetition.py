"""Behaviour of the repetition rules: doubled words and adverbs echoed in a sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rule import Reporter, Rule
from newslint.rules.repetition import DoubledWord, WordInSentence
from newslint.testing import apply_fixes, read_text, run_rule


def test_doubled_word_position_message_and_safe_fix() -> None:
    text = "Headline\n\nMedia watchdog Ofcom has said the the channel must change."
    [f] = run_rule(DoubledWord, text)
    assert f.rule == "repetition.doubled-word" and f.severity == "warning"
    assert text[f.start : f.end] == "the the"
    assert (f.line, f.column) == (3, 31)
    assert f.message == '"the the" repeats a word; write "the".'
    assert f.fix is not None and f.fix.applicability == "safe"
    assert apply_fixes(text, [f]) == text.replace("the the", "the")


def test_doubled_word_across_a_line_break() -> None:
    text = "Headline\n\nExports should grow in\nin coming months."
    [f] = run_rule(DoubledWord, text)
    assert apply_fixes(text, [f]) == "Headline\n\nExports should grow in coming months."


def test_sentence_initial_double_keeps_the_capital() -> None:
    [f] = run_rule(DoubledWord, "The the board met.")
    assert apply_fixes("The the board met.", [f]) == "The board met."


@pytest.mark.parametrize(
    "text",
    [
        "He said he had had enough.",
        "Ozzy Osbourne said he had had enough of the work.",
        "Can anyone doubt that that announcement is days away?",
        "It was the moment I've been waiting for for years.",
        "Add to this this new legislation.",
        "Chart stars Duran Duran are to appear on VH1.",
        "Duran Duran show set for US TV",
        "They holidayed on Koh Phi Phi last year.",
        "Senior law lord Lord Bingham said so.",
        "Call 0845 8 505 505 with information.",
        "He won 4-6 6-3 6-3 in the final.",
        "England has done a lot of very very useful work.",
        'Fans scream "no no no no no" at the screen.',
        "The musical Spend Spend Spend opened.",
        "Ann said Will will not be at the meeting.",
        "The people who hark on about the in-fighting left.",
        "the, the end",
    ],
)
def test_doubled_word_leaves_legitimate_doubles_alone(text: str) -> None:
    assert run_rule(DoubledWord, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Posters done by by the agency.",
        "I'd say that that the likelihood is low.",
        "She could could reject the evidence.",
        "Take older voters for for granted.",
        "The turnout is is pretty low.",
        "He said it's it's over.",
    ],
)
def test_doubled_word_flags_slips(text: str) -> None:
    assert len(run_rule(DoubledWord, text)) == 1


def test_doubled_word_in_markdown_maps_to_source() -> None:
    text = "# Title\n\nThe **gains** tracked a a surge.\n"
    [f] = run_rule(DoubledWord, text, "md")
    assert text[f.start : f.end] == "a a"
    assert apply_fixes(text, [f]) == "# Title\n\nThe **gains** tracked a surge.\n"


def test_word_in_sentence_reports_the_first_use_as_info() -> None:
    text = (
        "The Kremlin has repeatedly pushed back against a meeting, having questioned "
        "his legitimacy and repeatedly called for him to be toppled."
    )
    [f] = run_rule(WordInSentence, text)
    assert f.severity == "info" and f.fix is None
    assert text[f.start : f.end] == "repeatedly" and f.start == text.index("repeatedly")
    assert "twice" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "He repeatedly asked. She repeatedly refused.",
        'He said it was "totally unacceptable and totally wrong".',
        "It is partly about money and partly about pride.",
        "The daily paper and the daily show merged.",
    ],
)
def test_word_in_sentence_silent(text: str) -> None:
    assert run_rule(WordInSentence, text) == []


# Words and marks that test the document-level gate: joiners beside and in
# words, digits after an apostrophe part, case, letters outside ASCII.
GATE_WORDS = ["the", "The", "don't", "don’t", "cease-fire", "it's", "café", "Été", "x'-", "-",
              "'", "’", "5", "don't5", "it's-x", "(", ")", "“", "”", "İ", "Σ", "ſ", "had", "in",
              "Duran", "naïve", "o'clock", "٣"]  # fmt: skip
GAPS = [" ", "  ", "\n", " \n ", "\u00a0", "\t", "", ", ", ". ", "\n\n", "-", "'", "5"]


def _gate_and_every_block(text: str) -> tuple[list, list]:
    doc = read_text("Headline\n\n" + text)
    fast, every_block = Reporter(doc), Reporter(doc)
    DoubledWord().check(doc, fast)
    Rule.check(DoubledWord(), doc, every_block)
    return [(f.start, f.end, f.message) for f in fast.findings], [
        (f.start, f.end, f.message) for f in every_block.findings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They don't don't5 go.",  # the second word ends before the digit, its token does not
        "A x'-the the end.",  # two joiners in a row do not join
        "A (the the) end.",
        "“the the”",
        "-the the- end",
        "it's it's true",
        "the\u00a0the end",
        "cease–fire cease-fire now",
        "the. The end, the the",
    ],
)
def test_doubled_word_document_gate_cases(text: str) -> None:
    fast, every_block = _gate_and_every_block(text)
    assert fast == every_block


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(GATE_WORDS), st.sampled_from(GAPS), st.booleans(), st.sampled_from(GAPS)
        ),
        max_size=20,
    )
)
def test_doubled_word_document_gate_hides_nothing(parts) -> None:
    text = "".join(w + gap + (w.lower() + after if twice else "") for w, gap, twice, after in parts)
    fast, every_block = _gate_and_every_block(text)
    assert fast == every_block
