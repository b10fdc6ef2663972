"""Fixtures for Telegram channel tests: a fake Bot API server, a real Assistant on real storage
(SQLite and PostgreSQL via tests/conftest.py), and the real python-telegram-bot driven against it."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker
from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.app import build_application
from bot.polling import polling
from bot.ratelimit import ChatRateLimiter
from core.config import MunicipalityConfig
from core.ports import UnitOfWorkFactory
from core.service import Assistant
from tests.telegram.fakeapi import TOKEN, Call, FakeBotApi, start_fake_api, stop_fake_api
from tests.telegram.updates import TelegramResident
from wijkbot.settings import PROJECT_ROOT, Settings, get_settings

MUNICIPALITY_DIR = PROJECT_ROOT / "municipalities" / "utrecht"
WEBHOOK_PATH = "/telegram/webhook-test"
WEBHOOK_SECRET = "s3cret-Token_for-tests"


@dataclass
class TelegramContainer:
    """The parts of wijkbot.bootstrap.Container the Telegram channel uses (built from real parts)."""

    settings: Settings
    uow_factory: UnitOfWorkFactory
    config: MunicipalityConfig
    assistant: Assistant
    session_factory: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def make_settings(api: FakeBotApi, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "telegram_token": TOKEN,
        "telegram_api_url": api.api_url,
        "municipality": "utrecht",
        "municipalities_dir": MUNICIPALITY_DIR.parent,
        "model_dir": data_dir / "no-model",  # deterministic: the keyword analyzer
        **overrides,
    }
    return get_settings(**values)


@functools.cache
def _policy_and_analyzer(model_dir: Path) -> tuple[Any, Any]:
    """Built once per run (reading the GeoJSON takes a while); neither holds database state."""
    from routing.municipality import load_municipality
    from wijkbot.bootstrap import build_analyzer, build_policy

    settings = get_settings(
        municipality="utrecht", municipalities_dir=MUNICIPALITY_DIR.parent, model_dir=model_dir
    )
    config = load_municipality(MUNICIPALITY_DIR)
    return build_policy(settings, config), build_analyzer(settings, config)


def make_assistant(settings: Settings, uow_factory: UnitOfWorkFactory) -> Assistant:
    """The real Assistant as the composition root wires it: Utrecht's configuration, real
    routing and hours; the keyword analyzer, as no trained model is configured here."""
    policy, analyzer = _policy_and_analyzer(Path("/nonexistent/wijkbot-model"))
    return Assistant(uow_factory, analyzer, policy.locator, policy.router, policy.schedule,
                     policy.planner, policy.config)


@pytest.fixture
def fake_api() -> Iterator[FakeBotApi]:
    api = start_fake_api()
    yield api
    stop_fake_api(api)


def seed(session_factory: sessionmaker[Session], config: MunicipalityConfig) -> None:
    """Store the municipality's configuration (the FAQ is read from the database)."""
    from storage.config import save_config

    with session_factory() as session:
        save_config(session, config)
        session.commit()


@pytest.fixture
def container(
    fake_api: FakeBotApi,
    uow_factory: UnitOfWorkFactory,
    session_factory: sessionmaker[Session],
    tmp_path: Path,
) -> TelegramContainer:
    settings = make_settings(
        fake_api,
        tmp_path,
        telegram_webhook_url=f"https://wijkbot.example{WEBHOOK_PATH}",
        telegram_webhook_secret=WEBHOOK_SECRET,
    )
    assistant = make_assistant(settings, uow_factory)
    seed(session_factory, assistant.config)
    return TelegramContainer(settings, uow_factory, assistant.config, assistant, session_factory)


def fast_limiter() -> ChatRateLimiter:
    """Telegram's limits scaled up so scripted conversations do not wait (the real limiter code)."""
    return ChatRateLimiter(chat_rate=1000, chat_burst=1000, overall_rate=1000, max_retries=3)


@dataclass
class PollingBot:
    """The real Application polling the fake API; `send` waits until the update was handled."""

    api: FakeBotApi
    application: Application[Any, Any, Any, Any, Any, Any]
    handled: dict[int, asyncio.Event] = field(default_factory=dict)

    def _event(self, update_id: int) -> asyncio.Event:
        return self.handled.setdefault(update_id, asyncio.Event())

    async def mark(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self._event(update.update_id).set()

    async def send(self, update: dict[str, Any], timeout: float = 20.0) -> list[Call]:
        """Deliver one update and return the sendMessage calls it caused."""
        before = len(self.api.sent())
        self.api.enqueue(update)
        await asyncio.wait_for(self._event(update["update_id"]).wait(), timeout)
        return self.api.sent()[before:]


@pytest.fixture
async def polling_bot(
    fake_api: FakeBotApi, container: TelegramContainer
) -> AsyncIterator[PollingBot]:
    async with running_bot(fake_api, container) as bot:
        yield bot


@asynccontextmanager
async def running_bot(api: FakeBotApi, container: TelegramContainer) -> AsyncIterator[PollingBot]:
    """A fresh Application (as after a restart) polling `api` for the block's duration."""
    application = build_application(container, rate_limiter=fast_limiter())
    bot = PollingBot(api, application)
    application.add_handler(TypeHandler(Update, bot.mark), group=99)
    async with polling(application, container, poll_timeout=1, outbox_interval=0.2):
        yield bot


@pytest.fixture
def anne(fake_api: FakeBotApi) -> TelegramResident:
    return TelegramResident(fake_api)
