"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, emptied before each test.

Use `uow_factory` (core.ports.UnitOfWorkFactory), `session_factory` or `engine` in any test folder;
a test that asks for one of them runs twice: `[sqlite]` and `[postgres]`. PostgreSQL runs only
when WIJKBOT_TEST_POSTGRES_URL is set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)
and is skipped otherwise. Each test run works in its own freshly created PostgreSQL schema,
dropped at the end, so concurrent runs against the same database never touch each other.

The schema is made once per run and backend by the Alembic migrations (storage.migrate.upgrade);
tables are emptied (TRUNCATE / DELETE) before every test that uses the database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from storage.uow import SqlUnitOfWorkFactory

POSTGRES_ENV = "WIJKBOT_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def postgres_base_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def with_search_path(url: str, schema: str) -> str:
    """`url` with every connection confined to `schema` (libpq `options`)."""
    parsed = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return parsed.render_as_string(hide_password=False)


class PostgresSchemas:
    """Creates throw-away schemas in the test database and drops them again."""

    def __init__(self, base_url: str) -> None:
        from storage.db import make_engine

        self.base_url = base_url
        self.admin = make_engine(base_url, poolclass=NullPool)
        self.created: list[str] = []

    def new(self) -> str:
        schema = f"wbtest_{uuid.uuid4().hex[:16]}"
        with self.admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        self.created.append(schema)
        return with_search_path(self.base_url, schema)

    def drop_all(self) -> None:
        with self.admin.begin() as connection:
            for schema in self.created:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        self.created.clear()
        self.admin.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgres' (skipped when WIJKBOT_TEST_POSTGRES_URL is unset)."""
    name = str(request.param)
    if name == "postgres" and not postgres_base_url():
        pytest.skip(f"{POSTGRES_ENV} is not set")
    return name


@pytest.fixture(scope="session")
def _pg_schemas(backend: str) -> Iterator[PostgresSchemas | None]:
    base = postgres_base_url()
    if backend != "postgres" or base is None:
        yield None
        return
    schemas = PostgresSchemas(base)
    try:
        yield schemas
    finally:
        schemas.drop_all()


def _fresh_url(backend: str, schemas: PostgresSchemas | None, folder: os.PathLike[str]) -> str:
    if backend == "sqlite":
        return f"sqlite:///{os.fspath(folder)}/wijkbot.sqlite3"
    assert schemas is not None
    return schemas.new()


@pytest.fixture(scope="session")
def db_url(
    backend: str,
    _pg_schemas: PostgresSchemas | None,
    tmp_path_factory: pytest.TempPathFactory,
) -> str:
    """URL of a database migrated to head (shared by the run; use `engine` to get it emptied)."""
    from storage.migrate import upgrade

    url = _fresh_url(backend, _pg_schemas, tmp_path_factory.mktemp("db"))
    upgrade(url)
    return url


@pytest.fixture
def empty_db_url(
    backend: str,
    _pg_schemas: PostgresSchemas | None,
    tmp_path_factory: pytest.TempPathFactory,
) -> str:
    """URL of a new, empty database (no tables): for migration and restart tests."""
    return _fresh_url(backend, _pg_schemas, tmp_path_factory.mktemp("emptydb"))


@pytest.fixture(scope="session")
def _shared_engine(db_url: str) -> Iterator[Engine]:
    from storage.db import make_engine

    engine = make_engine(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def empty_tables(engine: Engine) -> None:
    """Delete every row of every table the models know (the schema itself stays)."""
    from storage.models import Base

    tables = Base.metadata.sorted_tables
    if engine.dialect.name != "postgresql":
        with engine.begin() as connection:
            for table in reversed(tables):
                connection.execute(table.delete())
        return
    names = ", ".join(f'"{t.name}"' for t in tables)
    try:
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '2s'"))
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    except OperationalError:
        # a session leaked by an earlier test of this run sits idle in a transaction on our
        # tables (our schema is private to this run): end it, then empty the tables
        _end_idle_transactions_on_own_schema(engine)
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def _end_idle_transactions_on_own_schema(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a"
                " WHERE a.pid <> pg_backend_pid() AND a.state LIKE 'idle in transaction%'"
                " AND a.pid IN (SELECT l.pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                " WHERE c.relnamespace = current_schema()::regnamespace)"
            )
        )


@pytest.fixture
def engine(_shared_engine: Engine) -> Engine:
    """The migrated database's Engine, with all tables emptied for this test."""
    empty_tables(_shared_engine)
    return _shared_engine


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    from storage.db import make_session_factory

    return make_session_factory(engine)


@pytest.fixture
def uow_factory(session_factory: sessionmaker[Session]) -> SqlUnitOfWorkFactory:
    """A storage.uow.SqlUnitOfWorkFactory on the emptied database."""
    from storage.uow import SqlUnitOfWorkFactory

    return SqlUnitOfWorkFactory(session_factory)
