"""Content hashes for the caches' keys, without loading OpenSSL.

`import hashlib` loads OpenSSL's libcrypto, about 4 ms of every start. BLAKE2
is built into CPython as `_blake2` and loads at once; hashlib's own blake2b
is the fallback on a Python without it.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # another Python: the same hash through hashlib
    from hashlib import blake2b


def hasher(data: bytes = b"") -> blake2b:
    """A 256-bit BLAKE2b hash object, fed with `data`."""
    return blake2b(data, digest_size=32)
