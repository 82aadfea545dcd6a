"""Atomic file writes: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_bytes(
    path: Path, data: bytes, mode: int | None = None, durable: bool = True
) -> None:
    """Readers see the old file or the new one, never half of either.

    `durable` also syncs to disk before the rename (for users' files);
    caches skip it, since a lost entry is only rebuilt.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    atomic_write_bytes(path, text.encode("utf-8"), mode)
