"""Retention: old closed cases, loose messages, inactive residents and stale sessions go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from core.domain import Case, CaseStatus, Channel, Direction, Message, OutboxItem, Resident
from storage.models import (
    CaseEventRow,
    CaseRow,
    ChatSessionRow,
    MessageRow,
    ProcessedUpdateRow,
    ResidentRow,
    UserRow,
    WebSessionRow,
)
from storage.retention import purge
from storage.uow import SqlUnitOfWorkFactory

NOW = datetime(2027, 6, 1, 12, tzinfo=UTC)
DAYS = 365
LONG_AGO = NOW - timedelta(days=DAYS + 10)
RECENT = NOW - timedelta(days=10)


def resident(uow_factory: SqlUnitOfWorkFactory, ref: str, since: datetime) -> int:
    with uow_factory() as uow:
        added = uow.residents.add(Resident(None, Channel.WEB, ref, since))
        uow.commit()
    assert added.id is not None
    return added.id


def case(
    uow_factory: SqlUnitOfWorkFactory,
    resident_id: int,
    created: datetime,
    closed: datetime | None,
    status: CaseStatus = CaseStatus.RESOLVED,
) -> int:
    with uow_factory() as uow:
        added = uow.cases.add(
            Case(
                None,
                uow.cases.next_reference(created.year),
                "afval",
                False,
                CaseStatus.BOT,
                Channel.WEB,
                resident_id,
                created,
                created,
            )
        )
        if closed is not None:
            added.status, added.closed_at, added.updated_at = status, closed, closed
            uow.cases.update(added)
        uow.commit()
    assert added.id is not None
    return added.id


def message(
    uow_factory: SqlUnitOfWorkFactory,
    resident_id: int,
    at: datetime,
    case_id: int | None = None,
    attachment: str | None = None,
) -> int:
    with uow_factory() as uow:
        added = uow.messages.add(
            Message(
                None,
                resident_id,
                Direction.IN,
                "tekst",
                at,
                Channel.WEB,
                case_id=case_id,
                attachment_path=attachment,
                attachment_type="image/jpeg" if attachment else None,
                attachment_size=10 if attachment else None,
            )
        )
        uow.commit()
    assert added.id is not None
    return added.id


def ids(session_factory: sessionmaker[Session], column: object) -> set[object]:
    with session_factory() as session:
        return set(session.scalars(select(column)))  # type: ignore[call-overload]


def test_purge_deletes_only_what_is_past_retention(
    uow_factory: SqlUnitOfWorkFactory, session_factory: sessionmaker[Session]
) -> None:
    # an old resident with an old closed case (and a photo) and a case closed recently
    old_resident = resident(uow_factory, "old", LONG_AGO - timedelta(days=30))
    old_closed = case(uow_factory, old_resident, LONG_AGO - timedelta(days=20), LONG_AGO)
    recently_closed = case(uow_factory, old_resident, LONG_AGO, RECENT)
    old_message = message(uow_factory, old_resident, LONG_AGO, old_closed, "uploads/old.jpg")
    kept_message = message(uow_factory, old_resident, LONG_AGO, recently_closed)
    # an old resident whose only case was closed long ago: the resident goes too
    gone = resident(uow_factory, "gone", LONG_AGO - timedelta(days=30))
    gone_case = case(
        uow_factory, gone, LONG_AGO - timedelta(days=20), LONG_AGO, CaseStatus.CANCELLED
    )
    # an old resident with an open case: everything stays
    waiting = resident(uow_factory, "waiting", LONG_AGO)
    open_case = case(uow_factory, waiting, LONG_AGO, None)
    open_message = message(uow_factory, waiting, LONG_AGO, open_case)
    # a resident who only asked FAQ questions long ago, another who did so recently
    faq_only = resident(uow_factory, "faq-only", LONG_AGO)
    message(uow_factory, faq_only, LONG_AGO, attachment="uploads/faq.jpg")
    active = resident(uow_factory, "active", LONG_AGO)
    active_message = message(uow_factory, active, RECENT)
    with uow_factory() as uow:
        session = uow.session
        session.add_all(
            [
                ChatSessionRow(
                    id="stale",
                    token_hash="h1",
                    resident_id=active,
                    created_at=LONG_AGO,
                    last_seen_at=LONG_AGO,
                ),
                ChatSessionRow(
                    id="fresh",
                    token_hash="h2",
                    resident_id=active,
                    created_at=LONG_AGO,
                    last_seen_at=RECENT,
                ),
                ProcessedUpdateRow(channel="telegram", external_id="1", at=LONG_AGO),
                ProcessedUpdateRow(channel="telegram", external_id="2", at=RECENT),
            ]
        )
        user = UserRow(username="anna", password_hash="x", role="admin")
        session.add(user)
        session.flush()
        session.add_all(
            [
                WebSessionRow(
                    token_hash="expired",
                    user_id=user.id,
                    csrf_token="c",
                    created_at=RECENT,
                    expires_at=NOW - timedelta(minutes=1),
                ),
                WebSessionRow(
                    token_hash="valid",
                    user_id=user.id,
                    csrf_token="c",
                    created_at=RECENT,
                    expires_at=NOW + timedelta(hours=1),
                ),
            ]
        )
        for key, sent in (("sent-old", LONG_AGO), ("sent-new", RECENT), ("unsent", None)):
            item = uow.outbox.add(OutboxItem(None, "digest", {}, LONG_AGO, LONG_AGO, key))
            if sent:
                uow.outbox.mark_sent(item.id or 0, sent)
        uow.commit()

    removed: list[str] = []
    with session_factory() as session:
        counts = purge(session, NOW, DAYS, removed)
        session.commit()

    assert counts == {
        "messages": 2,  # the old closed case's message and faq-only's loose message
        "cases": 2,
        "residents": 2,  # gone and faq-only
        "chat_sessions": 1,
        "web_sessions": 1,
        "outbox": 1,
        "processed_updates": 1,
    }
    assert sorted(removed) == ["uploads/faq.jpg", "uploads/old.jpg"]
    assert ids(session_factory, CaseRow.id) == {recently_closed, open_case}
    assert ids(session_factory, MessageRow.id) == {kept_message, open_message, active_message}
    assert old_message not in ids(session_factory, MessageRow.id)
    assert ids(session_factory, ResidentRow.external_ref) == {"old", "waiting", "active"}
    assert ids(session_factory, ChatSessionRow.id) == {"fresh"}
    assert ids(session_factory, WebSessionRow.token_hash) == {"valid"}
    assert ids(session_factory, ProcessedUpdateRow.external_id) == {"2"}
    with uow_factory() as uow:
        assert {i.dedupe_key for i in uow.outbox.pending()} == {"unsent"}
        assert uow.outbox.due(NOW)[0].dedupe_key == "unsent"
        events = uow.session.scalar(
            select(func.count())
            .select_from(CaseEventRow)
            .where(CaseEventRow.case_id.in_([old_closed, gone_case]))
        )
        assert events == 0


def test_purge_is_idempotent_and_keeps_recent_data(
    uow_factory: SqlUnitOfWorkFactory, session_factory: sessionmaker[Session]
) -> None:
    rid = resident(uow_factory, "r", RECENT)
    case(uow_factory, rid, RECENT, RECENT)
    message(uow_factory, rid, RECENT)
    for _ in range(2):
        with session_factory() as session:
            counts = purge(session, NOW, DAYS)
            session.commit()
        assert set(counts.values()) == {0}
    assert len(ids(session_factory, ResidentRow.id)) == 1


def test_negative_retention_is_refused(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session, pytest.raises(ValueError):
        purge(session, NOW, -1)
