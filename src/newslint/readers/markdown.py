"""Markdown with YAML front matter, through markdown-it-py.

markdown-it gives line maps only (column maps were declined upstream:
markdown-it/markdown-it#438), so this reader finds each inline token's
content lines in their source lines, then walks the inline children with a
cursor to map every prose character to its source offset. `text_join` is
disabled so escapes and entities stay separate tokens whose source form
(`markup`) is known.

Prose: the front-matter `title:` (the headline), headings, paragraphs, list
items, block quotes. Not prose: code (fenced, indented, inline), raw HTML,
link targets, autolinks, images, other front-matter fields.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.document import Block, Document

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_PARSER: MarkdownIt | None = None
_TITLE_RE = re.compile(r"""^title:[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\n#]*?))[ \t]*\r?$""", re.M)


def parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        md = MarkdownIt("commonmark").use(front_matter_plugin)
        md.disable("text_join")
        _PARSER = md
    return _PARSER


def read(path: str, source: str) -> Document:
    plain = _read_plain(path, source)
    return plain if plain is not None else _read_parsed(path, source)


def _read_parsed(path: str, source: str) -> Document:
    """The document as markdown-it parses the file."""
    doc = Document(path=path, source=source, format="md")
    line_starts = _line_starts(source)
    tokens = parser().parse(source)
    has_title = False
    if tokens and tokens[0].type == "front_matter" and tokens[0].map:
        block = _front_matter_title(source, line_starts, tokens[0].map)
        if block is not None:
            doc.add(block)
            has_title = True
    containers: list[str] = []
    heading_level = 0
    for tok in tokens:
        if tok.type in ("blockquote_open", "list_item_open"):
            containers.append(tok.type)
        elif tok.type in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif tok.type == "heading_open":
            heading_level = int(tok.tag[1])
        elif tok.type == "heading_close":
            heading_level = 0
        elif tok.type == "inline" and tok.map:
            if heading_level:
                if heading_level == 1 and not has_title:
                    role, has_title = "headline", True
                else:
                    role = "subhead"
            elif "list_item_open" in containers:
                role = "list_item"
            elif "blockquote_open" in containers:
                role = "blockquote"
            else:
                role = "paragraph"
            block = _inline_block(source, line_starts, tok, role)
            if block is not None and block.text.strip():
                doc.add(block)
    return doc


# Characters that may start Markdown inline syntax anywhere in a line (emphasis,
# code, links, images, autolinks, raw HTML, entities, escapes), and those that
# may start block syntax at the beginning of one (headings, lists, quotes,
# fences, setext underlines, thematic breaks). Digits too: ordered lists.
_INLINE_SYNTAX = re.compile(r"[*_`\[\]<&\\\r\x00\t]")
_BLOCK_START = frozenset("#>-+=~0123456789")


def _read_plain(path: str, source: str) -> Document | None:
    """The document of a file with no Markdown syntax in its body (front
    matter aside), or None. Such a body is paragraphs of its own lines, which
    is what markdown-it would make of it: read this way, a plain story does
    not import markdown-it, a quarter of the start-up of a one-file run.
    Anything that might be syntax, even where it would not be, means None.
    """
    body, title = 0, None
    if source.startswith("---\n"):
        end = source.find("\n---\n", 3)
        if end < 0 or any(
            line.lstrip().startswith(("---", "...")) for line in source[4:end].split("\n")
        ):
            return None
        body = end + 5
        title = _front_matter_title(source, [0, body], [0, 1])
    text = source[body:]
    if _INLINE_SYNTAX.search(text):
        return None
    doc = Document(path=path, source=source, format="md")
    if title is not None:
        doc.add(title)
    pos = body
    for para in text.split("\n\n"):
        if para.strip("\n"):
            lead = len(para) - len(para.lstrip("\n"))
            lines = para.strip("\n").split("\n")
            for line in lines:
                if not line or line[0] in _BLOCK_START or line[0].isspace() or line[-1].isspace():
                    return None
            doc.add(Block(role="paragraph", text="\n".join(lines), segments=[(0, pos + lead)]))
        pos += len(para) + 2
    return doc


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", source):
        starts.append(m.end())
    return starts


def _line(source: str, starts: list[int], n: int) -> tuple[int, str]:
    s = starts[n]
    e = starts[n + 1] - 1 if n + 1 < len(starts) else len(source)
    return s, source[s:e]


def _front_matter_title(source: str, starts: list[int], fm_map: list[int]) -> Block | None:
    begin = starts[fm_map[0]]
    end = starts[fm_map[1]] if fm_map[1] < len(starts) else len(source)
    m = _TITLE_RE.search(source, begin, end)
    if not m:
        return None
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    text = m.group(group)
    if not text.strip():
        return None
    return Block(role="headline", text=text, segments=[(0, m.start(group))])


def _content_line_offsets(source: str, starts: list[int], tok) -> list[int] | None:
    """Source offset of each content line of an inline token, or None."""
    offsets: list[int] = []
    first = tok.map[0]
    for k, cline in enumerate(tok.content.split("\n")):
        n = first + k
        if n >= len(starts):
            return None
        ls, sline = _line(source, starts, n)
        sline = sline.rstrip("\r")
        stripped = sline.rstrip()
        probe = cline.rstrip()
        if probe and stripped.endswith(probe):
            offsets.append(ls + len(stripped) - len(probe))
        else:
            i = sline.find(cline) if cline else len(sline)
            if i < 0:
                return None
            offsets.append(ls + i)
    return offsets


class _Walker:
    """Walks inline children with a cursor into the token's content."""

    def __init__(self, content: str, line_offsets: list[int]) -> None:
        self.content = content
        self.cursor = 0
        self.parts: list[str] = []
        self.segments: list[tuple[int, int]] = []
        self.length = 0
        self.line_offsets = line_offsets
        self.line_starts_in_content = [0]
        for i, ch in enumerate(content):
            if ch == "\n":
                self.line_starts_in_content.append(i + 1)

    def source_of(self, i: int) -> int:
        k = 0
        lsc = self.line_starts_in_content
        lo, hi = 0, len(lsc) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if lsc[mid] <= i:
                k, lo = mid, mid + 1
            else:
                hi = mid - 1
        return self.line_offsets[k] + (i - lsc[k])

    def emit(self, text: str, content_pos: int, one_to_one: bool = True) -> None:
        if not text:
            return
        if one_to_one:
            # One segment per content line piece, since lines are not adjacent in source.
            for j, ch in enumerate(text):
                src = self.source_of(content_pos + j)
                if (
                    self.segments
                    and src - self.segments[-1][1] == self.length - self.segments[-1][0]
                ):
                    pass
                else:
                    self.segments.append((self.length, src))
                self.parts.append(ch)
                self.length += 1
        else:
            # Decoded text (entities): every character points at the entity start.
            src = self.source_of(content_pos)
            for ch in text:
                self.segments.append((self.length, src))
                self.parts.append(ch)
                self.length += 1

    def skip_to(self, needle: str) -> int:
        i = self.content.find(needle, self.cursor)
        if i < 0:
            return -1
        self.cursor = i + len(needle)
        return i

    def skip_link_tail(self) -> None:
        """After link text: skip `](target)`, `][ref]` or `]`."""
        i = self.content.find("]", self.cursor)
        if i < 0:
            return
        j = i + 1
        c = self.content
        if j < len(c) and c[j] in "([":
            close = ")" if c[j] == "(" else "]"
            depth = 0
            k = j
            while k < len(c):
                if c[k] == "\\":
                    k += 2
                    continue
                if c[k] == c[j]:
                    depth += 1
                elif c[k] == close:
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            self.cursor = min(k + 1, len(c))
        else:
            self.cursor = j


def _inline_block(source: str, starts: list[int], tok, role: str) -> Block | None:
    offsets = _content_line_offsets(source, starts, tok)
    if offsets is None:
        return None
    w = _Walker(tok.content, offsets)
    skipping = 0  # inside an autolink or image: not prose
    for child in tok.children or []:
        t = child.type
        if t == "text":
            if not child.content:
                continue
            i = w.content.find(child.content, w.cursor)
            if i < 0:
                continue
            w.cursor = i + len(child.content)
            if not skipping:
                w.emit(child.content, i)
        elif t == "text_special":
            i = w.skip_to(child.markup)
            if i >= 0 and not skipping:
                if child.info == "escape":
                    w.emit(child.content, i + 1)
                else:
                    w.emit(child.content, i, one_to_one=child.content == child.markup)
        elif t in ("softbreak", "hardbreak"):
            i = w.skip_to("\n")
            if i >= 0 and not skipping:
                w.emit("\n", i)
        elif t == "code_inline":
            opener = w.skip_to(child.markup)
            if opener >= 0:
                w.skip_to(child.content) if child.content else None
                w.skip_to(child.markup)
        elif t == "html_inline":
            w.skip_to(child.content)
        elif t == "link_open":
            if child.markup == "autolink" or child.info == "auto":
                w.skip_to("<")
                skipping += 1
            else:
                w.skip_to("[")
        elif t == "link_close":
            if child.markup == "autolink" or child.info == "auto":
                w.skip_to(">")
                skipping -= 1
            else:
                w.skip_link_tail()
        elif t == "image":
            if w.skip_to("![") >= 0:
                depth = 1
                c = w.content
                k = w.cursor
                while k < len(c) and depth:
                    if c[k] == "\\":
                        k += 2
                        continue
                    depth += {"[": 1, "]": -1}.get(c[k], 0)
                    k += 1
                w.cursor = k - 1
                w.skip_link_tail()
        elif child.markup and t.endswith(("_open", "_close")):
            w.skip_to(child.markup)
    text = "".join(w.parts)
    if not text.strip():
        return None
    return Block(role=role, text=text, segments=w.segments)  # type: ignore[arg-type]
