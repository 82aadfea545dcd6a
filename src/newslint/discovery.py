"""Expanding command-line paths into the files to lint.

Folders are walked with hidden folders and `node_modules` skipped, `.gitignore`
files honoured (inside a git work tree), and config `include`/`exclude` globs
applied. Files named explicitly are always linted.
"""

from __future__ import annotations

import glob
import os
from functools import cache
from pathlib import Path

from newslint.errors import NewslintError

SKIP_DIRS = frozenset({"node_modules", "__pycache__", ".git", ".hg", ".svn", ".venv", "venv"})


@cache
def _git_root(d: Path) -> Path | None:
    for folder in (d, *d.parents):
        if (folder / ".git").exists():
            return folder
    return None


@cache
def _gitignore(d: Path):
    p = d / ".gitignore"
    if not p.is_file():
        return None
    import pathspec

    try:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.PathSpec.from_lines("gitignore", lines)


def _ignored_by_git(path: Path, is_dir: bool) -> bool:
    root = _git_root(path.parent)
    if root is None:
        return False
    folder = path.parent
    while True:
        spec = _gitignore(folder)
        if spec is not None:
            rel = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            if spec.match_file(rel):
                return True
        if folder == root or folder == folder.parent:
            return False
        folder = folder.parent


def _matches(rel: str, patterns: list[str]) -> bool:
    from fnmatch import fnmatch

    return any(
        fnmatch(rel, p) or fnmatch(rel, p.rstrip("/") + "/*") or fnmatch(Path(rel).name, p)
        for p in patterns
    )


def _excluded(path: Path, settings, is_dir: bool) -> bool:
    if not settings.exclude:
        return False
    try:
        rel = path.resolve().relative_to(settings.root.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    return _matches(rel, settings.exclude) or (is_dir and _matches(rel + "/", settings.exclude))


def _included(path: Path, settings, extensions: set[str]) -> bool:
    if settings.include:
        try:
            rel = path.resolve().relative_to(settings.root.resolve()).as_posix()
        except ValueError:
            rel = path.as_posix()
        return _matches(rel, settings.include)
    ext = path.suffix.lower()
    return ext in extensions or ext in settings.extensions or ext.lstrip(".") in settings.extensions


def discover(paths: list[str], settings_for, extensions: set[str]) -> list[str]:
    """Files to lint, in a stable order. A missing path is an error."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        if any(c in raw for c in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise NewslintError(f"{raw}: no files match this pattern")
            candidates = [Path(m) for m in matches]
        else:
            p = Path(raw)
            if not p.exists():
                raise NewslintError(f"{raw}: no such file or folder")
            candidates = [p]
        for p in candidates:
            if p.is_dir():
                files = _walk(p, settings_for, extensions)
            else:
                files = [p]
            for f in files:
                s = str(f)
                if s not in seen:
                    seen.add(s)
                    out.append(s)
    return out


def _walk(top: Path, settings_for, extensions: set[str]) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(top):
        d = Path(dirpath)
        settings = settings_for(d / "_")
        keep = []
        for name in sorted(dirnames):
            sub = d / name
            if name.startswith(".") or name in SKIP_DIRS:
                continue
            if _ignored_by_git(sub, True) or _excluded(sub, settings, True):
                continue
            keep.append(name)
        dirnames[:] = keep
        for name in sorted(filenames):
            f = d / name
            if name.startswith("."):
                continue
            if not _included(f, settings, extensions):
                continue
            if _excluded(f, settings, False) or _ignored_by_git(f, False):
                continue
            found.append(f)
    return found
