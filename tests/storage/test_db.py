"""Engines, SQLite settings and timezone-aware datetimes."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from storage.db import make_engine
from storage.models import ResidentRow


def test_sqlite_file_gets_its_folder_and_pragmas(tmp_path: Path) -> None:
    database = tmp_path / "nested" / "folder" / "wijkbot.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert (connection.execute(text("PRAGMA busy_timeout")).scalar() or 0) >= 1000
        assert database.parent.is_dir()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://postgres@127.0.0.1:5432/test",
        "postgresql://postgres@127.0.0.1:5432/test",
        "postgres://postgres@127.0.0.1:5432/test",
    ],
)
def test_postgres_urls_use_psycopg3(url: str) -> None:
    engine = make_engine(url)  # connects lazily: no server needed
    assert engine.dialect.driver == "psycopg"
    assert engine.url.database == "test"
    engine.dispose()


AMSTERDAM_SUMMER = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 3, 29, 1, 59, 59, 123456, tzinfo=UTC),
        datetime(2026, 7, 1, 23, 30, tzinfo=AMSTERDAM_SUMMER),  # the previous day in UTC
    ],
)
def test_aware_datetimes_round_trip_as_utc(
    session_factory: sessionmaker[Session], moment: datetime
) -> None:
    with session_factory() as session:
        session.add(ResidentRow(channel="web", external_ref="r", created_at=moment))
        session.commit()
    with session_factory() as session:
        stored = session.scalars(select(ResidentRow)).one().created_at
    assert stored == moment
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)


def test_comparisons_with_aware_datetimes_work_in_sql(
    session_factory: sessionmaker[Session],
) -> None:
    early = datetime(2026, 1, 1, 12, tzinfo=UTC)
    with session_factory() as session:
        session.add_all(
            [
                ResidentRow(channel="web", external_ref="early", created_at=early),
                ResidentRow(
                    channel="web", external_ref="late", created_at=early + timedelta(hours=3)
                ),
            ]
        )
        session.commit()
        # 13:30+01:00 is 12:30 UTC: only "early" is before it
        cutoff = datetime(2026, 1, 1, 13, 30, tzinfo=timezone(timedelta(hours=1)))
        refs = session.scalars(
            select(ResidentRow.external_ref).where(ResidentRow.created_at < cutoff)
        ).all()
    assert refs == ["early"]


def test_naive_datetimes_are_refused(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        session.add(ResidentRow(channel="web", external_ref="r", created_at=datetime(2026, 1, 1)))
        with pytest.raises(StatementError, match="naive datetime"):
            session.flush()


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    from sqlalchemy.exc import IntegrityError

    from storage.models import ConversationRow

    with Session(engine) as session:
        session.add(ConversationRow(resident_id=999, state="new", draft={}, lang="nl"))
        with pytest.raises(IntegrityError):
            session.flush()


def test_emptying_tables_survives_a_leaked_transaction(engine: Engine) -> None:
    """A test that forgets to close a session must not hang the next test's clean-up."""
    from tests.conftest import empty_tables

    leaked = Session(engine)
    leaked.add(ResidentRow(channel="web", external_ref="leak", created_at=datetime.now(UTC)))
    leaked.flush()  # holds row and table locks until its transaction ends
    try:
        if engine.dialect.name == "sqlite":
            leaked.commit()  # SQLite: one writer; the clean-up would just wait for it
        empty_tables(engine)
        with Session(engine) as session:
            assert session.scalars(select(ResidentRow)).all() == []
    finally:
        with contextlib.suppress(OperationalError):  # its connection was ended
            leaked.close()
