"""`wijkbot db upgrade | current | purge` through the storage CLI's argparse registration."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.domain import Channel, Direction, Message, Resident
from storage import cli
from storage.db import make_engine, make_session_factory
from storage.models import ResidentRow
from storage.uow import SqlUnitOfWorkFactory


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return int(args.func(args))


@pytest.fixture
def settings_env(empty_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIJKBOT_DATABASE_URL", empty_db_url)
    monkeypatch.setenv("WIJKBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("WIJKBOT_RETENTION_DAYS", "30")
    return tmp_path


def test_upgrade_then_current(settings_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("db", "current") == 0
    assert "empty" in capsys.readouterr().out
    assert run("db", "upgrade") == 0
    assert run("db", "current") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0001"


def test_purge_counts_deletes_and_removes_files(
    settings_env: Path, empty_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run("db", "upgrade")
    long_ago = datetime(2026, 1, 1, tzinfo=UTC)
    photo = settings_env / "uploads" / "p.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"jpeg")
    engine = make_engine(empty_db_url)
    uow_factory = SqlUnitOfWorkFactory(make_session_factory(engine))
    try:
        with uow_factory() as uow:
            resident = uow.residents.add(Resident(None, Channel.WEB, "r", long_ago))
            uow.messages.add(
                Message(
                    None,
                    resident.id or 0,
                    Direction.IN,
                    "",
                    long_ago,
                    Channel.WEB,
                    kind="photo",
                    attachment_path="uploads/p.jpg",
                )
            )
            uow.commit()
        now = (long_ago + timedelta(days=31)).isoformat()
        assert run("db", "purge", "--now", now, "--dry-run") == 0
        dry = json.loads(capsys.readouterr().out.splitlines()[-1])
        assert (dry["dry_run"], dry["retention_days"], dry["residents"]) == (True, 30, 1)
        assert photo.exists()
        assert run("db", "purge", "--now", now) == 0
        done = json.loads(capsys.readouterr().out.splitlines()[-1])
        assert (done["messages"], done["residents"]) == (1, 1)
        assert not photo.exists()
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(ResidentRow)) == 0
    finally:
        engine.dispose()
