"""Map a function over many items in forked processes, results in input order.

Why not `multiprocessing.Pool`: with `--jobs 2` on a 2-core machine the
pool's parent mostly waits while its two workers lint, yet its task and
result threads take CPU from them for every chunk; importing the pool costs
about 20 ms before any work starts; and the first-use set-up of each worker
is paid again. Here the parent is one of the workers: `--jobs N` forks N-1
children and all N take chunks of items from one pipe of tickets, so the
faster process simply takes more. Each child sends back its chunks' results
(pickled) on a pipe of its own; the parent yields them in input order
between its own chunks.

A child that dies (killed, out of memory) loses only its unfinished chunk:
its items get `on_lost(item, reason)` results and the run goes on.
"""

from __future__ import annotations

import gc
import os
import select
import struct
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from newslint.digest import PICKLE_PROTOCOL, pickle

T = TypeVar("T")
R = TypeVar("R")

# Tickets are written before the first fork, so they must all fit in the
# pipe's buffer (16 KiB on macOS, 64 KiB on Linux) without blocking.
_TICKET = struct.Struct("<I")
_MAX_TICKETS = 2048
_FRAME = struct.Struct("<IQ")  # chunk number, payload length
_PIPE_SIZE = 1 << 20  # a child should rarely wait for the parent to read
_READ_SIZE = 1 << 16


def chunk_size(items: int, jobs: int) -> int:
    """Small chunks balance the load at the end of a run (a chunk costs little
    here); at most `_MAX_TICKETS` chunks."""
    size = max(1, min(16, items // (jobs * 8)))
    return max(size, -(-items // _MAX_TICKETS))


def ordered_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    on_lost: Callable[[T, str], R],
) -> Iterator[R]:
    """`map(fn, items)` over `jobs` processes (this one included), in order."""
    size = chunk_size(len(items), jobs)
    chunks = -(-len(items) // size)
    jobs = min(jobs, chunks)
    if jobs <= 1 or not hasattr(os, "fork"):
        yield from map(fn, items)
        return
    tickets_r, tickets_w = os.pipe()
    try:
        _write_all(tickets_w, b"".join(_TICKET.pack(k) for k in range(chunks)))
    finally:
        os.close(tickets_w)  # children must see end-of-file once tickets run out
    children: dict[int, int] = {}  # result pipe -> pid
    try:
        # Objects made so far (modules, rules, patterns) are shared with the
        # children copy-on-write; frozen, a child's collector never touches
        # them, so no child copies those pages just to scan them.
        gc.freeze()
        try:
            for _ in range(jobs - 1):
                fd, pid = _fork_child(fn, items, size, tickets_r, children)
                children[fd] = pid
        finally:
            gc.unfreeze()
        yield from _run_parent(fn, items, size, chunks, tickets_r, children, on_lost)
    finally:
        os.close(tickets_r)
        _reap(children)


def _fork_child(
    fn: Callable, items: Sequence, size: int, tickets: int, siblings: dict[int, int]
) -> tuple[int, int]:
    """Start one child; returns its result pipe and pid. The child never
    returns into the caller's code: it leaves through `os._exit`."""
    read_end, write_end = os.pipe()
    _enlarge(write_end)
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            os.close(read_end)
            for fd in siblings:
                os.close(fd)
            _child_loop(fn, items, size, tickets, write_end)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return read_end, pid


def _child_loop(fn: Callable, items: Sequence, size: int, tickets: int, out: int) -> None:
    while (k := _next_ticket(tickets)) is not None:
        results = [fn(item) for item in items[k * size : (k + 1) * size]]
        payload = pickle.dumps(results, PICKLE_PROTOCOL)
        _write_all(out, _FRAME.pack(k, len(payload)) + payload)


def _run_parent(
    fn: Callable,
    items: Sequence,
    size: int,
    chunks: int,
    tickets: int,
    children: dict[int, int],
    on_lost: Callable,
) -> Iterator:
    """Take chunks like a child, and yield every chunk's results in order."""
    done: dict[int, list] = {}
    buffers = {fd: bytearray() for fd in children}
    following = 0  # the next chunk to yield
    while (k := _next_ticket(tickets)) is not None:
        done[k] = [fn(item) for item in items[k * size : (k + 1) * size]]
        _receive(buffers, done, wait=False)
        while following in done:
            yield from done.pop(following)
            following += 1
    while buffers:
        _receive(buffers, done, wait=True)
        while following in done:
            yield from done.pop(following)
            following += 1
    lost = _lost_reason(children)
    for k in range(following, chunks):
        got = done.pop(k, None)
        if got is None:
            got = [on_lost(item, lost) for item in items[k * size : (k + 1) * size]]
        yield from got


def _receive(buffers: dict[int, bytearray], done: dict[int, list], wait: bool) -> None:
    """Read what the children have sent; `wait`: block until one sends or ends."""
    ready, _, _ = select.select(list(buffers), [], [], None if wait else 0)
    for fd in ready:
        data = os.read(fd, _READ_SIZE)
        if not data:  # the child finished (or died): nothing more will come
            del buffers[fd]
            continue
        buf = buffers[fd]
        buf += data
        while len(buf) >= _FRAME.size:
            k, n = _FRAME.unpack_from(buf)
            if len(buf) < _FRAME.size + n:
                break
            done[k] = pickle.loads(buf[_FRAME.size : _FRAME.size + n])
            del buf[: _FRAME.size + n]


def _next_ticket(tickets: int) -> int | None:
    """The next chunk to work on, or None when all are taken. A pipe read of
    a few bytes is atomic among processes, so each ticket goes to one taker."""
    data = os.read(tickets, _TICKET.size)
    return _TICKET.unpack(data)[0] if len(data) == _TICKET.size else None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _enlarge(fd: int) -> None:
    """A bigger pipe buffer where the system allows it (Linux)."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_SIZE)
    except (ImportError, OSError):
        pass


def _lost_reason(children: dict[int, int]) -> str:
    """How the children ended, for the items of chunks that never came back."""
    reasons = []
    for fd, pid in list(children.items()):
        _, status = os.waitpid(pid, 0)
        del children[fd]
        os.close(fd)
        if os.WIFSIGNALED(status):
            reasons.append(f"worker process killed by signal {os.WTERMSIG(status)}")
        elif os.WEXITSTATUS(status):
            reasons.append(f"worker process exited with status {os.WEXITSTATUS(status)}")
    return "; ".join(reasons) or "worker process ended early"


def _reap(children: dict[int, int]) -> None:
    """Stop children that are still running (the caller stopped early or
    failed), and wait for all of them so that none is left behind."""
    import signal

    for fd, pid in children.items():
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        try:
            os.close(fd)
        except OSError:
            pass
    children.clear()
