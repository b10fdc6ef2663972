"""The outbox: stored once per dedupe key, due in order, sent or retried later."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from core.domain import OutboxItem
from storage.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)


def item(key: str, due: datetime = NOW, kind: str = "notify_coordinator") -> OutboxItem:
    return OutboxItem(None, kind, {"case_id": 1, "to": "coord"}, NOW, due, key, extra={"n": 1})


def add(uow_factory: SqlUnitOfWorkFactory, *items: OutboxItem) -> list[OutboxItem]:
    with uow_factory() as uow:
        stored = [uow.outbox.add(i) for i in items]
        uow.commit()
    return stored


def test_round_trip(uow_factory: SqlUnitOfWorkFactory) -> None:
    (stored,) = add(uow_factory, item("notify:1"))
    assert stored.id is not None
    with uow_factory() as uow:
        assert uow.outbox.get(stored.id) == stored


def test_same_dedupe_key_is_stored_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    first, again = add(uow_factory, item("notify:1"), item("notify:1", NOW + timedelta(hours=1)))
    (later,) = add(uow_factory, item("notify:1", kind="digest"))
    assert first.id is not None and again.id == first.id and later.id == first.id
    assert later.due_at == NOW and later.kind == "notify_coordinator"
    with uow_factory() as uow:
        assert len(uow.outbox.pending()) == 1


def test_due_items_oldest_first_with_limit(uow_factory: SqlUnitOfWorkFactory) -> None:
    add(
        uow_factory,
        item("c", NOW + timedelta(minutes=2)),
        item("a", NOW - timedelta(minutes=5)),
        item("b", NOW),
        item("future", NOW + timedelta(hours=12)),
    )
    with uow_factory() as uow:
        assert [i.dedupe_key for i in uow.outbox.due(NOW + timedelta(minutes=2))] == [
            "a",
            "b",
            "c",
        ]
        assert [i.dedupe_key for i in uow.outbox.due(NOW, limit=1)] == ["a"]


def test_mark_sent_and_mark_failed(uow_factory: SqlUnitOfWorkFactory) -> None:
    sent, failing = add(uow_factory, item("sent"), item("failing"))
    assert sent.id is not None and failing.id is not None
    retry_at = NOW + timedelta(minutes=10)
    with uow_factory() as uow:
        uow.outbox.mark_sent(sent.id, NOW)
        uow.outbox.mark_failed(failing.id, "SMTP 451 try later", retry_at)
        uow.commit()
    with uow_factory() as uow:
        assert uow.outbox.due(NOW) == []
        assert [i.dedupe_key for i in uow.outbox.due(retry_at)] == ["failing"]
        done, retried = uow.outbox.get(sent.id), uow.outbox.get(failing.id)
        assert done is not None and done.sent_at == NOW and done.attempts == 1
        assert retried is not None
        assert (retried.attempts, retried.last_error, retried.due_at) == (
            1,
            "SMTP 451 try later",
            retry_at,
        )
        uow.outbox.mark_failed(failing.id, "again", retry_at + timedelta(minutes=20))
        uow.outbox.mark_sent(failing.id, retry_at + timedelta(minutes=20))
        uow.commit()
    with uow_factory() as uow:
        final = uow.outbox.get(failing.id)
        assert final is not None and final.attempts == 3 and final.last_error is None
        assert uow.outbox.pending() == []


def test_concurrent_dispatchers_do_not_take_the_same_items(
    uow_factory: SqlUnitOfWorkFactory, engine: Engine
) -> None:
    """PostgreSQL: due() locks the rows it returns and skips rows locked by another dispatcher."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises writers; row locks are a PostgreSQL feature")
    add(uow_factory, *(item(f"k{n}") for n in range(4)))
    first_has_rows = threading.Event()
    release = threading.Event()
    taken: dict[str, list[str]] = {}

    def dispatcher(name: str, limit: int) -> None:
        with uow_factory() as uow:
            taken[name] = [i.dedupe_key for i in uow.outbox.due(NOW, limit=limit)]
            if name == "first":
                first_has_rows.set()
                release.wait(30)

    first = threading.Thread(target=dispatcher, args=("first", 2))
    first.start()
    assert first_has_rows.wait(30)
    dispatcher("second", 10)
    release.set()
    first.join()
    assert taken == {"first": ["k0", "k1"], "second": ["k2", "k3"]}
