"""Linting a file leaves no reference cycles: refcounting frees each document
at once, so the cycle collector (once ~7% of a run) has nothing to do."""

from __future__ import annotations

import gc

from newslint import engine

STORIES = {
    "s.txt": "Headline here\n\nDr. Reed,a renowned expert said its the the best.\n\nMore text.\n",
    "s.md": "---\ntitle: A *story*\n---\n\n# Head\n\nA [link](http://x) and *it's* here,ok.\n",
    "s.html": "<h1>Head</h1><p>Some text,here and its the end.</p>",
}


def test_a_linted_document_leaves_no_garbage_cycles(tmp_path):
    engine.set_options(engine.RunOptions(use_cache=False))
    paths = []
    for name, text in STORIES.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    for p in paths:
        engine.lint_path(p)  # first use: lazily built tables are not garbage
    gc.collect()
    gc.disable()
    try:
        results = [engine.lint_path(p) for p in paths * 3]
        assert all(r.findings for r in results)
        assert gc.collect() == 0
    finally:
        gc.enable()
