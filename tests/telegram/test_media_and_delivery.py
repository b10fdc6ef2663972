"""Photos (downloaded, checked, stored, attached) and coordinator replies delivered over Telegram."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from bot.media import MAX_PHOTO_BYTES
from core.domain import Direction
from tests.telegram.conftest import PollingBot, TelegramContainer
from tests.telegram.fakeapi import FakeBotApi
from tests.telegram.helpers import OVERVECHT, joined, reach, stored_cases, stored_messages
from tests.telegram.updates import TelegramResident

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8
NOISE = "Al weken overlast van herrie en harde muziek bij de buren, elke nacht lawaai tot laat"


async def test_photo_is_stored_and_attached_to_the_case(
    polling_bot: PollingBot,
    anne: TelegramResident,
    fake_api: FakeBotApi,
    container: TelegramContainer,
) -> None:
    fake_api.add_file("photo-1", JPEG, "photos/file_1.jpg")
    await polling_bot.send(anne.text("/start"))
    await reach(polling_bot, anne, await polling_bot.send(anne.text(NOISE)), "location")
    replies = await polling_bot.send(anne.photo("photo-1", len(JPEG)))
    assert "foto is toegevoegd" in joined(replies)
    assert [c.params["path"] for c in fake_api.calls_to("download")] == ["photos/file_1.jpg"]
    [photo] = [m for m in stored_messages(container.uow_factory, anne.chat_id) if m.kind == "photo"]
    assert photo.attachment_path is not None and photo.attachment_type == "image/jpeg"
    assert photo.attachment_size == len(JPEG)
    stored = Path(container.settings.data_dir) / photo.attachment_path
    assert stored.read_bytes() == JPEG
    await reach(polling_bot, anne, await polling_bot.send(anne.location(*OVERVECHT)), "reference")
    [case] = stored_cases(container.uow_factory, anne.chat_id)
    with container.uow_factory() as uow:
        attached = [m for m in uow.messages.for_case(int(case.id or 0)) if m.kind == "photo"]
    assert [m.id for m in attached] == [photo.id]


async def test_photo_that_is_not_an_image_or_too_large_is_refused(
    polling_bot: PollingBot,
    anne: TelegramResident,
    fake_api: FakeBotApi,
    container: TelegramContainer,
) -> None:
    fake_api.add_file("fake-photo", b"MZ\x90\x00 not an image", "photos/file_2.jpg")
    await polling_bot.send(anne.text("/start"))
    replies = await polling_bot.send(anne.photo("fake-photo", 20))
    assert "Stuur een foto (JPEG, PNG of WebP)" in joined(replies)
    replies = await polling_bot.send(anne.photo("huge", MAX_PHOTO_BYTES + 1))
    assert "te groot" in joined(replies)
    assert [c.params["file_id"] for c in fake_api.calls_to("getFile")] == ["fake-photo"]
    assert not list((Path(container.settings.data_dir) / "uploads").glob("*"))
    kinds = {m.kind for m in stored_messages(container.uow_factory, anne.chat_id)}
    assert "photo" not in kinds


async def test_coordinator_reply_reaches_the_chat_and_long_text_is_split(
    polling_bot: PollingBot,
    anne: TelegramResident,
    fake_api: FakeBotApi,
    container: TelegramContainer,
) -> None:
    await polling_bot.send(anne.text("/start"))
    await reach(polling_bot, anne, await polling_bot.send(anne.text(NOISE)), "reference")
    [case] = stored_cases(container.uow_factory, anne.chat_id)
    paragraph = "Wij hebben met de buren gesproken en afspraken gemaakt over de muziek. " * 25
    body = "\n\n".join([paragraph.strip()] * 3)  # about 5,300 characters
    before = len(fake_api.sent(anne.chat_id))
    message = container.assistant.reply_to_resident(
        int(case.id or 0), "wr-overvecht", body, datetime.now(UTC)
    )
    await asyncio.to_thread(
        fake_api.wait_for, lambda: len(fake_api.sent(anne.chat_id)) >= before + 2
    )
    delivered = fake_api.texts(anne.chat_id)[before:]
    assert len(delivered) == 2
    assert all(len(part) <= 4096 for part in delivered)
    assert case.reference in delivered[0]
    assert delivered[1].endswith("muziek.")
    assert "".join(delivered).count("afspraken gemaakt") == 75
    await _wait_delivered(container, anne.chat_id, int(message.id or 0))
    # the resident's answer goes to the case
    replies = await polling_bot.send(anne.text("Dank u wel, het is nu een stuk rustiger"))
    assert case.reference in joined(replies)


async def _wait_delivered(container: TelegramContainer, chat_id: int, message_id: int) -> None:
    for _ in range(400):  # up to 20 s on a busy machine
        staff = [
            m
            for m in stored_messages(container.uow_factory, chat_id)
            if m.direction == Direction.STAFF and m.id == message_id
        ]
        if staff and staff[0].delivered_at is not None:
            with container.uow_factory() as uow:
                due = uow.outbox.due(datetime.now(UTC), limit=500)
            assert [i for i in due if i.kind == "deliver_to_resident"] == []
            return
        await asyncio.sleep(0.05)
    raise AssertionError("staff message not marked delivered")
