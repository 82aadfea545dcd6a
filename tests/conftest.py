"""Shared fixtures: the shared corpus folder, and running the CLI in-process."""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    d = Path(os.environ.get("NEWSLINT_SHARED", ROOT / ".." / "shared")).resolve()
    return d if (d / "seeds").is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (or $NEWSLINT_SHARED). In CI it must exist: fail, never skip."""
    d = shared_dir()
    if d is None:
        if os.environ.get("CI"):
            pytest.fail("NEWSLINT_SHARED is not set and ../shared is missing; CI needs the corpus")
        pytest.skip("the shared corpus (../shared or $NEWSLINT_SHARED) is not here")
    return d


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """No test writes into the user's cache folder (results, patterns, packs).
    Not restored: the pattern cache is saved at exit, after the session."""
    os.environ["NEWSLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("newslint-cache"))


@pytest.fixture
def cli(monkeypatch, tmp_path):
    """Run `newslint ARGS` in-process with a private cache; returns code, stdout, stderr."""
    from newslint import cache, engine

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / ".cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(*args: str, stdin: str | bytes | None = None) -> CliResult:
        from newslint import config
        from newslint.cli import main

        cache.reset()
        engine._RULESETS.clear()
        engine._EXPLICIT.clear()
        config._config_in_dir.cache_clear()
        config.settings_for_dir.cache_clear()
        out, err = io.StringIO(), io.StringIO()
        data = stdin.encode() if isinstance(stdin, str) else (stdin or b"")
        fake_in = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        monkeypatch.setattr(sys, "stdin", fake_in)
        try:
            code = main([str(a) for a in args])
        finally:
            monkeypatch.undo()
            monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / ".cache"))
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


def grammar_check(tmp_path: Path, capsys, files: dict[str, str], table: str, *args: str):
    """`newslint check --format json` on files with `[tool.newslint.grammar]` = table.

    Returns (exit code, findings, stderr). Shared by the LanguageTool and
    Harper tests; the result cache lives in tmp_path and is reset around the run.
    """
    from newslint import cache
    from newslint.cli import main

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = tmp_path / "grammar.toml"
    config.write_text(f"[tool.newslint.grammar]\n{table}\n", encoding="utf-8")
    cache.reset()
    capsys.readouterr()
    rc = main(
        ["check", "--format", "json", "--jobs", "1", "--config", str(config),
         "--cache-dir", str(tmp_path / "cache"), *args, *(str(tmp_path / n) for n in files)]
    )  # fmt: skip
    out, err = capsys.readouterr()
    cache.reset()
    return rc, json.loads(out or "[]"), err
