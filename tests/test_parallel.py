"""The fork-based ordered map behind --jobs: order, load sharing, lost workers."""

from __future__ import annotations

import os
import time

import pytest

from newslint import parallel

PARENT = os.getpid()


def square(x: int) -> int:
    return x * x


def lost(x: int, reason: str) -> str:
    return f"lost {x}: {reason}"


@pytest.mark.parametrize("n", [0, 1, 2, 3, 17, 200, 1001])
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_same_results_in_the_same_order_as_map(n: int, jobs: int) -> None:
    items = list(range(n))
    assert list(parallel.ordered_map(square, items, jobs, lost)) == [x * x for x in items]


def slow_pid(x: int) -> tuple[int, int]:
    time.sleep(0.002)
    return x, os.getpid()


def test_the_parent_and_the_child_share_the_work() -> None:
    out = list(parallel.ordered_map(slow_pid, list(range(200)), 2, lost))
    assert [x for x, _ in out] == list(range(200))
    pids = {pid for _, pid in out}
    assert PARENT in pids and len(pids) == 2


def die_in_child(x: int) -> int:
    if os.getpid() != PARENT:
        os._exit(7)
    time.sleep(0.001)
    return x


def test_a_dead_worker_loses_only_its_chunk() -> None:
    items = list(range(300))
    out = list(parallel.ordered_map(die_in_child, items, 2, lost))
    assert len(out) == 300
    kept = [r for r in out if isinstance(r, int)]
    gone = [r for r in out if not isinstance(r, int)]
    assert gone, "the child died on its first chunk"
    assert len(gone) <= parallel.chunk_size(300, 2)
    assert all(r.endswith("worker process exited with status 7") for r in gone)
    assert kept == sorted(kept)
    assert sorted(kept + [int(r.split()[1].rstrip(":")) for r in gone]) == items


def big(x: int) -> str:
    return str(x) * 100_000  # chunks far bigger than a pipe's buffer


def test_large_results_cross_the_pipe_whole() -> None:
    out = list(parallel.ordered_map(big, list(range(40)), 2, lost))
    assert out == [str(x) * 100_000 for x in range(40)]


def test_stopping_early_leaves_no_worker_behind() -> None:
    gen = parallel.ordered_map(slow_pid, list(range(400)), 2, lost)
    seen = {pid for _, (_, pid) in zip(range(50), gen)}
    gen.close()
    for pid in seen - {PARENT}:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def fail_on_5(x: int) -> int:
    if x == 5 and os.getpid() == PARENT:
        raise ValueError("boom")
    return x


def test_an_error_in_the_parent_propagates_like_map() -> None:
    with pytest.raises(ValueError, match="boom"):
        list(parallel.ordered_map(fail_on_5, list(range(10)), 1, lost))
    # With two processes item 5 is the parent's (the error) or the child's (no error).
    try:
        out = list(parallel.ordered_map(fail_on_5, list(range(10)), 2, lost))
    except ValueError:
        return
    assert out == list(range(10))


def test_tickets_always_fit_the_pipe() -> None:
    for n in (1, 100, 10_000, 100_000, 3_000_000):
        size = parallel.chunk_size(n, 2)
        assert -(-n // size) <= parallel._MAX_TICKETS
        assert size >= 1
