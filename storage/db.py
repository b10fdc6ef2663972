"""Engines and sessions: SQLite (default, a file under the data folder) or PostgreSQL (psycopg 3).

SQLite connections get `foreign_keys=ON` (cascading deletes are how `forget` works), WAL
journaling (readers do not block the writer) and a busy timeout (writers wait instead of failing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An Engine for `url`; creates the parent folder of a SQLite file.

    `postgresql://` and `postgres://` URLs use psycopg 3 (`postgresql+psycopg://`).
    """
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() == "sqlite":
        _ensure_sqlite_folder(parsed.database)
        kwargs.setdefault("connect_args", {}).setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def normalize_url(url: str) -> str:
    """Pick the installed driver (psycopg 3) for plain PostgreSQL URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded attributes after commit (adapters use rows after committing)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def is_sqlite(engine_or_dialect_name: Engine | str) -> bool:
    name = (
        engine_or_dialect_name
        if isinstance(engine_or_dialect_name, str)
        else engine_or_dialect_name.dialect.name
    )
    return name == "sqlite"


def _ensure_sqlite_folder(database: str | None) -> None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
