"""Staff accounts: demo users for the seed, and small helpers to add or reset a user.

`wijkbot seed` calls `create_demo_users(session, config)` after the municipality's configuration is
stored; `make run` prints the returned credentials. Passwords are random on every call (never in
the code) and only their argon2 hashes are stored.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.config import MunicipalityConfig
from web.deps import utcnow
from web.security import _models, end_sessions_of, hash_password, new_password

ADMIN_USERNAME = "admin"


def upsert_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    coordinator_id: str | None = None,
) -> Any:
    """Create the user or reset its password, role and coordinator link (commit yourself)."""
    m = _models()
    user = session.scalar(select(m.UserRow).where(m.UserRow.username == username))
    if user is None:
        user = m.UserRow(username=username, created_at=utcnow(), active=True)
        session.add(user)
    user.password_hash = hash_password(password)
    user.role = role
    user.coordinator_id = coordinator_id
    user.active = True
    session.flush()
    end_sessions_of(session, user.id)
    return user


def _coordinator_ids_in_db(session: Session) -> set[str]:
    m = _models()
    return set(session.scalars(select(m.CoordinatorRow.id)))


def create_demo_users(session: Session, config: MunicipalityConfig) -> list[tuple[str, str, str]]:
    """One admin plus one login per stored coordinator; returns (username, password, role).

    Running it again gives every demo user a new password. The caller commits.
    """
    stored = _coordinator_ids_in_db(session)
    credentials = [(ADMIN_USERNAME, new_password(), "admin")]
    upsert_user(session, *credentials[0])
    for person in config.coordinators:
        if person.id not in stored:
            continue
        password = new_password()
        upsert_user(session, person.id, password, "coordinator", coordinator_id=person.id)
        credentials.append((person.id, password, "coordinator"))
    return credentials
