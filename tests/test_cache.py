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
        if p.is_file() and not p.name.startswith((".tmp-", "keys-")) and len(p.parent.name) == 2
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


# -- the key memo: a warm run stats files instead of reading them ----------------


@pytest.fixture
def memo_now():
    """Memoise files written just now (tests cannot wait out the racy window).
    Its own patch: the `cli` fixture undoes the test's `monkeypatch` after each run."""
    from newslint import cache

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cache, "_RACY_NS", 0)
        yield


def test_warm_run_reads_no_story(cli, tmp_path, memo_now, monkeypatch):
    import builtins

    stories = [tmp_path / f"s{i}.txt" for i in range(6)]
    for p in stories:
        p.write_text(TEXT)
    first = cli("check", "--format", "json", "--cache-dir", tmp_path / "c", "--jobs", "1", *stories)
    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    again = cli("check", "--format", "json", "--cache-dir", tmp_path / "c", "--jobs", "1", *stories)
    assert again.json() == first.json() and len(first.json()) == 6
    assert not set(opened) & {str(p) for p in stories}


def test_a_same_size_change_is_seen(cli, tmp_path, memo_now):
    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    cache_dir = tmp_path / "c"
    first = cli("check", "--format", "json", "--cache-dir", cache_dir, p).json()
    assert [f["rule"] for f in first] == ["spacing.after-comma"]
    fixed = TEXT.replace("Reed,a renowned", "Reed, renowned.")  # the same length
    assert len(fixed) == len(TEXT)
    before = p.stat().st_mtime_ns
    p.write_text(fixed)
    # Two writes within one clock tick share their times: the racy window
    # (off here) is what covers that; an edit a second later is this one.
    os.utime(p, ns=(before + 10**9, before + 10**9))
    res = cli("check", "--format", "json", "--cache-dir", cache_dir, p)
    assert "spacing.after-comma" not in [f["rule"] for f in res.json()]


def test_a_file_written_just_now_is_not_memoised(cli, tmp_path):
    from newslint import cache

    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    cli("check", "--cache-dir", tmp_path / "c", p)
    memo = [m for m in (tmp_path / "c").rglob("keys-*")]
    assert memo == [] or str(p) not in cache.KeyMemo(memo[0])._load()


def test_a_damaged_memo_is_ignored(cli, tmp_path, memo_now):
    p = tmp_path / "s.txt"
    p.write_text(TEXT)
    first = cli("check", "--format", "json", "--cache-dir", tmp_path / "c", p)
    (memo,) = (tmp_path / "c").rglob("keys-*")
    memo.write_bytes(b"not a pickle")
    assert cli("check", "--format", "json", "--cache-dir", tmp_path / "c", p).json() == first.json()


def test_settings_key_is_canonical_and_tells_configs_apart():
    from newslint.config import Settings

    a = Settings(rules={"x": {"a": 1, "b": [1, 2]}, "y": {}}, select=["spacing"])
    b = Settings(rules={"y": {}, "x": {"b": [1, 2], "a": 1}}, select=["spacing"])
    assert a.key() == b.key()
    for other in (
        Settings(rules={"x": {"a": 2, "b": [1, 2]}, "y": {}}, select=["spacing"]),
        Settings(rules={"x": {"a": 1, "b": [2, 1]}, "y": {}}, select=["spacing"]),
        Settings(rules={"x": {"a": "1", "b": [1, 2]}, "y": {}}, select=["spacing"]),
        Settings(rules={"x": {"a": 1, "b": [1, 2]}, "y": {}}, select=None),
    ):
        assert other.key() != a.key()


def test_memo_learns_which_files_are_clean(cli, tmp_path, memo_now):
    from newslint import cache

    p = tmp_path / "s.txt"
    p.write_text("Headline here\n\nAll is well in the story.\n")
    cache_dir = tmp_path / "c"
    for _ in range(2):
        assert cli("check", "--format", "json", "--cache-dir", cache_dir, p).json() == []
    (memo,) = cache_dir.rglob("keys-*")
    assert cache.KeyMemo(memo)._load()[str(p)][3] is True
    for marker in cache_dir.rglob("*-clean"):
        marker.unlink()  # the memo alone now answers
    assert cli("check", "--format", "json", "--cache-dir", cache_dir, p).json() == []


def test_the_memo_forgets_paths_of_old_runs(tmp_path, monkeypatch):
    from newslint import cache

    monkeypatch.setattr(cache, "_RACY_NS", 0)
    monkeypatch.setattr(cache, "_MEMO_KEEP", 5)
    files = []
    for i in range(20):
        p = tmp_path / f"s{i}.txt"
        p.write_text(TEXT)
        files.append(str(p))
    memo = cache.KeyMemo(tmp_path / "memo")
    for f in files:
        memo.put(f, cache.signature(f), b"rules", f"key-{f}")
    memo.save()
    later = cache.KeyMemo(tmp_path / "memo")
    assert later.get(files[0], cache.signature(files[0]), b"rules") == (f"key-{files[0]}", False)
    later.put(files[1], cache.signature(files[1]), b"rules", "new")
    later.save()  # 20 entries > 5 + 2 * 2 seen: only this run's stay
    assert set(cache.KeyMemo(tmp_path / "memo")._load()) == {files[0], files[1]}
