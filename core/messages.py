"""What a channel hands to the dialogue engine and what it gets back: plain data, channel-agnostic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.domain import Channel, GeoPoint


@dataclass(frozen=True)
class Attachment:
    """A stored file (e.g. a photo) the resident sent; the channel adapter saved the bytes."""

    kind: str  # "photo"
    path: str  # relative to WIJKBOT_DATA_DIR
    content_type: str
    size: int


@dataclass(frozen=True)
class Inbound:
    """One thing a resident did: text, a button press, a shared location, a photo, or unsupported content."""

    channel: Channel
    resident_ref: str  # the channel's opaque id for the resident (chat id, web session id)
    now: datetime  # timezone-aware
    text: str | None = None
    button: str | None = None  # the `value` of a Button the resident pressed
    point: GeoPoint | None = None
    attachment: Attachment | None = None
    unsupported: str | None = None  # "sticker" | "voice" | "document" | "video" | "edited" | "group" ...
    external_id: str | None = None  # channel's unique id of this input, for exactly-once handling
    lang_hint: str | None = None  # e.g. Telegram's language_code


@dataclass(frozen=True)
class Button:
    label: str
    value: str


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = ()
    request_location: bool = False
