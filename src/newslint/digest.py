"""Hashing and pickling for the caches, at the lowest import cost.

`import hashlib` loads OpenSSL's libcrypto, about 4 ms of every start. BLAKE2
is built into CPython as `_blake2` and loads at once; hashlib's own blake2b
is the fallback on a Python without it. Likewise `pickle` is the C module
`_pickle` (what `pickle.loads` and `pickle.dumps` are) without the pure-Python
pickler that `import pickle` also loads (~3 ms).
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # another Python: the same hash through hashlib
    from hashlib import blake2b
try:
    import _pickle as pickle
except ImportError:  # another Python: the pure-Python module
    import pickle  # type: ignore[no-redef]

__all__ = ["PICKLE_PROTOCOL", "hasher", "pickle"]
PICKLE_PROTOCOL = 5  # pickle.HIGHEST_PROTOCOL on every Python newslint supports


def hasher(data: bytes = b"") -> blake2b:
    """A 256-bit BLAKE2b hash object, fed with `data`."""
    return blake2b(data, digest_size=32)
