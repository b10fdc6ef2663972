"""The python-telegram-bot Application: thin handlers around the dialogue engine.

update -> `bot.adapter.to_inbound` -> `Assistant.handle` (in a worker thread) -> sendMessage calls.
Used in polling mode (`wijkbot telegram`, bot/cli.py) and in webhook mode (bot/webhook.py).
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from telegram import Bot as TelegramBot
from telegram import BotCommand, CallbackQuery, Message, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.adapter import (
    ButtonCodec,
    ReplyKeyboards,
    chat_id_of,
    photo_ref,
    pressed_label,
    send_arguments,
    to_inbound,
    utf16_len,
)
from bot.media import PhotoResult, fetch_photo
from bot.ratelimit import ChatRateLimiter
from core import texts
from core.messages import Inbound, Reply
from core.ports import UnitOfWorkFactory
from wijkbot.settings import Settings

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
CHANNEL_KEY = "wijkbot.channel"


class DialogueEngine(Protocol):
    def handle(self, inbound: Inbound) -> list[Reply]: ...


class BotContainer(Protocol):
    """What the Telegram channel needs from wijkbot.bootstrap.Container."""

    settings: Settings
    assistant: Any  # core.service.Assistant (a DialogueEngine)
    uow_factory: UnitOfWorkFactory


def utc_now() -> datetime:
    return datetime.now(UTC)


DEFAULT_API_URL = "https://api.telegram.org/bot"
# What residents do that we answer; Telegram sends nothing else (no polls, reactions, ...).
ALLOWED_UPDATES = (Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY)


def quiet_http_logs() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the bot token."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.WARNING:
            logger.setLevel(logging.WARNING)


def file_url(api_url: str) -> str:
    """Telegram's file download base from its API base: .../bot -> .../file/bot."""
    head, sep, tail = api_url.rpartition("/bot")
    return f"{head}/file/bot{tail}" if sep else api_url.rstrip("/") + "/file/bot"


class TelegramChannel:
    """Turns updates into engine inputs and engine replies into Telegram messages."""

    def __init__(self, engine: DialogueEngine, data_dir: Path, clock: Clock = utc_now) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self.clock = clock
        self.buttons = ButtonCodec()
        self.keyboards = ReplyKeyboards()
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    def _lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat_id] = lock
        return lock

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """One update, handled in order per chat (webhook requests may arrive in parallel)."""
        chat_id = chat_id_of(update)
        if chat_id is None:
            return
        lock = self._lock(chat_id)
        async with lock:
            if update.callback_query is not None:
                await acknowledge(update.callback_query)
            inbound = await self.inbound(update, context.bot, chat_id)
            if inbound is None:
                return
            replies = await asyncio.to_thread(self.engine.handle, inbound)
            await self.send(context.bot, chat_id, replies)

    async def inbound(self, update: Update, bot: TelegramBot, chat_id: int) -> Inbound | None:
        photo = PhotoResult()
        message = update.message
        if message is not None and message.chat.type == "private":
            ref = photo_ref(message)
            if ref is not None:
                photo = await fetch_photo(bot, self.data_dir, chat_id, ref)
        return to_inbound(
            update,
            self.clock(),
            buttons=self.buttons,
            keyboards=self.keyboards,
            attachment=photo.attachment,
            photo_problem=photo.problem,
        )

    async def send(self, bot: TelegramBot, chat_id: int, replies: Sequence[Reply]) -> None:
        for reply in replies:
            for call in send_arguments(chat_id, reply, self.buttons, self.keyboards):
                try:
                    await bot.send_message(**call)
                except Forbidden:
                    log.info("a resident blocked the bot; replies dropped")
                    return


async def acknowledge(query: CallbackQuery) -> None:
    """Stop the button's spinner and replace the keyboard by the choice made, so a question is
    answered only once and the chat shows what was chosen."""
    try:
        await query.answer()
    except TelegramError as error:  # too old, or already answered on a redelivery
        log.debug("answerCallbackQuery failed: %s", type(error).__name__)
    message = query.message
    if not isinstance(message, Message) or message.reply_markup is None:
        return
    label = pressed_label(query)
    try:
        if message.text and label and utf16_len(message.text) + utf16_len(label) < 4090:
            await query.edit_message_text(f"{message.text}\n\n✓ {label}")  # keyboard goes too
        else:
            await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest as error:  # "message is not modified", message too old
        log.debug("editing the pressed message failed: %s", type(error).__name__)


async def log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The one error handler: log what failed, never what the resident wrote."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    log.error(
        "telegram update %s failed: %s",
        update_id,
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error is not None else None,
    )


async def register_commands(bot: TelegramBot) -> None:
    await bot.set_my_commands([BotCommand(name, about) for name, about in texts.TELEGRAM_COMMANDS])


def build_application(
    container: BotContainer,
    *,
    webhook: bool = False,
    clock: Clock = utc_now,
    rate_limiter: ChatRateLimiter | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot for `container`; `webhook=True` builds it without an Updater (updates are fed in)."""
    settings = container.settings
    if not settings.telegram_token:
        raise ValueError("WIJKBOT_TELEGRAM_TOKEN is not set")
    quiet_http_logs()
    api_url = settings.telegram_api_url or DEFAULT_API_URL
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(api_url)
        .base_file_url(file_url(api_url))
        .rate_limiter(rate_limiter or ChatRateLimiter())
    )
    if webhook:
        builder = builder.updater(None)
    application = builder.build()
    channel = TelegramChannel(container.assistant, settings.data_dir, clock)
    application.bot_data[CHANNEL_KEY] = channel
    application.add_handler(TypeHandler(Update, channel.on_update))
    application.add_error_handler(log_error)
    return application
