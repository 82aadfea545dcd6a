"""HTML through the standard library's `html.parser`.

`html.parser` is a real, forgiving HTML tokenizer that reports the source
position of every event, which is what a source map needs (lxml and
selectolax give no character offsets). `convert_charrefs=False` keeps
entities as separate events so decoded characters map to the entity.

Prose: `<h1>` (else `<title>`) is the headline, `<h2>`–`<h6>` subheads,
`<p>`, `<li>`, `<blockquote>`, `<figcaption>`, and stray text in `<body>`.
Not prose: `<script>`, `<style>`, `<pre>`, `<code>`, `<head>` (but its
`<title>`), `<nav>`, `<template>`, comments.
"""

from __future__ import annotations

import bisect
import re
from html import unescape
from html.parser import HTMLParser

from newslint.document import Block, Document

SKIP = frozenset({"script", "style", "pre", "code", "template", "noscript", "svg", "math", "nav"})
BLOCKS = {
    "h1": "headline",
    "h2": "subhead",
    "h3": "subhead",
    "h4": "subhead",
    "h5": "subhead",
    "h6": "subhead",
    "p": "paragraph",
    "li": "list_item",
    "blockquote": "blockquote",
    "figcaption": "caption",
    "title": "headline",
    "dd": "paragraph",
    "dt": "paragraph",
    "td": "paragraph",
    "th": "paragraph",
    "caption": "caption",
}
# Block-level tags that end a stray run of text.
BREAKERS = frozenset(
    {
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "ul",
        "ol",
        "table",
        "tr",
        "body",
        "figure",
        "br",
        "hr",
        "form",
        "dl",
    }
    | set(BLOCKS)
)
_WS = re.compile(r"\s+")


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.in_head = False
        self.stack: list[tuple[str, str]] = []  # (tag, role) of open prose blocks
        self.parts: list[str] = []
        self.segments: list[tuple[int, int]] = []
        self.length = 0
        self.blocks: list[
            tuple[str, str, str, list[tuple[int, int]]]
        ] = []  # (tag, role, text, segs)
        self.title: tuple[str, list[tuple[int, int]]] | None = None
        self.in_title = False

    # -- positions ---------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, src: int, literal: bool) -> None:
        if literal:
            if not (
                self.segments and src - self.segments[-1][1] == self.length - self.segments[-1][0]
            ):
                self.segments.append((self.length, src))
            self.parts.append(text)
            self.length += len(text)
        else:
            for ch in text:
                self.segments.append((self.length, src))
                self.parts.append(ch)
                self.length += 1

    def _flush(self) -> None:
        if self.parts:
            text = "".join(self.parts)
            if text.strip():
                tag, role = self.stack[-1] if self.stack else ("", "paragraph")
                if self.in_title:
                    self.title = (text, self.segments)
                else:
                    self.blocks.append((tag, role, text, self.segments))
        self.parts, self.segments, self.length = [], [], 0

    # -- events ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIP:
            self.skip_stack.append(tag)
            return
        if tag == "head":
            self.in_head = True
        if self.skip_stack:
            return
        if tag == "title":
            self._flush()
            self.in_title = True
            return
        if tag in BREAKERS:
            self._flush()
        if tag in BLOCKS and tag != "title":
            role = BLOCKS[tag]
            if tag == "p" and any(t == "blockquote" for t, _ in self.stack):
                role = "blockquote"
            self.stack.append((tag, role))

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in ("br", "hr") and not self.skip_stack:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            return
        if tag == "head":
            self.in_head = False
        if tag == "title":
            self._flush()
            self.in_title = False
            return
        if tag in BREAKERS:
            self._flush()
        if tag in BLOCKS:
            for k in range(len(self.stack) - 1, -1, -1):
                if self.stack[k][0] == tag:
                    del self.stack[k:]
                    break

    def handle_data(self, data: str) -> None:
        if self.skip_stack or (self.in_head and not self.in_title):
            return
        self._emit(data, self._pos(), literal=True)

    def handle_entityref(self, name: str) -> None:
        if self.skip_stack or (self.in_head and not self.in_title):
            return
        text = unescape(f"&{name};")
        self._emit(text, self._pos(), literal=False)

    def handle_charref(self, name: str) -> None:
        if self.skip_stack or (self.in_head and not self.in_title):
            return
        text = unescape(f"&#{name};")
        self._emit(text, self._pos(), literal=False)


def read(path: str, source: str) -> Document:
    r = _Reader(source)
    r.feed(source)
    r.close()
    r._flush()
    doc = Document(path=path, source=source, format="html")
    has_h1 = any(tag == "h1" for tag, *_ in r.blocks)
    seen_headline = False
    if not has_h1 and r.title is not None:
        text, segs = r.title
        doc.add(_trimmed("headline", text, segs))
        seen_headline = True
    for _tag, role, text, segs in r.blocks:
        if role == "headline":
            if seen_headline:
                role = "subhead"
            seen_headline = True
        doc.add(_trimmed(role, text, segs))
    return doc


def _trimmed(role: str, text: str, segs: list[tuple[int, int]]) -> Block:
    """Strip outer whitespace, keeping the source map exact."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if lead:
        starts = [p for p, _ in segs]
        k = bisect.bisect_right(starts, lead) - 1
        new = [(0, segs[k][1] + lead - segs[k][0])]
        new += [(p - lead, s) for p, s in segs[k + 1 :]]
        segs = new
    return Block(role=role, text=body, segments=segs, collapses_whitespace=True)  # type: ignore[arg-type]
