"""The application as `wijkbot serve` runs it: built from settings, with its background loop."""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.models import OutboxRow
from tests.web.conftest import WEST, add_case
from web.ratelimit import TokenBucket


def test_create_app_builds_its_container_from_settings(
    db_url: str, engine: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from web.app import create_app

    monkeypatch.setenv("WIJKBOT_DATABASE_URL", db_url)
    monkeypatch.setenv("WIJKBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("WIJKBOT_MODEL_DIR", str(tmp_path / "no-model"))
    monkeypatch.setenv("WIJKBOT_WEB_BACKGROUND_TASKS", "false")
    app = create_app()
    assert app.state.container.settings.database_url == db_url
    with TestClient(app) as client:
        assert client.get("/").status_code == 200
        assert client.post("/api/chat/sessions", json={}).status_code == 201


def test_background_loop_closes_web_deliveries_and_survives_a_failing_mail_server(
    container: Any,
) -> None:
    from web.app import create_app

    container.settings.smtp_port = 9  # nothing listens: every e-mail fails and is retried
    case = add_case(container, WEST, "wr-west")
    container.assistant.reply_to_resident(case.id, "wr-west", "We komen kijken.", datetime.now(UTC))
    with TestClient(create_app(container, background=True)) as client:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with container.session_factory() as db:
                item = db.scalars(
                    select(OutboxRow).where(OutboxRow.kind == "deliver_to_resident")
                ).one()
            if item.sent_at is not None:
                break
            time.sleep(0.1)
        assert item.sent_at is not None
        assert client.get("/").status_code == 200  # still serving


def test_serve_command_is_registered_with_host_and_port() -> None:
    from web.cli import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert (args.host, args.port) == ("0.0.0.0", 8123) and callable(args.func)
    defaults = parser.parse_args(["serve"])
    assert (defaults.host, defaults.port) == (None, None)  # falls back to settings: 127.0.0.1:8000


def test_token_bucket_refills_over_time() -> None:
    now = [0.0]
    bucket = TokenBucket(capacity=2, per_second=1.0, clock=lambda: now[0])
    assert bucket.allow("a") and bucket.allow("a") and not bucket.allow("a")
    assert bucket.allow("b")  # buckets are per key
    now[0] = 1.0
    assert bucket.allow("a") and not bucket.allow("a")
    assert bucket.retry_after("a") >= 1
