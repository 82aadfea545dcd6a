"""A Markdown file without Markdown syntax is read without markdown-it, to
the same document markdown-it would give."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.readers import markdown


def blocks(doc):
    return [(b.role, b.text, list(b.segments)) for b in doc.blocks]


# Mostly prose, with every character the fast path must refuse or handle.
PROSE = ["a", "b", "The", " ", " ", ".", ",", "'", '"', "é", "\n", "\n", "\n\n", "\n\n\n"]
RISKY = [" \n", "-", "1", "#", "=", ">", "*", "_", "`", "[", "]", "<", "&", "\\", "\t", "\r"]
RISKY += ["~", "+", "!", ":", "\xa0", "\u2028", "\x0c", "\x00", "---", "...", "\n---\n"]
prose = st.lists(st.sampled_from(PROSE * 4 + RISKY), max_size=40).map("".join)
front = st.sampled_from(
    [
        "",
        "---\ntitle: A story\n---\n",
        "---\ntitle: 'Quoted'\nslug: x\n---\n\n",
        "---\n---\n",
        "---\ntitle: x\n...\n",
        "---\ntitle: x\n",
        "----\ntitle: y\n----\n",
        "---\n  ---\n---\n",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(front, prose)
@example("---\ntitle: Council approves cycle lanes\n---\n\n", "The council voted.\n")
@example("", "One line.\nTwo lines.\n\n\nThree.")
def test_the_plain_path_reads_as_markdown_it_does(head: str, body: str) -> None:
    source = head + body
    plain = markdown._read_plain("s.md", source)
    if plain is not None:
        assert blocks(plain) == blocks(markdown._read_parsed("s.md", source))


def test_plain_stories_take_the_plain_path() -> None:
    source = "---\ntitle: Council approves\n---\n\nThe council voted.\nIt was late.\n\nMore.\n"
    doc = markdown._read_plain("s.md", source)
    assert doc is not None and [b.role for b in doc.blocks] == [
        "headline",
        "paragraph",
        "paragraph",
    ]
    for text in (
        "A *word*.",
        "A [link](x).",
        "# Heading",
        "- item",
        "1. item",
        "a  \nb",
        "a &amp;",
    ):
        assert markdown._read_plain("s.md", text) is None, text


def test_a_plain_story_does_not_import_markdown_it(tmp_path) -> None:
    story = tmp_path / "s.md"
    story.write_text("---\ntitle: Cycle lanes\n---\n\nThe council voted on Monday.\n")
    code = (
        "import sys; from newslint.readers.markdown import read; "
        f"read({str(story)!r}, open({str(story)!r}).read()); "
        "print('markdown_it' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
