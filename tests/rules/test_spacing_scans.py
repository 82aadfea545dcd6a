"""Spacing's stdlib scans find exactly what the \\p{L} patterns they replace find.

The rules once used the `regex` module for Unicode letter classes; they now
match a superset with `re` and test each side's character by its Unicode
category, so that most runs never import `regex`. The old patterns serve
as the definition here, over arbitrary text (characters Python's Unicode
database assigns, since `regex` may ship a newer one).
"""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rules import spacing as sp

OLD_COMMA = regex.compile(r"""(?<=[\p{L}\p{N}%)\]])(,)(["“”]?)(?=\p{L})""")
OLD_MARK = regex.compile(r"""(?<=[\p{L}])([;:?!])(["“”]?)(?=\p{L})""")
OLD_STOP = regex.compile(r"""(?<=[\p{L}\p{N}])(\.)(["“”]?)(?=\p{Lu})""")
OLD_DOUBLED = regex.compile(r"(?<=\S) {2,}(?=\S)")
OLD_WORD = regex.compile(r"[\p{L}]+")
OLD_LEFT = regex.compile(r"""[\p{L}\p{N}%)\]"”’']""")

ASSIGNED = st.characters(
    blacklist_categories=("Cn", "Cs"),
).filter(lambda c: unicodedata.category(c) != "Cn")
PIECES = st.sampled_from(
    [",", ";", ":", "?", "!", ".", '"', "“", "”", "’", "'", "%", ")", "]", " ", "  ", "\x1f"]
    + ["a", "Z", "é", "É", "ǅ", "1", "٣", "²", "Ⅻ", "ª", "\u0301", "_", "\u00a0", "\n"]
)
SIDE = st.sampled_from(["a", "Z", "é", "É", "ǅ", "1", "٣", "²", "Ⅻ", "Ⓐ", "ª", "%", ")"]) | ASSIGNED
# A mark between two characters, the shape every rule here looks for.
JOINT = st.tuples(
    SIDE,
    st.sampled_from([",", ";", ":", "?", "!", ".", " ", "  "]),
    st.sampled_from(["", '"', "“", "”"]),
    SIDE,
).map("".join)
TEXT = st.lists(PIECES | ASSIGNED | JOINT, max_size=30).map("".join)


def old(pattern, text):
    return [(m.start(), m.group(1), m.group(2), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_glued_marks_equal_the_letter_class_patterns(text):
    assert list(sp._glued_marks(sp._AFTER_COMMA_RE, text, sp._after_comma_left, sp._letter)) == (
        old(OLD_COMMA, text)
    )
    assert list(sp._glued_marks(sp._AFTER_MARK_RE, text, sp._letter, sp._letter)) == old(
        OLD_MARK, text
    )
    assert list(sp._glued_marks(sp._AFTER_STOP_RE, text, sp._letter_or_number, sp._capital)) == (
        old(OLD_STOP, text)
    )


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_words_spaces_and_left_marks_equal_the_patterns(text):
    assert [m.span() for m in sp._DOUBLED_RE.finditer(text)] == [
        m.span() for m in OLD_DOUBLED.finditer(text)
    ]
    for i, c in enumerate(text):
        m = OLD_WORD.match(text, i)
        assert sp._right_word(text, i) == (m.group() if m else "")
        assert (c in sp._BEFORE_LEFT or sp._letter_or_number(c)) == bool(OLD_LEFT.match(c))
