"""Scraped page furniture and SEO text left in the copy.

Copy pulled from a web page drags along the page around it: `You may also
like`, `Leave a Comment`, share and newsletter prompts, `Keywords: …` lines,
poll widgets. They are matched only as whole lines (or, for a few phrases
that never occur in reporting, whole sentences such as `Click here to …`),
never inside a sentence, so `He said you may also like the plan` is silent.

The fix deletes the whole line with its line break and the blank line that
separated it, so no blank lines pile up. It is unsafe: a human confirms that
the line is furniture and not copy.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from newslint import patterns, trie
from newslint.document import Block, Document, doc_text
from newslint.findings import Edit, Finding, Fix
from newslint.rule import Example, Reporter, Rule

_SOCIAL = r"(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|instagram|tiktok|youtube|threads|bluesky|messenger|telegram|e-?mail)"

# Each kind: whole-line patterns (full match, case-insensitive, on the line
# without trailing colons, arrows and dots).
_LINE_PATTERNS: dict[str, list[str]] = {
    "poll-widget": [
        r"(?:vote|poll|quick poll|have your say)\b.{0,200}\?\s+yes\s+no\b.*",
        r".{0,200}\bresults are indicative and may not reflect public opinion\b.*",
    ],
    "seo-keywords": [
        r"(?:keywords?|tags?|tagged|filed under|related (?:topics|tags|searches))"
        r"\s*:\s*[^.!?\n]{0,300}",
    ],
    "page-furniture": [
        r"you (?:may|might) also (?:like|enjoy|be interested in)",
        r"related(?: (?:articles?|stories|story|content|posts?|news|links?|coverage|videos?|reading))?",
        r"(?:more|top|latest) (?:stories|news|headlines|articles)(?: from [\w .'’&-]{1,40})?",
        r"more on this (?:story|topic)",
        r"recommended(?: for you| stories| articles| reading| videos?)?",
        r"(?:trending|popular)(?: now| stories| articles| news| today| videos?)?",
        r"most (?:read|popular|viewed|shared|watched|commented)(?: stories| articles| today)?",
        r"editor[’']?s[’']? (?:picks?|choice)",
        r"(?:leave|post|add|write) (?:a|your) (?:comment|reply)|(?:view|show|hide) comments",
        r"\d+ comments?|comments?(?: \(\d+\))?|join the (?:conversation|discussion)",
        r"skip to (?:the )?(?:main )?(?:content|navigation|search)|back to top|jump to (?:content|navigation)",
        rf"(?:share|tweet|post|pin)(?: (?:this|the) (?:article|story|page|post|video))?(?: (?:on|via|with|to) {_SOCIAL})?",
        rf"{_SOCIAL}(?:\s*[|·•/,]?\s*(?:{_SOCIAL}|print|copy link))+",
        r"(?:e-?mail|print) (?:this|the) (?:article|story|page)",
        rf"(?:follow|like|find|join) (?:us|me|[\w@.’'-]{{1,30}}(?: [\w’'-]{{1,30}})?) on {_SOCIAL}\b.{{0,80}}",
        r"(?:click here to |please )?(?:sign up|subscribe)(?: now| today| here)?",
        r"(?:click here to |please )?(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|updates|alerts|bulletins?)\b.{0,60}",
        r"get (?:our|the) .{0,40}newsletters?\b.{0,60}|newsletter sign[- ]?up",
        r"(?:we|this (?:site|website)) uses? cookies\b.{0,300}|(?:accept|manage|reject) (?:all )?cookies|cookie (?:policy|settings|preferences)",
        r"advertisement|advert|sponsored (?:content|links?|stories)",
        r"(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))(?: advertisement)?|continue reading(?: below| the main story)?",
        r"read more(?:\s*[:»›>].{0,120}| (?:here|at|on)\b.{0,120})?",
        r"(?:read (?:next|also)|also read|see also)\s*:.{0,120}",
        r"click here\b.{0,120}",
        r"(?:previous|next) (?:article|story|post)|back to (?:home|homepage|news)",
        r"all rights reserved|(?:copyright )?©\s*\d{4}.{0,80}",
        r"loading(?:\.\.\.|…)?",
    ],
}


@cache
def _line_re() -> re.Pattern[str]:
    """One alternation, one named group per kind (in priority order): one match per line.

    Compiled on first use (`_line_start_re` keeps most runs from needing it)
    and kept between runs by `patterns.compile`.
    """
    return patterns.compile(
        "|".join(
            f"(?P<{kind.replace('-', '_')}>{'|'.join(f'(?:{p})' for p in ps)})"
            for kind, ps in _LINE_PATTERNS.items()
        ),
        re.IGNORECASE,
    )


# How a furniture line can begin, lower-cased: a prefix of everything each
# pattern of `_LINE_PATTERNS` matches (a digit for `\d+ comments`), except
# the poll text that may stand anywhere in its line (`_POLL_TEXT`). Keep it
# in step with the patterns: a line is only looked at when it starts so.
_LINE_STARTS = (
    # poll-widget
    "vote", "poll", "quick poll", "have your say",
    # seo-keywords
    "keyword", "tag", "filed under", "related",
    # page-furniture, in the order of the patterns
    "you may also ", "you might also ",
    "more stories", "more news", "more headlines", "more articles", "more on this ",
    "top stories", "top news", "top headlines", "top articles",
    "latest stories", "latest news", "latest headlines", "latest articles",
    "recommended", "trending", "popular", "most ", "editor",
    "leave ", "post", "add ", "write ", "view comments", "show comments", "hide comments",
    "comment", "join ", "skip to ", "back to ", "jump to ",
    "share", "tweet", "pin",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest", "instagram",
    "tiktok", "youtube", "threads", "bluesky", "messenger", "telegram", "email", "e-mail",
    "print ", "follow ", "like ", "find ",
    "click here", "please ", "sign up", "subscribe", "register",
    "get our ", "get the ", "newsletter sign",
    "we use", "this site ", "this website ", "accept ", "manage ", "reject ", "cookie ",
    "advert", "sponsored ", "story continues", "article continues", "continue reading",
    "read more", "read next", "read also", "also read", "see also",
    "previous ", "next ", "all rights reserved", "copyright ", "©", "loading",
)  # fmt: skip
_POLL_TEXT = "results are indicative and may not reflect public opinion"


@cache
def _line_start_re() -> re.Pattern[str]:
    """A line start (after the newline the joined text puts between blocks)
    that may open a furniture line, searched in the lower-cased document at once."""
    return patterns.compile(r"\n[^\S\n]*(?:\d|" + trie.pattern(_LINE_STARTS) + ")")


# Furniture that can also sit as a sentence inside a paragraph.
_SENTENCE_RES: list[tuple[str, re.Pattern[str]]] = [
    (
        "poll-widget",
        re.compile(r"results are indicative and may not reflect public opinion\b", re.I),
    ),
    ("page-furniture", re.compile(r"click (?:here|on (?:the|this) link|the link)\b", re.I)),
]
_TRAILING = " \t:»›>…|-–—"
_LINE_ENDS = frozenset('.!?:;"”’)]')
# What may surround a block's line in the source: container markers, tags.
_PREFIX_RE = re.compile(r"(?:[ \t]|>|#{1,6}[ \t]|[-*+][ \t]|\d+[.)][ \t]|<[^<>\n]*>|\*+|_+)*\Z")
_SUFFIX_RE = re.compile(r"(?:[ \t\r]|#+|</[^<>\n]*>|\*+|_+)*\Z")

LABELS = {
    "page-furniture": "Page furniture",
    "seo-keywords": "SEO keyword line",
    "poll-widget": "Poll widget",
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One furniture line or sentence: its kind, block and prose span."""

    kind: str
    block: Block
    start: int
    end: int
    whole_line: bool


def line_kind(line: str) -> str | None:
    """The furniture kind of a whole line, or None when it is copy."""
    core = line.strip().rstrip(_TRAILING).rstrip(".!").strip()
    if not core or len(core) > 400:
        return None
    m = _line_re().fullmatch(core)
    return m.lastgroup.replace("_", "-") if m and m.lastgroup else None


def _may_hold_sentence(text: str) -> bool:
    """Cheap pre-check before splitting a block into sentences."""
    low = text.lower()
    return "click" in low or "results are indicative" in low


def _block_hits(block: Block) -> list[Hit]:
    """Furniture lines (each a whole line of the block) and furniture sentences."""
    hits: list[Hit] = []
    text = block.text
    pos = 0
    prev_ok = True
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        kind = line_kind(line) if prev_ok else None
        if kind:
            lead = len(line) - len(line.lstrip())
            hits.append(Hit(kind, block, start + lead, start + len(line.rstrip()), True))
        # A line can only be furniture when the previous one was not running on.
        prev_ok = bool(kind) or not line.strip() or line.rstrip()[-1:] in _LINE_ENDS
    if hits or not _may_hold_sentence(text):
        return hits
    for s, e in block.sentences:
        for kind, rx in _SENTENCE_RES:
            if rx.match(text, s) and not block.in_quotes(s, e):
                hits.append(Hit(kind, block, s, e, False))
                break
    return hits


def _line_fix(doc: Document, hit: Hit, leading: bool) -> tuple[Fix | None, int]:
    """Delete the hit's source line(s) and one separator; returns (fix, end)."""
    src = doc.source
    s, e = hit.block.source_span(hit.start, hit.end)
    line_start = src.rfind("\n", 0, s) + 1
    nl = src.find("\n", e)
    line_end = len(src) if nl < 0 else nl
    if src[line_end - 1 : line_end] == "\r" and line_end - 1 >= e:
        line_end -= 1
    if not (_PREFIX_RE.fullmatch(src, line_start, s) and _SUFFIX_RE.fullmatch(src, e, line_end)):
        return None, line_end
    if leading:
        # Nothing to keep before it: eat the line and the blank lines after it.
        stop = line_end
        while stop < len(src) and src[stop] in " \t\r\n":
            stop += 1
        return Fix((Edit(line_start, stop, ""),), "unsafe"), stop
    # Eat the line break(s) before it, so the text before keeps its own ending.
    begin = len(src[:line_start].rstrip())
    return Fix((Edit(begin, line_end, ""),), "unsafe"), line_end


def _sentence_fix(hit: Hit) -> Fix | None:
    """Delete a furniture sentence and the space that separated it."""
    b = hit.block
    text = b.text
    s, e = hit.start, hit.end
    while s > 0 and text[s - 1] in " \t":
        s -= 1
    if s == 0 or text[s - 1] == "\n":
        s = hit.start
        while e < len(text) and text[e] in " \t":
            e += 1
    if not b.is_contiguous(s, e):
        return None
    a, z = b.source_span(s, e)
    return Fix((Edit(a, z, ""),), "unsafe")


def _blocks_to_check(doc: Document) -> set[int] | None:
    """Indexes of the blocks that can hold furniture (None: all of them).

    The others have no line starting like furniture (`_line_start_re`), no
    poll text and nothing `_may_hold_sentence` lets through.
    """
    _, low, starts = doc_text(doc)
    # `re.IGNORECASE` also matches ı with i and ſ with s: lower-cased text does not.
    if low is None or (not low.isascii() and ("ı" in low or "ſ" in low)):
        return None
    # In "\n" + low, a match at i is the line that starts at low[i].
    found = {
        bisect.bisect_right(starts, m.start()) - 1 for m in _line_start_re().finditer("\n" + low)
    }
    for needle in ("click", "results are indicative"):  # (the poll text starts so too)
        i = low.find(needle)
        while i >= 0:
            found.add(bisect.bisect_right(starts, i) - 1)
            i = low.find(needle, i + 1)
    return found


def scan(doc: Document) -> list[tuple[Hit, Fix | None]]:
    """Every furniture hit of the document with its deletion fix (cached per document)."""
    cached = doc.cache.get(__name__)
    if cached is not None:
        return cached
    out: list[tuple[Hit, Fix | None]] = []
    kept_from = 0  # source offset after the last leading deletion
    check = _blocks_to_check(doc)
    for k, block in enumerate(doc.blocks):
        if check is not None and k not in check:
            continue
        for hit in _block_hits(block):
            if not hit.whole_line:
                out.append((hit, _sentence_fix(hit)))
                continue
            s = block.source_offset(hit.start)
            line_start = doc.source.rfind("\n", 0, s) + 1
            leading = not doc.source[kept_from:line_start].strip()
            fix, end = _line_fix(doc, hit, leading)
            if leading and fix is not None:
                kept_from = end
            out.append((hit, fix))
    doc.cache[__name__] = out  # not a WeakKeyDictionary: hits hold blocks, which hold doc
    return out


def _excerpt(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Furniture(Rule):
    """Shared checking for the three boilerplate kinds."""

    kind = ""
    severity = "warning"
    fix = "sometimes"

    def check(self, doc: Document, report: Reporter) -> None:
        for hit, fix in scan(doc):
            if hit.kind != self.kind:
                continue
            s, e = hit.block.source_span(hit.start, hit.end)
            what = "line" if hit.whole_line else "sentence"
            seen = _excerpt(hit.block.text[hit.start : hit.end])
            report.at_source(
                Finding(
                    rule=self.id,
                    severity=report.severity or self.severity,
                    message=f'{LABELS[self.kind]} "{seen}" left in the copy; delete the {what}.',
                    start=s,
                    end=e,
                    fix=fix,
                )
            )


_FIX_SAFETY = """
## Fix safety
Unsafe: the fix deletes the whole line with its line break and the blank line
before it (after it, at the top of the file), so no blank lines pile up. A
human should confirm the line is not copy. Where the line shares its source
line with other text (HTML on one line), no fix is offered.
"""


class PageFurniture(_Furniture):
    """Navigation, share, comment, newsletter, cookie and advert lines."""

    id = "boilerplate.page-furniture"
    kind = "page-furniture"
    summary = "Scraped page furniture (share, comment, newsletter, advert lines) left in the copy"
    explanation = (
        """\
## What it flags
Whole lines that belong to the web page, not the story: `You may also like`,
`Leave a Comment`, `Related Articles`, `Trending Now`, `Share on Facebook`,
`Follow us on Twitter`, `Sign up for our daily newsletter`, `We use cookies…`,
`Advertisement`, `Read more: …`, `Skip to main content`, and sentences that
start `Click here` or `Click on the link`.

## Why
Scraped or pasted copy drags the page around it along; readers of the printed
or syndicated story see nonsense.
"""
        + _FIX_SAFETY
    )
    bad = (
        Example(
            "The talks ended.\n\nYou may also like\n\nLeave a Comment",
            fixed="The talks ended.",
        ),
        Example(
            "Skip to main content\n\nThe talks ended.\n",
            fixed="The talks ended.\n",
        ),
        Example(
            "The talks ended.\n\nShare on Facebook\n\nMore talks are due.\n",
            fixed="The talks ended.\n\nMore talks are due.\n",
        ),
        Example(
            "She is converting a barn. Click on the link to read her story, then scroll down.",
            fixed="She is converting a barn.",
        ),
        Example(
            "# Talks\n\nThe talks ended.\n\n## Related Articles\n\n- [Other](http://example.com/a)\n",
            format="md",
        ),
    )
    good = (
        "He said you may also like the new plan.",
        "Users can click on the attachment to open it.",
        "Advertisements are usually cut out of the downloaded programmes.",
        "Listeners can subscribe to podcasts collected automatically.",
        "It was a rush to\nsign up\nbefore the deadline.",
    )


class SeoKeywords(_Furniture):
    """`Keywords:` and `Tags:` lines written for search engines."""

    id = "boilerplate.seo-keywords"
    kind = "seo-keywords"
    summary = "SEO keyword or tag line left in the copy"
    explanation = (
        """\
## What it flags
A whole line that lists search keywords or tags: `Keywords: Ukraine Russia
Talks, Istanbul Negotiations`, `Tags: …`, `Filed under: …`.

## Why
Keyword lines are metadata for search engines; in the story they read as a
stray list.
"""
        + _FIX_SAFETY
    )
    bad = (
        Example(
            "The talks ended.\n\nKeywords: Ukraine Russia Talks, Istanbul Negotiations\n\nMore talks are due.",
            fixed="The talks ended.\n\nMore talks are due.",
        ),
        Example("The talks ended.\n\nTags: Ukraine, Russia\n", fixed="The talks ended.\n"),
    )
    good = (
        "The keywords: peace, talks and ceasefire dominated the day.",
        "Keywords matter to search engines, the analyst said.",
    )


class PollWidget(_Furniture):
    """Residue of an embedded reader poll."""

    id = "boilerplate.poll-widget"
    kind = "poll-widget"
    summary = "Reader poll widget left in the copy"
    explanation = (
        """\
## What it flags
The text of an embedded reader poll: `VOTE Was Germaine Greer right to leave
Celebrity Big Brother? Yes No Results are indicative and may not reflect
public opinion`.

## Why
The buttons do not survive the scrape; the question and `Yes No` are left
dangling in the story.
"""
        + _FIX_SAFETY
    )
    bad = (
        Example(
            "She left the show.\n\nVOTE   Was she right to leave?   Yes  No   Results are indicative "
            "and may not reflect public opinion\n\nBez is now favourite.\n",
            fixed="She left the show.\n\nBez is now favourite.\n",
        ),
    )
    good = ("Voters were asked whether she was right to leave; most said yes, not no.",)
