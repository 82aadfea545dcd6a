"""Spacing around punctuation: missing, doubled and misplaced spaces.

Scraped and hastily edited copy loses the space after a comma or a full stop
(`Reed,a`, `Istanbul.Dr.`), gains a doubled space where a word was cut, and
keeps a stray space before punctuation (`charge .`). Every check here is
deliberately narrow: numbers (`1,000`, `3.5`, `10:30`), abbreviations and
initials (`U.S.`, `e.g.`), dotted names (`One.Tel`, `Bagle.AT`), domains,
URLs, e-mail, ellipses and emoticons must stay silent, because precision
comes first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from unicodedata import category

from newslint.document import Block
from newslint.rule import Example, Reporter, Rule

SPACING_ROLES = frozenset(
    {"headline", "subhead", "paragraph", "list_item", "blockquote", "caption"}
)

# A word to the left of a mark: letters, digits, apostrophes, hyphens and dots
# (dots so that `e.g` and `Halo.Bungie` are seen whole).
_TOKEN_PUNCT = frozenset("'’.-")
# Letters and numbers are Unicode categories L* and N* (what `regex` calls \p{L}
# and \p{N}). Stdlib `re` has no such classes, so each pattern below matches
# a superset in C (`[^\W\d_]` holds every letter, `[^\W_]` every letter and
# number) and `_letter`/`_letter_or_number` decide exactly; importing `regex`
# for these would cost every start that meets one of them.
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _letter(c: str) -> bool:
    return category(c)[0] == "L"


def _letter_or_number(c: str) -> bool:
    return category(c)[0] in "LN"


def _capital(c: str) -> bool:
    return category(c) == "Lu"


def _after_comma_left(c: str) -> bool:
    """What may sit before a glued comma: a letter, a number, `%`, `)` or `]`."""
    return c in "%)]" or _letter_or_number(c)


# Mark, optional double quote, then a letter: the shape of every "missing
# space after" defect. Context checks happen in Python. Compiled on first use:
# the rules' hints leave most documents before they are needed.
_AFTER_COMMA_RE = re.compile(r"""(?:(?<=[^\W_])|(?<=[%)\]]))(,)(["“”]?)(?=[^\W\d_])""")
_AFTER_MARK_RE = re.compile(r"""(?<=[^\W\d_])([;:?!])(["“”]?)(?=[^\W\d_])""")
_AFTER_STOP_RE = re.compile(r"""(?<=[^\W_])(\.)(["“”]?)(?=[^\W\d_])""")
# Spaces between two characters that are not whitespace as `regex` reads it
# (stdlib `re` also counts \x1c-\x1f as whitespace).
_DOUBLED_RE = re.compile(r"(?<=[\S\x1c-\x1f]) {2,}(?=[\S\x1c-\x1f])")
# Any character but the ones that are surely not letters (a superset of
# \p{L} under any Unicode version): what the rules' `hint`s look for.
_MAYBE_LETTER = r"""[^\s\d"“”'’‘.,;:!?()\[\]{}<>/\\|*&%$#@=+~^`_-]"""
_MAYBE_CAPITAL = r"""[^a-z\s\d"“”'’‘.,;:!?()\[\]{}<>/\\|*&%$#@=+~^`_-]"""
# Starts at the space, so the scan only stops at spaces; the left character is
# checked in Python (a word, a number, a closing bracket or quote).
_BEFORE_RE = re.compile(r"""( +)([,.;:?!])(?=[\s"”’]|\Z)""")
_BEFORE_LEFT = frozenset("%)]\"”’'")
_CLOSERS = frozenset("\"”’')]")
_SENTENCE_ENDS = frozenset(".!?:…")


def _words(words: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long lists readable)."""
    return frozenset(words.split())


MARK_NAMES = {
    ",": "comma",
    ".": "full stop",
    ";": "semicolon",
    ":": "colon",
    "?": "question mark",
    "!": "exclamation mark",
}

# URI schemes that legitimately glue a colon to a word.
_SCHEMES = _words("mailto tel urn file data javascript sms irc news callto skype")

# Honorifics and titles written with a full stop: `Dr.Evelyn` lacks a space.
_TITLES = _words("mr mrs ms mx dr prof rev sen gen gov capt col lt sgt supt insp st fr sr jr")

# Closed-class words that start sentences. A capitalised word glued to a
# preceding capitalised word by a dot (`Division.Those`) is a sentence end only
# when the right-hand word is one of these or a title; otherwise the pair is
# probably a dotted name such as `One.Tel`.
_SENTENCE_STARTERS = _words(
    "a an the this that these those there here it its he she his her him they them their we "
    "our us i you your my me one some many most all both each every no none not nor neither "
    "either in on at by for from with without to of into onto about after before during "
    "since until while when where why how what which who whose whom whether if unless "
    "although though because as so but and or yet also then thus still however meanwhile "
    "nevertheless nonetheless moreover furthermore instead indeed now today yesterday "
    "tomorrow later earlier last next first second finally overall despite other another "
    "such only even just more less"
)
_LOWER_ABBREVIATIONS = _words("etc approx vs cf viz ca incl esp al")


def _left_token(text: str, end: int) -> str:
    """The token that ends at `end` (letters, digits, apostrophes, hyphens, dots).

    A backward walk, not a regex search: a search from the block start would
    make every lookup linear in the block length.
    """
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in _TOKEN_PUNCT):
        i -= 1
    return text[i:end]


def _ends_sentence(text: str, end: int) -> bool:
    """Whether text[:end] ends with sentence punctuation (closing quotes allowed)."""
    i = end
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    return i > 0 and text[i - 1] in _SENTENCE_ENDS


def _right_word(text: str, start: int) -> str:
    """The run of letters starting at `start` (empty if none)."""
    m = _LETTERS_RE.match(text, start)
    if m is None:
        return ""
    word = m.group()
    for k, c in enumerate(word):
        if not _letter(c):  # a number such as `²` that \w counts
            return word[:k]
    return word


def _glued_marks(
    pattern: re.Pattern[str], text: str, left_ok, right_ok
) -> Iterator[tuple[int, str, str, int]]:
    """(start, mark, quote, end) of each `pattern` match whose characters on
    either side pass the exact tests (see `_letter`)."""
    for m in pattern.finditer(text):
        start, end = m.span()
        if left_ok(text[start - 1]) and right_ok(text[end]):
            yield start, m.group(1), m.group(2), end


def _quote_is_opening(block: Block, q: int) -> bool:
    """Whether the double quote at prose offset `q` opens a quotation."""
    ch = block.text[q]
    if ch == "“":
        return True
    if ch == "”":
        return False
    return any(s == q for s, _ in block.quoted)


def _space_at(block: Block, mark: int, quote: str) -> int:
    """Where the missing space goes: after the mark, or after a closing quote."""
    if quote and not _quote_is_opening(block, mark + 1):
        return mark + 2
    return mark + 1


def _report_missing(
    block: Block, report: Reporter, mark: int, quote: str, left: str, right: str, what: str
) -> None:
    """Report a missing space after the mark at `mark`, with a safe insertion."""
    text = block.text
    start = mark - len(left)
    end = mark + 1 + len(quote) + len(right)
    at = _space_at(block, mark, quote)
    if not block.is_contiguous(mark, min(end, mark + 2 + len(quote))):
        return  # markup sits between the mark and the word: not adjacent in the source
    seen = text[start:end]
    fixed = text[start:at] + " " + text[at:end]
    if block.overlaps_non_prose(start, mark):
        start = mark  # `blinkx.tv,was`: point at the comma, not at the domain
    report(
        block,
        start,
        end,
        f'Missing space after the {what} in "{seen}"; write "{fixed}".',
        edits=[(at, at, " ")],
    )


class AfterComma(Rule):
    """Missing space after a comma."""

    id = "spacing.after-comma"
    summary = "Missing space after a comma"
    explanation = """\
## What it flags
A comma glued to the next word, as in `Reed,a renowned expert` or
`"Yes,"he said`.

## Why
Scraping and careless pasting drop spaces; a glued comma reads as a typo.

## Fix safety
Safe: the fix inserts one space after the comma (after the closing quote if
one follows, before an opening one). Numbers such as `1,000` and a comma
inside a closing quote followed by a space (`“peace,” he`) are never flagged.
"""
    severity = "warning"
    fix = "always"
    roles = SPACING_ROLES
    hint = re.compile(r',["“”]?' + _MAYBE_LETTER)  # a comma glued to a letter
    bad = (
        Example(
            "Dr. Reed,a renowned expert, joined us.",
            fixed="Dr. Reed, a renowned expert, joined us.",
        ),
        Example('"Yes,"he said.', fixed='"Yes," he said.'),
        Example("He said,“We will go.”", fixed="He said, “We will go.”"),
        Example(
            "Players: Lockwood, White,Mackie and Scott.",
            fixed="Players: Lockwood, White, Mackie and Scott.",
        ),
    )
    good = (
        "The crowd of 1,000 fans cheered.",
        "“We are ready for peace,” he said.",
        "Points (x,y) on a plane.",
        "Read more at www.example.com/a,b today.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        for p, _, quote, end in _glued_marks(_AFTER_COMMA_RE, text, _after_comma_left, _letter):
            left = _left_token(text, p)
            right = _right_word(text, end)
            if not right:
                continue
            if text[p - 1].isdigit() and not left.isdigit():
                continue  # `2a,b` and similar codes
            if len(left.strip("'’-")) < 2 and len(right) < 2:
                continue  # `x,y`, `A,B`: coordinates and labels
            _report_missing(block, report, p, quote, left, right, "comma")


class AfterPunctuation(Rule):
    """Missing space after a semicolon, colon, question mark or exclamation mark."""

    id = "spacing.after-punctuation"
    summary = "Missing space after a semicolon, colon, question mark or exclamation mark"
    explanation = """\
## What it flags
`; : ? !` glued to the next word: `Keywords:Ukraine`, `today;the`,
`Why?He asked`.

## Why
A glued mark reads as a typo and breaks line wrapping.

## Fix safety
Safe: the fix inserts one space. Times and scores (`10:30`, `3:39`), acronym
pairs (`CD:UK`, `CSI:NY`), URI schemes (`mailto:`), emoticons and stacked marks
(`?!`) are never flagged.
"""
    severity = "warning"
    fix = "always"
    roles = SPACING_ROLES
    hint = re.compile(r'[;:?!]["“”]?' + _MAYBE_LETTER)  # a mark glued to a letter
    bad = (
        Example("Keywords:Ukraine, Russia", fixed="Keywords: Ukraine, Russia"),
        Example("It was late;the talks went on.", fixed="It was late; the talks went on."),
        Example("Why?He did not say.", fixed="Why? He did not say."),
        Example('"Why?"he asked.', fixed='"Why?" he asked.'),
    )
    good = (
        "The talks start at 10:30 on Monday.",
        "He ran 3:39 in the 1500m.",
        "ISTANBUL: Ukraine said Monday it was ready.",
        "She presents CD:UK and SM:tv on Saturdays.",
        "Really?! That is odd :)",
        "Write to mailto:desk@example.com today.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        for p, mark, quote, end in _glued_marks(_AFTER_MARK_RE, text, _letter, _letter):
            left = _left_token(text, p)
            right = _right_word(text, end)
            if not self._glued(text, p, mark, left, right):
                continue
            _report_missing(block, report, p, quote, left, right, MARK_NAMES[mark])

    @staticmethod
    def _glued(text: str, p: int, mark: str, left: str, right: str) -> bool:
        """Whether `left<mark>right` is a missing space rather than a notation."""
        if not right or not left:
            return False
        if mark == ";":
            return not (p - len(left) > 0 and text[p - len(left) - 1] == "&")  # `&amp;`
        if mark == ":":
            if "." in left or len(left) < 2 or len(right) < 2:
                return False
            if left.isupper() or right.isupper() or any(c.isdigit() for c in left):
                return False  # CD:UK, CSI:NY, SM:tv
            return left.lower() not in _SCHEMES
        return len(right) >= 2 or right in ("I", "A")


class AfterFullStop(Rule):
    """Missing space after a full stop that ends a sentence."""

    id = "spacing.after-full-stop"
    summary = "Missing space after a full stop"
    explanation = """\
## What it flags
A sentence-ending full stop glued to the next sentence (`in Istanbul.Dr. Reed`,
`dive right in.These talks`) and a title glued to a name (`Dr.Evelyn`).

## Why
The reader cannot see where the sentence ends, and search and sentence
splitting break.

## Fix safety
Safe: the fix inserts one space. The rule only fires when the word after the
stop is capitalised and the word before it is either lower case, a title
(`Dr`, `Mr`) or a capitalised word followed by a common sentence opener
(`Division.Those`). Dotted names (`One.Tel`, `Bagle.AT`, `Zafi.D`),
abbreviations and initials (`U.S.`, `e.g.`, `J.K.`), decimals, domains and
ellipses stay silent.
"""
    severity = "warning"
    fix = "always"
    roles = SPACING_ROLES
    hint = re.compile(r'\.["“”]?' + _MAYBE_CAPITAL)  # a full stop glued to a capital
    bad = (
        Example(
            "They met in Istanbul.Dr. Reed said so.",
            fixed="They met in Istanbul. Dr. Reed said so.",
        ),
        Example(
            "Let us dive right in.These talks matter.",
            fixed="Let us dive right in. These talks matter.",
        ),
        Example("Dr.Evelyn Reed: It is my pleasure.", fixed="Dr. Evelyn Reed: It is my pleasure."),
        Example(
            "It should have been Joy Division.Those guys were great.",
            fixed="It should have been Joy Division. Those guys were great.",
        ),
        Example(
            '"I am up for the challenge."Earlier, he quit.',
            fixed='"I am up for the challenge." Earlier, he quit.',
        ),
        Example(
            "They are based in Brunei.Discussions have begun.",
            fixed="They are based in Brunei. Discussions have begun.",
        ),
    )
    good = (
        "Time.news: Dr. Evelyn Reed joins us.",
        "Firms such as TalkTalk and One.Tel route calls.",
        "The new variant is called Bagle.AT and the Zafi.D virus spreads.",
        "Growth was 3.5% in the U.S. last year.",
        "J.K. Rowling wrote it, e.g. Harry Potter.",
        "Wait...Then it happened.",
        "Editor of fansite Halo.Bungie.Org said so.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        for p, _, quote, end in _glued_marks(_AFTER_STOP_RE, text, _letter_or_number, _capital):
            left = _left_token(text, p)
            right = _right_word(text, end)
            tail = end + len(right)
            if text[tail : tail + 1] == "." and _letter(text[tail + 1 : tail + 2] or " "):
                continue  # a dotted chain such as `Halo.Bungie.Org`
            if self._sentence_break(left, right):
                _report_missing(block, report, p, quote, left, right, "full stop")

    @staticmethod
    def _sentence_break(left: str, right: str) -> bool:
        """Whether `left.right` is two sentences (or a title and a name) glued."""
        left = left.lstrip("'’-")
        if not left or "." in left or len(right) < 2 or not right[1].islower():
            return False  # abbreviations, initials, ellipses, `Bagle.AT`, `Zafi.D`
        if left.isdigit():
            return right.lower() in _SENTENCE_STARTERS  # `in 2004.The` but not `3.5`
        if left.islower():
            return left not in _LOWER_ABBREVIATIONS
        if left.lower() in _TITLES:
            return True  # `Dr.Evelyn`
        if len(left) >= 2 and (left.isupper() or (left[0].isupper() and left[1:].islower())):
            # `Brunei.Discussions`, `UK.The`; dotted names have short tails (`One.Tel`).
            low = right.lower()
            return low in _SENTENCE_STARTERS or low in _TITLES or len(right) >= 4
        return False  # mixed case such as `iTunes.Store`, initials such as `J.Smith`


class DoubledSpace(Rule):
    """Two or more spaces inside a sentence."""

    id = "spacing.doubled-space"
    summary = "Doubled space inside a sentence"
    explanation = """\
## What it flags
Two or more spaces between words inside a sentence, as in
`oil production  cartel`.

## Why
A doubled space usually marks a deleted word or a bad paste; in print it shows
as a gap.

## Fix safety
Safe: the fix leaves one space. HTML (where whitespace collapses), line
breaks, spaces after a sentence end, table rows and lines laid out in columns
(three or more runs of spaces) are left alone.
"""
    severity = "warning"
    fix = "always"
    roles = SPACING_ROLES
    hint = re.compile("  ")  # two spaces
    bad = (
        Example(
            "Meanwhile, oil production  cartel Opec said no.",
            fixed="Meanwhile, oil production cartel Opec said no.",
        ),
        Example("Some *bold*  text here.", fixed="Some *bold* text here.", format="md"),
    )
    good = (
        "One sentence.  Two spaces after a full stop are a convention.",
        "A line\n  indented continuation.",
        Example("<p>HTML  collapses whitespace.</p>", format="html"),
        Example("Some `code`  here.", format="md"),
        "| a  | b |",
        "Arsenal  2   Chelsea  1   Spurs  0",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        if block.collapses_whitespace or "  " not in text:
            return
        line_start = 0
        for line in text.split("\n"):
            self._check_line(block, report, line, line_start)
            line_start += len(line) + 1

    def _check_line(self, block: Block, report: Reporter, line: str, offset: int) -> None:
        if line.lstrip().startswith("|"):
            return  # a Markdown table row
        runs = list(_DOUBLED_RE.finditer(line))
        if not runs or len(runs) >= 3:
            return  # column layout, not a typo
        text = block.text
        for m in runs:
            s, e = m.start() + offset, m.end() + offset
            if _ends_sentence(text, s):
                continue
            if not block.is_contiguous(s, e):
                continue  # removed markup (inline code) left the spaces
            left = _left_token(text, s) or text[s - 1]
            right = _right_word(text, e) or text[e]
            report(
                block,
                s,
                e,
                f'Doubled space in "{left}{text[s:e]}{right}"; write "{left} {right}".',
                replacement=" ",
            )


class BeforePunctuation(Rule):
    """A space before a comma, full stop, semicolon, colon, question or exclamation mark."""

    id = "spacing.before-punctuation"
    summary = "Space before punctuation"
    explanation = """\
## What it flags
A space between a word and the punctuation that follows it:
`without charge .`, `France , Ireland`, `said : "Anyone`.

## Why
English sets these marks tight against the preceding word; the stray space
can also push the mark to the start of a line.

## Fix safety
Safe: the fix removes the space. Ellipses (`. . .`, ` ...`), emoticons
(` :)`), stacked marks and marks that start a line are left alone.
"""
    severity = "warning"
    fix = "always"
    roles = SPACING_ROLES
    hint = re.compile(r" [,.;:?!]")  # a space before a mark
    bad = (
        Example(
            "Fon was released without charge . But now he is back.",
            fixed="Fon was released without charge. But now he is back.",
        ),
        Example(
            "France , Ireland and Wales all remain unbeaten.",
            fixed="France, Ireland and Wales all remain unbeaten.",
        ),
        Example(
            'Colonel Bob Stewart said : "Anyone at the top."',
            fixed='Colonel Bob Stewart said: "Anyone at the top."',
        ),
    )
    good = (
        "It was a strange match . . . momentum swings.",
        "He paused ... then spoke.",
        "Nice one :) she wrote.",
        "Version .NET is out.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        for m in _BEFORE_RE.finditer(text):
            s, e = m.start(), m.end()
            if s == 0 or not (text[s - 1] in _BEFORE_LEFT or _letter_or_number(text[s - 1])):
                continue
            mark = m.group(2)
            if mark == "." and (text.startswith(" .", e) or text[s - 1] == "."):
                continue  # spaced ellipsis
            if not block.is_contiguous(s, e):
                continue  # markup between the space and the mark
            left = _left_token(text, s) or text[s - 1]
            nxt = text[e : e + 1] if e < len(text) and not text[e].isspace() else ""
            report(
                block,
                s,
                e,
                f'Space before the {MARK_NAMES[mark]} in "{left}{text[s:e]}{nxt}"; '
                f'write "{left}{mark}{nxt}".',
                edits=[(s, m.end(1), "")],
            )
