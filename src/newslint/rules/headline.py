"""Headline and subhead checks: quotes, brackets, full stops, case, length.

A headline is the most read line of a story, and the desk's last look at it
is often in a hurry: a quote mark left open, a full stop carried over from
body copy, a lowercase start. Headline quotes are usually single quotes, so
the balance check has to tell an apostrophe (`film's`, `Players' union`)
from a quotation mark.
"""

from __future__ import annotations

import re

from newslint.document import Block, Document
from newslint.rule import Example, Reporter, Rule
from newslint.rules.names import NAME_PARTICLES

HEADS = frozenset({"headline", "subhead"})

_OPEN_FOR = {"’": "‘", "”": "“", ")": "(", "]": "["}
_CLOSE_FOR = {"‘": "’", "“": "”", "(": ")", "[": "]", "'": "'", '"': '"'}
_DOUBLED_SPACE_RE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
# Abbreviations that legitimately end a headline with a full stop.
_FINAL_ABBREV = frozenset(
    [
        "co",
        "inc",
        "ltd",
        "corp",
        "plc",
        "jr",
        "sr",
        "st",
        "bros",
        "etc",
        "dept",
        "govt",
        "no",
        "vs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
    ]
)
# Name particles that stay lowercase at the start of a headline (de Villepin);
# the Spanish and Portuguese connectors never start one.
_PARTICLES = NAME_PARTICLES - {"y", "e"}
# Words that title case leaves lowercase.
_MINOR = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "nor",
        "for",
        "so",
        "yet",
        "as",
        "at",
        "by",
        "in",
        "of",
        "off",
        "on",
        "per",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "from",
        "into",
        "onto",
        "over",
        "than",
        "that",
        "upon",
        "out",
        "is",
        "are",
        "be",
    ]
)
_CASE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _quote_role(text: str, i: int) -> str:
    """Classify the quote mark at i: 'open', 'close', or 'apos' (not a quotation mark)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "‘“":
        return "open"
    if ch == "”":
        return "close"
    if before.isalnum() and after.isalnum():
        return "apos"  # film's, don't, rock'n'roll
    if ch == "'" or ch == "’":
        if after.isdigit() and re.match(r"\d\ds\b", text[i + 1 : i + 4] or ""):
            return "apos"  # the '90s
        if not before.isalnum() and not after.isspace() and after not in ".,;:!?)]":
            return "open" if ch == "'" else "apos"
        return "close"
    # straight double quote
    if before.isspace() or before in "([-–—/" or i == 0:
        return "open"
    return "close"


def unbalanced_marks(text: str) -> list[tuple[int, str]]:
    """(offset, mark) of quote marks and brackets opened and never closed.

    A closing single quote after an `s` with nothing open is a plural
    possessive (`Players' union`), not a stray closer.
    """
    stack: list[tuple[int, str]] = []
    stray: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append((i, ch))
            continue
        if ch in ")]":
            _pop(stack, _OPEN_FOR[ch], stray, i, ch, stray)
            continue
        if ch not in "'\"‘’“”":
            continue
        role = _quote_role(text, i)
        if role == "open":
            stack.append((i, ch))
        elif role == "close":
            # A single closer with nothing open is a plural possessive or an
            # elision (girls' school, goin'); a stray double closer is left
            # to the opener check, which flags the odd mark.
            _pop(stack, {"’": "‘", "”": "“"}.get(ch, ch), None, i, ch, stray)
    return sorted([*stack, *stray])


def _pop(
    stack: list[tuple[int, str]],
    opener: str,
    stray: list[tuple[int, str]] | None,
    i: int,
    ch: str,
    unclosed: list[tuple[int, str]],
) -> bool:
    """Close the innermost matching opener; straight and curly quotes match each other.

    Openers of another kind skipped on the way were never closed.
    """
    kin = {"'": "'‘", "‘": "'‘", '"': '"“', "“": '"“'}.get(opener, opener)
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][1] in kin:
            unclosed.extend(stack[k + 1 :])
            del stack[k:]
            return True
    if stray is not None:
        stray.append((i, ch))
    return False


class UnbalancedQuote(Rule):
    id = "headline.unbalanced-quote"
    summary = "A headline opens a quotation mark or bracket and never closes it."
    explanation = """\
## What it flags
A headline or subhead with a quotation mark or bracket that is opened and never
closed, such as `Kyiv Open to Istanbul ‘Necessary Steps`. Apostrophes inside
words (`film's`) and plural possessives (`Players' union`) are not quotation
marks and are left alone.

## Why
An open quote in a headline reads as a mistake on every page that shows it,
and it often means a mark was pasted in the wrong place.

## Fix safety
No automatic fix: the mark may belong at the end, somewhere else, or not at
all. The message names the closing mark to add.
"""
    severity = "warning"
    roles = HEADS
    bad = (
        "Kyiv Open to Istanbul ‘Necessary Steps\n\nBody text here.",
        "JP Morgan admits US 'slavery links\n\nBody text here.",
        'Beckham rules "out management move\n\nBody text here.',
        "UK 'needs true 'immigration data'\n\nBody text here.",
    )
    good = (
        "Parties warned over 'grey vote'\n\nBody text here.",
        "Players' union backs 'fair deal' plan\n\nBody text here.",
        "Cage film's third week at US top\n\nBody text here.",
        "Hits of the '90s return (again)\n\nBody text here.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        if not any(c in text for c in "'\"‘’“”()[]"):
            return
        end = len(text.rstrip())
        for i, mark in unbalanced_marks(text):
            if mark in _CLOSE_FOR:
                close = _CLOSE_FOR[mark]
                report(
                    block,
                    i,
                    max(end, i + 1),
                    f"The {block.role} opens {mark} before {text[i + 1 : i + 21].strip()!r}"
                    f" and never closes it; add the closing {close} or remove the {mark}.",
                )
            else:
                report(
                    block,
                    i,
                    i + 1,
                    f"The {block.role} closes {mark} that was never opened;"
                    f" add the opening mark or remove the {mark}.",
                )


class TrailingPeriod(Rule):
    id = "headline.trailing-period"
    summary = "A headline or subhead ends with a full stop."
    explanation = """\
## What it flags
A headline or subhead that ends with a full stop: `Retirement age could be
scrapped.`. Abbreviations (`Co.`, `Inc.`, `U.S.`) and ellipses are left alone.

## Why
Headlines take no final full stop in news style.

## Fix safety
Safe: deleting the full stop changes nothing else.
"""
    severity = "warning"
    fix = "always"
    roles = HEADS
    bad = (
        Example(
            "Retirement age could be scrapped.\n\nBody text here.",
            fixed="Retirement age could be scrapped\n\nBody text here.",
        ),
        Example(
            "Apple unveils low-cost 'Mac mini'.\n\nBody text here.",
            fixed="Apple unveils low-cost 'Mac mini'\n\nBody text here.",
        ),
    )
    good = (
        "Retirement age could be scrapped\n\nBody text here.",
        "Shares jump at Acme Co.\n\nBody text here.",
        "Troops return to the U.S.\n\nBody text here.",
        "And then there were none...\n\nBody text here.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text.rstrip()
        if not text.endswith(".") or text.endswith(".."):
            return
        m = re.search(r"([\w.]*)\.$", text)
        token = m.group(1) if m else ""
        if token.lower() in _FINAL_ABBREV or "." in token or len(token) == 1:
            return
        i = len(text) - 1
        report(
            block,
            i,
            i + 1,
            f"The {block.role} ends with a full stop after {token!r}; headlines take none.",
            replacement="",
        )


class LowercaseStart(Rule):
    id = "headline.lowercase-start"
    summary = "A headline or subhead starts with a lowercase letter."
    explanation = """\
## What it flags
A headline or subhead whose first word starts in lowercase: `apple unveils
Mac mini`. Brand names with inner capitals (`iPod`, `eBay`), name particles
(`de Villepin`) and units are left alone.

## Why
Headlines start with a capital in both sentence case and title case.

## Fix safety
Safe: only the first letter is capitalised.
"""
    severity = "warning"
    fix = "always"
    roles = HEADS
    bad = (
        Example(
            "apple unveils Mac mini\n\nBody text here.",
            fixed="Apple unveils Mac mini\n\nBody text here.",
        ),
    )
    good = (
        "iPod sales soar in Europe\n\nBody text here.",
        "eBay profits rise\n\nBody text here.",
        "de Villepin urges calm\n\nBody text here.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        m = re.match(r"[\s'\"‘“(\[]*([^\W\d_][\w'’-]*)", block.text)
        if not m:
            return
        word = m.group(1)
        if not word[0].islower() or word.lower() in _PARTICLES:
            return
        if block.role == "subhead" and (block.doc is None or block.doc.format == "txt"):
            return  # plain-text subheads are guesses: often fragments or table rows
        if any(c.isupper() for c in word[1:]) or "." in block.text[m.end(1) : m.end(1) + 1]:
            return  # iPod, eBay, e.g., www.
        s = m.start(1)
        report(
            block,
            s,
            m.end(1),
            f"The {block.role} starts with lowercase {word!r}; write {word[0].upper() + word[1:]!r}.",
            edits=[(s, s + 1, word[0].upper())],
        )


class DoubledSpace(Rule):
    id = "headline.doubled-space"
    summary = "A headline or subhead has two spaces in a row."
    explanation = """\
## What it flags
Two or more spaces between words of a headline or subhead.

## Why
A doubled space is a leftover from editing and shows in print and on the web.

## Fix safety
Safe: the spaces become one. Formats that collapse whitespace (HTML) are not
checked.
"""
    severity = "warning"
    fix = "always"
    roles = HEADS
    bad = (
        Example(
            "Sony PSP  console hits US\n\nBody text here.",
            fixed="Sony PSP console hits US\n\nBody text here.",
        ),
    )
    good = ("Sony PSP console hits US\n\nBody text here.",)

    def check_block(self, block: Block, report: Reporter) -> None:
        if block.collapses_whitespace:
            return
        for m in _DOUBLED_SPACE_RE.finditer(block.text):
            report(
                block,
                m.start(),
                m.end(),
                f"The {block.role} has {len(m.group())} spaces in a row; use one.",
                replacement=" ",
            )


def _lowercase_in_doc(doc: Document | None, word: str) -> bool:
    """Whether the document writes `word` in lowercase somewhere (an ordinary word)."""
    if doc is None:
        return False
    low = word.lower()
    return any(w.text == low for _, w in doc.word_index.get(low, ()))


def case_style(text: str, doc: Document | None = None) -> str | None:
    """'title', 'sentence', or None when the words do not tell.

    Proper nouns are capitalised in both styles, so sentence case shows only
    in a lowercase word that title case would capitalise, and title case only
    in capitalised words that are not names: minor words (`The`, `For`) or
    words the document itself writes in lowercase elsewhere.
    """
    words = _CASE_WORD_RE.findall(text)
    if len(words) < 3 or text.upper() == text:
        return None
    title = lower = 0
    for w in words[1:]:
        if w.isupper() or len(w) < 2:
            continue
        if w[0].isupper():
            if w.lower() in _MINOR or _lowercase_in_doc(doc, w):
                title += 1
        elif w.lower() not in _MINOR and not any(c.isupper() for c in w):
            lower += 1
    if lower == 0 and title >= 2:
        return "title"
    if lower >= 2:
        return "sentence"
    return None


class CaseStyle(Rule):
    id = "headline.case-style"
    summary = "A subhead is in a different case style from the headline."
    explanation = """\
## What it flags
A subhead in title case under a sentence-case headline, or the reverse. The
style is read from the headline (option `case = "auto"`) or set with
`case = "sentence"` or `"title"`. Lines whose style the words cannot tell
(all proper nouns, all capitals, under three words) are left alone.

## Why
House style picks one case for display lines; mixing them looks unedited.

## Fix safety
No fix: recasing needs to know which words are proper nouns.

## Options
- `case`: `"auto"` (default), `"sentence"` or `"title"`.
"""
    severity = "info"
    default_enabled = False  # info-level checks are opt-in: extend-select them
    options = {"case": "auto"}
    bad = (
        "Ministers back new rail plan\n\nBody text here.\n\nWhat The Plan Means For Commuters\n\n"
        "More body text.",
    )
    good = (
        "Ministers back new rail plan\n\nBody text here.\n\nWhat the plan means for commuters\n\n"
        "More body text.",
    )

    def check(self, doc: Document, report: Reporter) -> None:
        subheads = [b for b in doc.blocks if b.role == "subhead"]
        if not subheads:
            return
        want = self.opts.get("case", "auto")
        if want not in ("sentence", "title"):
            head = doc.headline
            want = case_style(head.text, doc) if head is not None else None
            if want is None:
                return
        for b in subheads:
            got = case_style(b.text, doc)
            if got is not None and got != want:
                report(
                    b,
                    0,
                    len(b.text.rstrip()),
                    f"This subhead is in {got} case but the headlines use {want} case;"
                    f" recase {b.text.strip()[:40]!r}.",
                )


class TooLong(Rule):
    id = "headline.too-long"
    summary = "A headline is longer than the house maximum."
    explanation = """\
## What it flags
A headline longer than `max-length` characters (default 90).

## Why
Long headlines are cut off in search results, social cards and section fronts.

## Fix safety
No fix: shortening needs an editor.

## Options
- `max-length`: the longest headline allowed, in characters (default 90).
"""
    severity = "info"
    default_enabled = False  # info-level checks are opt-in: extend-select them
    roles = frozenset({"headline"})
    options = {"max-length": 90}
    bad = (
        "Ministers back a new and very much longer rail plan that runs on and on past the limit "
        "set for headlines\n\nBody text here.",
    )
    good = ("Ministers back new rail plan\n\nBody text here.",)

    def check_block(self, block: Block, report: Reporter) -> None:
        limit = int(self.opts.get("max-length", 90))
        n = len(block.text.strip())
        if n > limit:
            report(
                block,
                limit,
                n,
                f"The headline is {n} characters long; keep it to {limit} or fewer.",
            )
