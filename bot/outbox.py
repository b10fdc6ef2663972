"""Coordinator replies to residents on Telegram: outbox items of kind "deliver_to_resident".

`Assistant.reply_to_resident` stores a STAFF message and an outbox item in one transaction; the
`OutboxPump` here polls due items whose channel is telegram, sends them and marks them sent and
delivered. A failed send is retried later with back-off; a chat that blocked the bot is given up.
Sending happens after the item was read and before it is marked, so a crash in between can repeat
one delivery (at least once), never lose it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.adapter import split_text
from core.domain import Channel, Message, OutboxItem
from core.ports import UnitOfWork, UnitOfWorkFactory
from core.texts import text

log = logging.getLogger(__name__)

DELIVER = "deliver_to_resident"
SENT = "sent"
GONE = "gone"
BATCH = 200


@dataclass(frozen=True)
class Delivery:
    item_id: int
    message_id: int | None
    chat_id: int | None  # None: nothing to deliver any more (resident forgotten)
    text: str
    attempts: int = 0


def is_telegram_delivery(item: OutboxItem) -> bool:
    return item.kind == DELIVER and item.payload.get("channel") == Channel.TELEGRAM.value


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4 ... minutes, at most an hour."""
    return timedelta(minutes=min(2 ** max(attempts, 0), 60))


def _staff_message(uow: UnitOfWork, item: OutboxItem, resident_id: int) -> Message | None:
    message_id = item.payload.get("message_id")
    getter = getattr(uow.messages, "get", None)
    if getter is not None and message_id is not None:
        found: Message | None = getter(int(str(message_id)))
        return found
    staff = uow.messages.undelivered_staff(resident_id)
    return next((m for m in staff if m.id == message_id), None)


def _delivery(uow: UnitOfWork, item: OutboxItem) -> Delivery:
    payload = item.payload
    ref = str(payload.get("resident_ref", ""))
    resident = uow.residents.get_by_ref(Channel.TELEGRAM, ref)
    message = _staff_message(uow, item, resident.id or 0) if resident is not None else None
    if resident is None or message is None or not ref.lstrip("-").isdigit():
        return Delivery(int(item.id or 0), None, None, "")
    body = text(
        "staff_reply",
        str(payload.get("lang") or resident.lang),
        reference=str(payload.get("case_reference", "")),
        text=message.text,
    )
    return Delivery(int(item.id or 0), message.id, int(ref), body, item.attempts)


class TelegramDelivery:
    """Sends due Telegram deliveries; the database work runs in worker threads."""

    def __init__(
        self, bot: Bot, uow_factory: UnitOfWorkFactory, clock: Callable[[], datetime]
    ) -> None:
        self.bot = bot
        self.uow_factory = uow_factory
        self.clock = clock

    def due(self, now: datetime) -> list[Delivery]:
        with self.uow_factory() as uow:
            items = [i for i in uow.outbox.due(now, limit=BATCH) if is_telegram_delivery(i)]
            return [_delivery(uow, item) for item in items]

    def mark_done(self, delivery: Delivery, now: datetime, delivered: bool) -> None:
        with self.uow_factory() as uow:
            uow.outbox.mark_sent(delivery.item_id, now)
            if delivered and delivery.message_id is not None:
                uow.messages.mark_delivered(delivery.message_id, now)
            uow.commit()

    def mark_failed(self, delivery: Delivery, error: str, now: datetime) -> None:
        with self.uow_factory() as uow:
            uow.outbox.mark_failed(delivery.item_id, error, now + retry_delay(delivery.attempts))
            uow.commit()

    async def run_once(self) -> int:
        """Send what is due now; returns how many messages reached Telegram."""
        now = self.clock()
        deliveries = await asyncio.to_thread(self.due, now)
        sent = 0
        for delivery in deliveries:
            outcome = await self._send(delivery)
            if outcome in (SENT, GONE):
                await asyncio.to_thread(self.mark_done, delivery, self.clock(), outcome == SENT)
                sent += outcome == SENT
            else:
                await asyncio.to_thread(self.mark_failed, delivery, outcome, self.clock())
        return sent

    async def _send(self, delivery: Delivery) -> str:
        """SENT, GONE (nothing can be delivered any more) or the error to retry on."""
        if delivery.chat_id is None:
            return GONE
        try:
            for part in split_text(delivery.text):
                await self.bot.send_message(chat_id=delivery.chat_id, text=part)
        except (Forbidden, BadRequest) as error:  # blocked the bot, chat gone: retrying won't help
            log.warning("delivery %s given up: %s", delivery.item_id, type(error).__name__)
            return GONE
        except TelegramError as error:
            log.warning("delivery %s failed, will retry: %s", delivery.item_id, type(error).__name__)
            return type(error).__name__
        return SENT


class OutboxPump:
    """Runs `TelegramDelivery.run_once` every `interval` seconds in the bot's event loop."""

    def __init__(self, delivery: TelegramDelivery, interval: float = 2.0) -> None:
        self.delivery = delivery
        self.interval = interval
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="telegram-outbox")

    def poke(self) -> None:
        """Deliver now instead of at the next tick (e.g. right after a coordinator replied)."""
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            try:
                await self.delivery.run_once()
            except Exception:  # a broken database must not stop the bot; try again later
                log.exception("telegram outbox run failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
