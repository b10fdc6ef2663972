"""`wijkbot serve` with a Telegram token but no webhook URL polls Telegram from the web process
(development, `make run`)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.telegram.conftest import TelegramContainer, make_assistant, make_settings, seed
from tests.telegram.fakeapi import FakeBotApi
from tests.telegram.test_webhook import serving
from tests.telegram.updates import TelegramResident


async def test_serve_without_webhook_url_polls(
    fake_api: FakeBotApi, anne: TelegramResident, uow_factory: object, session_factory: object,
    tmp_path: Path,
) -> None:
    settings = make_settings(fake_api, tmp_path)  # token, no webhook URL
    assistant = make_assistant(settings, uow_factory)  # type: ignore[arg-type]
    seed(session_factory, assistant.config)  # type: ignore[arg-type]
    container = TelegramContainer(settings, uow_factory, assistant.config, assistant,  # type: ignore[arg-type]
                                  session_factory)
    async with serving(container, fake_api):
        fake_api.enqueue(anne.text("/start"))
        greeted = lambda: any("wijkassistent" in t for t in fake_api.texts(anne.chat_id))  # noqa: E731
        await asyncio.to_thread(fake_api.wait_for, greeted)  # the bot runs on this event loop
    assert fake_api.calls_to("getUpdates") and not fake_api.calls_to("setWebhook")
