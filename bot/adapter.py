"""Mapping between Telegram and the channel-agnostic dialogue engine.

Telegram `Update` -> `core.messages.Inbound` and `core.messages.Reply` -> `sendMessage` arguments.
Everything here is pure except two small in-memory helpers (`ButtonCodec`, `ReplyKeyboards`) whose
loss on restart only degrades to sending a button's label as text; all dialogue state lives in the
database.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from core import texts
from core.domain import Channel, GeoPoint
from core.messages import Attachment, Button, Inbound, Reply

MAX_MESSAGE_LENGTH = 4096  # Telegram's limit, in UTF-16 code units
MAX_CALLBACK_DATA = 64  # bytes
PRIVATE = "private"

# Commands become the words the engine already understands from every channel.
COMMAND_TEXT: dict[str, str] = {
    "start": "/start",
    "help": "help",
    "status": "status",
    "privacy": "privacy",
    "vergeet": "vergeet mij",
}

_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+.*)?$", re.DOTALL)


def external_id(update: Update) -> str:
    """Telegram's update_id is unique per bot and repeated on redelivery: the de-duplication key."""
    return f"tg:{update.update_id}"


def chat_id_of(update: Update) -> int | None:
    """The chat to answer in, also for button presses on old messages."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    query = update.callback_query
    if query is not None:
        return query.from_user.id
    return None


def command_text(text: str) -> str:
    """`/status@WijkBot` -> "status"; unknown commands pass through unchanged."""
    match = _COMMAND.match(text.strip())
    if match is None:
        return text
    return COMMAND_TEXT.get(match[1].lower(), text)


# --- buttons ------------------------------------------------------------------------------


class ButtonCodec:
    """Button values <-> callback_data (at most 64 bytes).

    Short values travel as they are. Longer ones travel as a hash; the value is remembered here.
    After a restart an unknown hash is answered with the pressed button's label as text instead.
    """

    PREFIX = "~h:"

    def __init__(self, capacity: int = 10_000) -> None:
        self._values: OrderedDict[str, str] = OrderedDict()
        self._capacity = capacity

    def encode(self, value: str) -> str:
        if len(value.encode()) <= MAX_CALLBACK_DATA and not value.startswith(self.PREFIX):
            return value
        data = self.PREFIX + hashlib.sha256(value.encode()).hexdigest()[:40]
        self._values[data] = value
        self._values.move_to_end(data)
        while len(self._values) > self._capacity:
            self._values.popitem(last=False)
        return data

    def decode(self, data: str) -> str | None:
        if not data.startswith(self.PREFIX):
            return data
        return self._values.get(data)


class ReplyKeyboards:
    """Per chat, in memory: the reply keyboard we showed last.

    Its labels map back to button values for the very next message only (a label typed later is
    just text); the keyboard itself is removed with the next reply that has no buttons.
    """

    def __init__(self) -> None:
        self._labels: dict[int, dict[str, str]] = {}
        self._visible: set[int] = set()

    def remember(self, chat_id: int, buttons: tuple[Button, ...]) -> None:
        self._labels[chat_id] = {b.label: b.value for b in buttons}
        self._visible.add(chat_id)

    def take_labels(self, chat_id: int) -> dict[str, str]:
        """The label -> value map for this message; gone afterwards."""
        return self._labels.pop(chat_id, {})

    def take_visible(self, chat_id: int) -> bool:
        """True once if a reply keyboard is still shown (and should now be removed)."""
        shown = chat_id in self._visible
        self._visible.discard(chat_id)
        return shown


def pressed_label(query: CallbackQuery) -> str | None:
    """The label of the inline button whose callback_data was sent, read from the message itself."""
    message = query.message
    markup = getattr(message, "reply_markup", None) if message is not None else None
    if not isinstance(markup, InlineKeyboardMarkup):
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return None


# --- Update -> Inbound ----------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoRef:
    """A photo (or an image sent as a file) to download before the update becomes an Inbound."""

    file_id: str
    file_unique_id: str
    size: int | None
    mime_type: str | None = None


def unsupported_kind(message: Message) -> str | None:
    """What kind of content we cannot handle, or None when it is text, location, venue or photo.

    The names match core.texts.UNSUPPORTED_NAMES, so the engine can say what it cannot read."""
    if message.text or message.location or message.venue or message.photo:
        return None
    if message.animation is not None:  # checked before document: a GIF carries both
        return "animation"
    if message.document is not None:
        return None if photo_ref(message) is not None else "document"
    kinds = (
        ("sticker", message.sticker),
        ("voice", message.voice),
        ("audio", message.audio),
        ("video", message.video or message.video_note),
        ("contact", message.contact),
        ("poll", message.poll),
    )
    return next((kind for kind, present in kinds if present), "other")


IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})


def photo_ref(message: Message) -> PhotoRef | None:
    """The largest version of a photo, or an image document, that we may download."""
    if message.photo:
        best = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))
        return PhotoRef(best.file_id, best.file_unique_id, best.file_size)
    doc = message.document
    if doc is not None and message.animation is None and (doc.mime_type or "").lower() in IMAGE_TYPES:
        return PhotoRef(doc.file_id, doc.file_unique_id, doc.file_size, doc.mime_type)
    return None


def to_inbound(
    update: Update,
    now: datetime,
    *,
    buttons: ButtonCodec,
    keyboards: ReplyKeyboards,
    attachment: Attachment | None = None,
    photo_problem: str | None = None,
) -> Inbound | None:
    """Map an update to what the engine understands; None for updates that need no answer.

    `attachment` is the already stored photo of this update; `photo_problem` says why a photo
    was refused ("photo_too_large", "photo_type", "photo_failed").
    """
    chat_id = chat_id_of(update)
    if chat_id is None:
        return None
    user = update.effective_user
    base: dict[str, Any] = {
        "channel": Channel.TELEGRAM,
        "resident_ref": str(chat_id),
        "now": now,
        "external_id": external_id(update),
        "lang_hint": user.language_code if user is not None else None,
    }
    if update.callback_query is not None:
        if not update.callback_query.data:
            return None  # not one of our buttons (e.g. a game)
        return _from_callback(update.callback_query, base, buttons)
    if update.edited_message is not None:
        if update.edited_message.location is not None:
            return None  # live-location updates: the first position was already handled
        return Inbound(**base, unsupported="edited")
    message = update.message
    if message is None:
        return None  # channel posts, membership changes, polls ...
    if message.chat.type != PRIVATE:
        return Inbound(**base, unsupported="group")
    return _from_message(message, base, keyboards, attachment, photo_problem)


def _from_callback(query: CallbackQuery, base: dict[str, Any], buttons: ButtonCodec) -> Inbound:
    value = buttons.decode(str(query.data))
    if value is not None:
        return Inbound(**base, button=value)
    return Inbound(**base, text=pressed_label(query) or "")


def _from_message(
    message: Message,
    base: dict[str, Any],
    keyboards: ReplyKeyboards,
    attachment: Attachment | None,
    photo_problem: str | None,
) -> Inbound:
    labels = keyboards.take_labels(message.chat.id)
    where = message.venue.location if message.venue is not None else message.location
    if where is not None:
        return Inbound(**base, point=GeoPoint(lat=where.latitude, lon=where.longitude))
    if attachment is not None:
        return Inbound(**base, attachment=attachment, text=message.caption or None)
    if photo_problem is not None:
        return Inbound(**base, unsupported=photo_problem)
    kind = unsupported_kind(message)
    if kind is not None or not message.text:
        return Inbound(**base, unsupported=kind or "other")
    value = labels.get(message.text.strip())
    if value is not None:
        return Inbound(**base, button=value)
    if message.text.startswith("/"):
        return Inbound(**base, text=command_text(message.text))
    return Inbound(**base, text=message.text)


# --- Reply -> sendMessage ---------------------------------------------------------------------


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_BOUNDARIES = ("\n\n", "\n", ". ", "! ", "? ", "; ", ", ", " ")


def split_text(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Split into parts within Telegram's limit, preferring paragraph, then line, then sentence ends."""
    parts: list[str] = []
    rest = text.strip()
    while utf16_len(rest) > limit:
        cut = _cut_point(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return parts


def _cut_point(text: str, limit: int) -> int:
    window = _fit(text, limit)
    for boundary in _BOUNDARIES:
        index = text.rfind(boundary, 0, window)
        if index > window // 3:
            return index + len(boundary)
    return window


def _fit(text: str, limit: int) -> int:
    """The largest prefix length (in characters) whose UTF-16 length is within the limit."""
    count = 0
    for index, char in enumerate(text):
        count += 2 if ord(char) > 0xFFFF else 1
        if count > limit:
            return index
    return len(text)


Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


def reply_markup(
    chat_id: int, reply: Reply, buttons: ButtonCodec, keyboards: ReplyKeyboards
) -> Markup | None:
    """Inline buttons for choices; a reply keyboard when we ask for the resident's location."""
    if reply.request_location:
        keyboards.remember(chat_id, reply.buttons)
        rows = [[KeyboardButton(texts.text("share_location", "nl"), request_location=True)]]
        labels = [KeyboardButton(b.label) for b in reply.buttons]
        rows += [labels[i : i + 2] for i in range(0, len(labels), 2)]  # two per row
        return ReplyKeyboardMarkup(rows, resize_keyboard=True, one_time_keyboard=True)
    if reply.buttons:
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(b.label, callback_data=buttons.encode(b.value))]
             for b in reply.buttons]
        )
    if keyboards.take_visible(chat_id):
        return ReplyKeyboardRemove()
    return None


def send_arguments(
    chat_id: int, reply: Reply, buttons: ButtonCodec, keyboards: ReplyKeyboards
) -> list[dict[str, Any]]:
    """The sendMessage calls for one reply: long text split, the keyboard on the last part."""
    parts = [part for part in split_text(reply.text) if part]
    if not parts:
        return []
    calls: list[dict[str, Any]] = [{"chat_id": chat_id, "text": part} for part in parts]
    markup = reply_markup(chat_id, reply, buttons, keyboards)
    if markup is not None:
        calls[-1]["reply_markup"] = markup
    return calls
