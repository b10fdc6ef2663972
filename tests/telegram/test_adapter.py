"""The pure mapping between Telegram updates/messages and the engine's Inbound/Reply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update

from bot.adapter import (
    MAX_CALLBACK_DATA,
    ButtonCodec,
    ReplyKeyboards,
    command_text,
    photo_ref,
    send_arguments,
    split_text,
    to_inbound,
    utf16_len,
)
from bot.app import file_url
from core import texts
from core.domain import Channel, GeoPoint
from core.messages import Attachment, Button, Reply
from tests.telegram.fakeapi import FakeBotApi
from tests.telegram.updates import TelegramResident

NOW = datetime(2026, 11, 25, 20, 15, tzinfo=UTC)


@pytest.fixture
def resident() -> TelegramResident:
    return TelegramResident(FakeBotApi())


def inbound(raw: dict, **kwargs):  # type: ignore[no-untyped-def]
    update = Update.de_json(raw, None)
    return to_inbound(update, NOW, buttons=ButtonCodec(), keyboards=ReplyKeyboards(), **kwargs)


def test_text_becomes_inbound_with_update_id_as_external_id(resident: TelegramResident) -> None:
    raw = resident.text("De lantaarnpaal is kapot")
    result = inbound(raw)
    assert result is not None
    assert result.channel == Channel.TELEGRAM
    assert result.resident_ref == str(resident.chat_id)
    assert result.text == "De lantaarnpaal is kapot"
    assert result.external_id == f"tg:{raw['update_id']}"
    assert result.lang_hint == "nl"
    assert result.now == NOW


@pytest.mark.parametrize(
    ("command", "engine_text"),
    [
        ("/start", "/start"),
        ("/start campagne42", "/start"),
        ("/help", "help"),
        ("/status", "status"),
        ("/status@WijkTestBot", "status"),
        ("/privacy", "privacy"),
        ("/vergeet", "vergeet mij"),
        ("/onbekend", "/onbekend"),
    ],
)
def test_commands_map_to_engine_words(command: str, engine_text: str) -> None:
    assert command_text(command) == engine_text


def test_location_and_venue_become_points(resident: TelegramResident) -> None:
    assert inbound(resident.location(52.09, 5.12)).point == GeoPoint(52.09, 5.12)  # type: ignore[union-attr]
    venue = inbound(resident.venue(52.1, 5.1))
    assert venue is not None and venue.point == GeoPoint(52.1, 5.1) and venue.text is None


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda r: r.sticker(), "sticker"),
        (lambda r: r.voice(), "voice"),
        (lambda r: r.edited("toch anders"), "edited"),
        (lambda r: r.gif(), "animation"),
        (lambda r: r.document("application/pdf"), "document"),
    ],
)
def test_unsupported_content_is_named(resident: TelegramResident, make, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = inbound(make(resident))
    assert result is not None and result.unsupported == kind and result.text is None


def test_image_sent_as_file_counts_as_photo(resident: TelegramResident) -> None:
    update = Update.de_json(resident.document("image/png"), None)
    assert update.message is not None
    ref = photo_ref(update.message)
    assert ref is not None and ref.mime_type == "image/png"


def test_group_chat_is_unsupported() -> None:
    group = TelegramResident(FakeBotApi(), chat_id=-100200, chat_type="group")
    result = inbound(group.text("hallo bot"))
    assert result is not None and result.unsupported == "group"
    assert result.resident_ref == "-100200"


def test_live_location_updates_need_no_answer(resident: TelegramResident) -> None:
    raw = resident.location(52.0, 5.0)
    raw["edited_message"] = raw.pop("message")
    raw["edited_message"]["edit_date"] = 1
    assert inbound(raw) is None


def test_photo_picks_largest_size_and_carries_caption(resident: TelegramResident) -> None:
    raw = resident.photo("big", 50_000, caption="zwerfafval")
    update = Update.de_json(raw, None)
    assert update.message is not None
    ref = photo_ref(update.message)
    assert ref is not None and ref.file_id == "big" and ref.size == 50_000
    stored = Attachment("photo", "uploads/tg-x.jpg", "image/jpeg", 50_000)
    result = inbound(raw, attachment=stored)
    assert result is not None and result.attachment == stored and result.text == "zwerfafval"
    refused = inbound(raw, photo_problem="photo_too_large")
    assert refused is not None and refused.unsupported == "photo_too_large"


def test_button_press_decodes_value_and_survives_long_values(resident: TelegramResident) -> None:
    codec = ButtonCodec()
    long_value = "theme:" + "verkeer-en-parkeren-" * 5
    data = codec.encode(long_value)
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    assert codec.encode("faq:yes") == "faq:yes"
    sent = {"message_id": 7, "date": 1, "chat": {"id": resident.chat_id, "type": "private"},
            "text": "Waar gaat het over?",
            "reply_markup": {"inline_keyboard": [[{"text": "Verkeer", "callback_data": data}]]}}
    raw = resident.press(sent, data)
    update = Update.de_json(raw, None)
    result = to_inbound(update, NOW, buttons=codec, keyboards=ReplyKeyboards())
    assert result is not None and result.button == long_value
    # after a restart the value is unknown: the label is sent as text instead
    fresh = to_inbound(update, NOW, buttons=ButtonCodec(), keyboards=ReplyKeyboards())
    assert fresh is not None and fresh.button is None and fresh.text == "Verkeer"


def test_reply_with_buttons_gets_inline_keyboard() -> None:
    codec, keyboards = ButtonCodec(), ReplyKeyboards()
    reply = Reply("Heeft dit geholpen?", (Button("Ja", "faq:yes"), Button("Nee", "faq:no")))
    [call] = send_arguments(42, reply, codec, keyboards)
    markup = call["reply_markup"]
    assert isinstance(markup, InlineKeyboardMarkup)
    assert [[b.callback_data for b in row] for row in markup.inline_keyboard] == [
        ["faq:yes"],
        ["faq:no"],
    ]


def test_location_request_gets_reply_keyboard_and_labels_map_back() -> None:
    codec, keyboards = ButtonCodec(), ReplyKeyboards()
    reply = Reply("Waar is het?", (Button("Overvecht", "wijk:WK034403"),), request_location=True)
    [call] = send_arguments(42, reply, codec, keyboards)
    markup = call["reply_markup"]
    assert isinstance(markup, ReplyKeyboardMarkup)
    first = markup.keyboard[0][0]
    assert first.request_location and first.text == texts.text("share_location", "nl")
    assert keyboards.take_labels(42) == {"Overvecht": "wijk:WK034403"}
    assert keyboards.take_labels(42) == {}  # only for the very next message
    # the next plain message takes the reply keyboard away again
    [plain] = send_arguments(42, Reply("Dank u."), codec, keyboards)
    assert isinstance(plain["reply_markup"], ReplyKeyboardRemove)
    [after] = send_arguments(42, Reply("Nog iets?"), codec, keyboards)
    assert "reply_markup" not in after


def test_long_text_splits_at_paragraphs_then_sentences() -> None:
    paragraph = "Dit is een zin over afval. " * 60  # ~1,600 characters
    text = "\n\n".join([paragraph.strip()] * 5)
    parts = split_text(text)
    assert len(parts) > 1
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert all(p.endswith(".") for p in parts)  # never cut inside a sentence
    assert "".join(parts).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )


def test_split_counts_emoji_as_two_units_and_cuts_unbroken_text() -> None:
    parts = split_text("😀" * 3000)
    assert [utf16_len(p) for p in parts] == [4096, 1904]
    assert split_text("x" * 5000) == ["x" * 4096, "x" * 904]
    assert split_text("kort") == ["kort"]


def test_reply_over_limit_keeps_keyboard_on_last_part() -> None:
    long = ("Een lange uitleg over parkeren. " * 200).strip()
    reply = Reply(long, (Button("Ja", "faq:yes"),))
    calls = send_arguments(1, reply, ButtonCodec(), ReplyKeyboards())
    assert len(calls) == 2
    assert "reply_markup" not in calls[0] and "reply_markup" in calls[1]


@pytest.mark.parametrize(
    ("api", "files"),
    [
        ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot"),
        ("http://127.0.0.1:9000/bot", "http://127.0.0.1:9000/file/bot"),
        ("http://proxy/tg/bot{token}", "http://proxy/tg/file/bot{token}"),
    ],
)
def test_file_url_follows_api_url(api: str, files: str) -> None:
    assert file_url(api) == files
