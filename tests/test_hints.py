"""A rule's `hint` only skips documents the rule would pass anyway.

The hint is a speed device: one search of the whole prose before a Python
call per block. Here every hinted rule runs with and without its hint over
the drafts (known defects), the edited articles and every rule's examples;
the findings must be the same.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint.registry import base_registry
from newslint.testing import read_text

HINTED = sorted(
    (rid, cls) for rid, cls in base_registry().python_rules.items() if cls.hint is not None
)


def _texts(shared: Path) -> list[tuple[str, str]]:
    out = []
    for folder in ("drafts", "clean"):
        for p in sorted((shared / "corpus" / folder).rglob("*")):
            if p.suffix in (".txt", ".md", ".html"):
                out.append((p.read_text(encoding="utf-8"), p.suffix.lstrip(".")))
    for _, cls in base_registry().python_rules.items():
        info = cls.info()
        out.extend((ex.text, ex.format) for ex in (*info.bad, *info.good))
    # One long document: many matches, each block picked by its own.
    out.append(("\n\n".join(t for t, fmt in out if fmt == "txt"), "txt"))
    return out


def _findings(cls, text: str, fmt: str) -> list[tuple[int, int, str]]:
    from newslint.rule import Reporter

    doc = read_text(text, fmt)
    report = Reporter(doc)
    report.rule_id, report.severity = cls.id, cls.severity
    cls().check(doc, report)
    return [(f.start, f.end, f.message) for f in report.findings]


def test_some_rules_have_hints():
    assert len(HINTED) >= 5


@pytest.mark.parametrize("rule_id,cls", HINTED, ids=[r for r, _ in HINTED])
def test_hint_skips_only_silent_documents(rule_id, cls, shared, monkeypatch):
    texts = _texts(shared)
    with_hint = [_findings(cls, t, fmt) for t, fmt in texts]
    monkeypatch.setattr(cls, "hint", None)
    without = [_findings(cls, t, fmt) for t, fmt in texts]
    assert with_hint == without
    assert any(with_hint), f"{rule_id} reports nothing on the drafts and examples"


blocks_text = st.lists(st.text(alphabet='ab ,.;\n"', max_size=12), min_size=1, max_size=8)


@given(blocks_text, st.sampled_from([",", " [,.]", "a\\s+b", '\\.\\n?"', "b,?"]))
def test_every_block_whose_text_matches_is_picked(texts, hint):
    from newslint.document import Block, Document
    from newslint.rule import _blocks_hinted

    doc = Document(path="x.txt", source="", format="txt")
    for t in texts:
        doc.add(Block(role="paragraph", text=t, segments=[(0, 0)]))
    pattern = re.compile(hint)
    picked = _blocks_hinted(doc, pattern)
    assert picked == sorted(set(picked), key=doc.blocks.index)
    for block in doc.blocks:
        if pattern.search(block.text):
            assert block in picked
    if not pattern.search("\n".join(texts)):
        assert picked == []
