"""One turn of the conversation: what came in, the state it changes and the replies it builds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.domain import Resident
from core.messages import Button, Inbound, Reply
from core.ports import Analysis, Conversation, UnitOfWork
from core.texts import text


@dataclass
class Turn:
    uow: UnitOfWork
    resident: Resident
    conversation: Conversation
    inbound: Inbound
    message_id: int
    analysis: Analysis | None = None
    replies: list[Reply] = field(default_factory=list)
    case_id: int | None = None  # the case this turn belongs to, for the transcript
    forgotten: bool = False  # the resident's data was deleted: store nothing more
    files_to_delete: list[str] = field(default_factory=list)  # removed after commit

    @property
    def lang(self) -> str:
        return self.conversation.lang

    @property
    def state(self) -> str:
        return self.conversation.state

    @property
    def draft(self) -> dict[str, Any]:
        return self.conversation.draft

    def goto(self, state: str, draft: dict[str, Any] | None = None) -> None:
        self.conversation.state = state
        if draft is not None:
            self.conversation.draft = draft

    def say(
        self,
        key: str,
        buttons: tuple[Button, ...] = (),
        request_location: bool = False,
        **values: object,
    ) -> None:
        self.replies.append(Reply(text(key, self.lang, **values), buttons, request_location))

    def say_text(self, body: str, buttons: tuple[Button, ...] = ()) -> None:
        self.replies.append(Reply(body, buttons))

    def button(self, key: str, value: str) -> Button:
        return Button(text(key, self.lang), value)

    def yes_no(self, prefix: str, yes_key: str = "btn_yes", no_key: str = "btn_no") -> tuple[Button, ...]:
        return (self.button(yes_key, f"{prefix}:yes"), self.button(no_key, f"{prefix}:no"))
