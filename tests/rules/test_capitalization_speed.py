"""capitalization.proper-noun's prefilters against the rule with no prefilter.

Few documents hold a word the rule could flag, so it checks few words in
full: cheap necessary conditions come first (`_strong_bounds`,
`_lowercase_starts`, `_title_uses_needed` with `_titled_at_most`,
`_could_flag`; in a big document `_plain_lowercase_counts`). The reference
here runs the evidence logic of `_check_word` on every word of the document,
so a prefilter that passed over a word the full check flags changes the
findings. The one-pass count of a big document's lowercase uses, now taken
from the uses themselves, is checked against the pattern it replaces.
"""

from __future__ import annotations

import re

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from newslint.document import (
    _TOKEN_AFTER,
    _TOKEN_BEFORE,
    SMALL_DOC,
    Block,
    Document,
    doc_text,
    words_by_key,
)
from newslint.findings import Finding
from newslint.rule import Reporter
from newslint.rules import capitalization as cap
from newslint.testing import read_text, run_rule

# Names, words that are also names, titles and particles; plain words; what
# goes between them (joiners, abbreviations, quotes, line breaks, possessives).
NAMES = [
    "Istanbul",
    "Lishman",
    "Reuters",
    "Cage",
    "Nicolas",
    "Bill",
    "Rose",
    "Labour",
    "New",
    "York",
    "Human",
    "Rights",
    "Paris",
    "Ödön",
    "Mr",
    "Dr",
    "President",
    "The",
    "Park",
    "Virgin",
    "Monday",
    "Wembley",
    "Stadium",
    "McDonald",
    "iPod",
    "Van",
    "Ab3",
    "Ça",
]
PLAIN = ["the", "a", "in", "said", "and", "of", "talks", "new", "bill", "park", "his", "it", "one"]
TITLES = ["Mr", "Dr", "Sir", "President", "The", "New"]
GAPS = [" "] * 8 + [
    ", ",
    ". ",
    "; ",
    ": ",
    '"',
    "“",
    "”",
    "’",
    "'",
    "(",
    ") ",
    " - ",
    " – ",
    "—",
    "/",
    "&",
    "! ",
    "? ",
    "... ",
    "\n",
    "\n\n",
    "'s ",
    "’s ",
    "'S ",
    "'s5",
    "-",
    "5",
    "U.S. ",
    "Mr. ",
    "e.g. ",
    "\xa0",
    "@",
    "#",
    "_",
    ".com ",
]
ODD = st.text(alphabet="abkéßσΣİK9", min_size=1, max_size=4)
TENTHS = st.sampled_from(range(10))
# Now and then a document in another alphabet: every name is then non-ASCII.
CYRILLIC = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абвгдежзийклмнопрстуфхцчшыАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЫ",
)


@st.composite
def documents(draw) -> str:
    """A headline and some prose that comes back to a few names, mostly
    capitalised, now and then in lowercase, in capitals or after a title."""
    cast = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True))
    share = draw(st.sampled_from(range(2, 9)))  # in tenths: how often a piece is one of the cast
    pieces = []
    for _ in range(draw(st.sampled_from(range(2, 12)) | st.sampled_from(range(12, 60)))):
        kind, case = draw(TENTHS), draw(TENTHS)
        if kind < share:
            word = draw(st.sampled_from(cast))
            word = word.lower() if case < 2 else word.upper() if case == 2 else word
            if draw(TENTHS) < 2:  # in a name: after a title or another capitalised word
                word = draw(st.sampled_from(TITLES)) + " " + word
        else:
            word = draw(st.sampled_from(PLAIN + NAMES) | ODD)
            word = word.lower() if case < 3 else word.upper() if case == 3 else word
        pieces += [word, " " if draw(TENTHS) < 6 else draw(st.sampled_from(GAPS))]
    head = " ".join(draw(st.lists(st.sampled_from(cast + PLAIN), min_size=1, max_size=6)))
    text = head + "\n\n" + "".join(pieces)
    return text.translate(CYRILLIC) if draw(TENTHS) == 0 else text


def check_in_full(key: str, occurrences: list, doc, report: Reporter) -> None:
    """`ProperNoun._check_word` without its prefilter `_could_flag`."""
    lower = [u for u in occurrences if u.base == key]
    if not lower or len(lower) == len(occurrences) or key in cap._PARTICLES:
        return
    ev = cap._Evidence(doc)
    for u in occurrences:
        if cap._title_form(u.base):
            ev.add(u)
    if ev.strong == 0 or len(lower) > max(1, ev.strong // 4):
        return
    form = ev.form()
    name_ok = key not in cap.COMMON_WORDS and ev.is_name()
    for u in lower:
        b, w = u.block, u.word
        if b.role not in cap._BODY_PLUS_HEADS or not cap._candidate(b, w):
            continue
        p = cap._prev_word(b.text, w.start)
        prev = p.text if p else ""
        before_prev = cap._context_words(b, p)[0] if p else ""
        if ev.in_name(prev, before_prev, key):
            why = f"the document writes {form!r} in this name"
        elif name_ok and prev.lower() not in cap._DETERMINERS:
            why = f"the document writes {form!r} elsewhere"
        else:
            continue
        report(
            b,
            w.start,
            w.start + len(key),
            f"{u.base!r} is a proper noun here: {why}; capitalise it as {form!r}.",
            replacement=form,
        )


def reference(text: str) -> list[tuple]:
    """The rule's findings with every word of the document checked in full."""
    doc = read_text(text)
    report = Reporter(doc)
    report.rule_id, report.severity = cap.ProperNoun.id, cap.ProperNoun.severity
    groups: dict[str, list] = {}
    for key, uses in doc.word_index.items():
        groups.setdefault(cap._strip_possessive(key), []).extend(uses)
    for base, uses in groups.items():
        if len(base) > 1 and base.isalpha():
            n = len(base)
            check_in_full(base, [cap._Use(b, w, w.text[:n]) for b, w in uses], doc, report)
    return shown(sorted(report.findings, key=Finding.sort_key))


def shown(findings: list[Finding]) -> list[tuple]:
    return [(f.start, f.end, f.message, f.fix.edits if f.fix else None) for f in findings]


@settings(max_examples=700, deadline=None)
@given(documents())
def test_prefilters_keep_every_word_the_full_check_flags(text: str) -> None:
    assert shown(run_rule(cap.ProperNoun, text)) == reference(text)


# A big document counts a word's lowercase uses as a pattern over the text
# always has (see `test_whole_lowercase_counts_as_the_one_pass_pattern`): a
# possessive in capitals (`paris'S`) or before a digit (`paris's5`) is no
# such use. Elsewhere it flags what an article would.
_NOT_COUNTED_IN_BIG = re.compile(r"['’](?:S|s(?=\d))")
_FILLER = "The committee met again and the talks went on for hours without a result. "


# (Shrinking a big document takes minutes: a failure shows it as generated.)
@settings(max_examples=25, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.lists(documents(), min_size=1, max_size=8))
def test_prefilters_of_a_big_document_keep_every_word_flagged(parts: list[str]) -> None:
    text = _NOT_COUNTED_IN_BIG.sub("' ", "\n\n".join(parts))
    text = "Talks resume\n\n" + _FILLER * (SMALL_DOC // len(_FILLER) + 1) + "\n\n" + text
    assert shown(run_rule(cap.ProperNoun, text)) == reference(text)


def uses_of(doc: Document, base: str) -> list:
    """The words `base`, `base's` and `base’s` in any case, as `_uses_of` groups them."""
    keys = [base, base + "'s", base + "’s"]
    return [use for found in words_by_key(doc, keys).values() for use in found]


def one_pass_count(text: str, base: str) -> int:
    """How a big document's lowercase uses of `base` were counted: one pattern
    for the whole word, possessive included, found in the text."""
    return len(re.findall(_TOKEN_BEFORE + re.escape(base) + "(?:['’]s)?" + _TOKEN_AFTER, text))


@settings(max_examples=300, deadline=None)
@given(documents(), st.sampled_from([n.lower() for n in NAMES if n.isalpha()] + PLAIN))
def test_whole_lowercase_counts_as_the_one_pass_pattern(text: str, base: str) -> None:
    doc = read_text(text)
    joined = doc_text(doc)[0]
    uses = uses_of(doc, base)
    count = one_pass_count(joined, base)
    assert cap._whole_lowercase(base, uses) == count
    # the C-level count of certain uses only ever leaves words out for good
    assert cap._plain_lowercase_counts(doc).get(base.encode(), 0) <= count
    # the runs a big document takes from those counts are the runs of an article
    assert cap._lowercase_run_set(doc) == set(cap._lowercase_runs(doc))


@settings(max_examples=300, deadline=None)
@given(documents(), st.sampled_from([n.lower() for n in NAMES if n.isalpha()]))
def test_titled_at_most_bounds_the_title_form_uses(text: str, base: str) -> None:
    doc = read_text(text)
    joined, low, _ = doc_text(doc)
    starts = cap._lowercase_starts(joined, base, len(joined))
    uses = uses_of(doc, base)
    titled = [w for _, w in uses if cap._title_form(w.text[: len(base)])]
    assert len(starts) == sum(1 for _, w in uses if w.text[: len(base)] == base)
    assert cap._titled_at_most(low, base, starts) >= len(titled)


@settings(max_examples=300, deadline=None)
@given(documents())
def test_ascii_tally_counts_as_the_general_one(text: str) -> None:
    doc = read_text(text)
    joined = doc_text(doc)[0]
    words = cap._strong_word_re(joined.count("\n") == len(doc.blocks) - 1).findall(joined)
    words = [w for w in words + cap._headline_words(doc) if w.isascii()]
    folded = [w.lower() for w in words]
    hits = {f.encode() for f in folded} & set(cap._lowercase_runs(doc))
    expected = cap._tally(words, folded, {h.decode(): h.decode() for h in hits})
    assert cap._tally_ascii(words, [f.encode() for f in folded], hits) == expected
    few = cap._FEW_HITS
    try:  # and counting all words at once, as for many hits
        cap._FEW_HITS = -1
        assert cap._tally_ascii(words, [f.encode() for f in folded], hits) == expected
    finally:
        cap._FEW_HITS = few


def test_one_use_after_a_title_is_enough_evidence() -> None:
    # `_title_uses_needed`: after a title, one title-form use after the same title will do
    text = "Talks\n\nOfficials met Mr Lishman today. Later, Mr lishman left early."
    assert [text[f.start : f.end] for f in run_rule(cap.ProperNoun, text)] == ["lishman"]
    assert shown(run_rule(cap.ProperNoun, text)) == reference(text)


def test_headline_words_come_from_every_headline_block() -> None:
    heads = ["Talks in Istanbul go on", "More talks for Ankara and Istanbul"]
    blocks = [Block("headline", t, [(0, 0)]) for t in heads]
    doc = Document("x.txt", "\n\n".join(heads), "txt", blocks + [Block("paragraph", "Hi.", [])])
    assert cap._headline_words(doc) == ["Istanbul", "Ankara", "Istanbul"]
