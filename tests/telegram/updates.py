"""Bot API Update objects (as JSON dicts) that a resident's Telegram client would cause."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from tests.telegram.fakeapi import FakeBotApi

_ids = itertools.count(1)


@dataclass
class TelegramResident:
    """One person chatting with the bot; builds updates with fresh update_ids from the fake API."""

    api: FakeBotApi
    chat_id: int = 5551001
    first_name: str = "Anne"
    language_code: str = "nl"
    chat_type: str = "private"
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def user(self) -> dict[str, Any]:
        return {
            "id": self.chat_id if self.chat_type == "private" else abs(self.chat_id) + 7,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }

    def _message(self, **content: Any) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.chat_id, "type": self.chat_type}
        if self.chat_type == "private":
            chat["first_name"] = self.first_name
        else:
            chat["title"] = "Buurtapp"
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user,
            **content,
        }

    def _update(self, **body: Any) -> dict[str, Any]:
        return {"update_id": self.api.next_update_id(), **body}

    def text(self, text: str) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            length = len(text.split()[0])
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._update(message=self._message(**content))

    def location(self, lat: float, lon: float) -> dict[str, Any]:
        return self._update(message=self._message(location={"latitude": lat, "longitude": lon}))

    def venue(self, lat: float, lon: float, title: str = "Winkelcentrum") -> dict[str, Any]:
        venue = {
            "location": {"latitude": lat, "longitude": lon},
            "title": title,
            "address": "Plein 1",
        }
        where = {"latitude": lat, "longitude": lon}
        return self._update(message=self._message(venue=venue, location=where))

    def photo(self, file_id: str, size: int, caption: str | None = None) -> dict[str, Any]:
        sizes = [
            {"file_id": f"{file_id}-s", "file_unique_id": f"{file_id}-us", "width": 90,
             "height": 60, "file_size": 1000},
            {"file_id": file_id, "file_unique_id": f"u-{file_id}", "width": 1280,
             "height": 960, "file_size": size},
        ]
        content: dict[str, Any] = {"photo": sizes}
        if caption:
            content["caption"] = caption
        return self._update(message=self._message(**content))

    def sticker(self) -> dict[str, Any]:
        sticker = {
            "file_id": "sticker-1",
            "file_unique_id": "us-1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self._update(message=self._message(sticker=sticker))

    def voice(self) -> dict[str, Any]:
        voice = {"file_id": "voice-1", "file_unique_id": "uv-1", "duration": 3}
        return self._update(message=self._message(voice=voice))

    def document(self, mime_type: str, size: int = 2048) -> dict[str, Any]:
        document = {"file_id": "doc-1", "file_unique_id": "ud-1", "file_name": "bestand",
                    "mime_type": mime_type, "file_size": size}
        return self._update(message=self._message(document=document))

    def gif(self) -> dict[str, Any]:
        animation = {"file_id": "gif-1", "file_unique_id": "ug-1", "width": 200, "height": 200,
                     "duration": 2, "mime_type": "video/mp4"}
        document = {"file_id": "gif-1", "file_unique_id": "ug-1", "mime_type": "video/mp4"}
        return self._update(message=self._message(animation=animation, document=document))

    def edited(self, text: str) -> dict[str, Any]:
        message = self._message(text=text)
        message["edit_date"] = int(time.time())
        return self._update(edited_message=message)

    def press(self, sent_message: dict[str, Any], callback_data: str) -> dict[str, Any]:
        """A press on an inline button of a message the bot sent (as the fake API returned it)."""
        query = {
            "id": f"cbq-{next(_ids)}",
            "from": self.user,
            "chat_instance": "ci-1",
            "data": callback_data,
            "message": sent_message,
        }
        return self._update(callback_query=query)
