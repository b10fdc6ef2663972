"""Authorization matrix: anonymous, coordinator and admin against every route of the chat,
login, docs and inbox (admin and dashboard routes are covered by their own tests)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import NOORDWEST, WEST, Login, add_case, all_routes, csrf_from, login

ROLES = ("anonymous", "coordinator", "admin")
HTML = {"Accept": "text/html"}

# (method, path template) -> expected status for anonymous, coordinator (of West), admin.
# {own}: a case in West; {other}: a case in Noordwest.
PAGES: dict[tuple[str, str], tuple[int, int, int]] = {
    ("GET", "/"): (200, 200, 200),
    ("GET", "/widget"): (200, 200, 200),
    ("GET", "/login"): (200, 303, 303),
    ("GET", "/docs"): (200, 200, 200),
    ("GET", "/inbox"): (303, 200, 200),
    ("GET", "/inbox/new.json"): (401, 200, 200),
    ("GET", "/inbox/cases/{own}"): (303, 200, 200),
    ("GET", "/inbox/cases/{other}"): (303, 404, 200),
}

# every inbox action: form data; anonymous 401, coordinator 303 on own / 404 on other, admin 303
ACTIONS: dict[str, dict[str, str]] = {
    "claim": {},
    "reply": {"text": "Dank voor uw melding."},
    "theme": {"theme": "verkeer"},
    "reassign": {"coordinator": "wr-noordwest"},
    "hand-back": {},
    "refer": {"partner": "woningcorporatie"},
    "resolve": {"outcome": "Opgelost"},
}

COVERED_ELSEWHERE = {
    ("POST", "/login"),  # test_security: login, CSRF, redirects
    ("POST", "/logout"),  # test_security: logout
    ("POST", "/api/chat/sessions"),  # test_chat_api
    ("POST", "/api/chat/sessions/{session_id}/messages"),
    ("GET", "/api/chat/sessions/{session_id}/messages"),
    ("GET", "/api/chat/sessions/{session_id}/history"),
}


def _as(client: TestClient, users: dict[str, Login], role: str) -> str:
    if role == "anonymous":
        return csrf_from(client.get("/login").text)  # a valid (login) token: only the role decides
    return login(client, users["west" if role == "coordinator" else "admin"])


@pytest.mark.parametrize("role", ROLES)
def test_pages(role: str, client: TestClient, users: dict[str, Login], container: Any) -> None:
    _as(client, users, role)
    ids = {
        "own": add_case(container, WEST, "wr-west").id,
        "other": add_case(container, NOORDWEST, None).id,
    }
    for (method, template), expected in PAGES.items():
        response = client.request(
            method, template.format(**ids), headers=HTML, follow_redirects=False
        )
        assert response.status_code == expected[ROLES.index(role)], (role, template)


@pytest.mark.parametrize("role", ROLES)
def test_case_actions(
    role: str, client: TestClient, users: dict[str, Login], container: Any
) -> None:
    csrf = _as(client, users, role)
    for action, data in ACTIONS.items():
        for where, wijk in (("own", WEST), ("other", NOORDWEST)):
            case = add_case(container, wijk, "wr-west" if where == "own" else "wr-noordwest")
            response = client.post(
                f"/inbox/cases/{case.id}/{action}",
                data={"csrf_token": csrf, **data},
                follow_redirects=False,
            )
            expected = {"anonymous": 401, "admin": 303}.get(role, 303 if where == "own" else 404)
            assert response.status_code == expected, (role, action, where, response.text[:200])
            if expected == 303:
                assert "error=" not in response.headers["location"], (
                    role,
                    action,
                    response.headers["location"],
                )


@pytest.mark.parametrize("role", ROLES)
def test_chat_api_ignores_staff_logins(
    role: str, client: TestClient, users: dict[str, Login]
) -> None:
    _as(client, users, role)
    session = client.post("/api/chat/sessions", json={})
    assert session.status_code == 201
    url = f"/api/chat/sessions/{session.json()['session_id']}/messages"
    assert client.post(url, json={"text": "hallo"}).status_code == 401  # a staff cookie is no token
    assert client.get(url).status_code == 401
    assert client.get(url.replace("/messages", "/history")).status_code == 401


def test_the_matrix_covers_every_route(app: Any) -> None:
    mine = ("web.auth", "web.chat", "web.inbox", "web.docs")
    known = {(m, t.replace("{own}", "{case_id}").replace("{other}", "{case_id}")) for m, t in PAGES}
    known |= {("POST", f"/inbox/cases/{{case_id}}/{a}") for a in ACTIONS} | COVERED_ELSEWHERE
    for path, route in all_routes(app.routes):
        if route.endpoint.__module__ in mine:
            for method in (route.methods or set()) - {"HEAD"}:
                assert (method, path) in known, (
                    f"{method} {path} is not in the authorization matrix"
                )
