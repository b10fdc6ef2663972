"""Small readers over what the fake Bot API recorded, and database checks for Telegram tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol

from core.domain import Case, Channel, Message
from core.ports import UnitOfWorkFactory
from tests.telegram.fakeapi import Call
from tests.telegram.updates import TelegramResident

REFERENCE = re.compile(r"WB-\d{4}-\d{6}")


def texts(calls: list[Call]) -> list[str]:
    return [str(c.params["text"]) for c in calls]


def joined(calls: list[Call]) -> str:
    return "\n".join(texts(calls))


def inline_buttons(call: Call) -> dict[str, str]:
    """label -> callback_data of the inline keyboard sent with `call` (empty when none)."""
    markup = call.params.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return {b["text"]: b["callback_data"] for row in rows for b in row}


def keyboard_call(calls: list[Call]) -> Call:
    """The last call that carried an inline keyboard."""
    return next(c for c in reversed(calls) if inline_buttons(c))


def button_data(calls: list[Call], value_prefix: str) -> tuple[dict[str, Any], str]:
    """(the sent message as Telegram returned it, callback_data) of the button whose data starts
    with `value_prefix`, for `TelegramResident.press`."""
    call = keyboard_call(calls)
    data = next(d for d in inline_buttons(call).values() if d.startswith(value_prefix))
    return call.result, data


def reply_keyboard(call: Call) -> list[list[dict[str, Any]]]:
    markup = call.params.get("reply_markup") or {}
    return list(markup.get("keyboard", [])) if isinstance(markup, dict) else []


def stored_messages(uow_factory: UnitOfWorkFactory, chat_id: int) -> list[Message]:
    with uow_factory() as uow:
        resident = uow.residents.get_by_ref(Channel.TELEGRAM, str(chat_id))
        return [] if resident is None else uow.messages.for_resident(int(resident.id or 0))


def stored_cases(uow_factory: UnitOfWorkFactory, chat_id: int) -> list[Case]:
    with uow_factory() as uow:
        resident = uow.residents.get_by_ref(Channel.TELEGRAM, str(chat_id))
        return [] if resident is None else uow.cases.for_resident(int(resident.id or 0))


class Sends(Protocol):
    async def send(self, update: dict[str, Any]) -> list[Call]: ...


OVERVECHT = (52.1170, 5.1160)  # a point in the wijk Overvecht, Utrecht
GOALS: dict[str, Callable[[list[Call]], bool]] = {
    "location": lambda calls: bool(calls) and bool(reply_keyboard(calls[-1])),
    "summary": lambda calls: bool(calls) and "summary:yes" in inline_buttons(calls[-1]).values(),
    "reference": lambda calls: REFERENCE.search(joined(calls)) is not None,
}


async def reach(
    bot: Sends, resident: TelegramResident, replies: list[Call], goal: str,
    theme: str = "theme:overlast",
) -> list[Call]:
    """Answer what the assistant asks (theme, place, details, summary) until `goal` is reached:
    "location" (asked with the share-location keyboard), "summary" or "reference"."""
    for _ in range(6):
        if GOALS[goal](replies):
            return replies
        last = replies[-1]
        values = list(inline_buttons(last).values())
        if reply_keyboard(last):
            update = resident.location(*OVERVECHT)
        elif "summary:yes" in values:
            update = resident.press(*button_data(replies, "summary:yes"))
        elif any(v.startswith("theme:") for v in values):
            wanted = theme if theme in values else next(v for v in values if v != "theme:other")
            update = resident.press(*button_data(replies, wanted))
        else:
            update = resident.text("Het gebeurt elke nacht na elf uur, bij de flat op de hoek")
        replies = await bot.send(update)
    raise AssertionError(f"{goal} not reached; last: {texts(replies)}")
