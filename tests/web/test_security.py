"""Security of the web app: logins, sessions, CSRF on every form, headers, XSS, passwords."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.models import AuditLogRow, UserRow, WebSessionRow
from tests.web.conftest import WEST, Login, add_case, all_routes, csrf_from, login
from web.security import SESSION_COOKIE, hash_password, verify_password

EXTERNAL = re.compile(
    r"""(src|href|action)=["']?(https?:)?//""", re.I
)  # anything loaded from elsewhere
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_passwords_are_argon2_and_verified(container: Any, users: dict[str, Login]) -> None:
    with container.session_factory() as db:
        stored = db.scalars(select(UserRow.password_hash)).all()
    assert stored and all(h.startswith("$argon2id$") for h in stored)
    digest = hash_password("geheim wachtwoord")
    assert verify_password(digest, "geheim wachtwoord")
    assert not verify_password(digest, "Geheim wachtwoord")
    assert not verify_password("not a hash", "x")


def test_wrong_password_is_refused_without_saying_which_part(
    client: TestClient, users: dict[str, Login]
) -> None:
    page = client.get("/login")
    for username, password in (("wr-west", "fout"), ("niemand", "fout")):
        response = client.post(
            "/login",
            data={"username": username, "password": password, "csrf_token": csrf_from(page.text)},
        )
        assert response.status_code == 401
        assert "Gebruikersnaam of wachtwoord klopt niet" in response.text
    assert SESSION_COOKIE not in client.cookies


def test_session_cookie_flags_and_server_side_session(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={
            "username": "wr-west",
            "password": users["west"].password,
            "csrf_token": csrf_from(page.text),
        },
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"].lower()
    assert SESSION_COOKIE in cookie and "httponly" in cookie and "samesite=lax" in cookie
    token = client.cookies[SESSION_COOKIE]
    with container.session_factory() as db:
        hashes = db.scalars(select(WebSessionRow.token_hash)).all()
    assert len(hashes) == 1 and token not in hashes[0]


def test_secure_cookie_when_public_url_is_https(
    app: Any, users: dict[str, Login], container: Any
) -> None:
    container.settings.public_url = "https://wijkbot.example"
    with TestClient(app, base_url="https://testserver") as client:
        page = client.get("/login")
        assert "secure" in page.headers["set-cookie"].lower()
        response = client.post(
            "/login",
            data={
                "username": "wr-west",
                "password": users["west"].password,
                "csrf_token": csrf_from(page.text),
            },
            follow_redirects=False,
        )
        assert response.status_code == 303
        assert "secure" in response.headers["set-cookie"].lower()


def test_logout_ends_the_server_side_session(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    csrf = login(client, users["west"])
    stolen = client.cookies[SESSION_COOKIE]
    assert (
        client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    )
    client.cookies.set(SESSION_COOKIE, stolen)
    assert client.get("/inbox", follow_redirects=False).status_code == 303
    with container.session_factory() as db:
        assert db.scalars(select(WebSessionRow)).all() == []
        assert "logout" in db.scalars(select(AuditLogRow.action)).all()


def test_login_redirects_only_to_this_site(client: TestClient, users: dict[str, Login]) -> None:
    page = client.get("/login?next=//evil.example/x")
    data = {
        "username": "wr-west",
        "password": users["west"].password,
        "csrf_token": csrf_from(page.text),
    }
    response = client.post(
        "/login", data={**data, "next": "//evil.example/x"}, follow_redirects=False
    )
    assert response.headers["location"] == "/inbox"


def test_login_form_without_csrf_token_is_refused(
    client: TestClient, users: dict[str, Login]
) -> None:
    client.get("/login")
    response = client.post(
        "/login", data={"username": "wr-west", "password": users["west"].password}
    )
    assert response.status_code == 403
    assert SESSION_COOKIE not in client.cookies


def _form_routes(app: Any) -> list[str]:
    """Every POST route of the web pages (not the JSON API, not the Telegram webhook)."""
    return [
        path
        for path, r in all_routes(app.routes)
        if "POST" in (r.methods or set())
        and not path.startswith("/api/")
        and r.endpoint.__module__.startswith("web.")
    ]


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def test_every_form_post_without_csrf_token_is_refused(
    client: TestClient, users: dict[str, Login], app: Any, container: Any
) -> None:
    login(client, users["admin"])
    add_case(container, WEST, "wr-west")
    routes = _form_routes(app)
    assert len(routes) >= 8
    for path in routes:
        for data in ({}, {"csrf_token": "wrong"}):
            response = client.post(_concrete(path), data=data, follow_redirects=False)
            assert response.status_code == 403, (path, response.status_code)
    with container.session_factory() as db:
        assert db.get(__import__("storage.models").models.CaseRow, 1).status == "waiting"


def test_security_headers_on_pages_and_widget(client: TestClient, container: Any) -> None:
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and page.headers["x-frame-options"] == "DENY"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    widget = client.get("/widget")
    assert "frame-ancestors 'self'" in widget.headers["content-security-policy"]
    assert "x-frame-options" not in widget.headers
    assert "<script>" not in page.text.replace("<script src=", "")  # no inline scripts


def test_widget_embed_origins_are_configurable(container: Any) -> None:
    from web.app import create_app

    container.settings.web_embed_origins = "https://www.utrecht.example"
    with TestClient(create_app(container, background=False)) as client:
        csp = client.get("/widget").headers["content-security-policy"]
        assert "frame-ancestors 'self' https://www.utrecht.example" in csp
        assert "frame-ancestors 'none'" in client.get("/").headers["content-security-policy"]


def test_xss_in_messages_is_rendered_harmlessly(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    case = add_case(container, WEST, "wr-west", text=XSS)
    login(client, users["west"])
    for url in ("/inbox?tab=all", f"/inbox/cases/{case.id}"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html or "&lt;img" in html


def test_xss_in_a_reply_is_rendered_harmlessly(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    case = add_case(container, WEST, "wr-west")
    csrf = login(client, users["west"])
    client.post(f"/inbox/cases/{case.id}/reply", data={"csrf_token": csrf, "text": XSS})
    html = client.get(f"/inbox/cases/{case.id}").text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_api_docs_are_served_locally(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/chat/sessions" in docs.text
    assert "cdn" not in docs.text.lower() and not EXTERNAL.search(docs.text)
    schema = client.get("/openapi.json").json()
    assert "/api/chat/sessions/{session_id}/messages" in schema["paths"]


def test_static_assets_are_local(client: TestClient) -> None:
    for path in ("/", "/login", "/docs"):
        assert not EXTERNAL.search(client.get(path).text), path
    assert client.get("/static/css/app.css").status_code == 200
    assert client.get("/static/js/chat.js").status_code == 200


def test_repeated_failed_logins_are_rate_limited(
    client: TestClient, users: dict[str, Login]
) -> None:
    token = csrf_from(client.get("/login").text)
    codes = [
        client.post(
            "/login", data={"username": "wr-west", "password": "fout", "csrf_token": token}
        ).status_code
        for _ in range(12)
    ]
    assert codes[0] == 401 and codes[-1] == 429


def test_expired_sessions_are_refused_and_cleaned_up(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    from datetime import UTC, datetime, timedelta

    login(client, users["west"])
    with container.session_factory() as db:
        for row in db.scalars(select(WebSessionRow)):
            row.expires_at = datetime.now(UTC) - timedelta(minutes=1)
        db.commit()
    assert client.get("/inbox", follow_redirects=False).status_code == 303
    login(client, users["west"])
    with container.session_factory() as db:
        assert len(db.scalars(select(WebSessionRow)).all()) == 1


def test_telegram_webhook_is_included_when_a_token_is_configured(container: Any) -> None:
    from web.app import create_app

    container.settings.telegram_token = "123456:TEST"
    container.settings.telegram_webhook_url = "https://wijkbot.example/telegram/hook"
    container.settings.telegram_webhook_secret = "test_secret"
    routes = all_routes(create_app(container, background=False).routes)
    assert [(p, r.methods) for p, r in routes if r.endpoint.__module__.startswith("bot.")] == [
        ("/telegram/hook", {"POST"})
    ]


def test_demo_users_get_random_passwords_that_work(client: TestClient, container: Any) -> None:
    from web.users import create_demo_users

    with container.session_factory() as db:
        first = create_demo_users(db, container.config)
        db.commit()
    roles = {name: role for name, _, role in first}
    assert roles["admin"] == "admin" and roles["wr-west"] == "coordinator"
    assert len({password for _, password, _ in first}) == len(first)  # all different
    with container.session_factory() as db:
        again = dict(
            (name, password) for name, password, _ in create_demo_users(db, container.config)
        )
        db.commit()
        hashes = db.scalars(select(UserRow.password_hash)).all()
    assert all(again[name] != password for name, password, _ in first)  # new on every seed
    assert not any(password in h for h in hashes for password in again.values())
    login(client, Login("wr-west", again["wr-west"], "coordinator"))


def test_login_replaces_an_earlier_session(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    login(client, users["west"])
    login(client, users["west"])
    with container.session_factory() as db:
        assert len(db.scalars(select(WebSessionRow)).all()) == 1


def test_errors_are_pages_for_people_and_json_for_the_api(
    client: TestClient, users: dict[str, Login]
) -> None:
    missing = client.get("/bestaat-niet", headers={"Accept": "text/html"})
    assert missing.status_code == 404 and "Deze pagina bestaat niet" in missing.text
    login(client, users["west"])
    case = client.get("/inbox/cases/999999", headers={"Accept": "text/html"})
    assert case.status_code == 404 and "geen toegang" in case.text and "<h1>" in case.text
    api = client.post("/api/chat/sessions/nope/messages", json={"text": "x"})
    assert api.status_code == 401 and api.json()["detail"]
