"""The SQL unit of work: one transaction, repositories mapping rows <-> core.domain dataclasses.

    uow_factory = SqlUnitOfWorkFactory(make_session_factory(make_engine(url)))
    with uow_factory() as uow:
        resident = uow.residents.get_by_ref(Channel.WEB, "abc") or uow.residents.add(...)
        uow.commit()        # leaving the block without commit() rolls everything back

`uow.session` is the SQLAlchemy Session of the transaction, for adapters that use the ORM
(storage.models) directly; whatever they do commits or rolls back with the repositories.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, Self, cast

from sqlalchemy import CursorResult, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from core.domain import (
    Case,
    CaseStatus,
    Channel,
    Direction,
    FaqEntry,
    GeoPoint,
    Location,
    Message,
    OutboxItem,
    Resident,
    case_reference,
)
from core.ports import Analysis, Conversation, RoutingDecision
from storage.models import (
    AnalysisRow,
    CaseCounterRow,
    CaseEventRow,
    CaseRow,
    ConversationRow,
    FaqEntryRow,
    FaqFeedbackRow,
    MessageRow,
    OutboxRow,
    ProcessedUpdateRow,
    ResidentRow,
)

# --- mapping rows <-> domain -----------------------------------------------------------------


def resident_from_row(row: ResidentRow) -> Resident:
    return Resident(
        id=row.id,
        channel=Channel(row.channel),
        external_ref=row.external_ref,
        created_at=row.created_at,
        lang=row.lang,
    )


def message_from_row(row: MessageRow) -> Message:
    return Message(
        id=row.id,
        resident_id=row.resident_id,
        direction=Direction(row.direction),
        text=row.text,
        created_at=row.created_at,
        channel=Channel(row.channel),
        case_id=row.case_id,
        external_id=row.external_id,
        kind=row.kind,
        handled_at=row.handled_at,
        author=row.author,
        delivered_at=row.delivered_at,
        attachment_path=row.attachment_path,
        attachment_type=row.attachment_content_type,
        attachment_size=row.attachment_size,
    )


def message_values(message: Message) -> dict[str, Any]:
    """The columns of a new message row."""
    return {
        "resident_id": message.resident_id,
        "case_id": message.case_id,
        "direction": message.direction.value,
        "kind": message.kind,
        "text": message.text,
        "channel": message.channel.value,
        "external_id": message.external_id,
        "created_at": message.created_at,
        "handled_at": message.handled_at,
        "delivered_at": message.delivered_at,
        "author": message.author,
        "attachment_path": message.attachment_path,
        "attachment_content_type": message.attachment_type,
        "attachment_size": message.attachment_size,
    }


def case_from_row(row: CaseRow) -> Case:
    return Case(
        id=row.id,
        reference=row.reference,
        theme=row.theme,
        urgent=row.urgent,
        status=CaseStatus(row.status),
        channel=Channel(row.channel),
        resident_id=row.resident_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        summary=row.summary,
        confidence=row.confidence,
        location=_location_from_row(row),
        coordinator_id=row.coordinator_id,
        routing_explanation=row.routing_explanation,
        handed_off_at=row.handed_off_at,
        claimed_at=row.claimed_at,
        closed_at=row.closed_at,
        outcome=row.outcome,
    )


def _location_from_row(row: CaseRow) -> Location | None:
    if row.location_kind is None:
        return None
    point = GeoPoint(row.lat, row.lon) if row.lat is not None and row.lon is not None else None
    return Location(
        kind=row.location_kind,
        text=row.location_text or "",
        wijk=row.wijk,
        buurt=row.buurt,
        point=point,
        outside=row.location_outside,
    )


def _copy_case_to_row(case: Case, row: CaseRow) -> None:
    """Write the domain fields of `case` into `row` (routing target and escalation are kept)."""
    row.reference = case.reference
    row.theme = case.theme
    row.urgent = case.urgent
    row.status = case.status.value
    row.channel = case.channel.value
    row.resident_id = case.resident_id
    row.summary = case.summary
    row.confidence = case.confidence
    row.coordinator_id = case.coordinator_id
    row.routing_explanation = case.routing_explanation
    row.created_at = case.created_at
    row.updated_at = case.updated_at
    row.handed_off_at = case.handed_off_at
    row.claimed_at = case.claimed_at
    row.closed_at = case.closed_at
    row.outcome = case.outcome
    location = case.location
    row.location_kind = location.kind if location else None
    row.location_text = location.text if location else None
    row.location_outside = location.outside if location else None
    row.wijk = location.wijk if location else None
    row.buurt = location.buurt if location else None
    row.lat = location.point.lat if location and location.point else None
    row.lon = location.point.lon if location and location.point else None


def outbox_from_row(row: OutboxRow) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        kind=row.kind,
        payload=dict(row.payload),
        created_at=row.created_at,
        due_at=row.due_at,
        dedupe_key=row.dedupe_key,
        attempts=row.attempts,
        sent_at=row.sent_at,
        last_error=row.last_error,
        extra=dict(row.extra),
    )


def faq_from_row(row: FaqEntryRow) -> FaqEntry:
    return FaqEntry(
        slug=row.slug,
        theme=row.theme,
        questions=tuple(row.questions),
        answer_nl=row.answer_nl,
        answer_en=row.answer_en,
        active=row.active,
    )


def dialect_insert(session: Session, table: Any) -> Any:
    """An INSERT with ON CONFLICT support for the session's database (PostgreSQL or SQLite)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"database {name} is not supported")


# --- repositories ------------------------------------------------------------------------------


class SqlResidentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_by_ref(self, channel: Channel, external_ref: str) -> Resident | None:
        row = self.session.scalar(
            select(ResidentRow).where(
                ResidentRow.channel == channel.value, ResidentRow.external_ref == external_ref
            )
        )
        return resident_from_row(row) if row else None

    def get(self, resident_id: int) -> Resident | None:
        row = self.session.get(ResidentRow, resident_id)
        return resident_from_row(row) if row else None

    def add(self, resident: Resident) -> Resident:
        row = ResidentRow(
            channel=resident.channel.value,
            external_ref=resident.external_ref,
            lang=resident.lang,
            created_at=resident.created_at,
            last_seen_at=resident.created_at,
        )
        self.session.add(row)
        self.session.flush()
        resident.id = row.id
        return resident

    def update(self, resident: Resident) -> None:
        row = self._row(resident.id)
        row.lang = resident.lang

    def touch(self, resident_id: int, now: datetime) -> None:
        """Record activity (retention keeps residents active within the window)."""
        self._row(resident_id).last_seen_at = now

    def forget(self, resident_id: int) -> None:
        """Delete the resident; ON DELETE CASCADE removes their messages, cases, conversation,
        chat sessions, analyses, case history and pending outbox items."""
        self.session.flush()
        self.session.execute(delete(ResidentRow).where(ResidentRow.id == resident_id))
        self.session.expire_all()

    def _row(self, resident_id: int | None) -> ResidentRow:
        row = self.session.get(ResidentRow, resident_id) if resident_id is not None else None
        if row is None:
            raise KeyError(f"resident {resident_id} not found")
        return row


class SqlMessageRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, message: Message) -> Message:
        row = MessageRow(**message_values(message))
        self.session.add(row)
        self.session.flush()
        message.id = row.id
        if message.direction == Direction.IN:
            self._touch_resident(message.resident_id, message.created_at)
        return message

    def _touch_resident(self, resident_id: int, moment: datetime) -> None:
        """Keep the resident's last activity (shown to staff, used by retention)."""
        self.session.execute(
            update(ResidentRow)
            .where(
                ResidentRow.id == resident_id,
                or_(ResidentRow.last_seen_at.is_(None), ResidentRow.last_seen_at < moment),
            )
            .values(last_seen_at=moment)
            .execution_options(synchronize_session=False)
        )

    def add_if_new(self, message: Message) -> Message | None:
        """Store the message unless its (channel, external_id) is stored already: then None.

        Unlike seen_external() + add(), this is safe when two deliveries of the same update
        race: the second waits for the first transaction and then gets None (no exception).
        """
        if message.external_id is None:
            return self.add(message)
        table = MessageRow.__table__
        statement = (
            dialect_insert(self.session, table)
            .values(**message_values(message))
            .on_conflict_do_nothing(index_elements=[table.c.channel, table.c.external_id])
            .returning(table.c.id)
        )
        self.session.flush()
        new_id = self.session.execute(statement).scalar_one_or_none()
        if new_id is None:
            return None
        message.id = new_id
        if message.direction == Direction.IN:
            self._touch_resident(message.resident_id, message.created_at)
        return message

    def get(self, message_id: int) -> Message | None:
        row = self.session.get(MessageRow, message_id)
        return message_from_row(row) if row else None

    def seen_external(self, channel: Channel, external_id: str) -> bool:
        """True when a message with this channel id was stored already (duplicate delivery)."""
        found = self.session.scalar(
            select(MessageRow.id).where(
                MessageRow.channel == channel.value, MessageRow.external_id == external_id
            )
        )
        return found is not None

    def set_attachment(self, message_id: int, path: str, content_type: str, size: int) -> None:
        row = self._row(message_id)
        row.attachment_path, row.attachment_content_type, row.attachment_size = (
            path,
            content_type,
            size,
        )

    def attachments_for_resident(self, resident_id: int) -> list[str]:
        """Paths (relative to the data folder) of the files a resident sent, e.g. before forget()."""
        paths = self.session.scalars(
            select(MessageRow.attachment_path).where(
                MessageRow.resident_id == resident_id, MessageRow.attachment_path.is_not(None)
            )
        )
        return [p for p in paths if p]

    def mark_handled(self, message_id: int, now: datetime) -> None:
        self._row(message_id).handled_at = now

    def attach_to_case(self, message_ids: Sequence[int], case_id: int) -> None:
        if message_ids:
            self.session.execute(
                update(MessageRow)
                .where(MessageRow.id.in_(list(message_ids)))
                .values(case_id=case_id)
            )
            self.session.expire_all()

    def for_case(self, case_id: int) -> list[Message]:
        return self._list(select(MessageRow).where(MessageRow.case_id == case_id))

    def for_resident(self, resident_id: int) -> list[Message]:
        return self._list(select(MessageRow).where(MessageRow.resident_id == resident_id))

    def unhandled(self) -> list[Message]:
        """Inbound messages stored but never handled (e.g. the process died): to resume."""
        return self._list(
            select(MessageRow).where(
                MessageRow.direction == Direction.IN.value, MessageRow.handled_at.is_(None)
            )
        )

    def undelivered_staff(self, resident_id: int) -> list[Message]:
        return self._list(
            select(MessageRow).where(
                MessageRow.resident_id == resident_id,
                MessageRow.direction == Direction.STAFF.value,
                MessageRow.delivered_at.is_(None),
            )
        )

    def mark_delivered(self, message_id: int, now: datetime) -> None:
        self._row(message_id).delivered_at = now

    def _list(self, query: Any) -> list[Message]:
        rows = self.session.scalars(query.order_by(MessageRow.created_at, MessageRow.id))
        return [message_from_row(r) for r in rows]

    def _row(self, message_id: int) -> MessageRow:
        row = self.session.get(MessageRow, message_id)
        if row is None:
            raise KeyError(f"message {message_id} not found")
        return row


class SqlConversationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, resident_id: int) -> Conversation | None:
        row = self.session.get(ConversationRow, resident_id)
        if row is None:
            return None
        return Conversation(
            resident_id=row.resident_id,
            state=row.state,
            draft=dict(row.draft),
            lang=row.lang,
            updated_at=row.updated_at,
        )

    def save(self, conversation: Conversation) -> None:
        row = self.session.get(ConversationRow, conversation.resident_id)
        if row is None:
            row = ConversationRow(resident_id=conversation.resident_id)
            self.session.add(row)
        row.state = conversation.state
        row.draft = dict(conversation.draft)  # a new object, so the JSON change is detected
        row.lang = conversation.lang
        row.updated_at = conversation.updated_at
        self.session.flush()


class SqlCaseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def next_reference(self, year: int) -> str:
        """The next reference of `year`, gap-free and safe under concurrency.

        One atomic upsert increments the year's counter and holds its row lock (PostgreSQL) or
        the write lock (SQLite) until the transaction ends; a rolled-back transaction gives its
        number back.
        """
        table = CaseCounterRow.__table__
        statement = dialect_insert(self.session, table).values(year=year, last_number=1)
        statement = statement.on_conflict_do_update(
            index_elements=[table.c.year], set_={"last_number": table.c.last_number + 1}
        ).returning(table.c.last_number)
        number = self.session.execute(statement).scalar_one()
        return case_reference(year, number)

    def add(self, case: Case) -> Case:
        row = CaseRow()
        _copy_case_to_row(case, row)
        self.session.add(row)
        self.session.flush()
        case.id = row.id
        self.add_event(row.id, case.created_at, "assistant", "status", case.status.value)
        return case

    def get(self, case_id: int) -> Case | None:
        row = self.session.get(CaseRow, case_id)
        return case_from_row(row) if row else None

    def get_by_reference(self, reference: str) -> Case | None:
        row = self.session.scalar(
            select(CaseRow).where(CaseRow.reference == reference.strip().upper())
        )
        return case_from_row(row) if row else None

    def update(self, case: Case, actor: str = "assistant") -> None:
        """Store the case; a status change is written to the case's history."""
        row = self._row(case.id)
        old_status = row.status
        _copy_case_to_row(case, row)
        if old_status != case.status.value:
            self.add_event(row.id, case.updated_at, actor, "status", case.status.value)
        self.session.flush()

    def for_resident(self, resident_id: int) -> list[Case]:
        rows = self.session.scalars(
            select(CaseRow)
            .where(CaseRow.resident_id == resident_id)
            .order_by(CaseRow.created_at, CaseRow.id)
        )
        return [case_from_row(r) for r in rows]

    def open_for_resident(self, resident_id: int) -> list[Case]:
        return [c for c in self.for_resident(resident_id) if c.is_open]

    def set_routing(self, case_id: int, decision: RoutingDecision) -> None:
        """Store the full routing decision (target kind/id, rule) next to the domain fields."""
        row = self._row(case_id)
        row.routing_target_kind = decision.target_kind
        row.routing_target_id = decision.target_id
        row.rule_index = decision.rule_index
        row.routing_explanation = decision.explanation
        row.coordinator_id = decision.coordinator_id

    def mark_escalated(self, case_id: int, now: datetime, detail: str = "") -> None:
        row = self._row(case_id)
        row.escalated_at = now
        self.add_event(case_id, now, "system", "escalated", detail)

    def add_event(
        self, case_id: int, at: datetime, actor: str, event: str, detail: str = ""
    ) -> None:
        self.session.add(
            CaseEventRow(case_id=case_id, at=at, actor=actor, event=event, detail=detail)
        )

    def events(self, case_id: int) -> list[CaseEventRow]:
        return list(
            self.session.scalars(
                select(CaseEventRow)
                .where(CaseEventRow.case_id == case_id)
                .order_by(CaseEventRow.at, CaseEventRow.id)
            )
        )

    def _row(self, case_id: int | None) -> CaseRow:
        row = self.session.get(CaseRow, case_id) if case_id is not None else None
        if row is None:
            raise KeyError(f"case {case_id} not found")
        return row


class SqlOutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, item: OutboxItem) -> OutboxItem:
        """Store `item` once: an item with the same dedupe_key is kept and returned instead."""
        table = OutboxRow.__table__
        statement = (
            dialect_insert(self.session, table)
            .values(
                kind=item.kind,
                payload=item.payload,
                extra=item.extra,
                dedupe_key=item.dedupe_key,
                resident_id=self._resident_of(item.payload),
                created_at=item.created_at,
                due_at=item.due_at,
                attempts=item.attempts,
                sent_at=item.sent_at,
                last_error=item.last_error,
            )
            .on_conflict_do_nothing(index_elements=[table.c.dedupe_key])
            .returning(table.c.id)
        )
        self.session.flush()
        new_id = self.session.execute(statement).scalar_one_or_none()
        if new_id is not None:
            item.id = new_id
            return item
        existing = self.session.scalars(
            select(OutboxRow).where(OutboxRow.dedupe_key == item.dedupe_key)
        ).one()
        return outbox_from_row(existing)

    def get(self, item_id: int) -> OutboxItem | None:
        row = self.session.get(OutboxRow, item_id)
        return outbox_from_row(row) if row else None

    def due(self, now: datetime, limit: int = 50) -> list[OutboxItem]:
        """Unsent items due at `now`, oldest first. On PostgreSQL the rows stay locked until the
        transaction ends and rows locked by another dispatcher are skipped (no double sends)."""
        query = (
            select(OutboxRow)
            .where(OutboxRow.sent_at.is_(None), OutboxRow.due_at <= now)
            .order_by(OutboxRow.due_at, OutboxRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [outbox_from_row(r) for r in self.session.scalars(query)]

    def mark_sent(self, item_id: int, now: datetime) -> None:
        row = self._row(item_id)
        row.sent_at = now
        row.attempts += 1
        row.last_error = None

    def mark_failed(self, item_id: int, error: str, retry_at: datetime) -> None:
        row = self._row(item_id)
        row.attempts += 1
        row.last_error = error[:2000]
        row.due_at = retry_at

    def pending(self) -> list[OutboxItem]:
        rows = self.session.scalars(
            select(OutboxRow).where(OutboxRow.sent_at.is_(None)).order_by(OutboxRow.due_at)
        )
        return [outbox_from_row(r) for r in rows]

    def _resident_of(self, payload: dict[str, object]) -> int | None:
        """The resident an item is about, so forgetting them also drops the item."""
        resident_id = payload.get("resident_id")
        if isinstance(resident_id, int):
            return resident_id
        message_id = payload.get("message_id")
        if isinstance(message_id, int):
            return self.session.scalar(
                select(MessageRow.resident_id).where(MessageRow.id == message_id)
            )
        case_id = payload.get("case_id")
        if isinstance(case_id, int):
            return self.session.scalar(select(CaseRow.resident_id).where(CaseRow.id == case_id))
        reference = payload.get("case_reference")
        if isinstance(reference, str):
            return self.session.scalar(
                select(CaseRow.resident_id).where(CaseRow.reference == reference)
            )
        return None

    def _row(self, item_id: int) -> OutboxRow:
        row = self.session.get(OutboxRow, item_id)
        if row is None:
            raise KeyError(f"outbox item {item_id} not found")
        return row


class SqlFaqRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def active(self) -> list[FaqEntry]:
        rows = self.session.scalars(
            select(FaqEntryRow)
            .where(FaqEntryRow.active.is_(True))
            .order_by(FaqEntryRow.position, FaqEntryRow.slug)
        )
        return [faq_from_row(r) for r in rows]

    def get(self, slug: str) -> FaqEntry | None:
        row = self.session.get(FaqEntryRow, slug)
        return faq_from_row(row) if row else None


class SqlInsightRepository:
    """What the assistant learns about itself: analyses (review queue) and FAQ feedback."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record_analysis(
        self, message_id: int, analysis: Analysis, understood: bool, now: datetime
    ) -> None:
        self.session.add(
            AnalysisRow(
                message_id=message_id,
                theme=analysis.theme,
                confidence=analysis.confidence,
                scores=dict(analysis.scores),
                faq=analysis.faq,
                faq_score=analysis.faq_score,
                urgent=analysis.urgent,
                lang=analysis.lang,
                understood=understood,
                created_at=now,
            )
        )

    def record_faq_feedback(self, slug: str, helpful: bool, now: datetime) -> None:
        self.session.add(FaqFeedbackRow(slug=slug, helpful=helpful, at=now))


class SqlProcessedUpdates:
    """Channel updates handled already (exactly-once processing of retried deliveries)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def claim(self, channel: str, external_id: str, now: datetime) -> bool:
        """Record the update; False when it was recorded before (a duplicate: skip it)."""
        table = ProcessedUpdateRow.__table__
        statement = (
            dialect_insert(self.session, table)
            .values(channel=channel, external_id=external_id, at=now)
            .on_conflict_do_nothing()
            .returning(table.c.external_id)
        )
        return self.session.execute(statement).first() is not None

    def purge_before(self, moment: datetime) -> int:
        statement = delete(ProcessedUpdateRow).where(ProcessedUpdateRow.at < moment)
        result = cast(CursorResult[Any], self.session.execute(statement))
        return int(result.rowcount)


# --- unit of work -------------------------------------------------------------------------------


class SqlUnitOfWork:
    """core.ports.UnitOfWork over one SQLAlchemy session (one transaction)."""

    residents: SqlResidentRepository
    messages: SqlMessageRepository
    conversations: SqlConversationRepository
    cases: SqlCaseRepository
    outbox: SqlOutboxRepository
    faq: SqlFaqRepository
    insights: SqlInsightRepository
    processed: SqlProcessedUpdates

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside `with uow:`")
        return self._session

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("this unit of work is already in use")
        session = self._session_factory()
        self._session = session
        self.residents = SqlResidentRepository(session)
        self.messages = SqlMessageRepository(session)
        self.conversations = SqlConversationRepository(session)
        self.cases = SqlCaseRepository(session)
        self.outbox = SqlOutboxRepository(session)
        self.faq = SqlFaqRepository(session)
        self.insights = SqlInsightRepository(session)
        self.processed = SqlProcessedUpdates(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            session.rollback()  # whatever was not committed is undone
        finally:
            session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


class SqlUnitOfWorkFactory:
    """core.ports.UnitOfWorkFactory: `factory()` gives a fresh SqlUnitOfWork."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory)


__all__ = [
    "SqlCaseRepository",
    "SqlConversationRepository",
    "SqlFaqRepository",
    "SqlInsightRepository",
    "SqlMessageRepository",
    "SqlOutboxRepository",
    "SqlProcessedUpdates",
    "SqlResidentRepository",
    "SqlUnitOfWork",
    "SqlUnitOfWorkFactory",
    "dialect_insert",
]
