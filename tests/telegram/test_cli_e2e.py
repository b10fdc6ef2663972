"""End to end: `wijkbot telegram` as a subprocess, WIJKBOT_TELEGRAM_API_URL pointing at the fake
Bot API, the database migrated and seeded like `wijkbot seed` does (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tests.telegram.conftest import MUNICIPALITY_DIR, seed
from tests.telegram.fakeapi import TOKEN, Call, FakeBotApi
from tests.telegram.helpers import REFERENCE, button_data, inline_buttons, joined, reply_keyboard
from tests.telegram.updates import TelegramResident

pytestmark = pytest.mark.slow

NOISE = "Al weken overlast van herrie en harde muziek bij de buren, elke nacht lawaai tot laat"


@pytest.fixture
def wijkbot_telegram(
    fake_api: FakeBotApi,
    db_url: str,
    engine: Engine,
    session_factory: sessionmaker[Session],
    tmp_path: Path,
) -> Iterator[subprocess.Popen[bytes]]:
    from routing.municipality import load_municipality

    seed(session_factory, load_municipality(MUNICIPALITY_DIR))
    env = {
        **os.environ,
        "WIJKBOT_TELEGRAM_TOKEN": TOKEN,
        "WIJKBOT_TELEGRAM_API_URL": fake_api.api_url,
        "WIJKBOT_DATABASE_URL": db_url,
        "WIJKBOT_DATA_DIR": str(tmp_path),
        "WIJKBOT_MUNICIPALITY": "utrecht",
        "WIJKBOT_MODEL_DIR": str(tmp_path / "no-model"),
        "WIJKBOT_LOG_LEVEL": "INFO",
    }
    wijkbot = Path(sys.executable).parent / "wijkbot"
    process = subprocess.Popen(
        [str(wijkbot), "telegram", "--poll-timeout", "1"],
        env=env,
        cwd=tmp_path,  # no .env of the checkout
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def step(api: FakeBotApi, chat_id: int, update: dict[str, Any],
         done: Callable[[list[Call]], bool], timeout: float = 30) -> list[Call]:
    """Send one update; wait until the messages the bot sent since satisfy `done`."""
    before = len(api.sent(chat_id))
    api.enqueue(update)
    api.wait_for(lambda: done(api.sent(chat_id)[before:]), timeout=timeout)
    return api.sent(chat_id)[before:]


def asks_something(calls: list[Call]) -> bool:
    """The bot finished its turn: it asked with a keyboard or gave a reference number."""
    return any(
        inline_buttons(c) or reply_keyboard(c) or REFERENCE.search(str(c.params["text"]))
        for c in calls
    )


def has(text: str) -> Callable[[list[Call]], bool]:
    return lambda calls: any(text in str(c.params["text"]) for c in calls)


def test_wijkbot_telegram_answers_start_faq_emergency_and_report(
    wijkbot_telegram: subprocess.Popen[bytes], fake_api: FakeBotApi
) -> None:
    anne = TelegramResident(fake_api, chat_id=9900001)
    # the first answer also waits for the process to start (imports, database, routing data)
    replies = step(fake_api, anne.chat_id, anne.text("/start"), has("wijkassistent"), timeout=120)
    assert len(fake_api.calls_to("setMyCommands")) == 1

    replies = step(fake_api, anne.chat_id, anne.text("Hoe maak ik een afspraak voor grofvuil?"),
                   has("Heeft dit geholpen?"))
    assert "utrecht.nl/grofvuil" in replies[0].params["text"]

    replies = step(fake_api, anne.chat_id, anne.text("Er is brand in de flat naast ons!"),
                   has("Dan leg ik het vast"))
    assert "112" in replies[0].params["text"]

    replies = step(fake_api, anne.chat_id, anne.text(NOISE), asks_something)
    for _ in range(4):  # answer what is asked (theme, place) until the summary is confirmed
        if REFERENCE.search(joined(replies)):
            break
        last = replies[-1]
        if reply_keyboard(last):
            update = anne.location(52.117, 5.116)
        elif "summary:yes" in inline_buttons(last).values():
            update = anne.press(*button_data(replies, "summary:yes"))
        else:
            update = anne.press(*button_data(replies, "theme:overlast"))
        replies = step(fake_api, anne.chat_id, update, asks_something)
    assert "melding heeft nummer WB-" in joined(replies)

    wijkbot_telegram.send_signal(signal.SIGTERM)
    output = wijkbot_telegram.communicate(timeout=30)[0].decode()
    assert wijkbot_telegram.returncode == 0, output
    assert NOISE not in output  # message text never reaches the log
    assert TOKEN not in output and TOKEN.split(":")[1] not in output  # nor the bot token
