"""Where the built-in YAML packs live: inside the wheel, or the source tree."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def builtin_pack_dir() -> Path | None:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_packs", here.parent.parent / "rules"):
        if candidate.is_dir():
            return candidate
    return None


def find_builtin_pack(name: str) -> Path | None:
    d = builtin_pack_dir()
    if d is None:
        return None
    p = d / f"{name}.yaml"
    return p if p.is_file() else None
