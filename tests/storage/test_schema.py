"""The Alembic migrations make exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from storage.db import make_engine
from storage.migrate import current, downgrade, upgrade
from storage.models import Base


def schema_diff(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    assert schema_diff(engine) == []


def test_upgrade_from_empty_is_idempotent_and_reversible(empty_db_url: str) -> None:
    assert current(empty_db_url) is None
    upgrade(empty_db_url)
    upgrade(empty_db_url)  # already at head: nothing happens
    assert current(empty_db_url) == "0001"
    engine = make_engine(empty_db_url)
    try:
        assert set(inspect(engine).get_table_names()) >= set(Base.metadata.tables)
        assert schema_diff(engine) == []
        downgrade(empty_db_url, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(empty_db_url)
        assert schema_diff(engine) == []
    finally:
        engine.dispose()


def test_the_models_carry_no_schema_of_their_own() -> None:
    """Only the migrations create tables; the models are not bound to a schema."""
    assert all(table.schema is None for table in Base.metadata.sorted_tables)
