"""Plain text: blocks are separated by blank lines.

The first block is the headline when it is one line followed by a blank line.
A short one-line block without closing punctuation is a subhead; a block that
starts with `- ` or `* ` is a list item. Trailing `newslint: ignore[...]`
comments are cut from the prose (they are suppressions, not copy).
"""

from __future__ import annotations

import re

from newslint.document import Block, Document

# Two or more line breaks, blank space between. The pattern starts with a
# literal "\n" so the scan jumps from newline to newline in C (a leading
# optional "\r" made it ~20 times slower); a "\r" left before it is trimmed
# with the block's other surrounding whitespace.
_BLANK_SPLIT = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
_IGNORE_COMMENT = re.compile(r"[ \t]*(?:#|//)?[ \t]*newslint:\s*ignore\[[^\]]*\][ \t]*$")
_LIST_MARK = re.compile(r"[-*•][ \t]+")
SUBHEAD_MAX_WORDS = 12


def read(path: str, source: str) -> Document:
    doc = Document(path=path, source=source, format="txt")
    pos = 0
    first = True
    for m in [*_BLANK_SPLIT.finditer(source), None]:
        end = m.start() if m else len(source)
        chunk_start = pos
        pos = m.end() if m else len(source)
        raw = source[chunk_start:end]
        if not raw.strip():
            first = False if raw.strip() else first
            continue
        block = _block(source, chunk_start, end, first and m is not None)
        first = False
        if block is not None:
            doc.add(block)
    return doc


def _block(source: str, start: int, end: int, may_be_headline: bool) -> Block | None:
    # Trim surrounding whitespace but keep offsets exact.
    while start < end and source[start] in " \t\r\n":
        start += 1
    while end > start and source[end - 1] in " \t\r\n":
        end -= 1
    if start >= end:
        return None
    raw = source[start:end]
    if "\r" not in raw and "newslint:" not in raw:
        # The common case: the prose is the source slice itself, one segment.
        return _with_role(raw, [(0, start)], may_be_headline)
    # Cut trailing suppression comments line by line; each line becomes a segment.
    segments: list[tuple[int, int]] = []
    parts: list[str] = []
    prose_len = 0
    line_start = start
    lines = raw.split("\n")
    for k, line in enumerate(lines):
        text = line
        cm = _IGNORE_COMMENT.search(text)
        if cm:
            text = text[: cm.start()]
        if k < len(lines) - 1:
            # Keep the newline (CR is part of the line ending, not prose).
            body = text.rstrip("\r") if not cm else text
            segments.append((prose_len, line_start))
            parts.append(body)
            prose_len += len(body)
            # The newline itself maps to its source position.
            nl_pos = line_start + len(line)
            segments.append((prose_len, nl_pos))
            parts.append("\n")
            prose_len += 1
        else:
            segments.append((prose_len, line_start))
            parts.append(text)
            prose_len += len(text)
        line_start += len(line) + 1
    return _with_role("".join(parts), _merge(segments), may_be_headline)


def _with_role(text: str, segments: list[tuple[int, int]], may_be_headline: bool) -> Block:
    single_line = "\n" not in text
    role = "paragraph"
    lm = _LIST_MARK.match(text)
    if may_be_headline and single_line:
        role = "headline"
    elif lm:
        role = "list_item"
        text = text[lm.end() :]
        segments = _shift(segments, lm.end())
    elif single_line and _looks_like_subhead(text):
        role = "subhead"
    return Block(role=role, text=text, segments=segments)


def _looks_like_subhead(text: str) -> bool:
    stripped = text.strip().rstrip("”\"’'")
    if not stripped or stripped[-1] in ".!,;:…":
        return False
    return len(stripped.split()) <= SUBHEAD_MAX_WORDS


def _shift(segments: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """Drop the first `cut` prose characters from a segment list."""
    out: list[tuple[int, int]] = []
    for k, (p, s) in enumerate(segments):
        nxt = segments[k + 1][0] if k + 1 < len(segments) else None
        if nxt is not None and nxt <= cut:
            continue
        if p < cut:
            s += cut - p
            p = cut
        out.append((p - cut, s))
    return out


def _merge(segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge segments that continue each other in the source."""
    out: list[tuple[int, int]] = []
    for p, s in segments:
        if out and s - out[-1][1] == p - out[-1][0]:
            continue
        if out and out[-1][0] == p:
            out[-1] = (p, s)
            continue
        out.append((p, s))
    return out
