"""The compiled-pattern cache: same patterns as `re.compile`, kept between runs."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from newslint import patterns, trie

WORDS = [f"word{i}" for i in range(400)] + ["hear", "here", "it's", "café"]
TRIE = r"(?<![^\W_])(?P<word>" + trie.pattern(WORDS) + r")(?![^\W_])"
CASES = [
    (TRIE, re.IGNORECASE),
    (r"(\d+)-(?P<tail>[a-z]+)\b", 0),
    (r"^title:[ \t]*(.*)$", re.MULTILINE),
    (r"[“”\"]", 0),
]


@pytest.fixture(autouse=True)
def fresh(tmp_path, monkeypatch):
    from newslint import engine

    monkeypatch.setattr(engine, "_OPTIONS", engine.RunOptions())  # no --cache-dir from others
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    patterns.forget()
    yield
    patterns.forget()


@pytest.mark.parametrize("pattern,flags", CASES)
def test_same_pattern_as_re_fresh_and_kept(pattern, flags):
    fresh = patterns.compile(pattern, flags)
    patterns.forget()
    kept = patterns.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    for got in (fresh, kept):
        # Pattern equality compares the flags, the pattern and the compiled code.
        assert got == plain
        assert got.groupindex == plain.groupindex and got.groups == plain.groups
    text = "Word3 and word17, Hear it's here: 12-abc café WORD399\ntitle: x"
    assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_kept_code_is_used_by_the_next_process(tmp_path):
    """A second process builds the trie without running sre's parser."""
    script = (
        "import re, sys\n"
        "from newslint import cache, engine, patterns\n"
        "if sys.argv[1] == 'second':\n"
        "    from re import _parser\n"
        "    _parser.parse = None  # any fresh compile would now fail\n"
        f"p = patterns.compile({TRIE!r}, re.IGNORECASE)\n"
        "print(len(p.findall('word1 WORD2 hear x')))\n"
    )
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path / "c"), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", script, "first"], env=env, capture_output=True)
    assert first.stdout.strip() == b"3", first.stderr
    second = subprocess.run([sys.executable, "-c", script, "second"], env=env, capture_output=True)
    assert second.stdout.strip() == b"3", second.stderr


def test_damaged_file_is_ignored_and_rewritten(tmp_path):
    patterns.compile(TRIE)
    (kept,) = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    kept.write_bytes(b"\x00garbage")
    patterns.forget()
    assert patterns.compile(TRIE).findall("word1 x word22") == ["word1", "word22"]
    assert kept.read_bytes() != b"\x00garbage"


def test_short_patterns_are_not_kept(tmp_path):
    assert patterns.compile(CASES[1][0]).findall("1-ab 22-cd") == [("1", "ab"), ("22", "cd")]
    assert not (tmp_path / "cache").exists()


def test_unwritable_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker))
    patterns.forget()
    assert patterns.compile(TRIE).match("word7").end() == 5


def test_bad_pattern_raises_like_re():
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed")


@pytest.mark.parametrize("engine", ["re", "regex"])
def test_lazy_pattern_compiles_on_first_use(engine):
    source = r"(?<=\w),(?=\w)" if engine == "re" else r"(?<=\p{L}),(?=\p{L})"
    pat = patterns.lazy(source, 0, engine)
    assert pat._compiled is None  # nothing compiled at import time
    assert [m.start() for m in pat.finditer("a,b c, d,e")] == [1, 8]
    assert pat.search("x,y").group() == ","
    assert type(pat.compiled()).__module__.lstrip("_") == engine


def test_memo_keeps_a_value_until_its_key_changes(tmp_path):
    calls = []

    def build():
        calls.append(1)
        return ("source", [("its", 1)])

    assert patterns.memo("k1", build) == ("source", [("its", 1)])
    patterns.forget()
    assert patterns.memo("k1", build) == ("source", [("its", 1)])
    assert len(calls) == 1  # the second process-like lookup read it back
    patterns.memo("k2", build)
    assert len(calls) == 2
    for f in (tmp_path / "cache").rglob("*"):
        if f.is_file():
            f.write_bytes(b"damaged")
    patterns.forget()
    assert patterns.memo("k1", build) == ("source", [("its", 1)]) and len(calls) == 3


def test_source_stamp_changes_with_the_file(tmp_path):
    f = tmp_path / "m.py"
    f.write_text("a = 1\n")
    before = patterns.source_stamp(str(f))
    f.write_text("a = 22\n")
    assert patterns.source_stamp(str(f)) != before
