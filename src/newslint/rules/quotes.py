"""Quotation marks in body copy: quotes left open, and mixed quote styles.

News copy has its own quote conventions, and a quote-balance check must
honour them: a quotation that runs over several paragraphs has no closing
mark at the end of each paragraph (the next paragraph opens with a quote
mark instead), and scraped copy often loses the paragraph break inside such
a run. Counting marks is therefore useless; these rules look for the
unambiguous signs of a missing closing mark instead: the attribution
(`, he said`) inside a quotation that was opened and never closed.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from newslint import patterns, trie
from newslint.document import BODY_ROLES, Block, Document, doc_text
from newslint.rule import Example, Reporter, Rule

_DOUBLE_MARKS_RE = re.compile(r"[\"“”]")
_SPEECH_VERBS = (
    r"said|says|added|adds|told|tells|explained|explains|insisted|insists|warned|warns|"
    r"argued|argues|claimed|claims|stressed|stresses|admitted|admits|continued|continues|"
    r"noted|notes|asked|asks|replied|replies|commented|declared|agreed|agrees|wrote|writes"
)
_PRONOUNS = r"he|she|they"
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"


@cache
def _attribution_re() -> re.Pattern[str]:
    """The attribution that follows a closed quotation and ends its clause: `,
    he said.`, `, said Mr Smith,`, `, Mr Smith said.` Inside an open quotation
    it means the closing mark is missing. A comma right after a closing single
    quote is a nested quotation done properly ('...', he said, '...').

    Compiled on first use (`_attribution_hints` keeps most runs from needing
    it) and kept between runs by `patterns.compile`.
    """
    return patterns.compile(
        rf"(?<![’'])[,?!]\s+(?:(?:{_PRONOUNS})\s+(?:{_SPEECH_VERBS})"
        rf"|(?:{_SPEECH_VERBS})\s+{_NAME}"
        rf"|{_NAME}\s+(?:{_SPEECH_VERBS}))(?=[.,;]|\s*$)"
    )


# `_attribution_re` over the whole document at once, to find the blocks
# worth checking: a block is searched only up to its next quote mark (`$`
# matches there), so here the attribution may also end before a quote mark
# or a block's end. Every attribution `check_block` finds is found here. One
# pattern per punctuation mark, each beginning with it (the lookbehind moved
# after it), lets `re` skip from mark to mark at C speed instead of trying
# every position; the verbs share their prefixes.
_VERBS = trie.pattern(_SPEECH_VERBS.split("|"))
_ATTRIBUTION_BODY = (
    rf"\s+(?:(?:{_PRONOUNS})\s+(?:{_VERBS})|(?:{_VERBS})\s+{_NAME}|{_NAME}\s+(?:{_VERBS}))"
    r"(?=[.,;]|\s*(?:[\"“”\n]|\Z))"
)


@cache
def _attribution_hints() -> dict[str, re.Pattern[str]]:
    """Punctuation mark -> its hint pattern; compiled on first use, and kept
    between runs (`patterns.compile`): three such patterns take ~5 ms to compile."""
    return {
        mark: patterns.compile(rf"{re.escape(mark)}(?<![’']{re.escape(mark)}){_ATTRIBUTION_BODY}")
        for mark in ",?!"
    }


def mark_role(text: str, i: int) -> str:
    """'open' or 'close' for the double quote mark at i, read from its neighbours."""
    ch = text[i]
    if ch == "“":
        return "open"
    if ch == "”":
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{-–—/:‘":
        return "close" if after.isspace() else "open"
    return "close"


def _closing_mark(opener: str) -> str:
    return "”" if opener == "“" else '"'


class Unclosed(Rule):
    id = "quotes.unclosed"
    summary = "A quotation is opened and not closed before its attribution."
    explanation = """\
## What it flags
A quotation opened with `"` or `“` that runs into its own attribution without a
closing mark: `"It was a great night, he said.` The attribution (`, he said`,
`, said Mr Smith`, `, Ms Jones added`) shows where the quotation should have
ended.

A quotation that simply runs to the end of its paragraph is not flagged: news
style drops the closing mark when the quotation continues in the next
paragraph, and scraped copy often loses those paragraph breaks.

## Why
A missing closing mark puts the reporter's words inside the speaker's mouth.

## Fix safety
Unsafe: the closing mark is inserted after the punctuation before the
attribution, which is almost always right but changes who says what.
"""
    severity = "warning"
    fix = "always"
    roles = BODY_ROLES
    bad = (
        Example(
            'Results were strong. "It was a great year, he said.',
            fixed='Results were strong. "It was a great year," he said.',
        ),
        Example(
            "Sales rose. “We are pleased, said Mr Smith. “More to come.”",
            fixed="Sales rose. “We are pleased,” said Mr Smith. “More to come.”",
        ),
    )
    good = (
        'Results were strong. "It was a great year," he said.',
        "“We are ready to take the necessary steps for peace,” he said.",
        'He said: "We will win.\n\n"We always do."',
        'The plan is "sensible, fair and overdue", Mr Brown said.',
    )

    def check(self, doc: Document, report: Reporter) -> None:
        joined, _, starts = doc_text(doc)
        found = {
            bisect.bisect_right(starts, m.start()) - 1
            for mark, hint in _attribution_hints().items()
            if mark in joined
            for m in hint.finditer(joined)
        }
        for k in sorted(found):
            block = doc.blocks[k]
            if block.role in self.roles:
                self.check_block(block, report)

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        marks = [m.start() for m in _DOUBLE_MARKS_RE.finditer(text)]
        for k, i in enumerate(marks):
            if mark_role(text, i) != "open":
                continue
            stop = marks[k + 1] if k + 1 < len(marks) else len(text)
            m = _attribution_re().search(text, i + 1, stop)
            if m is None:
                continue
            at = m.start() + 1
            close = _closing_mark(text[i])
            report(
                block,
                i,
                at,
                f"The quotation {text[i : min(at, i + 30)]!r}… is not closed before its "
                f"attribution {text[at - 1 : m.end()].strip()!r}; add {close} after "
                f"{text[max(i, at - 12) : at]!r}.",
                edits=[(at, at, close)],
                applicability="unsafe",
            )


class MixedStyle(Rule):
    id = "quotes.mixed-style"
    summary = "Straight and curly double quotes are mixed in one document."
    explanation = """\
## What it flags
A document that uses both straight (`"`) and curly (`“ ”`) double quotation
marks. The finding points at the first mark of the less used style.

## Why
House style picks one; a mix usually means copy was pasted from elsewhere.

## Fix safety
No fix: converting straight quotes to curly ones needs their direction.
"""
    severity = "info"
    default_enabled = False  # info-level checks are opt-in: extend-select them
    bad = ('He called it “peace”.\n\nShe called it "war".',)
    good = ('He called it "peace".\n\nShe called it "war".', "He called it “peace”.")

    def check(self, doc: Document, report: Reporter) -> None:
        straight: list[tuple[Block, int]] = []
        curly: list[tuple[Block, int]] = []
        for b in doc.blocks:
            for m in _DOUBLE_MARKS_RE.finditer(b.text):
                (straight if m.group() == '"' else curly).append((b, m.start()))
        if not straight or not curly:
            return
        few, many = (straight, "curly") if len(straight) <= len(curly) else (curly, "straight")
        block, i = few[0]
        report(
            block,
            i,
            i + 1,
            f"This document mixes straight and curly double quotes ({len(straight)} straight, "
            f"{len(curly)} curly); use {many} quotes throughout.",
        )
