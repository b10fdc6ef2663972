"""Outbox items sent over Telegram, as `routing.handover.Sender`s.

- `TelegramResidentSender` (sender key "deliver_to_resident:telegram"): a coordinator's reply,
  stored by `Assistant.reply_to_resident` as a STAFF message plus an outbox item, is sent to the
  resident's chat through the running bot (same rate limiter as the dialogue) and the message is
  marked delivered. `OutboxPump` runs `routing.handover.dispatch_outbox` with this sender inside
  the bot process (polling or webhook), so only the process that owns the bot delivers.
- `TelegramStaffSender` (sender key "telegram"): notifications, digests and escalations for
  coordinators who have a `telegram_chat_id`; plain synchronous Bot API calls, usable from the
  web app's background dispatcher (`container.senders`).

Both raise on a failure worth retrying (the dispatcher backs off and tries again) and return
quietly when nothing can ever be delivered (resident forgotten, bot blocked).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from telegram import Bot
from telegram.error import BadRequest, Forbidden

from bot.adapter import split_text
from bot.app import quiet_http_logs
from core.config import MunicipalityConfig
from core.domain import Channel, OutboxItem
from core.ports import UnitOfWorkFactory
from core.texts import text

log = logging.getLogger(__name__)

DELIVER = "deliver_to_resident"
RESIDENT_SENDER_KEY = f"{DELIVER}:{Channel.TELEGRAM.value}"
STAFF_SENDER_KEY = "telegram"


class Undeliverable(Exception):
    """Retrying will not help (e.g. the resident blocked the bot)."""


@dataclass(frozen=True)
class Delivery:
    chat_id: int
    message_id: int
    text: str


def resident_delivery(uow_factory: UnitOfWorkFactory, item: OutboxItem) -> Delivery | None:
    """What to send for a deliver_to_resident item; None when the resident or message is gone."""
    payload = item.payload
    ref = str(payload.get("resident_ref", ""))
    message_id = int(str(payload.get("message_id") or 0))
    with uow_factory() as uow:
        resident = uow.residents.get_by_ref(Channel.TELEGRAM, ref)
        if resident is None or not ref.lstrip("-").isdigit():
            return None
        staff = uow.messages.undelivered_staff(int(resident.id or 0))
        message = next((m for m in staff if m.id == message_id), None)
        if message is None:
            return None
        lang = str(payload.get("lang") or resident.lang)
    reference = str(payload.get("case_reference", ""))
    body = text("staff_reply", lang, reference=reference, text=message.text)
    return Delivery(int(ref), message_id, body)


class TelegramResidentSender:
    """routing.handover.Sender for coordinator replies; called from a worker thread, it sends on
    the bot's event loop and waits for the result."""

    def __init__(
        self,
        bot: Bot,
        loop: asyncio.AbstractEventLoop,
        uow_factory: UnitOfWorkFactory,
        clock: Callable[[], datetime],
        timeout: float = 60.0,
    ) -> None:
        self.bot = bot
        self.loop = loop
        self.uow_factory = uow_factory
        self.clock = clock
        self.timeout = timeout
        self._sent_keys: set[str] = set()

    def send(self, item: OutboxItem, key: str) -> None:
        delivery = resident_delivery(self.uow_factory, item)
        if delivery is None:
            log.info("outbox %s: nothing to deliver any more", key)
            return
        if key not in self._sent_keys:
            future = asyncio.run_coroutine_threadsafe(self._send(delivery), self.loop)
            try:
                future.result(self.timeout)
            except Undeliverable as error:
                log.warning("outbox %s given up: %s", key, error)
                return
            self._sent_keys.add(key)
        with self.uow_factory() as uow:
            uow.messages.mark_delivered(delivery.message_id, self.clock())
            uow.commit()

    async def _send(self, delivery: Delivery) -> None:
        try:
            for part in split_text(delivery.text):
                await self.bot.send_message(chat_id=delivery.chat_id, text=part)
        except (Forbidden, BadRequest) as error:
            raise Undeliverable(type(error).__name__) from error


class OutboxPump:
    """Runs `dispatch_outbox` with the resident sender every `interval` seconds, in a thread."""

    def __init__(
        self,
        sender: TelegramResidentSender,
        config: MunicipalityConfig | None,
        interval: float = 2.0,
    ) -> None:
        self.sender = sender
        self.config = config
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="telegram-outbox")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def run_once(self) -> Any:
        from routing.handover import dispatch_outbox

        return dispatch_outbox(
            self.sender.uow_factory,
            {RESIDENT_SENDER_KEY: self.sender},
            self.sender.clock(),
            config=self.config,
        )

    async def _loop(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.run_once)
            except Exception:  # a broken database must not stop the bot; try again later
                log.exception("telegram outbox round failed")
            await asyncio.sleep(self.interval)


class TelegramStaffSender:
    """routing.handover.Sender for coordinators reached on Telegram (payload "via": "telegram")."""

    def __init__(
        self,
        api_url: str,
        token: str,
        config: MunicipalityConfig,
        client: httpx.Client | None = None,
    ) -> None:
        self.endpoint = f"{api_url}{token}/sendMessage" if "{token}" not in api_url else (
            api_url.replace("{token}", token) + "/sendMessage"
        )
        self.config = config
        quiet_http_logs()  # request URLs carry the token
        self.client = client or httpx.Client(timeout=20.0)
        self._sent_keys: set[str] = set()

    def send(self, item: OutboxItem, key: str) -> None:
        from routing.handover import render_staff_message

        if key in self._sent_keys:
            return
        person = self.config.coordinator(str(item.payload.get("coordinator_id", "")))
        if person is None or not person.telegram_chat_id:
            raise LookupError(f"no Telegram chat for {item.payload.get('coordinator_id')}")
        subject, body = render_staff_message(item, self.config)
        for part in split_text(f"{subject}\n\n{body}"):
            response = self.client.post(
                self.endpoint, json={"chat_id": person.telegram_chat_id, "text": part}
            )
            if response.status_code != 200 or not response.json().get("ok"):
                raise RuntimeError(f"Telegram refused the notification ({response.status_code})")
        self._sent_keys.add(key)


_staff_senders: dict[tuple[str, str], TelegramStaffSender] = {}


def staff_sender(settings: Any, config: MunicipalityConfig) -> TelegramStaffSender | None:
    """The sender for `senders["telegram"]`, or None when no bot token is configured.

    One sender (and HTTP connection pool) per bot, reused across dispatcher rounds; each call
    gives it the current configuration (admin edits of coordinators apply at once)."""
    from bot.app import DEFAULT_API_URL

    token = getattr(settings, "telegram_token", None)
    if not token:
        return None
    api_url = settings.telegram_api_url or DEFAULT_API_URL
    sender = _staff_senders.get((api_url, token))
    if sender is None:
        sender = _staff_senders[(api_url, token)] = TelegramStaffSender(api_url, token, config)
    sender.config = config
    return sender


def start_pump(bot: Bot, container: Any, clock: Callable[[], datetime], interval: float = 2.0
               ) -> OutboxPump:
    """Start delivering coordinator replies from the bot's own event loop."""
    sender = TelegramResidentSender(bot, asyncio.get_running_loop(), container.uow_factory, clock)
    pump = OutboxPump(sender, getattr(container, "config", None), interval)
    pump.start()
    return pump
