"""The database schema as SQLAlchemy 2.x typed ORM classes (one class per table).

The schema is created and changed only by the Alembic migrations in `storage/migrations/`;
a test checks that the migrations and these classes agree.

Tables, by area:

- residents and their dialogue: ResidentRow, ConversationRow, ChatSessionRow (web chat),
  ProcessedUpdateRow (channel updates already handled, for exactly-once processing)
- messages and understanding: MessageRow (with an optional stored attachment), AnalysisRow
  (what the NLP made of an inbound message; review queue of the dashboard)
- cases: CaseRow, CaseCounterRow (gap-free references per year), CaseEventRow (status history),
  ThemeCorrectionRow (a coordinator changed the theme: training data)
- side effects: OutboxRow (notifications and deliveries, retried until sent; unique dedupe_key)
- the municipality (core.config.MunicipalityConfig, see storage/config.py): MunicipalityRow,
  ThemeRow, WijkRow (with GeoJSON geometry), CoordinatorRow, CoordinatorWijkRow, AbsenceRow,
  TeamRow, PartnerRow, RoutingRuleRow, OpeningHoursRow, SpecialDayRow, FaqEntryRow,
  FaqFeedbackRow, CannedReplyRow
- staff and security: UserRow, WebSessionRow, AuditLogRow

Conventions: every moment is a timezone-aware UTC datetime (UtcDateTime); enums are stored as
their string values; ids of configured things (themes, wijken, coordinators, teams) are their
string slugs/codes and cases refer to them by value (no foreign key), so history survives a
configuration change. Everything about a resident hangs off `residents.id` with ON DELETE
CASCADE, so deleting the resident row forgets them completely.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        str: String(255),
    }


CASCADE = "CASCADE"

# --- residents and dialogue -----------------------------------------------------------------


class ResidentRow(Base):
    """A pseudonymous resident: a channel plus that channel's opaque id for the person."""

    __tablename__ = "residents"
    __table_args__ = (UniqueConstraint("channel", "external_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_ref: Mapped[str] = mapped_column(String(128))
    lang: Mapped[str] = mapped_column(String(8), default="nl")
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None]


class ConversationRow(Base):
    """Dialogue state of one resident (so a restart continues the conversation)."""

    __tablename__ = "conversations"

    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete=CASCADE), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(64), default="new")
    draft: Mapped[dict[str, Any]] = mapped_column(default=dict)
    lang: Mapped[str] = mapped_column(String(8), default="nl")
    updated_at: Mapped[datetime | None]


class ChatSessionRow(Base):
    """A web chat session: unguessable id in the URL, bearer token stored only as a hash."""

    __tablename__ = "chat_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(128))
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete=CASCADE), index=True
    )
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime] = mapped_column(index=True)


class ProcessedUpdateRow(Base):
    """A channel update (e.g. a Telegram update_id or callback id) that was handled already."""

    __tablename__ = "processed_updates"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)


# --- cases ---------------------------------------------------------------------------------


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # WB-2026-000123
    theme: Mapped[str] = mapped_column(String(64), index=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(24), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete=CASCADE), index=True
    )
    summary: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    # where: what the resident gave and what it resolved to
    location_kind: Mapped[str | None] = mapped_column(String(16))
    location_text: Mapped[str | None] = mapped_column(Text)
    location_outside: Mapped[str | None] = mapped_column(String(128))
    wijk: Mapped[str | None] = mapped_column(String(16), index=True)
    buurt: Mapped[str | None] = mapped_column(String(128))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    # who: the routing decision
    coordinator_id: Mapped[str | None] = mapped_column(String(64), index=True)
    routing_target_kind: Mapped[str | None] = mapped_column(String(16))
    routing_target_id: Mapped[str | None] = mapped_column(String(64))
    routing_explanation: Mapped[str] = mapped_column(Text, default="")
    rule_index: Mapped[int | None] = mapped_column(Integer)
    # when
    created_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]
    handed_off_at: Mapped[datetime | None]
    claimed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None] = mapped_column(index=True)
    escalated_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(Text)


class CaseCounterRow(Base):
    """The last case number handed out in a year (references are gap-free per year)."""

    __tablename__ = "case_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class CaseEventRow(Base):
    """The history of a case: status changes, claims, replies, reassignments."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete=CASCADE), index=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))  # "assistant", "system" or a coordinator/user id
    event: Mapped[str] = mapped_column(String(32))  # "status", "claim", "reassign", "theme", ...
    detail: Mapped[str] = mapped_column(Text, default="")


class ThemeCorrectionRow(Base):
    """A coordinator changed a case's theme: kept as a training correction."""

    __tablename__ = "theme_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete=CASCADE), index=True)
    old_theme: Mapped[str] = mapped_column(String(64))
    new_theme: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    corrected_by: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    used_for_training_at: Mapped[datetime | None]


# --- messages ------------------------------------------------------------------------------


class MessageRow(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel", "external_id"),
        Index("ix_messages_resident_id_created_at", "resident_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete=CASCADE))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete=CASCADE), index=True
    )
    direction: Mapped[str] = mapped_column(String(8))  # in | out | staff
    kind: Mapped[str] = mapped_column(String(16), default="text")
    text: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(index=True)
    handled_at: Mapped[datetime | None] = mapped_column(index=True)
    delivered_at: Mapped[datetime | None]
    author: Mapped[str | None] = mapped_column(String(64))
    attachment_path: Mapped[str | None] = mapped_column(String(512))
    attachment_content_type: Mapped[str | None] = mapped_column(String(128))
    attachment_size: Mapped[int | None] = mapped_column(Integer)


class AnalysisRow(Base):
    """What the NLP understood of an inbound message (dashboard and review queue)."""

    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete=CASCADE), index=True)
    theme: Mapped[str] = mapped_column(String(64), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    faq: Mapped[str | None] = mapped_column(String(128))
    faq_score: Mapped[float] = mapped_column(Float, default=0.0)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    lang: Mapped[str] = mapped_column(String(8), default="nl")
    understood: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    reviewed_at: Mapped[datetime | None]
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    # faq_variant | training | ignored
    review_outcome: Mapped[str | None] = mapped_column(String(32))


# --- outbox --------------------------------------------------------------------------------


class OutboxRow(Base):
    """A side effect to perform after commit; retried with back-off until sent, never twice."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_sent_at_due_at", "sent_at", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    dedupe_key: Mapped[str] = mapped_column(String(255), unique=True)
    # the resident the item concerns, when any: forgetting them removes pending items too
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete=CASCADE), index=True
    )
    created_at: Mapped[datetime]
    due_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


# --- the municipality's configuration ----------------------------------------------------


class MunicipalityRow(Base):
    """The municipality this database serves (one row)."""

    __tablename__ = "municipality"

    slug: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    cbs_code: Mapped[str] = mapped_column(String(16))
    contact_phone: Mapped[str] = mapped_column(String(64), default="")
    contact_url: Mapped[str] = mapped_column(String(255), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Amsterdam")
    coordinator_title: Mapped[str] = mapped_column(String(64), default="wijkregisseur")
    neighbours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime | None]


class ThemeRow(Base):
    __tablename__ = "themes"

    slug: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_nl: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class WijkRow(Base):
    __tablename__ = "wijken"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)  # CBS code, WK034403
    name: Mapped[str] = mapped_column(String(128))
    geometry: Mapped[str | None] = mapped_column(Text)  # GeoJSON geometry (WGS84) as text
    position: Mapped[int] = mapped_column(Integer, default=0)


class TeamRow(Base):
    __tablename__ = "teams"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    lead_id: Mapped[str | None] = mapped_column(String(64))  # coordinator id
    position: Mapped[int] = mapped_column(Integer, default=0)


class CoordinatorRow(Base):
    __tablename__ = "coordinators"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(128))  # what residents are told
    email: Mapped[str | None] = mapped_column(String(255))
    telegram_chat_id: Mapped[str | None] = mapped_column(String(64))
    team: Mapped[str | None] = mapped_column(String(64))
    substitute_id: Mapped[str | None] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CoordinatorWijkRow(Base):
    """Which wijken a coordinator covers (their inbox shows those wijken's cases)."""

    __tablename__ = "coordinator_wijken"

    coordinator_id: Mapped[str] = mapped_column(
        ForeignKey("coordinators.id", ondelete=CASCADE), primary_key=True
    )
    wijk_code: Mapped[str] = mapped_column(String(16), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AbsenceRow(Base):
    __tablename__ = "absences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coordinator_id: Mapped[str] = mapped_column(
        ForeignKey("coordinators.id", ondelete=CASCADE), index=True
    )
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    substitute_id: Mapped[str | None] = mapped_column(String(64))


class PartnerRow(Base):
    __tablename__ = "partners"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    contact: Mapped[str] = mapped_column(String(255))
    role_nl: Mapped[str] = mapped_column(String(255), default="")
    role_en: Mapped[str] = mapped_column(String(255), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class RoutingRuleRow(Base):
    """One ordered routing rule; NULL means 'any'. First match (lowest position) wins."""

    __tablename__ = "routing_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, unique=True)
    target_kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String(64))
    theme: Mapped[str | None] = mapped_column(String(64))
    area_kind: Mapped[str | None] = mapped_column(String(16))
    area: Mapped[str | None] = mapped_column(String(128))
    urgent: Mapped[bool | None] = mapped_column(Boolean)
    channel: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class OpeningHoursRow(Base):
    __tablename__ = "opening_hours"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)
    team: Mapped[str | None] = mapped_column(String(64))  # NULL: the municipality's hours


class SpecialDayRow(Base):
    """An extra closing day (open = false) or extra opening day (open = true)."""

    __tablename__ = "special_days"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    open: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(255), default="")
    team: Mapped[str | None] = mapped_column(String(64))


class FaqEntryRow(Base):
    __tablename__ = "faq_entries"

    slug: Mapped[str] = mapped_column(String(128), primary_key=True)
    theme: Mapped[str] = mapped_column(String(64))
    questions: Mapped[list[str]] = mapped_column(default=list)
    answer_nl: Mapped[str] = mapped_column(Text)
    answer_en: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None]


class FaqFeedbackRow(Base):
    """A resident's answer to "Heeft dit geholpen?" (not linked to the resident)."""

    __tablename__ = "faq_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(128), index=True)
    helpful: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(index=True)


class CannedReplyRow(Base):
    """A reusable reply text for the coordinator inbox."""

    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(128))
    text_nl: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- staff, sessions, audit ------------------------------------------------------------------


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2
    role: Mapped[str] = mapped_column(String(16))  # admin | coordinator
    coordinator_id: Mapped[str | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]


class WebSessionRow(Base):
    """A server-side login session; the cookie holds the token, the database only its hash."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete=CASCADE), index=True)
    csrf_token: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)
    last_seen_at: Mapped[datetime | None]


class AuditLogRow(Base):
    """Every change made by staff: who, when, what."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(128))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


ALL_TABLES = Base.metadata.sorted_tables
