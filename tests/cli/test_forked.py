"""`wijkbot analyze --workers`: forked workers fed over pipes (wijkbot/forked.py) return every
result in order, survive items and results larger than a pipe, and report a failing or dead
worker instead of hanging."""

from __future__ import annotations

import os
import signal
from multiprocessing import get_all_start_methods

import pytest

from wijkbot.forked import ForkedWorker, WorkerFailed

pytestmark = pytest.mark.skipif("fork" not in get_all_start_methods(), reason="needs fork")


def _echo(item: object) -> bytes:
    if item == "boom":
        raise ValueError("boom")
    return repr(item).encode() * (1 if not isinstance(item, tuple) else item[1])


def _started(count: int = 1) -> list[ForkedWorker]:
    pool: list[ForkedWorker] = []
    for _ in range(count):
        pool.append(ForkedWorker(_echo, pool))
    for worker in pool:
        worker.start()
    return pool


def test_results_come_back_in_order_from_several_workers() -> None:
    pool = _started(3)
    try:
        for n in range(60):
            pool[n % 3].send(n)
        assert [pool[n % 3].result() for n in range(60)] == [repr(n).encode() for n in range(60)]
    finally:
        for worker in pool:
            worker.close()


def test_items_and_results_larger_than_a_pipe() -> None:
    """Several megabytes each way, sent before any result is read: no deadlock."""
    (worker,) = _started()
    big = "x" * 3_000_000
    try:
        for k in range(3):
            worker.send((big, k + 1))
        for k in range(3):
            assert len(worker.result()) == len(repr((big, k + 1)).encode()) * (k + 1)
    finally:
        worker.close()


def test_an_error_in_the_worker_is_raised_here_with_its_traceback() -> None:
    (worker,) = _started()
    try:
        worker.send("boom")
        worker.send("fine")
        with pytest.raises(WorkerFailed, match="ValueError: boom"):
            worker.result()
        assert worker.result() == b"'fine'"  # the worker goes on
    finally:
        worker.close()


def test_a_dead_worker_is_reported_not_waited_for() -> None:
    (worker,) = _started()
    try:
        os.kill(worker.pid, signal.SIGKILL)
        worker.send(1)
        with pytest.raises(WorkerFailed, match="ended unexpectedly"):
            worker.result()
    finally:
        worker.close()


def test_closing_a_worker_never_started_does_not_hang() -> None:
    worker = ForkedWorker(_echo, [])
    worker.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(worker.pid, 0)  # reaped already
