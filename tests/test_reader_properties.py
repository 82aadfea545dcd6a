"""Property tests for the readers: the source map never lies.

For generated Markdown and HTML, every prose character of every block maps
back to the identical character in the source, in order: within a block,
`source_offset(i)` strictly increases, and `source[source_offset(i)]` is
`text[i]`, except for characters decoded from an entity (`&amp;`, `&#8217;`)
or a Markdown backslash escape, which map to the start of their source form,
and whitespace, which maps to whitespace. Besides, every prose word of the
draft is in some block and nothing that is not prose (code, link targets,
autolinks, comments, scripts) is.
"""

from __future__ import annotations

import re
from html import unescape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.testing import read_text

PROPS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
WORD_RE = re.compile(r"word\d+")
HIDDEN_RE = re.compile(r"(?:code|url)\d+")


class Tokens:
    """Numbered tokens: `wordN` must show up as prose, `codeN`/`urlN` must not."""

    def __init__(self) -> None:
        self.n = 0
        self.words: set[str] = set()

    def word(self) -> str:
        self.n += 1
        w = f"word{self.n}"
        self.words.add(w)
        return w

    def hidden(self, kind: str = "code") -> str:
        self.n += 1
        return f"{kind}{self.n}"


# -- Markdown -------------------------------------------------------------------

MD_ENTITIES = ["&amp;", "&copy;", "&#8217;", "&#x2014;", "&quot;"]
MD_ESCAPES = ["\\*", "\\_", "\\[", "\\#", "\\\\"]


@st.composite
def md_inline(draw, tok: Tokens, allow_breaks: bool = True) -> str:
    n = draw(st.integers(1, 8))
    out: list[str] = []
    for i in range(n):
        # A line that starts with `<!--` or a tag would be a raw HTML block: start with a word.
        kind = (
            "word"
            if i == 0
            else draw(
                st.sampled_from(
                    [
                        "word",
                        "word",
                        "word",
                        "em",
                        "strong",
                        "link",
                        "code",
                        "autolink",
                        "entity",
                        "escape",
                        "quote",
                        "html",
                        "comment",
                        "punct",
                    ]
                )
            )
        )
        if kind == "word":
            piece = tok.word()
        elif kind == "em":
            piece = f"*{tok.word()}*"
        elif kind == "strong":
            piece = f"**{tok.word()} {tok.word()}**"
        elif kind == "link":
            piece = f"[{tok.word()}](https://example.com/{tok.hidden('url')})"
        elif kind == "code":
            piece = f"`{tok.hidden()}`"
        elif kind == "autolink":
            piece = f"<https://example.com/{tok.hidden('url')}>"
        elif kind == "entity":
            piece = draw(st.sampled_from(MD_ENTITIES))
        elif kind == "escape":
            piece = draw(st.sampled_from(MD_ESCAPES))
        elif kind == "quote":
            piece = f"“{tok.word()},” {tok.word()}"
        elif kind == "html":
            piece = f"<span>{tok.word()}</span>"
        elif kind == "comment":
            piece = f"<!-- {tok.hidden()} -->"
        else:
            piece = tok.word() + draw(st.sampled_from([",", ".", ";", ":", "?", "!"]))
        sep = " "
        if i and allow_breaks and kind == "word" and draw(st.integers(0, 4)) == 0:
            sep = "\n"
        out.append((sep if i else "") + piece)
    return "".join(out)


@st.composite
def markdown(draw):
    tok = Tokens()
    parts: list[str] = []
    if draw(st.booleans()):
        title = f"{tok.word()} {tok.word()}"
        parts.append(f"---\ntitle: {title}\ntags: [{tok.hidden()}]\n---")
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(
            st.sampled_from(
                ["para", "para", "h1", "h2", "list", "olist", "quote", "fence", "indented"]
            )
        )
        if kind == "para":
            parts.append(draw(md_inline(tok)))
        elif kind in ("h1", "h2"):
            parts.append("#" * int(kind[1]) + " " + draw(md_inline(tok, allow_breaks=False)))
        elif kind in ("list", "olist"):
            items = draw(st.lists(md_inline(tok, allow_breaks=False), min_size=1, max_size=3))
            mark = "-" if kind == "list" else "1."
            parts.append("\n".join(f"{mark} {it}" for it in items))
        elif kind == "quote":
            body = draw(md_inline(tok))
            parts.append("\n".join("> " + line for line in body.split("\n")))
        elif kind == "fence":
            parts.append(f"```\n{tok.hidden()} {tok.hidden()}\n```")
        else:
            # After a top-level paragraph, so it is not a list item's continuation.
            parts.append(f"{tok.word()}\n\n    {tok.hidden()} = {tok.hidden()}")
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    return (nl + nl).join(p.replace("\n", nl) for p in parts) + nl, tok


# -- HTML -----------------------------------------------------------------------

HTML_ENTITIES = ["&amp;", "&rsquo;", "&#8217;", "&#x2014;", "&nbsp;", "&quot;", "&eacute;"]


@st.composite
def html_inline(draw, tok: Tokens) -> str:
    n = draw(st.integers(1, 8))
    out: list[str] = []
    for i in range(n):
        kind = draw(
            st.sampled_from(
                [
                    "word",
                    "word",
                    "word",
                    "b",
                    "i",
                    "a",
                    "code",
                    "entity",
                    "comment",
                    "span",
                    "br",
                    "punct",
                ]
            )
        )
        if kind == "word":
            piece = tok.word()
        elif kind in ("b", "i"):
            piece = f"<{kind}>{tok.word()}</{kind}>"
        elif kind == "a":
            piece = f'<a href="https://example.com/{tok.hidden("url")}">{tok.word()}</a>'
        elif kind == "code":
            piece = f"<code>{tok.hidden()}</code>"
        elif kind == "entity":
            piece = draw(st.sampled_from(HTML_ENTITIES))
        elif kind == "comment":
            piece = f"<!-- {tok.hidden()} -->"
        elif kind == "span":
            piece = f'<span class="x">{tok.word()}</span>{tok.word()}'
        elif kind == "br":
            piece = "<br>"
        else:
            piece = tok.word() + draw(st.sampled_from([",", ".", ";", ":", "?", "!"]))
        sep = draw(st.sampled_from([" ", " ", " ", "\n", "  "])) if i else ""
        out.append(sep + piece)
    return "".join(out)


@st.composite
def html(draw):
    tok = Tokens()
    has_h1 = draw(st.booleans())
    # <title> is the headline only when there is no <h1>.
    title = tok.hidden() if has_h1 else tok.word()
    parts = ["<!DOCTYPE html>", "<html><head>", f"<title>{title}</title>"]
    parts.append(f"<style>.{tok.hidden()} {{ color: red }}</style></head><body>")
    if has_h1:
        parts.append(f"<h1>{tok.word()} {draw(html_inline(tok))}</h1>")
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["p", "p", "h2", "ul", "quote", "figure", "script", "pre"]))
        if kind == "p":
            parts.append(f"<p>{draw(html_inline(tok))}</p>")
        elif kind == "h2":
            parts.append(f"<h2>{draw(html_inline(tok))}</h2>")
        elif kind == "ul":
            items = draw(st.lists(html_inline(tok), min_size=1, max_size=3))
            parts.append("<ul>" + "".join(f"<li>{it}</li>" for it in items) + "</ul>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{draw(html_inline(tok))}</p></blockquote>")
        elif kind == "figure":
            parts.append(
                f'<figure><img src="{tok.hidden("url")}.jpg" alt="">'
                f"<figcaption>{draw(html_inline(tok))}</figcaption></figure>"
            )
        elif kind == "script":
            parts.append(f"<script>var {tok.hidden()} = '<p>{tok.hidden()}</p>';</script>")
        else:
            parts.append(f"<pre>{tok.hidden()}\n  {tok.hidden()}</pre>")
    parts.append("</body></html>")
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    return nl.join(parts) + nl, tok


# -- the property ---------------------------------------------------------------


def _decoded_at(source: str, off: int, ch: str, fmt: str) -> bool:
    """Whether prose character `ch` legitimately comes from a source form at `off`."""
    m = ENTITY_RE.match(source, off)
    if m and ch in unescape(m.group()):
        return True
    if ch == " " and m and unescape(m.group()) == "\xa0":
        return True  # a reader may normalise &nbsp; to a space
    return fmt == "md" and source[off] == "\\" and source[off + 1 : off + 2] == ch


def check_source_map(source: str, fmt: str, tok: Tokens) -> None:
    doc = read_text(source, fmt)
    assert doc.source == source
    for b in doc.blocks:
        offs = [b.source_offset(i) for i in range(len(b.text))]
        assert all(a < c for a, c in zip(offs, offs[1:])), (b.role, b.text, offs)
        for i, (ch, off) in enumerate(zip(b.text, offs)):
            assert 0 <= off < len(source), (b.text, i, off)
            src = source[off]
            if src == ch:
                continue
            if ch.isspace() and src.isspace():
                continue  # a soft line break or collapsed whitespace
            assert _decoded_at(source, off, ch, fmt), (
                f"{b.role} prose {b.text!r}: char {i} {ch!r} maps to {src!r} at {off}: "
                f"{source[max(0, off - 15) : off + 15]!r}"
            )
    prose = "\n".join(b.text for b in doc.blocks)
    assert set(WORD_RE.findall(prose)) == tok.words
    assert HIDDEN_RE.findall(prose) == []


@PROPS
@given(markdown())
def test_markdown_source_map(case):
    source, tok = case
    check_source_map(source, "md", tok)


@PROPS
@given(html())
def test_html_source_map(case):
    source, tok = case
    check_source_map(source, "html", tok)


# -- plain text ------------------------------------------------------------------

# The plain definition of a block break; the reader uses a faster pattern.
TEXT_BREAK_RE = re.compile(r"(?:\r?\n[ \t]*){2,}")


@st.composite
def plain_text(draw) -> tuple[str, Tokens]:
    tok = Tokens()
    pieces = st.sampled_from(["\n", "\r\n", "\r", " ", "\t", "- ", "* ", ".", ",", "word"])
    out = []
    for piece in draw(st.lists(pieces, min_size=1, max_size=40)):
        out.append(tok.word() if piece == "word" else piece)
        if piece == "word":
            out.append(" ")
    return "".join(out), tok


@PROPS
@given(plain_text())
def test_text_blocks_split_at_blank_lines(case):
    """Each block holds the prose of one chunk between blank lines, and maps back."""
    source, tok = case
    check_source_map(source, "txt", tok)
    doc = read_text(source, "txt")
    chunks = [c for c in TEXT_BREAK_RE.split(source) if c.strip(" \t\r\n")]
    assert len(doc.blocks) == len(chunks)
    for block, chunk in zip(doc.blocks, chunks):
        assert set(WORD_RE.findall(block.text)) == set(WORD_RE.findall(chunk))


def test_examples_by_hand():
    tok = Tokens()
    tok.words = {"word1", "word2", "word3"}
    check_source_map(
        "# word1 &amp; **word2**\n\n[word3](https://x.org/url1) `code1` \\*\n", "md", tok
    )
    check_source_map(
        "<h1>word1 &rsquo; <b>word2</b></h1><p>word3<code>code1</code>&#x2014;</p>", "html", tok
    )
