"""The result cache: hits on unchanged files, survives damage and concurrent runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = "Headline here\n\nDr. Reed,a renowned expert joined us.\n"


def entries(d: Path) -> list[Path]:
    """Result entries (`v1/ab/cdef…`): not the kept patterns or parsed packs beside them."""
    return [
        p
        for p in d.rglob("*")
        if p.is_file() and not p.name.startswith(".tmp-") and len(p.parent.name) == 2
    ]


def test_second_run_reads_the_cache(cli, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    cache = tmp_path / "c"
    first = cli("check", "--format", "json", "--cache-dir", cache, p)
    assert len(entries(cache)) == 1
    from newslint import engine

    calls = []
    real = engine.lint_source
    engine.lint_source = lambda *a, **k: calls.append(a) or real(*a, **k)
    try:
        second = cli("check", "--format", "json", "--cache-dir", cache, p)
    finally:
        engine.lint_source = real
    assert calls == []  # served from the cache, not linted
    assert second.json() == first.json()


def test_changed_file_or_config_misses(cli, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    cache = tmp_path / "c"
    cli("check", "--cache-dir", cache, p)
    p.write_text(TEXT + "\nMore text,here.\n")
    res = cli("check", "--format", "json", "--cache-dir", cache, p)
    assert len([f for f in res.json() if f["rule"] == "spacing.after-comma"]) == 2
    (tmp_path / ".newslint.toml").write_text('ignore = ["spacing"]\n')
    res = cli("check", "--format", "json", "--cache-dir", cache, p)
    assert not [f for f in res.json() if f["rule"].startswith("spacing")]


def test_corrupt_entry_is_ignored_and_rebuilt(cli, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    cache = tmp_path / "c"
    first = cli("check", "--format", "json", "--cache-dir", cache, p)
    (entry,) = entries(cache)
    entry.write_bytes(b"\x80\x04garbage that is not a pickle")
    again = cli("check", "--format", "json", "--cache-dir", cache, p)
    assert again.code == 1 and again.json() == first.json()
    assert entry.read_bytes() != b"\x80\x04garbage that is not a pickle"  # rebuilt
    entry.write_bytes(b"")
    assert cli("check", "--format", "json", "--cache-dir", cache, p).json() == first.json()


def test_unwritable_cache_dir_is_not_an_error(cli, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    res = cli("check", "--cache-dir", blocker / "c", p)
    assert res.code == 1 and "Traceback" not in res.err


def test_no_cache_writes_nothing(cli, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    cache = tmp_path / "c"
    cli("check", "--no-cache", "--cache-dir", cache, p)
    assert not cache.exists() or not entries(cache)


def test_two_processes_share_a_cache_without_damage(tmp_path):
    stories = tmp_path / "stories"
    stories.mkdir()
    for i in range(60):
        (stories / f"s{i}.txt").write_text(f"Headline {i}\n\nStory {i} said,that it was hear.\n")
    cache = tmp_path / "c"
    cmd = [
        sys.executable,
        "-m",
        "newslint",
        "check",
        "--format",
        "json",
        "--jobs",
        "2",
        "--cache-dir",
        str(cache),
        str(stories),
    ]
    env = {**os.environ, "NO_PROGRESS": "1"}
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [1, 1], [o[1] for o in outs]
    assert outs[0][0] == outs[1][0]
    assert len(entries(cache)) == 60
    third = subprocess.run(cmd, capture_output=True, env=env, timeout=120)
    assert third.stdout == outs[0][0]


@pytest.mark.parametrize("xdg", [None, "/srv/cache", "relative/ignored"])
def test_user_cache_dir_agrees_with_platformdirs(monkeypatch, xdg):
    """The folder is worked out without importing platformdirs; it must be the same."""
    from platformdirs import user_cache_dir

    from newslint.cache import _user_cache_dir

    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert _user_cache_dir() == user_cache_dir("newslint")
