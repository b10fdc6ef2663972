"""Request-scoped dependencies shared by every web router: the container and a database session.

    from web.deps import ContainerDep, DbSession

    @router.get("/thing")
    def thing(db: DbSession, container: ContainerDep) -> ...:
        ...            # db is a SQLAlchemy Session; commit yourself, it is closed after the request

FastAPI caches a dependency per request, so the security dependencies and the route share one session.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session


def get_container(request: Request) -> Any:
    """The composition root's Container the app was created with (`app.state.container`)."""
    return request.app.state.container


def get_db(request: Request) -> Iterator[Session]:
    session = request.app.state.container.session_factory()
    try:
        yield session
    finally:
        session.close()


def utcnow() -> datetime:
    return datetime.now(UTC)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


ContainerDep = Annotated[Any, Depends(get_container)]
DbSession = Annotated[Session, Depends(get_db)]
