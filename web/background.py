"""Background work inside `wijkbot serve`: the outbox loop (escalations, notifications, deliveries).

Every few seconds, in a worker thread, `routing.handover.run_outbox` escalates cases waiting too
long and sends due outbox items through the senders of `build_senders`:

- "email": coordinator notifications, digests and escalations over SMTP (WIJKBOT_SMTP_*);
- "telegram": the same for coordinators with a Telegram chat id, when a bot token is configured;
- "deliver_to_resident:web": a coordinator's reply to a web-chat resident. The web chat fetches
  the message itself (GET /api/chat/sessions/{id}/messages marks it delivered), so this sender
  only closes the outbox item.

Telegram replies to residents are delivered by the bot's own pump (bot/outbox.py). A failing round
is logged and retried; it never stops the web server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from core.domain import OutboxItem
from web.deps import utcnow

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 5.0


class WebChatDelivery:
    """Sender for `deliver_to_resident` items of web-chat residents: nothing to push."""

    def send(self, item: OutboxItem, key: str) -> None:
        return None


def build_senders(container: Any) -> dict[str, Any]:
    """The staff senders (e-mail, Telegram) plus the web chat's delivery marker."""
    from routing.cli import build_senders as staff_senders

    return {
        "deliver_to_resident:web": WebChatDelivery(),
        **staff_senders(container.settings, container.config),
    }


def outbox_round(container: Any) -> Callable[[], Any]:
    """One round: escalate what waited too long, then send what is due (reads the live config)."""
    from routing.handover import run_outbox

    hours = float(getattr(container.settings, "escalate_after_working_hours", 8.0))

    def round_() -> Any:
        return run_outbox(
            container.uow_factory,
            build_senders(container),  # cheap; follows admin edits of the configuration
            container.config,
            container.schedule,
            utcnow(),
            hours,
        )

    return round_


async def _loop(round_: Callable[[], Any], interval: float) -> None:
    while True:
        try:
            await asyncio.to_thread(round_)
        except Exception:  # keep serving; the outbox keeps the work for the next round
            log.exception("outbox round failed")
        await asyncio.sleep(interval)


@asynccontextmanager
async def run_background_tasks(
    container: Any, interval: float = INTERVAL_SECONDS
) -> AsyncIterator[None]:
    task = asyncio.create_task(_loop(outbox_round(container), interval), name="wijkbot-outbox")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
