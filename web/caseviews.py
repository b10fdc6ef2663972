"""What the coordinator inbox shows: which cases a user may see, filtered lists, one case's page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from core.domain import CaseStatus
from storage.models import CannedReplyRow, CaseEventRow, CaseRow, MessageRow
from web.security import CurrentUser

OPEN_STATUSES = (
    CaseStatus.WAITING.value,
    CaseStatus.IN_PROGRESS.value,
    CaseStatus.WAITING_ON_RESIDENT.value,
)
TABS = {"mine": "Mijn meldingen", "unassigned": "Nog niet opgepakt", "all": "Alles"}
AGES = {
    "": "Elke leeftijd",
    "1": "Laatste 24 uur",
    "7": "Laatste 7 dagen",
    "old": "Ouder dan 7 dagen",
}
STATUS_NAMES = {
    "bot": "bij de assistent",
    "waiting": "wacht op oppakken",
    "in_progress": "in behandeling",
    "waiting_on_resident": "wacht op bewoner",
    "resolved": "afgehandeld",
    "referred": "doorverwezen",
    "cancelled": "geannuleerd",
}


@dataclass(frozen=True)
class Filters:
    tab: str = "mine"
    theme: str = ""
    wijk: str = ""
    status: str = ""
    age: str = ""


def visible_to(user: CurrentUser) -> ColumnElement[bool]:
    """Cases of the user's wijken or assigned to them; everything for an admin."""
    if user.is_admin:
        return true()
    clauses: list[ColumnElement[bool]] = []
    if user.wijken:
        clauses.append(CaseRow.wijk.in_(sorted(user.wijken)))
    if user.coordinator_id:
        clauses.append(CaseRow.coordinator_id == user.coordinator_id)
    return or_(*clauses) if clauses else false()


def can_see(user: CurrentUser, row: CaseRow) -> bool:
    return user.can_see_case(row.wijk, row.coordinator_id)


def _tab_clause(user: CurrentUser, tab: str) -> ColumnElement[bool]:
    if tab == "mine":
        return (CaseRow.coordinator_id == (user.coordinator_id or "")) & CaseRow.status.in_(
            OPEN_STATUSES
        )
    if tab == "unassigned":
        return CaseRow.status == CaseStatus.WAITING.value
    return true()


def _age_clause(age: str, now: datetime) -> ColumnElement[bool]:
    if age in ("1", "7"):
        return CaseRow.created_at >= now - timedelta(days=int(age))
    if age == "old":
        return CaseRow.created_at < now - timedelta(days=7)
    return true()


def list_cases(db: Session, user: CurrentUser, filters: Filters, now: datetime) -> list[CaseRow]:
    query = select(CaseRow).where(visible_to(user), _tab_clause(user, filters.tab))
    if filters.theme:
        query = query.where(CaseRow.theme == filters.theme)
    if filters.wijk:
        query = query.where(CaseRow.wijk == filters.wijk)
    if filters.status:
        query = query.where(CaseRow.status == filters.status)
    query = query.where(_age_clause(filters.age, now))
    query = query.order_by(CaseRow.urgent.desc(), CaseRow.created_at.desc()).limit(200)
    return list(db.scalars(query))


def new_cases_after(db: Session, user: CurrentUser, after_id: int) -> list[CaseRow]:
    """Handed-off cases the user may see, newer than `after_id` (for the 'new cases' banner)."""
    query = (
        select(CaseRow)
        .where(visible_to(user), CaseRow.id > after_id, CaseRow.status.in_(OPEN_STATUSES))
        .order_by(CaseRow.id)
        .limit(20)
    )
    return list(db.scalars(query))


def latest_case_id(db: Session, user: CurrentUser) -> int:
    newest = db.scalar(select(CaseRow.id).where(visible_to(user)).order_by(CaseRow.id.desc()))
    return int(newest or 0)


def transcript(db: Session, row: CaseRow) -> list[MessageRow]:
    """The case's messages, with the resident's messages around it since the case started."""
    query = (
        select(MessageRow)
        .where(
            or_(
                MessageRow.case_id == row.id,
                (MessageRow.resident_id == row.resident_id)
                & (MessageRow.created_at >= row.created_at - timedelta(minutes=30))
                & MessageRow.case_id.is_(None),
            )
        )
        .order_by(MessageRow.created_at, MessageRow.id)
        .limit(500)
    )
    return list(db.scalars(query))


def events(db: Session, case_id: int) -> list[CaseEventRow]:
    query = select(CaseEventRow).where(CaseEventRow.case_id == case_id)
    return list(db.scalars(query.order_by(CaseEventRow.at, CaseEventRow.id)))


@dataclass(frozen=True)
class CannedReply:
    key: str  # the database id, or "default-N" for a built-in text
    title: str
    text: str


DEFAULT_CANNED = (
    CannedReply(
        "default-1",
        "Bedankt, we pakken het op",
        "Dank u voor uw melding. Ik heb hem gelezen en ga ermee aan de slag. "
        "Ik laat u weten wat eruit komt.",
    ),
    CannedReply(
        "default-2",
        "Vraag om de precieze plek",
        "Dank u voor uw bericht. Kunt u de precieze plek doorgeven, "
        "bijvoorbeeld de straat en het huisnummer?",
    ),
    CannedReply(
        "default-3",
        "Doorgezet naar een collega",
        "Ik heb uw melding doorgezet naar de collega die hierover gaat. "
        "U hoort van ons via dit gesprek.",
    ),
)


def canned_replies(db: Session) -> list[CannedReply]:
    """The active canned replies of the database, or the built-in ones when there are none."""
    query = select(CannedReplyRow).where(CannedReplyRow.active.is_(True))
    rows = db.scalars(query.order_by(CannedReplyRow.position, CannedReplyRow.id))
    stored = [CannedReply(str(r.id), r.title, r.text_nl) for r in rows]
    return stored or list(DEFAULT_CANNED)


def canned_text(db: Session, key: str) -> str:
    return next((c.text for c in canned_replies(db) if c.key == key), "")


def office_time_between(config: Any, start: datetime, end: datetime) -> timedelta:
    """Time within the municipality's opening hours (holidays and closing days excluded)."""
    from routing.hours import working_time_between

    return working_time_between(config, start, end)


def describe_duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} u {minutes:02d} min" if hours else f"{minutes} min"


_ANSWERS = {"yes": "ja", "no": "nee", "other": "iets anders"}


def shown_text(message: MessageRow, themes: dict[str, str]) -> str:
    """How a stored message reads in the transcript (button values and commands made readable)."""
    if message.kind == "button":
        prefix, _, value = message.text.partition(":")
        label = themes.get(value) if prefix == "theme" else None
        return f"[knop] {label or _ANSWERS.get(value, value or prefix)}"
    if message.kind == "location":
        return f"[gedeelde locatie] {message.text}"
    if message.direction == "in" and message.text == "/start":
        return "[gesprek gestart]"
    if message.kind not in ("text", "photo"):
        return f"[{message.kind}] {message.text}".strip()
    return message.text
