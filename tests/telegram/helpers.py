"""Small readers over what the fake Bot API recorded, and database checks for Telegram tests."""

from __future__ import annotations

import re
from typing import Any

from core.domain import Case, Channel, Message
from core.ports import UnitOfWorkFactory
from tests.telegram.fakeapi import Call

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
