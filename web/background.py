"""Background work inside `wijkbot serve`: the outbox dispatcher (notifications, deliveries).

Runs `routing.handover.dispatch_outbox` every few seconds in a worker thread, with the senders
the composition root provides (`container.senders`). A failing round is logged and retried; it
never stops the web server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from web.deps import utcnow

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 5.0


def _dispatcher(container: Any) -> Callable[[], Any] | None:
    own = getattr(container, "dispatch_outbox", None)
    if callable(own):
        return lambda: own(utcnow())
    try:
        from routing.handover import dispatch_outbox
    except ImportError:
        return None
    senders = getattr(container, "senders", None) or {}
    return lambda: dispatch_outbox(container.uow_factory, senders, utcnow())


async def _loop(round_: Callable[[], Any], interval: float) -> None:
    while True:
        try:
            await asyncio.to_thread(round_)
        except Exception:  # keep serving; the outbox keeps the work for the next round
            log.exception("outbox dispatch round failed")
        await asyncio.sleep(interval)


@asynccontextmanager
async def run_background_tasks(
    container: Any, interval: float = INTERVAL_SECONDS
) -> AsyncIterator[None]:
    round_ = _dispatcher(container)
    if round_ is None:
        log.info("no outbox dispatcher available; background tasks not started")
        yield
        return
    task = asyncio.create_task(_loop(round_, interval), name="wijkbot-outbox")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
