"""Expanding command-line paths into the files to lint.

Folders are walked with hidden folders and `node_modules` skipped, `.gitignore`
files honoured (inside a git work tree), and config `include`/`exclude` globs
applied. Files named explicitly are always linted.
"""

from __future__ import annotations

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
    return _known_extension(path.name, settings, extensions)


def _known_extension(name: str, settings, extensions: set[str]) -> bool:
    """Whether a file name's suffix (as `Path.suffix` reads it) is one newslint lints."""
    i = name.rfind(".")
    ext = name[i:].lower() if 0 < i < len(name) - 1 else ""
    return ext in extensions or ext in settings.extensions or ext.lstrip(".") in settings.extensions


def discover(paths: list[str], settings_for, extensions: set[str]) -> list[str]:
    """Files to lint, in a stable order. A missing path is an error."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        if any(c in raw for c in "*?["):
            import glob  # only for patterns: not on every start

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
                s = f if isinstance(f, str) else str(f)
                if s not in seen:
                    seen.add(s)
                    out.append(s)
    return out


def _specs_for(folder: Path) -> list[tuple[Path, object]]:
    """The .gitignore specs that apply in `folder`: its own and its ancestors' up to the repo root."""
    root = _git_root(folder)
    if root is None:
        return []
    chain = []
    d = folder
    while True:
        spec = _gitignore(d)
        if spec is not None:
            chain.append((d, spec))
        if d == root or d == d.parent:
            return chain
        d = d.parent


def _ignored(
    rel_parts: tuple[str, ...], chain: list[tuple[Path, object]], depth: dict, is_dir: bool
) -> bool:
    for folder, spec in chain:
        rel = "/".join(rel_parts[depth[folder] :]) + ("/" if is_dir else "")
        if spec.match_file(rel):  # type: ignore[attr-defined]
            return True
    return False


def _walk(top: Path, settings_for, extensions: set[str]) -> list[str]:
    """Walk a folder once; each folder's ignore specs and settings are looked up once."""
    found: list[str] = []
    top_abs = top.resolve()
    chain_of: dict[Path, list] = {top_abs: _specs_for(top_abs)}
    for dirpath, dirnames, filenames in os.walk(top):
        d = Path(dirpath)
        d_abs = top_abs.joinpath(d.relative_to(top)) if d != top else top_abs
        chain = chain_of.get(d_abs)
        if chain is None:
            chain = _specs_for(d_abs)
            chain_of[d_abs] = chain
        # Parts of the absolute path, and where each spec folder starts in them.
        parts = d_abs.parts
        depth = {folder: len(folder.parts) for folder, _ in chain}
        settings = settings_for(d / "_")
        keep = []
        for name in sorted(dirnames):
            if name.startswith(".") or name in SKIP_DIRS:
                continue
            sub = d / name
            if chain and _ignored((*parts, name), chain, depth, True):
                continue
            if _excluded(sub, settings, True):
                continue
            keep.append(name)
        dirnames[:] = keep
        if not (chain or settings.include or settings.exclude):
            # The common case, without a Path per file: only the name decides.
            found.extend(
                os.path.join(dirpath, name)
                for name in sorted(filenames)
                if not name.startswith(".") and _known_extension(name, settings, extensions)
            )
            continue
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            f = d / name
            if not _included(f, settings, extensions):
                continue
            if _excluded(f, settings, False):
                continue
            if chain and _ignored((*parts, name), chain, depth, False):
                continue
            found.append(str(f))
    return found
