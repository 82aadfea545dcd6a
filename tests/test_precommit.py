"""The pre-commit hooks, run by the real pre-commit against this repository.

`pre-commit try-repo` clones this repository (with its uncommitted changes to
tracked files), builds a hook environment by pip-installing it, and runs one
hook on the files of a scratch git repository holding a bad draft. It needs
PyPI for the dependencies (pip's cache makes later runs quicker); try-repo
builds its environment in a temporary store, so each test pays for one.
Only tracked files (committed or modified) reach the hook environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = "# Talks resume\n\nDr. Evelyn Reed,a renowned expert, joined us today.\n"
FIXED = "# Talks resume\n\nDr. Evelyn Reed, a renowned expert, joined us today.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("pre-commit-home")
    e = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    e.update(
        PRE_COMMIT_HOME=str(home),
        NO_COLOR="1",
        PRE_COMMIT_COLOR="never",
        NEWSLINT_CACHE_DIR=str(home / "newslint-cache"),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    return e


def git(repo: Path, *args: str, env: dict) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def scratch(tmp_path, env) -> Path:
    repo = tmp_path / "content"
    repo.mkdir()
    git(repo, "init", "-q", env=env)
    git(repo, "config", "user.name", "Test Editor", env=env)
    git(repo, "config", "user.email", "editor@example.com", env=env)
    git(repo, "config", "commit.gpgsign", "false", env=env)
    (repo / "story.md").write_text(BAD, encoding="utf-8")
    git(repo, "add", "story.md", env=env)
    return repo


def try_repo(repo: Path, hook: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            hook,
            "--files",
            "story.md",
            "--verbose",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_check_hook_fails_and_prints_the_finding(scratch, env):
    r = try_repo(scratch, "newslint", env)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "newslint" in out and "Failed" in out, out
    assert "story.md:3:" in out, out
    assert "spacing.after-comma" in out, out
    assert (scratch / "story.md").read_text(encoding="utf-8") == BAD  # check never writes


def test_fix_hook_rewrites_the_file_and_fails_like_a_fixer(scratch, env):
    r = try_repo(scratch, "newslint-fix", env)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "Failed" in out, out
    assert "files were modified by this hook" in out, out
    assert (scratch / "story.md").read_text(encoding="utf-8") == FIXED
    # The fixed file passes the check (run with this environment's newslint).
    done = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "story.md"],
        cwd=scratch,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
