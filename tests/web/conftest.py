"""Web test fixtures: the real app over HTTP on a migrated database (SQLite and PostgreSQL).

`container` is built like `wijkbot.bootstrap.build_container` does (real storage, routing and the
keyword analyzer: no spaCy model needed), with the Utrecht demo configuration stored in the
database. `client` is an httpx client (Starlette TestClient) against `create_app(container)`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from core.domain import Case, CaseStatus, Channel, Direction, Location, Message, Resident
from wijkbot.settings import Settings

# Utrecht demo data: who covers which wijk (municipalities/utrecht/coordinators.toml)
WEST = "WK034401"
NOORDWEST = "WK034402"


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        env="test",
        database_url=db_url,
        data_dir=tmp_path,
        model_dir=tmp_path / "no-model",  # keyword analyzer: fast and deterministic
        municipality="utrecht",
        web_background_tasks=False,
    )


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """Cheap argon2id parameters in tests (the production ones cost ~0.1 s per hash)."""
    from argon2 import PasswordHasher

    from web import security

    production = security._hasher
    security._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    security._hasher = production


@pytest.fixture(scope="session")
def _policy_parts() -> dict[str, Any]:
    """Config, analyzer and routing policy of the demo municipality, built once per run."""
    from routing.municipality import load_municipality
    from wijkbot import bootstrap

    base = Settings(model_dir=Path("/nonexistent-model"), municipality="utrecht")  # type: ignore[call-arg]
    config = load_municipality(base.municipality_dir)
    return {
        "config": config,
        "analyzer": bootstrap.build_analyzer(base, config),
        "policy": bootstrap.build_policy(base, config),
    }


def build_test_container(
    settings: Settings, engine: Any, session_factory: sessionmaker[Session], parts: dict[str, Any]
) -> Any:
    """What wijkbot.bootstrap.build_container wires, on the test database, with the demo
    configuration stored in it (the run-wide parts are reused: they only read the config)."""
    from core.service import Assistant
    from storage.config import save_config
    from storage.uow import SqlUnitOfWorkFactory
    from wijkbot.bootstrap import Container

    config, analyzer, policy = parts["config"], parts["analyzer"], parts["policy"]
    with session_factory() as session:
        save_config(session, config)
        session.commit()
    set_faq = getattr(analyzer, "set_faq", None)
    if callable(set_faq):
        set_faq([entry for entry in config.faq if entry.active])
    uow_factory = SqlUnitOfWorkFactory(session_factory)
    assistant = Assistant(
        uow_factory,
        analyzer,
        policy.locator,
        policy.router,
        policy.schedule,
        policy.planner,
        config,
        settings.retention_days,
    )
    return Container(
        settings,
        engine,
        session_factory,
        uow_factory,
        config,
        analyzer,
        policy.locator,
        policy.router,
        policy.schedule,
        policy.planner,
        assistant,
    )


@pytest.fixture
def container(
    settings: Settings,
    engine: Any,
    session_factory: sessionmaker[Session],
    _policy_parts: dict[str, Any],
) -> Any:
    return build_test_container(settings, engine, session_factory, _policy_parts)


@pytest.fixture
def app(container: Any) -> Any:
    from web.app import create_app

    return create_app(container, background=False)


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://testserver") as test_client:
        yield test_client


@dataclass(frozen=True)
class Login:
    username: str
    password: str
    role: str


def make_user(container: Any, username: str, role: str, coordinator_id: str | None) -> Login:
    from web.users import upsert_user

    password = secrets.token_urlsafe(10)
    with container.session_factory() as session:
        upsert_user(session, username, password, role, coordinator_id)
        session.commit()
    return Login(username, password, role)


@pytest.fixture
def users(container: Any) -> dict[str, Login]:
    """admin, the coordinator of West (wr-west) and of Noordwest (wr-noordwest)."""
    return {
        "admin": make_user(container, "admin", "admin", None),
        "west": make_user(container, "wr-west", "coordinator", "wr-west"),
        "noordwest": make_user(container, "wr-noordwest", "coordinator", "wr-noordwest"),
    }


CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client: TestClient, who: Login) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = client.get("/login")
    response = client.post(
        "/login",
        data={
            "username": who.username,
            "password": who.password,
            "csrf_token": csrf_from(page.text),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    inbox = client.get("/inbox")
    assert inbox.status_code == 200
    return csrf_from(inbox.text)


def add_case(
    container: Any,
    wijk: str | None,
    coordinator_id: str | None,
    *,
    text: str = "Er ligt grofvuil naast de container.",
    status: CaseStatus = CaseStatus.WAITING,
    theme: str = "afval",
    ref: str | None = None,
    created_at: datetime | None = None,
) -> Case:
    """A handed-off web case with the resident's message, stored through the unit of work."""
    now = created_at or datetime.now(UTC) - timedelta(hours=1)
    with container.uow_factory() as uow:
        resident = uow.residents.add(
            Resident(None, Channel.WEB, ref or secrets.token_urlsafe(12), now)
        )
        case = Case(
            id=None,
            reference=uow.cases.next_reference(now.year),
            theme=theme,
            urgent=False,
            status=status,
            channel=Channel.WEB,
            resident_id=resident.id or 0,
            created_at=now,
            updated_at=now,
            summary=text[:200],
            confidence=0.8,
            location=Location(kind="wijk", text="", wijk=wijk) if wijk else None,
            coordinator_id=coordinator_id,
            routing_explanation="regel 9: afval in de wijk → wijkregisseur",
            handed_off_at=now if status != CaseStatus.BOT else None,
        )
        case = uow.cases.add(case)
        uow.messages.add(
            Message(None, resident.id or 0, Direction.IN, text, now, Channel.WEB, case_id=case.id)
        )
        uow.commit()
    return case


def all_routes(routes: list[Any], prefix: str = "") -> list[tuple[str, APIRoute]]:
    """(full path, route) of every APIRoute, also inside included routers (FastAPI nests them)."""
    out: list[tuple[str, APIRoute]] = []
    for route in routes:
        if isinstance(route, APIRoute):
            out.append((prefix + route.path, route))
        elif hasattr(route, "original_router"):
            context = getattr(route, "include_context", None)
            extra = getattr(context, "prefix", "") or ""
            out += all_routes(route.original_router.routes, prefix + extra)
    return out


# --- headless Chromium (Debian's package, never a downloaded browser) -------------------------


@pytest.fixture
def base_url(backend: str, app: Any) -> Iterator[str]:
    """The app served by uvicorn in a thread; browser flows run once, on SQLite
    (the HTTP tests cover PostgreSQL)."""
    from web.screenshots import serve_in_thread

    if backend != "sqlite":
        pytest.skip("the browser flow runs once, on SQLite (the HTTP tests cover PostgreSQL)")
    with serve_in_thread(app) as url:
        yield url


@pytest.fixture
def browser() -> Iterator[Any]:
    from web.screenshots import launch_chromium

    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as pw:
        chromium = launch_chromium(pw)
        yield chromium
        chromium.close()
