"""Webhook mode: the real FastAPI app (web.app.create_app) served over HTTP by uvicorn, Telegram's
POSTs carrying the secret token header, python-telegram-bot built without an Updater."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from bot.webhook import SECRET_HEADER, TelegramWebhook, router, webhook_for
from tests.telegram.conftest import (
    WEBHOOK_PATH,
    WEBHOOK_SECRET,
    TelegramContainer,
    fast_limiter,
    make_assistant,
    make_settings,
)
from tests.telegram.fakeapi import FakeBotApi
from tests.telegram.helpers import (
    REFERENCE,
    button_data,
    joined,
    reach,
    stored_cases,
    stored_messages,
)
from tests.telegram.updates import TelegramResident
from web.app import create_app

NOISE = "Al weken overlast van herrie en harde muziek bij de buren, elke nacht lawaai tot laat"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class WebhookClient:
    """Plays Telegram: POSTs updates to the web app and reads what the bot sent to the fake API."""

    def __init__(self, http: httpx.AsyncClient, api: FakeBotApi) -> None:
        self.http = http
        self.api = api

    async def post(self, update: dict[str, Any], secret: str | None = WEBHOOK_SECRET) -> int:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        response = await self.http.post(WEBHOOK_PATH, json=update, headers=headers)
        return response.status_code

    async def send(self, update: dict[str, Any]) -> list[Any]:
        before = len(self.api.sent())
        assert await self.post(update) == 200
        return self.api.sent()[before:]


@asynccontextmanager
async def serving(container: TelegramContainer, api: FakeBotApi) -> AsyncIterator[WebhookClient]:
    """The web app for `container` under uvicorn on a free port, for the block's duration."""
    app = create_app(container, background=False)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        assert not task.done(), "uvicorn stopped during start-up"
        await asyncio.sleep(0.02)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=20) as http:
            yield WebhookClient(http, api)
    finally:
        server.should_exit = True
        await task


@pytest.fixture
async def webhook(
    container: TelegramContainer, fake_api: FakeBotApi
) -> AsyncIterator[WebhookClient]:
    hook = webhook_for(container)  # the web app's router and lifespan will use this one
    hook.rate_limiter = fast_limiter()  # Telegram's limits, scaled up
    async with serving(container, fake_api) as client:
        assert webhook_for(container) is hook
        yield client


async def test_start_up_registers_webhook_with_secret_and_commands(
    webhook: WebhookClient, fake_api: FakeBotApi
) -> None:
    assert fake_api.webhook["url"] == f"https://wijkbot.example{WEBHOOK_PATH}"
    assert fake_api.webhook["secret_token"] == WEBHOOK_SECRET
    assert len(fake_api.calls_to("setMyCommands")) == 1


@pytest.mark.parametrize(("secret", "status"), [(None, 401), ("wrong-secret", 403), ("", 401)])
async def test_forged_update_is_refused_and_nothing_stored(
    webhook: WebhookClient,
    anne: TelegramResident,
    container: TelegramContainer,
    fake_api: FakeBotApi,
    secret: str | None,
    status: int,
) -> None:
    assert await webhook.post(anne.text("Er is brand!"), secret=secret) == status
    assert stored_messages(container.uow_factory, anne.chat_id) == []
    assert fake_api.sent() == []


async def test_conversation_over_webhook_to_reference(
    fake_api: FakeBotApi, anne: TelegramResident, container: TelegramContainer
) -> None:
    async with serving(container, fake_api) as webhook:  # with Telegram's real rate limits
        await _conversation(webhook, anne)


async def _conversation(webhook: WebhookClient, anne: TelegramResident) -> None:
    assert "wijkassistent" in joined(await webhook.send(anne.text("/start")))
    replies = await reach(webhook, anne, await webhook.send(anne.text(NOISE)), "summary")
    assert "Klopt dit?" in joined(replies)
    replies = await webhook.send(anne.press(*button_data(replies, "summary:yes")))
    assert REFERENCE.search(joined(replies))


async def test_duplicate_update_makes_one_message_and_one_case(
    webhook: WebhookClient, anne: TelegramResident, container: TelegramContainer,
    fake_api: FakeBotApi,
) -> None:
    await webhook.send(anne.text("/start"))
    first = anne.text(NOISE)
    replies = await webhook.send(first)
    assert replies
    assert await webhook.send(first) == []  # Telegram retried: no second answer
    replies = await reach(webhook, anne, replies, "summary")
    confirm = anne.press(*button_data(replies, "summary:yes"))
    answered = await webhook.send(confirm)
    assert REFERENCE.search(joined(answered))
    assert await webhook.send(confirm) == []
    assert len(stored_cases(container.uow_factory, anne.chat_id)) == 1
    texts = [m.text for m in stored_messages(container.uow_factory, anne.chat_id)]
    assert texts.count(NOISE) == 1


async def test_parallel_duplicates_make_one_message(
    webhook: WebhookClient, anne: TelegramResident, container: TelegramContainer
) -> None:
    await webhook.send(anne.text("/start"))
    update = anne.text(NOISE)
    statuses = await asyncio.gather(*(webhook.post(update) for _ in range(3)))
    assert statuses == [200, 200, 200]
    texts = [m.text for m in stored_messages(container.uow_factory, anne.chat_id)]
    assert texts.count(NOISE) == 1


async def test_malformed_body_is_rejected(webhook: WebhookClient) -> None:
    response = await webhook.http.post(
        WEBHOOK_PATH, content=b"{not json", headers={SECRET_HEADER: WEBHOOK_SECRET}
    )
    assert response.status_code == 400


async def test_coordinator_reply_is_delivered_by_the_web_process(
    webhook: WebhookClient, anne: TelegramResident, container: TelegramContainer,
    fake_api: FakeBotApi,
) -> None:
    await webhook.send(anne.text("/start"))
    await reach(webhook, anne, await webhook.send(anne.text(NOISE)), "reference")
    [case] = stored_cases(container.uow_factory, anne.chat_id)
    container.assistant.reply_to_resident(
        int(case.id or 0), "wr-overvecht", "We komen morgen langs.", datetime.now(UTC)
    )
    await asyncio.to_thread(
        fake_api.wait_for, lambda: any("morgen langs" in t for t in fake_api.texts(anne.chat_id))
    )
    [delivered] = [t for t in fake_api.texts(anne.chat_id) if "morgen langs" in t]
    assert case.reference in delivered


async def test_web_app_starts_when_telegram_is_down_and_registers_later(
    container: TelegramContainer, fake_api: FakeBotApi, anne: TelegramResident,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TelegramWebhook, "retry_seconds", 0.05)
    fake_api.fail_next("getMe", 502, {"ok": False, "error_code": 502,
                                      "description": "Bad Gateway"}, times=2)
    async with serving(container, fake_api) as client:
        assert fake_api.webhook == {}
        assert await client.post(anne.text("hallo")) == 503  # Telegram will send it again
        await asyncio.to_thread(fake_api.wait_for, lambda: bool(fake_api.webhook))
        assert "wijkassistent" in joined(await client.send(anne.text("/start")))


async def test_restart_of_the_web_app_mid_conversation_continues(
    container: TelegramContainer, fake_api: FakeBotApi, anne: TelegramResident
) -> None:
    async with serving(container, fake_api) as first:
        await first.send(anne.text("/start"))
        await reach(first, anne, await first.send(anne.text(NOISE)), "location")
    restarted = TelegramContainer(
        container.settings, container.uow_factory, container.config,
        make_assistant(container.settings, container.uow_factory),
    )
    async with serving(restarted, fake_api) as second:
        replies = await second.send(anne.text("In Overvecht"))
        assert "Klopt dit?" in replies[-1].params["text"]
        replies = await second.send(anne.press(*button_data(replies, "summary:yes")))
    assert REFERENCE.search(joined(replies))
    assert len(fake_api.calls_to("setWebhook")) == 2


def test_no_route_without_webhook_url(fake_api: FakeBotApi, tmp_path: Path) -> None:
    settings = make_settings(fake_api, tmp_path)
    hook_container = TelegramContainer(settings, None, None, None)  # type: ignore[arg-type]
    assert router(hook_container).routes == []
    assert not webhook_for(hook_container).enabled


def test_secret_with_characters_telegram_refuses_is_rejected_early(
    fake_api: FakeBotApi, tmp_path: Path
) -> None:
    settings = make_settings(
        fake_api, tmp_path, telegram_webhook_url="https://x.example/tg",
        telegram_webhook_secret="geen spaties toegestaan!",
    )
    with pytest.raises(ValueError, match="WIJKBOT_TELEGRAM_WEBHOOK_SECRET"):
        TelegramWebhook(TelegramContainer(settings, None, None, None))  # type: ignore[arg-type]
