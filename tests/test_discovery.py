"""Walking folders: the fast path for plain folders reads suffixes as Path does."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newslint import engine
from newslint.config import Settings
from newslint.discovery import _known_extension, discover

EXTENSIONS = {".txt", ".md", ".html"}
names = st.text(alphabet="ab.TXtxmdhl ", min_size=1, max_size=12).filter(
    lambda n: n not in (".", "..")
)


@given(names, st.sampled_from([{}, {"text": "txt"}, {".text": "txt"}, {"": "txt"}]))
def test_known_extension_reads_the_suffix_as_path_does(name: str, extra: dict) -> None:
    settings = Settings(extensions=extra)
    ext = Path(name).suffix.lower()
    want = ext in EXTENSIONS or ext in extra or ext.lstrip(".") in extra
    assert _known_extension(name, settings, EXTENSIONS) == want


def test_a_plain_folder_lists_the_files_a_path_walk_would(tmp_path: Path) -> None:
    names = ["a.txt", "b.MD", "c.html", "d.txt.bak", "e.", "f", ".g.txt", "h.tar.txt"]
    for sub in ("", "x", "x/y"):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
        for n in names:
            (tmp_path / sub / n).write_text("Headline\n\nText.\n", encoding="utf-8")
    got = discover([str(tmp_path)], engine.settings_for, EXTENSIONS)
    want = sorted(
        str(Path(d) / n)
        for d, _, files in os.walk(tmp_path)
        for n in files
        if not n.startswith(".") and Path(n).suffix.lower() in EXTENSIONS
    )
    assert sorted(got) == want and len(got) == 3 * 4
