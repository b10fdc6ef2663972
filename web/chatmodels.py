"""JSON shapes of the resident chat API (web/chat.py); they are what /docs and /openapi.json show."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator


class ButtonOut(BaseModel):
    label: str
    value: str


class ReplyOut(BaseModel):
    text: str
    buttons: list[ButtonOut] = []
    request_location: bool = False


class NewSession(BaseModel):
    lang: str | None = Field(None, pattern="^(nl|en)$", description="preferred language")


class SessionOut(BaseModel):
    session_id: str
    token: str
    replies: list[ReplyOut]


class ChatInput(BaseModel):
    """Exactly one of: text, button (a button's value), or a shared location (lat + lon)."""

    text: str | None = None
    button: str | None = Field(None, max_length=200)
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)

    @model_validator(mode="after")
    def _one_kind(self) -> ChatInput:
        given = [self.text is not None, self.button is not None, self.lat is not None]
        if sum(given) != 1 or (self.lat is None) != (self.lon is None):
            raise ValueError('send one of {"text"}, {"button"} or {"lat", "lon"}')
        return self


class RepliesOut(BaseModel):
    replies: list[ReplyOut]


class LaterMessage(BaseModel):
    id: int
    text: str
    sender: str  # what the resident is told, e.g. "wijkregisseur West"
    created_at: str


class LaterOut(BaseModel):
    messages: list[LaterMessage]
    after: int  # pass this as ?after= next time


class HistoryMessage(BaseModel):
    id: int
    direction: str  # "in" (the resident), "out" (the assistant), "staff" (a coordinator)
    text: str
    sender: str | None = None


class HistoryOut(BaseModel):
    messages: list[HistoryMessage]
    after: int  # the newest coordinator message: continue polling from here
