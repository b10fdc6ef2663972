"""Outbox senders over Telegram through routing.handover.dispatch_outbox: retries, give-ups,
and coordinator notifications for coordinators reached on Telegram."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from telegram import Bot

from bot.outbox import (
    RESIDENT_SENDER_KEY,
    STAFF_SENDER_KEY,
    TelegramResidentSender,
    TelegramStaffSender,
    staff_sender,
)
from core.domain import Case, CaseStatus, Channel, Coordinator, OutboxItem, Resident
from routing.handover import dispatch_outbox
from tests.telegram.conftest import TelegramContainer
from tests.telegram.fakeapi import TOKEN, FakeBotApi

CHAT = 777001


def open_case(container: TelegramContainer, now: datetime) -> Case:
    with container.uow_factory() as uow:
        resident = uow.residents.add(Resident(None, Channel.TELEGRAM, str(CHAT), now))
        case = uow.cases.add(
            Case(None, uow.cases.next_reference(now.year), "overlast", False, CaseStatus.WAITING,
                 Channel.TELEGRAM, int(resident.id or 0), now, now)
        )
        uow.commit()
    return case


def staff_reply(container: TelegramContainer, now: datetime) -> tuple[Case, int]:
    case = open_case(container, now)
    message = container.assistant.reply_to_resident(int(case.id or 0), "wr-noord", "Opgelost!", now)
    return case, int(message.id or 0)


def bot_for(api: FakeBotApi) -> Bot:
    return Bot(TOKEN, base_url=api.api_url, base_file_url=api.url + "/file/bot")


async def dispatch(container: TelegramContainer, sender: object, key: str, now: datetime) -> object:
    return await asyncio.to_thread(
        dispatch_outbox, container.uow_factory, {key: sender}, now  # type: ignore[dict-item]
    )


async def test_resident_reply_failing_is_retried_later(
    container: TelegramContainer, fake_api: FakeBotApi
) -> None:
    now = datetime.now(UTC)
    case, message_id = staff_reply(container, now)
    fake_api.fail_next("sendMessage", 500, {"ok": False, "error_code": 500,
                                             "description": "Internal Server Error"})
    async with bot_for(fake_api) as bot:
        sender = TelegramResidentSender(bot, asyncio.get_running_loop(), container.uow_factory,
                                        lambda: now)
        first = await dispatch(container, sender, RESIDENT_SENDER_KEY, now)
        assert first.failed and not first.sent  # type: ignore[attr-defined]
        assert len(fake_api.sent(CHAT)) == 1  # the refused attempt
        with container.uow_factory() as uow:
            assert [i for i in uow.outbox.due(now) if i.kind == "deliver_to_resident"] == []
        later = now + timedelta(minutes=5)
        second = await dispatch(container, sender, RESIDENT_SENDER_KEY, later)
        assert second.sent  # type: ignore[attr-defined]
    [_, delivered] = fake_api.texts(CHAT)
    assert case.reference in delivered and "Opgelost!" in delivered
    with container.uow_factory() as uow:
        [staff] = [m for m in uow.messages.for_case(int(case.id or 0)) if m.id == message_id]
    assert staff.delivered_at is not None


async def test_blocked_bot_is_given_up_without_marking_delivered(
    container: TelegramContainer, fake_api: FakeBotApi
) -> None:
    now = datetime.now(UTC)
    case, message_id = staff_reply(container, now)
    fake_api.fail_next("sendMessage", 403, {"ok": False, "error_code": 403,
                                             "description": "Forbidden: bot was blocked by the user"})
    async with bot_for(fake_api) as bot:
        sender = TelegramResidentSender(bot, asyncio.get_running_loop(), container.uow_factory,
                                        lambda: now)
        await dispatch(container, sender, RESIDENT_SENDER_KEY, now)
        later = await dispatch(container, sender, RESIDENT_SENDER_KEY, now + timedelta(hours=7))
    assert not later.sent and not later.failed  # type: ignore[attr-defined]
    assert len(fake_api.calls_to("sendMessage")) == 1
    with container.uow_factory() as uow:
        [staff] = [m for m in uow.messages.for_case(int(case.id or 0)) if m.id == message_id]
    assert staff.delivered_at is None


async def test_coordinator_notification_over_telegram(
    container: TelegramContainer, fake_api: FakeBotApi
) -> None:
    now = datetime.now(UTC)
    person = Coordinator("wr-tg", "Test Persoon", "wijkregisseur Noord", telegram_chat_id="4242")
    config = replace(container.config, coordinators=(*container.config.coordinators, person))
    case = open_case(container, now)
    with container.uow_factory() as uow:
        uow.outbox.add(OutboxItem(
            None, "notify_coordinator",
            {"coordinator_id": "wr-tg", "via": "telegram", "case_id": case.id,
             "case_reference": case.reference, "theme": "overlast", "wijk": "WK034403",
             "urgent": False, "explanation": "regel 1"},
            now, now, dedupe_key=f"notify:{case.reference}:wr-tg",
        ))
        uow.commit()
    sender = TelegramStaffSender(fake_api.api_url, TOKEN, config)
    report = await asyncio.to_thread(
        dispatch_outbox, container.uow_factory, {STAFF_SENDER_KEY: sender}, now, config=config
    )
    assert report.sent == [f"notify:{case.reference}:wr-tg"]
    [call] = fake_api.sent(4242)
    assert case.reference in call.params["text"] and "Overvecht" in call.params["text"]


def test_staff_sender_is_reused_and_follows_the_configuration(
    container: TelegramContainer,
) -> None:
    first = staff_sender(container.settings, container.config)
    edited = replace(container.config, coordinators=())
    second = staff_sender(container.settings, edited)
    assert first is not None and second is first and second.config is edited
    no_token = container.settings.model_copy(update={"telegram_token": None})
    assert staff_sender(no_token, edited) is None
