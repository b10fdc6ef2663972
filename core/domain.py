"""The domain of Wijkbot: cases, messages, residents and the municipality's people and places.

Plain dataclasses and enums; no framework is imported here (see docs/adr/0001).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class DomainError(Exception):
    """A rule of the domain was broken (e.g. an invalid status transition)."""


class Channel(StrEnum):
    TELEGRAM = "telegram"
    WEB = "web"
    TERMINAL = "terminal"
    BATCH = "batch"


class CaseStatus(StrEnum):
    BOT = "bot"  # the assistant handles it
    WAITING = "waiting"  # handed off, not yet claimed
    IN_PROGRESS = "in_progress"  # claimed by a coordinator
    WAITING_ON_RESIDENT = "waiting_on_resident"
    RESOLVED = "resolved"
    REFERRED = "referred"
    CANCELLED = "cancelled"


_CLOSED = {CaseStatus.RESOLVED, CaseStatus.REFERRED, CaseStatus.CANCELLED}

# The workflow as data: from-status -> allowed to-statuses.
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.BOT: frozenset({CaseStatus.WAITING, CaseStatus.REFERRED, CaseStatus.CANCELLED}),
    CaseStatus.WAITING: frozenset(
        {CaseStatus.IN_PROGRESS, CaseStatus.BOT, CaseStatus.REFERRED, CaseStatus.CANCELLED}
    ),
    CaseStatus.IN_PROGRESS: frozenset(
        {
            CaseStatus.WAITING_ON_RESIDENT,
            CaseStatus.BOT,
            CaseStatus.WAITING,  # reassigned to someone else
            CaseStatus.RESOLVED,
            CaseStatus.REFERRED,
            CaseStatus.CANCELLED,
        }
    ),
    CaseStatus.WAITING_ON_RESIDENT: frozenset(
        {CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.REFERRED, CaseStatus.CANCELLED}
    ),
    CaseStatus.RESOLVED: frozenset(),
    CaseStatus.REFERRED: frozenset(),
    CaseStatus.CANCELLED: frozenset(),
}


def check_transition(current: CaseStatus, target: CaseStatus) -> None:
    """Raise DomainError unless `current -> target` is in the workflow."""
    if target not in TRANSITIONS[current]:
        raise DomainError(f"status {current.value} cannot become {target.value}")


def is_open_status(status: CaseStatus) -> bool:
    return status not in _CLOSED


_REFERENCE = re.compile(r"^WB-(\d{4})-(\d{6})$")


def case_reference(year: int, number: int) -> str:
    """The public reference of a case, e.g. WB-2026-000123."""
    return f"WB-{year:04d}-{number:06d}"


def parse_reference(text: str) -> tuple[int, int] | None:
    match = _REFERENCE.match(text.strip().upper())
    return (int(match[1]), int(match[2])) if match else None


@dataclass(frozen=True)
class GeoPoint:
    lat: float
    lon: float


@dataclass(frozen=True)
class Location:
    """Where a case is: what the resident gave (kind + text) and what it resolved to."""

    kind: str  # "point" | "postcode" | "address" | "buurt" | "wijk" | "village" | "choice"
    text: str
    wijk: str | None = None  # CBS code, e.g. WK034403
    buurt: str | None = None
    point: GeoPoint | None = None
    outside: str | None = None  # name of the municipality to contact when outside ours


@dataclass
class Case:
    id: int | None
    reference: str
    theme: str
    urgent: bool
    status: CaseStatus
    channel: Channel
    resident_id: int
    created_at: datetime
    updated_at: datetime
    summary: str = ""
    confidence: float = 0.0
    location: Location | None = None
    coordinator_id: str | None = None
    routing_explanation: str = ""
    handed_off_at: datetime | None = None
    claimed_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: str | None = None

    @property
    def wijk(self) -> str | None:
        return self.location.wijk if self.location else None

    @property
    def is_open(self) -> bool:
        return is_open_status(self.status)

    def transition(self, target: CaseStatus, now: datetime) -> None:
        check_transition(self.status, target)
        self.status = target
        self.updated_at = now
        if target == CaseStatus.WAITING and self.handed_off_at is None:
            self.handed_off_at = now
        if target == CaseStatus.IN_PROGRESS and self.claimed_at is None:
            self.claimed_at = now
        if not is_open_status(target):
            self.closed_at = now


class Direction(StrEnum):
    IN = "in"  # from the resident
    OUT = "out"  # from the assistant
    STAFF = "staff"  # from a coordinator, delivered to the resident


@dataclass
class Message:
    id: int | None
    resident_id: int
    direction: Direction
    text: str
    created_at: datetime
    channel: Channel
    case_id: int | None = None
    external_id: str | None = None  # channel's id, for de-duplication
    kind: str = "text"  # text | location | button | photo | sticker | voice | ...
    handled_at: datetime | None = None
    author: str | None = None  # coordinator id for STAFF messages
    delivered_at: datetime | None = None
    attachment_path: str | None = None  # relative to the data dir (photos)
    attachment_type: str | None = None
    attachment_size: int | None = None


@dataclass
class Resident:
    """Pseudonymous: a channel plus the channel's opaque id for the person."""

    id: int | None
    channel: Channel
    external_ref: str
    created_at: datetime
    lang: str = "nl"


@dataclass(frozen=True)
class Theme:
    slug: str
    name_nl: str
    name_en: str
    active: bool = True


@dataclass(frozen=True)
class Wijk:
    code: str  # CBS code, WK + 6 digits
    name: str


@dataclass(frozen=True)
class Absence:
    start: datetime
    end: datetime
    substitute_id: str | None = None


@dataclass(frozen=True)
class Coordinator:
    id: str
    name: str
    role: str  # what residents are told, e.g. "wijkregisseur Overvecht"
    email: str | None = None
    telegram_chat_id: str | None = None
    team: str | None = None
    substitute_id: str | None = None
    absences: tuple[Absence, ...] = ()

    def is_absent(self, now: datetime) -> bool:
        return any(a.start <= now < a.end for a in self.absences)


@dataclass(frozen=True)
class FaqEntry:
    slug: str
    theme: str
    questions: tuple[str, ...]
    answer_nl: str
    answer_en: str = ""
    active: bool = True


@dataclass
class OutboxItem:
    """A side effect to perform after commit (notification, delivery), retried until done."""

    id: int | None
    kind: str  # "notify_coordinator" | "digest" | "deliver_to_resident" | "escalation"
    payload: dict[str, object]
    created_at: datetime
    due_at: datetime
    dedupe_key: str
    attempts: int = 0
    sent_at: datetime | None = None
    last_error: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
