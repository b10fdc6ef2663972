"""Forked worker processes fed over pipes, for `wijkbot analyze --workers N`.

The parent analyses its own share of the batches while the workers analyse theirs. Each worker
has a writer and a reader thread in the parent that spend their time in blocking pipe I/O (the
GIL released), so the busy parent does not delay feeding the workers or collecting their
results, as ProcessPoolExecutor's pickling and bookkeeping threads do. A worker runs a
function on each item it is sent and sends back its bytes (or the error's traceback).
"""

from __future__ import annotations

import os
import pickle
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

_PIPE_SIZE = 1 << 20  # Linux: room for a few batches' results in the pipe


class WorkerFailed(RuntimeError):
    """A forked worker raised (its traceback is the message) or died."""


class ForkedWorker:
    """A forked process that applies `work` to each item sent, in order; `result()` gives the
    results in the order the items were sent. Fork all workers first, then `start` them
    (their threads): a fork copies no thread, and no lock a thread might hold."""

    _down: int  # the parent's ends: items go down, results come up
    _up: int

    def __init__(self, work: Callable[[Any], bytes], others: list[ForkedWorker]) -> None:
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        for fd in (down_write, up_write):
            _widen(fd)
        self.pid = os.fork()
        if self.pid == 0:  # the worker: it keeps only its own ends of its own pipes
            for fd in (down_write, up_read, *(f for o in others for f in (o._down, o._up))):
                os.close(fd)
            _serve(down_read, up_write, work)  # never returns
        os.close(down_read)
        os.close(up_write)
        self._down, self._up = down_write, up_read
        self._sent = 0
        self._collected = 0
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._inbox: queue.SimpleQueue[tuple[int, bytes]] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._write, daemon=True),
            threading.Thread(target=self._read, daemon=True),
        ]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def busy(self) -> int:
        """Items sent whose results have not arrived yet."""
        return self._sent - self._collected - self._inbox.qsize()

    def send(self, item: Any) -> None:
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self._outbox.put(len(data).to_bytes(8, "little") + data)
        self._sent += 1

    def result(self) -> bytes:
        """The result of the oldest item not yet collected (waits for it)."""
        status, body = self._inbox.get()
        self._collected += 1
        if status != 0:
            raise WorkerFailed(body.decode("utf-8", "replace"))
        return body

    def close(self) -> None:
        """No more items: the worker ends once it has sent its results; wait for it."""
        writer, reader = self._threads
        if writer.ident is None:  # never started
            os.close(self._down)
            os.close(self._up)
        else:
            self._outbox.put(None)
            writer.join()  # its end of the pipe closed: the worker finishes and exits
        os.waitpid(self.pid, 0)
        if reader.ident is not None:
            reader.join()

    def _write(self) -> None:
        try:
            while (frame := self._outbox.get()) is not None:
                _write_all(self._down, frame)
        except OSError:
            pass  # the worker is gone: `result` reports it
        finally:
            os.close(self._down)

    def _read(self) -> None:
        try:
            while header := _read_exactly(self._up, 9):
                size = int.from_bytes(header[1:], "little")
                self._inbox.put((header[0], _read_exactly(self._up, size)))
        except WorkerFailed as error:
            self._inbox.put((1, str(error).encode()))
        finally:
            os.close(self._up)
            self._inbox.put((1, b"the worker process ended unexpectedly"))


def _serve(down: int, up: int, work: Callable[[Any], bytes]) -> None:
    code = 0
    try:
        while header := _read_exactly(down, 8):
            item = pickle.loads(_read_exactly(down, int.from_bytes(header, "little")))
            try:
                status, body = 0, work(item)
            except Exception:
                status, body = 1, traceback.format_exc().encode()
            _write_all(up, bytes([status]) + len(body).to_bytes(8, "little") + body)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _widen(fd: int) -> None:
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        pass  # a smaller pipe: slower, not wrong


def _read_exactly(fd: int, size: int) -> bytes:
    """`size` bytes, or b"" at the end of the stream (before the first byte)."""
    parts: list[bytes] = []
    while size:
        part = os.read(fd, min(size, _PIPE_SIZE))
        if not part:
            if parts:
                raise WorkerFailed("a pipe to a worker closed mid-message")
            return b""
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
