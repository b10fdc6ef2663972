"""Webhook mode: Telegram POSTs updates to the web app, which feeds them to python-telegram-bot.

The web app (web.app.create_app) includes `router(container)` and enters `lifespan(container)`;
both share one `TelegramWebhook` per container. The Application is built without an Updater,
started in the lifespan, and registered with setWebhook (with the secret token) when
WIJKBOT_TELEGRAM_WEBHOOK_URL is set.

Each update is processed before the request is answered: if anything fails on the way Telegram
sends it again, and the engine's de-duplication on `tg:<update_id>` keeps it to one message.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Request, Response
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.app import (
    ALLOWED_UPDATES,
    BotContainer,
    build_application,
    register_commands,
    utc_now,
)
from bot.outbox import OutboxPump, start_pump
from bot.ratelimit import ChatRateLimiter

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1024 * 1024
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class TelegramWebhook:
    """The webhook endpoint and the Application behind it, for one container."""

    retry_seconds: float = 30.0

    def __init__(self, container: BotContainer) -> None:
        settings = container.settings
        self.container = container
        self.url = settings.telegram_webhook_url
        self.secret = settings.telegram_webhook_secret or ""
        if self.url and not _SECRET.match(self.secret):
            raise ValueError(
                "WIJKBOT_TELEGRAM_WEBHOOK_SECRET must be set (1-256 of A-Z a-z 0-9 _ -) "
                "when WIJKBOT_TELEGRAM_WEBHOOK_URL is set"
            )
        self.path = urlsplit(self.url).path or "/" if self.url else None
        self.application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.pump: OutboxPump | None = None
        self.rate_limiter: ChatRateLimiter | None = None  # None: Telegram's limits (default)
        self._retry: asyncio.Task[None] | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.url and self.container.settings.telegram_token)

    async def start(self) -> None:
        """Start the bot; when Telegram cannot be reached, keep the web app up and retry."""
        try:
            await self._start_once()
        except TelegramError as error:
            log.error("telegram start-up failed (%s); retrying every %s s",
                      type(error).__name__, self.retry_seconds)
            self._retry = asyncio.create_task(self._start_later(), name="telegram-start")

    async def _start_once(self) -> None:
        application = build_application(
            self.container, webhook=True, rate_limiter=self.rate_limiter
        )
        await application.initialize()
        try:
            await application.start()
            self.application = application  # updates may arrive as soon as setWebhook is done
            await register_commands(application.bot)
            assert self.url is not None
            await application.bot.set_webhook(
                self.url, secret_token=self.secret, allowed_updates=list(ALLOWED_UPDATES)
            )
        except BaseException:
            self.application = None
            if application.running:
                await application.stop()
            await application.shutdown()
            raise
        self.pump = start_pump(application.bot, self.container, utc_now)
        log.info("telegram webhook registered")  # the path is part of the secret: not logged

    async def _start_later(self) -> None:
        while self.pump is None:
            await asyncio.sleep(self.retry_seconds)
            try:
                await self._start_once()
            except TelegramError as error:
                log.warning("telegram start-up failed again: %s", type(error).__name__)

    async def stop(self) -> None:
        if self._retry is not None:
            self._retry.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._retry
            self._retry = None
        if self.pump is not None:
            await self.pump.stop()
            self.pump = None
        if self.application is not None:
            await self.application.stop()
            await self.application.shutdown()
            self.application = None

    def check_secret(self, given: str | None) -> int | None:
        """None when the header holds our secret, else the status to refuse with."""
        if not given:
            return 401
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            return 403
        return None

    async def receive(self, request: Request) -> Response:
        refused = self.check_secret(request.headers.get(SECRET_HEADER))
        if refused is not None:
            log.warning("telegram webhook refused (%s)", refused)
            return Response(status_code=refused)
        application = self.application
        if application is None:
            return Response(status_code=503)  # not started: Telegram retries later
        body = await request.body()
        if len(body) > MAX_UPDATE_BYTES:
            return Response(status_code=413)
        try:
            update = Update.de_json(json.loads(body), application.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        await application.process_update(update)
        return Response(status_code=200)


# Kept alive by the route (and the running lifespan) that use them, not by this registry.
_hooks: weakref.WeakValueDictionary[int, TelegramWebhook] = weakref.WeakValueDictionary()


def webhook_for(container: BotContainer) -> TelegramWebhook:
    """The one TelegramWebhook of `container` (router and lifespan must share it)."""
    key = id(container)
    hook = _hooks.get(key)
    if hook is None or hook.container is not container:
        hook = TelegramWebhook(container)
        _hooks[key] = hook
    return hook


def router(container: BotContainer) -> APIRouter:
    """The webhook route at the path of WIJKBOT_TELEGRAM_WEBHOOK_URL (no route when it is unset)."""
    hook = webhook_for(container)
    api = APIRouter()
    if hook.enabled and hook.path:
        api.add_api_route(hook.path, hook.receive, methods=["POST"], include_in_schema=False)
    return api


@asynccontextmanager
async def lifespan(container: BotContainer) -> AsyncIterator[None]:
    """Start the Telegram Application (and setWebhook) for the web app's lifetime."""
    hook = webhook_for(container)
    if not hook.enabled:
        yield
        return
    await hook.start()
    try:
        yield
    finally:
        await hook.stop()
