"""The resident chat JSON API over HTTP against the real app, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.models import ChatSessionRow, MessageRow, ResidentRow


def start(client: TestClient) -> dict[str, Any]:
    response = client.post("/api/chat/sessions", json={})
    assert response.status_code == 201, response.text
    return response.json()


def bearer(session: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {session['token']}"}


def say(client: TestClient, session: dict[str, Any], body: dict[str, Any], **headers: str):  # type: ignore[no-untyped-def]
    url = f"/api/chat/sessions/{session['session_id']}/messages"
    return client.post(url, json=body, headers={**bearer(session), **headers})


def test_start_gives_unguessable_session_token_and_greeting(
    client: TestClient, container: Any
) -> None:
    first, second = start(client), start(client)
    assert first["session_id"] != second["session_id"]
    assert len(first["session_id"]) >= 32 and len(first["token"]) >= 40
    assert first["replies"] and first["replies"][0]["text"]
    with container.session_factory() as db:
        row = db.get(ChatSessionRow, first["session_id"])
        assert row is not None
        assert first["token"] not in row.token_hash  # only a hash is stored
        resident = db.get(ResidentRow, row.resident_id)
        assert resident.channel == "web" and resident.external_ref == first["session_id"]


def test_text_message_gets_replies_in_the_documented_shape(client: TestClient) -> None:
    session = start(client)
    response = say(client, session, {"text": "Wanneer wordt het grofvuil opgehaald?"})
    assert response.status_code == 200, response.text
    replies = response.json()["replies"]
    assert replies
    for reply in replies:
        assert isinstance(reply["text"], str) and reply["text"]
        for button in reply["buttons"]:
            assert set(button) == {"label", "value"}


def test_button_and_location_are_accepted(client: TestClient) -> None:
    session = start(client)
    say(client, session, {"text": "De straatlantaarn bij mij voor de deur is kapot"})
    located = say(client, session, {"lat": 52.105, "lon": 5.07})
    assert located.status_code == 200 and located.json()["replies"]
    pressed = say(client, session, {"button": "nee"})
    assert pressed.status_code == 200 and pressed.json()["replies"]


def test_message_needs_the_sessions_token(client: TestClient) -> None:
    session, other = start(client), start(client)
    url = f"/api/chat/sessions/{session['session_id']}/messages"
    assert client.post(url, json={"text": "hoi"}).status_code == 401
    assert client.post(url, json={"text": "hoi"}, headers=bearer(other)).status_code == 401
    assert client.get(url, headers=bearer(other)).status_code == 401
    unknown = "/api/chat/sessions/not-a-session/messages"
    assert client.post(unknown, json={"text": "hoi"}, headers=bearer(session)).status_code == 401


def test_body_must_be_exactly_one_kind(client: TestClient) -> None:
    session = start(client)
    assert say(client, session, {}).status_code == 422
    assert say(client, session, {"text": "a", "button": "b"}).status_code == 422
    assert say(client, session, {"lat": 52.1}).status_code == 422


def test_oversized_message_is_refused_with_413_and_a_clear_error(
    client: TestClient, container: Any
) -> None:
    session = start(client)
    too_long = say(client, session, {"text": "x" * 4001})
    assert too_long.status_code == 413
    assert "te lang" in too_long.json()["error"]
    huge = say(client, session, {"text": "x" * 40_000})
    assert huge.status_code == 413
    assert "te groot" in huge.json()["error"]
    with container.session_factory() as db:
        stored = db.scalars(select(MessageRow.text)).all()
    assert not any(len(text) > 4000 for text in stored)


def test_idempotency_key_makes_a_retry_harmless(client: TestClient, container: Any) -> None:
    session = start(client)
    for _ in range(2):
        say(
            client,
            session,
            {"text": "Er staat een fout geparkeerde auto"},
            **{"Idempotency-Key": "k1"},
        )
    with container.session_factory() as db:
        texts = db.scalars(
            select(MessageRow.text).where(MessageRow.text == "Er staat een fout geparkeerde auto")
        ).all()
    assert len(texts) == 1


def test_rate_limit_per_session(client: TestClient, app: Any) -> None:
    session = start(client)
    codes = [say(client, session, {"text": f"bericht {i}"}).status_code for i in range(25)]
    assert codes.count(429) >= 1
    assert codes[:5] == [200] * 5
    limited = say(client, session, {"text": "nog een"})
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert start(client)["session_id"]  # another session of the same client still works


def test_rate_limit_per_client_address(client: TestClient, app: Any) -> None:
    codes = [client.post("/api/chat/sessions", json={}).status_code for _ in range(70)]
    assert 429 in codes
    assert codes[0] == 201


def chat_until_handoff(client: TestClient, session: dict[str, Any], text: str) -> str:
    """Answer the assistant's buttons (theme, then yes) until it gives a case reference."""
    import re

    body: dict[str, Any] = {"text": text}
    for _ in range(5):
        replies = say(client, session, body).json()["replies"]
        found = re.search(r"WB-\d{4}-\d{6}", " ".join(r["text"] for r in replies))
        if found:
            return found.group(0)
        buttons = [b for r in replies for b in r["buttons"]]
        assert buttons, replies
        yes = [b for b in buttons if b["value"].endswith(":yes")]
        body = {"button": (yes or buttons)[0]["value"]}
    raise AssertionError("no hand-off")


def test_handoff_then_coordinator_reply_is_fetched_once_and_marked_delivered(
    client: TestClient, container: Any
) -> None:
    from datetime import UTC, datetime

    from core.domain import CaseStatus
    from storage.models import CaseRow

    session = start(client)
    reference = chat_until_handoff(
        client, session, "Er ligt al een week grofvuil naast de container in Oog in Al"
    )
    with container.session_factory() as db:
        case = db.scalars(select(CaseRow).where(CaseRow.reference == reference)).one()
        assert (case.status, case.wijk, case.channel) == (
            CaseStatus.WAITING.value,
            "WK034401",
            "web",
        )
    url = f"/api/chat/sessions/{session['session_id']}/messages"
    assert client.get(url, headers=bearer(session)).json() == {"messages": [], "after": 0}

    message = container.assistant.reply_to_resident(
        case.id, case.coordinator_id, "We komen morgen.", datetime.now(UTC)
    )
    later = client.get(url, headers=bearer(session)).json()
    assert [m["text"] for m in later["messages"]] == ["We komen morgen."]
    assert later["messages"][0]["sender"].startswith("wijkregisseur")  # a role, never a name
    assert later["after"] == message.id
    assert (
        client.get(f"{url}?after={later['after']}", headers=bearer(session)).json()["messages"]
        == []
    )
    with container.session_factory() as db:
        assert db.get(MessageRow, message.id).delivered_at is not None


def test_oversized_body_without_content_length_is_refused_too(client: TestClient) -> None:
    session = start(client)

    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"text": "'
        for _ in range(40):
            yield b"x" * 1024
        yield b'"}'

    url = f"/api/chat/sessions/{session['session_id']}/messages"
    response = client.post(
        url, content=chunks(), headers={**bearer(session), "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "te groot" in response.text


def test_history_shows_the_conversation_again_after_a_reload(
    client: TestClient, container: Any
) -> None:
    session = start(client)
    say(client, session, {"text": "Hoe vraag ik een parkeervergunning aan?"})
    url = f"/api/chat/sessions/{session['session_id']}/history"
    assert client.get(url).status_code == 401
    history = client.get(url, headers=bearer(session)).json()
    directions = [m["direction"] for m in history["messages"]]
    assert directions[0] == "out" and "in" in directions  # greeting, the question, the answer
    assert (
        history["messages"][directions.index("in")]["text"]
        == "Hoe vraag ik een parkeervergunning aan?"
    )
    assert "/start" not in [m["text"] for m in history["messages"]]
    assert history["after"] == 0
