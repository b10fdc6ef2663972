"""Ports: what the core needs from the outside world, as typing Protocols.

Adapters live in `nlp/` (Analyzer), `routing/` (Locator, Router, Schedule) and `storage/`
(UnitOfWork). Unit tests use the in-memory fakes in `core/fakes.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol, Self

from core.domain import (
    Case,
    Channel,
    FaqEntry,
    GeoPoint,
    Location,
    Message,
    OutboxItem,
    Resident,
    Wijk,
)

# --- language understanding -------------------------------------------------------------


@dataclass(frozen=True)
class Analysis:
    """What the NLP understood of one message; plain data, no spaCy objects."""

    theme: str
    confidence: float
    scores: dict[str, float]
    urgent: bool
    lang: str  # "nl" | "en"
    faq: str | None = None  # FAQ slug when the message asks an FAQ question
    faq_score: float = 0.0
    is_question: bool = False
    needs_confirmation: bool = False  # low confidence or top-2 too close
    urgent_reason: str | None = None
    acute: bool = False  # acute but not life-threatening: police non-emergency line


class Analyzer(Protocol):
    def analyze(self, text: str) -> Analysis: ...

    def analyze_many(self, texts: Sequence[str]) -> list[Analysis]: ...


# --- geography and routing ----------------------------------------------------------------


class Locator(Protocol):
    """Turns what a resident said or shared into a Location inside (or outside) the municipality."""

    def from_text(self, text: str) -> Location | None: ...

    def from_point(self, point: GeoPoint) -> Location | None: ...

    def wijken(self) -> Sequence[Wijk]: ...

    def wijk_by_code(self, code: str) -> Wijk | None: ...


@dataclass(frozen=True)
class RoutingDecision:
    target_kind: str  # "coordinator" | "team" | "partner"
    target_id: str
    role: str  # what the resident is told: "de wijkregisseur van Overvecht"
    explanation: str  # "regel 4: verkeer in Overvecht -> verkeerscoördinator"
    rule_index: int | None = None
    coordinator_id: str | None = None  # the person notified (after absences/substitutes)
    partner_contact: str | None = None  # for referrals: how the resident reaches the partner
    team: str | None = None


class Router(Protocol):
    def route(
        self,
        theme: str,
        location: Location | None,
        urgent: bool,
        channel: Channel,
        now: datetime,
    ) -> RoutingDecision: ...


class Schedule(Protocol):
    """Office hours: pure functions of (now, hours, holidays)."""

    def is_open(self, now: datetime, team: str | None = None) -> bool: ...

    def next_pickup(self, now: datetime, team: str | None = None) -> datetime: ...

    def describe_pickup(self, moment: datetime, lang: str) -> str: ...


# --- persistence ----------------------------------------------------------------------------


@dataclass
class Conversation:
    """The dialogue state of one resident, kept in the database so a restart continues it."""

    resident_id: int
    state: str = "new"
    draft: dict[str, Any] = field(default_factory=dict)
    lang: str = "nl"
    updated_at: datetime | None = None


class ResidentRepository(Protocol):
    def get_by_ref(self, channel: Channel, external_ref: str) -> Resident | None: ...

    def get(self, resident_id: int) -> Resident | None: ...

    def add(self, resident: Resident) -> Resident: ...

    def update(self, resident: Resident) -> None: ...

    def forget(self, resident_id: int) -> None:
        """Delete the resident and everything stored about them (AVG right to erasure)."""
        ...


class MessageRepository(Protocol):
    def add(self, message: Message) -> Message: ...

    def seen_external(self, channel: Channel, external_id: str) -> bool: ...

    def mark_handled(self, message_id: int, now: datetime) -> None: ...

    def attach_to_case(self, message_ids: Sequence[int], case_id: int) -> None: ...

    def for_case(self, case_id: int) -> list[Message]: ...

    def for_resident(self, resident_id: int) -> list[Message]: ...

    def unhandled(self) -> list[Message]: ...

    def undelivered_staff(self, resident_id: int) -> list[Message]: ...

    def mark_delivered(self, message_id: int, now: datetime) -> None: ...

    def attachments_for_resident(self, resident_id: int) -> list[str]:
        """Paths (relative to the data folder) of the files a resident sent."""
        ...


class ConversationRepository(Protocol):
    def get(self, resident_id: int) -> Conversation | None: ...

    def save(self, conversation: Conversation) -> None: ...


class CaseRepository(Protocol):
    def next_reference(self, year: int) -> str: ...

    def add(self, case: Case) -> Case: ...

    def get(self, case_id: int) -> Case | None: ...

    def get_by_reference(self, reference: str) -> Case | None: ...

    def update(self, case: Case) -> None: ...

    def set_routing(self, case_id: int, decision: RoutingDecision) -> None:
        """Store the whole routing decision (target kind and id, rule) with the case."""
        ...

    def for_resident(self, resident_id: int) -> list[Case]: ...


class OutboxRepository(Protocol):
    def add(self, item: OutboxItem) -> OutboxItem: ...

    def due(self, now: datetime, limit: int = 50) -> list[OutboxItem]: ...

    def mark_sent(self, item_id: int, now: datetime) -> None: ...

    def mark_failed(self, item_id: int, error: str, retry_at: datetime) -> None: ...


class FaqRepository(Protocol):
    def active(self) -> list[FaqEntry]: ...

    def get(self, slug: str) -> FaqEntry | None: ...


class InsightRepository(Protocol):
    """What the assistant learns about itself, for the signals dashboard and the review queue."""

    def record_analysis(self, message_id: int, analysis: Analysis, understood: bool, now: datetime) -> None: ...

    def record_faq_feedback(self, slug: str, helpful: bool, now: datetime) -> None: ...


class UnitOfWork(Protocol):
    """One transaction: commits as a whole or rolls back. `with uow:` rolls back unless committed."""

    # read-only members, so adapters may expose richer repositories than these ports
    @property
    def residents(self) -> ResidentRepository: ...
    @property
    def messages(self) -> MessageRepository: ...
    @property
    def conversations(self) -> ConversationRepository: ...
    @property
    def cases(self) -> CaseRepository: ...
    @property
    def outbox(self) -> OutboxRepository: ...
    @property
    def faq(self) -> FaqRepository: ...
    @property
    def insights(self) -> InsightRepository: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class FileStore(Protocol):
    """Files residents sent (photos), kept under the data folder."""

    def delete(self, paths: Sequence[str]) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...


class HandoffPlanner(Protocol):
    """Decides which notifications a hand-off causes (now, or in the next opening's digest).

    The returned outbox items are stored in the same transaction as the case; a dispatcher
    sends them after commit, with retries (routing/handover.py).
    """

    def plan(self, case: Case, decision: RoutingDecision, now: datetime) -> list[OutboxItem]: ...
