"""Atomic file writes: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

# Temporary names: unique per process and write (tempfile's random names cost
# an import of `random` and `tempfile`, ~7 ms of a start).
_SERIAL = itertools.count()


def atomic_write_bytes(
    path: Path, data: bytes, mode: int | None = None, durable: bool = True
) -> None:
    """Readers see the old file or the new one, never half of either.

    `durable` also syncs to disk before the rename (for users' files);
    caches skip it, since a lost entry is only rebuilt.
    """
    path = Path(path)
    fd, tmp = _create_temporary(path)
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


def _create_temporary(path: Path) -> tuple[int, str]:
    """A new file beside `path`, opened for writing, that no one else has opened
    (O_EXCL): `.name.<pid>.<serial>.<random>.tmp`, readable by the owner only."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        name = f".{path.name}.{os.getpid()}.{next(_SERIAL)}.{os.urandom(4).hex()}.tmp"
        tmp = os.path.join(path.parent, name)
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:  # a leftover of a crashed run: try another name
            continue


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    atomic_write_bytes(path, text.encode("utf-8"), mode)
