"""Every dialogue branch through Telegram: the real python-telegram-bot polling the fake Bot API,
the real Assistant on real storage (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

from core import texts as bot_texts
from tests.telegram.conftest import PollingBot, TelegramContainer, running_bot, seed
from tests.telegram.fakeapi import FakeBotApi
from tests.telegram.helpers import (
    OVERVECHT,
    REFERENCE,
    button_data,
    inline_buttons,
    joined,
    reach,
    reply_keyboard,
    stored_cases,
    stored_messages,
    texts,
)
from tests.telegram.updates import TelegramResident

NOISE = "Al weken overlast van herrie en harde muziek bij de buren, elke nacht lawaai tot laat"


async def test_start_greets_and_commands_are_registered(
    polling_bot: PollingBot, anne: TelegramResident, fake_api: FakeBotApi
) -> None:
    [commands] = fake_api.calls_to("setMyCommands")
    assert [c["command"] for c in commands.params["commands"]] == [
        "start", "help", "status", "privacy", "vergeet",
    ]
    replies = await polling_bot.send(anne.text("/start"))
    assert len(replies) == 1
    assert "wijkassistent" in replies[0].params["text"]
    assert int(replies[0].params["chat_id"]) == anne.chat_id


async def test_help_and_privacy_commands(polling_bot: PollingBot, anne: TelegramResident) -> None:
    await polling_bot.send(anne.text("/start"))
    assert "112" in joined(await polling_bot.send(anne.text("/help")))
    assert "gegevens" in joined(await polling_bot.send(anne.text("/privacy")))


async def test_faq_answer_and_helpful_yes(
    polling_bot: PollingBot, anne: TelegramResident, fake_api: FakeBotApi,
    container: TelegramContainer,
) -> None:
    await polling_bot.send(anne.text("/start"))
    replies = await polling_bot.send(anne.text("Hoe maak ik een afspraak voor grofvuil?"))
    assert "utrecht.nl/grofvuil" in replies[0].params["text"]
    assert sorted(inline_buttons(replies[-1]).values()) == ["faq:no", "faq:yes"]
    sent, data = button_data(replies, "faq:yes")
    replies = await polling_bot.send(anne.press(sent, data))
    assert "Fijn" in joined(replies)
    assert len(fake_api.calls_to("answerCallbackQuery")) == 1
    [edit] = fake_api.calls_to("editMessageText")  # the keyboard becomes the choice made
    assert int(edit.params["message_id"]) == sent["message_id"]
    assert edit.params["text"] == "Heeft dit geholpen?\n\n✓ Ja"
    assert "reply_markup" not in edit.params
    assert stored_cases(container.uow_factory, anne.chat_id) == []


async def test_faq_not_helpful_hands_off_to_a_reference(
    polling_bot: PollingBot, anne: TelegramResident, container: TelegramContainer
) -> None:
    await polling_bot.send(anne.text("/start"))
    replies = await polling_bot.send(
        anne.text("Hoe maak ik een afspraak voor grofvuil? Ik woon in Overvecht")
    )
    replies = await polling_bot.send(anne.press(*button_data(replies, "faq:no")))
    assert sorted(inline_buttons(replies[-1]).values()) == ["handoff:no", "handoff:yes"]
    replies = await polling_bot.send(anne.press(*button_data(replies, "handoff:yes")))
    replies = await reach(polling_bot, anne, replies, "reference")
    assert REFERENCE.search(joined(replies))
    assert len(stored_cases(container.uow_factory, anne.chat_id)) == 1


async def test_emergency_gets_112_first(polling_bot: PollingBot, anne: TelegramResident) -> None:
    replies = await polling_bot.send(anne.text("Er is brand in de flat naast ons!"))
    assert "112" in replies[0].params["text"]
    assert "wijkassistent" not in joined(replies)
    assert sorted(inline_buttons(replies[-1]).values()) == ["urgent:no", "urgent:yes"]


async def test_report_with_shared_location_to_reference_then_status(
    polling_bot: PollingBot, anne: TelegramResident, container: TelegramContainer
) -> None:
    await polling_bot.send(anne.text("/start"))
    replies = await reach(polling_bot, anne, await polling_bot.send(anne.text(NOISE)), "location")
    [[share], *wijk_rows] = reply_keyboard(replies[-1])
    assert share == {"text": bot_texts.text("share_location", "nl"), "request_location": True}
    assert {"text": "Overvecht"} in [button for row in wijk_rows for button in row]
    assert all(len(row) <= 2 for row in wijk_rows)
    replies = await reach(polling_bot, anne, await polling_bot.send(anne.location(*OVERVECHT)),
                          "summary")
    assert "Klopt dit?" in replies[-1].params["text"]
    assert "Overvecht" in replies[-1].params["text"]
    replies = await polling_bot.send(anne.press(*button_data(replies, "summary:yes")))
    reference = REFERENCE.search(joined(replies))
    assert reference is not None
    [case] = stored_cases(container.uow_factory, anne.chat_id)
    assert case.reference == reference[0] and case.location is not None
    assert case.location.point is not None and case.location.wijk == "WK034403"
    assert abs(case.location.point.lat - OVERVECHT[0]) < 1e-6
    status = joined(await polling_bot.send(anne.text("/status")))
    assert reference[0] in status


async def test_wijk_chosen_by_typing_the_reply_keyboard_label(
    polling_bot: PollingBot, anne: TelegramResident, container: TelegramContainer
) -> None:
    await polling_bot.send(anne.text("/start"))
    await reach(polling_bot, anne, await polling_bot.send(anne.text(NOISE)), "location")
    replies = await polling_bot.send(anne.text("Overvecht"))  # the keyboard button's label
    assert "Klopt dit?" in replies[-1].params["text"] and "Overvecht" in joined(replies)


async def test_vergeet_deletes_everything_after_confirmation(
    polling_bot: PollingBot, anne: TelegramResident, container: TelegramContainer
) -> None:
    await polling_bot.send(anne.text("/start"))
    replies = await polling_bot.send(anne.text("/vergeet"))
    assert "Weet u het zeker?" in joined(replies)
    replies = await polling_bot.send(anne.press(*button_data(replies, "forget:yes")))
    assert "gewist" in joined(replies)
    assert stored_messages(container.uow_factory, anne.chat_id) == []


async def test_sticker_voice_and_edit_get_a_polite_answer(
    polling_bot: PollingBot, anne: TelegramResident
) -> None:
    await polling_bot.send(anne.text("/start"))
    assert "geen stickers" in joined(await polling_bot.send(anne.sticker()))
    assert "geen spraakberichten" in joined(await polling_bot.send(anne.voice()))
    assert "aangepaste berichten" in joined(await polling_bot.send(anne.edited("toch niet")))


async def test_group_chat_is_told_to_write_privately(
    polling_bot: PollingBot, fake_api: FakeBotApi
) -> None:
    group = TelegramResident(fake_api, chat_id=-1002003, chat_type="supergroup")
    replies = await polling_bot.send(group.text("hallo allemaal"))
    assert "persoonlijk gesprek" in joined(replies)
    assert int(replies[0].params["chat_id"]) == group.chat_id


async def test_restart_mid_conversation_continues(
    fake_api: FakeBotApi, container: TelegramContainer, anne: TelegramResident
) -> None:
    async with running_bot(fake_api, container) as first:
        await first.send(anne.text("/start"))
        replies = await reach(first, anne, await first.send(anne.text(NOISE)), "location")
    async with running_bot(fake_api, container) as second:  # new Application, same database
        replies = await second.send(anne.text("In Overvecht"))
        assert "Klopt dit?" in replies[-1].params["text"] and "Overvecht" in joined(replies)
        replies = await second.send(anne.press(*button_data(replies, "summary:yes")))
    assert REFERENCE.search(joined(replies))
    assert len(stored_cases(container.uow_factory, anne.chat_id)) == 1


async def test_retry_after_is_waited_out(
    polling_bot: PollingBot, anne: TelegramResident, fake_api: FakeBotApi
) -> None:
    fake_api.fail_next(
        "sendMessage",
        429,
        {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
         "parameters": {"retry_after": 1}},
    )
    replies = await polling_bot.send(anne.text("/start"))
    assert len(replies) == 2  # the refused attempt and the retry
    assert texts(replies)[0] == texts(replies)[1]


async def test_press_on_a_long_message_only_removes_the_keyboard(
    polling_bot: PollingBot, anne: TelegramResident, fake_api: FakeBotApi
) -> None:
    await polling_bot.send(anne.text("/start"))
    long_message = {
        "message_id": 77, "date": 1, "chat": {"id": anne.chat_id, "type": "private"},
        "text": "x" * 4095,
        "reply_markup": {"inline_keyboard": [[{"text": "Ja", "callback_data": "new:yes"}]]},
    }
    await polling_bot.send(anne.press(long_message, "new:yes"))
    [edit] = fake_api.calls_to("editMessageReplyMarkup")
    assert int(edit.params["message_id"]) == 77
    assert fake_api.calls_to("editMessageText") == []


async def test_update_redelivered_after_a_crash_is_answered_once(
    fake_api: FakeBotApi, container: TelegramContainer, anne: TelegramResident
) -> None:
    report = anne.text(NOISE)
    async with running_bot(fake_api, container) as first:
        await first.send(anne.text("/start"))
        assert await first.send(dict(report))
    async with running_bot(fake_api, container) as second:  # Telegram sends it again
        assert await second.send(dict(report)) == []
    texts_stored = [m.text for m in stored_messages(container.uow_factory, anne.chat_id)]
    assert texts_stored.count(NOISE) == 1


async def test_venue_counts_as_the_place(polling_bot: PollingBot, anne: TelegramResident) -> None:
    await polling_bot.send(anne.text("/start"))
    await reach(polling_bot, anne, await polling_bot.send(anne.text(NOISE)), "location")
    replies = await polling_bot.send(anne.venue(*OVERVECHT, title="Winkelcentrum Overvecht"))
    assert "Klopt dit?" in replies[-1].params["text"] and "Overvecht" in joined(replies)



async def test_long_answer_is_split_into_clean_parts(
    polling_bot: PollingBot, anne: TelegramResident, container: TelegramContainer
) -> None:
    sentence = "Grofvuil zet u pas buiten op de ochtend van de afspraak, voor half acht. "
    long_answer = "\n\n".join([(sentence * 20).strip()] * 4)  # about 5,900 characters
    faq = tuple(
        replace(entry, answer_nl=long_answer) if entry.slug == "grofvuil-ophalen" else entry
        for entry in container.config.faq
    )
    seed(container.session_factory, replace(container.config, faq=faq))
    await polling_bot.send(anne.text("/start"))
    replies = await polling_bot.send(anne.text("Hoe maak ik een afspraak voor grofvuil?"))
    parts = texts(replies)[:-1]  # the last message asks "Heeft dit geholpen?"
    assert len(parts) == 2
    assert all(len(part) <= 4096 and part.endswith("half acht.") for part in parts)
    assert "\n\n".join(parts) == long_answer
