"""Resident web chat: the page at `/` (and the embeddable `/widget`) and its JSON API.

    POST /api/chat/sessions                         -> {session_id, token, replies}
    POST /api/chat/sessions/{id}/messages           {"text"} | {"button"} | {"lat","lon"}
         Authorization: Bearer <token>              -> {"replies": [{"text", "buttons": [...]}]}
    GET  /api/chat/sessions/{id}/messages?after=N   -> later messages (a coordinator's replies)

The resident's channel reference is the chat session id (Channel.WEB). Session ids and tokens are
random (secrets.token_urlsafe); only a hash of the token is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import select

from core.domain import Channel, Direction, GeoPoint, Resident
from core.messages import Inbound, Reply
from web.chatmodels import (
    ButtonOut,
    ChatInput,
    HistoryMessage,
    HistoryOut,
    LaterMessage,
    LaterOut,
    NewSession,
    RepliesOut,
    ReplyOut,
    SessionOut,
)
from web.deps import ContainerDep, DbSession, client_ip, utcnow
from web.ratelimit import RateLimited
from web.templating import render

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000
TEXT_TOO_LONG = f"Uw bericht is te lang (meer dan {MAX_TEXT_CHARS} tekens). Maak het korter en stuur het opnieuw."

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/chat", tags=["resident chat"])


# --- pages ----------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def chat_page(request: Request) -> Response:
    return render(request, "chat.html", {"widget": False})


@router.get("/widget", response_class=HTMLResponse)
def chat_widget(request: Request) -> Response:
    """The same chat, without the page header, for an <iframe> on the municipality's site."""
    return render(request, "chat.html", {"widget": True})


# --- helpers -------------------------------------------------------------------------------


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _replies_out(replies: list[Reply]) -> list[ReplyOut]:
    return [
        ReplyOut(
            text=r.text,
            buttons=[ButtonOut(label=b.label, value=b.value) for b in r.buttons],
            request_location=r.request_location,
        )
        for r in replies
    ]


def _check_rate(request: Request, session_id: str | None) -> None:
    state = request.app.state
    if not state.client_limiter.allow(client_ip(request)):
        raise RateLimited(state.client_limiter.retry_after(client_ip(request)))
    if session_id and not state.session_limiter.allow(session_id):
        raise RateLimited(state.session_limiter.retry_after(session_id))


def _models() -> Any:
    from storage import models

    return models


def chat_session(
    session_id: str,
    db: DbSession,
    authorization: Annotated[str | None, Header()] = None,
) -> Any:
    """The ChatSessionRow for a valid `Authorization: Bearer <token>`, else 401."""
    scheme, _, token = (authorization or "").partition(" ")
    row = db.get(_models().ChatSessionRow, session_id) if len(session_id) <= 64 else None
    valid = (
        row is not None
        and scheme.lower() == "bearer"
        and hmac.compare_digest(row.token_hash, _hash(token.strip()))
    )
    if not valid:
        raise HTTPException(
            401, "Onbekend gesprek of ongeldige sleutel.", {"WWW-Authenticate": "Bearer"}
        )
    return row


ChatSession = Annotated[Any, Depends(chat_session)]


# --- API -------------------------------------------------------------------------------------


@api.post("/sessions", response_model=SessionOut, status_code=201)
def start_session(
    request: Request, container: ContainerDep, db: DbSession, body: NewSession | None = None
) -> SessionOut:
    """Start a chat: returns the session id, its secret token and the greeting."""
    _check_rate(request, None)
    now = utcnow()
    session_id, token = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
    with container.uow_factory() as uow:
        lang = body.lang if body and body.lang else "nl"
        resident = uow.residents.add(Resident(None, Channel.WEB, session_id, now, lang=lang))
        uow.commit()
    db.add(
        _models().ChatSessionRow(
            id=session_id,
            token_hash=_hash(token),
            resident_id=resident.id,
            created_at=now,
            last_seen_at=now,
        )
    )
    db.commit()
    start = Inbound(Channel.WEB, session_id, now, text="/start", external_id=f"{session_id}:start")
    replies = container.assistant.handle(start)
    return SessionOut(session_id=session_id, token=token, replies=_replies_out(replies))


def _inbound(row: Any, body: ChatInput, key: str | None) -> Inbound:
    point = GeoPoint(body.lat, body.lon) if body.lat is not None and body.lon is not None else None
    external_id = f"{row.id}:{key[:60]}" if key else None
    return Inbound(
        channel=Channel.WEB,
        resident_ref=row.id,
        now=utcnow(),
        text=body.text,
        button=body.button,
        point=point,
        external_id=external_id,
    )


@api.post(
    "/sessions/{session_id}/messages",
    response_model=RepliesOut,
    responses={413: {"description": "message too long"}, 429: {"description": "rate limited"}},
)
def send_message(
    request: Request,
    row: ChatSession,
    body: ChatInput,
    container: ContainerDep,
    db: DbSession,
    idempotency_key: Annotated[str | None, Header(max_length=100)] = None,
) -> Any:
    """Send text, a button value or a location; the assistant's replies come back at once."""
    _check_rate(request, row.id)
    if body.text is not None and len(body.text) > MAX_TEXT_CHARS:
        return JSONResponse(
            {"error": TEXT_TOO_LONG, "limit_chars": MAX_TEXT_CHARS}, status_code=413
        )
    row.last_seen_at = utcnow()
    db.commit()
    replies = container.assistant.handle(_inbound(row, body, idempotency_key))
    return RepliesOut(replies=_replies_out(replies))


@api.get("/sessions/{session_id}/messages", response_model=LaterOut)
def later_messages(
    request: Request,
    row: ChatSession,
    container: ContainerDep,
    db: DbSession,
    after: Annotated[int, Query(ge=0)] = 0,
) -> LaterOut:
    """Messages sent to the resident after `after` (a message id) by a coordinator."""
    _check_rate(request, row.id)
    m = _models()
    staff = db.scalars(
        select(m.MessageRow)
        .where(
            m.MessageRow.resident_id == row.resident_id,
            m.MessageRow.direction == Direction.STAFF.value,
            m.MessageRow.id > after,
        )
        .order_by(m.MessageRow.id)
        .limit(50)
    ).all()
    now = utcnow()
    for message in staff:
        if message.delivered_at is None:
            message.delivered_at = now
    row.last_seen_at = now
    db.commit()
    out = [_later(container, message) for message in staff]
    return LaterOut(messages=out, after=staff[-1].id if staff else after)


def _later(container: Any, message: Any) -> LaterMessage:
    person = container.config.coordinator(message.author) if message.author else None
    sender = person.role if person else container.config.coordinator_title
    return LaterMessage(
        id=message.id, text=message.text, sender=sender, created_at=message.created_at.isoformat()
    )


@api.get("/sessions/{session_id}/history", response_model=HistoryOut)
def history(
    request: Request, row: ChatSession, container: ContainerDep, db: DbSession
) -> HistoryOut:
    """The conversation so far (text only, newest 100), to show again after a page reload."""
    _check_rate(request, row.id)
    m = _models()
    rows = db.scalars(
        select(m.MessageRow)
        .where(m.MessageRow.resident_id == row.resident_id, m.MessageRow.kind == "text")
        .order_by(m.MessageRow.id.desc())
        .limit(100)
    ).all()
    shown = [r for r in reversed(rows) if r.text and r.text != "/start"]
    staff = [r.id for r in shown if r.direction == Direction.STAFF.value]
    return HistoryOut(
        messages=[
            HistoryMessage(
                id=r.id,
                direction=r.direction,
                text=r.text,
                sender=_later(container, r).sender if r.direction == "staff" else None,
            )
            for r in shown
        ],
        after=max(staff, default=0),
    )
