"""Polling mode (development): `wijkbot telegram` fetches updates with getUpdates long polling."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from telegram.ext import Application

from bot.app import (
    ALLOWED_UPDATES,
    BotContainer,
    build_application,
    register_commands,
    utc_now,
)
from bot.outbox import OutboxPump, start_pump

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


@asynccontextmanager
async def polling(
    application: AnyApplication,
    container: BotContainer,
    *,
    poll_timeout: float = 10.0,
    outbox_interval: float = 2.0,
) -> AsyncIterator[OutboxPump]:
    """Run `application` with long polling and the Telegram outbox until the block ends."""
    updater = application.updater
    if updater is None:
        raise ValueError("an Application built for webhooks cannot poll")
    await application.initialize()
    await register_commands(application.bot)
    await updater.start_polling(
        timeout=timedelta(seconds=poll_timeout), allowed_updates=list(ALLOWED_UPDATES)
    )
    await application.start()
    pump = start_pump(application.bot, container, utc_now, outbox_interval)
    log.info("telegram bot polling")
    try:
        yield pump
    finally:
        await pump.stop()
        await updater.stop()
        await application.stop()
        await application.shutdown()


async def run_polling(container: BotContainer, *, poll_timeout: float = 10.0) -> None:
    """Poll until SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    application = build_application(container)
    async with polling(application, container, poll_timeout=poll_timeout):
        await stop.wait()
    log.info("telegram bot stopped")
