"""Login and logout pages for staff (coordinators and admins)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from web.deps import DbSession, client_ip, utcnow
from web.ratelimit import RateLimited
from web.security import (
    SESSION_COOKIE,
    CsrfChecked,
    OptionalUser,
    audit,
    authenticate,
    clear_session_cookie,
    end_session,
    login_csrf_token,
    set_login_csrf_cookie,
    set_session_cookie,
    start_session,
)
from web.templating import render

router = APIRouter(tags=["staff"], include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only redirect to a path on this site (no `//evil.example`)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/inbox"


def _login_page(request: Request, next_url: str, status: int = 200, **extra: object) -> Response:
    token = login_csrf_token(request)
    request.state.login_csrf = token
    response = render(request, "login.html", {"next": next_url, **extra}, status_code=status)
    set_login_csrf_cookie(response, request, token)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, user: OptionalUser, next: str | None = None) -> Response:
    if user is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, _safe_next(next))


@router.post("/login", dependencies=[CsrfChecked])
def login(
    request: Request,
    db: DbSession,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=256)],
    next: Annotated[str, Form()] = "/inbox",
) -> Response:
    limiter = request.app.state.login_limiter
    if not limiter.allow(client_ip(request)):
        raise RateLimited()
    user = authenticate(db, username, password)
    if user is None:
        error = "Gebruikersnaam of wachtwoord klopt niet."
        return _login_page(request, _safe_next(next), 401, error=error, username=username)
    now = utcnow()
    user.last_login_at = now
    end_session(db, request.cookies.get(SESSION_COOKIE))  # never reuse a session across logins
    token = start_session(db, user.id, now)
    audit(db, user.username, "login", "user", user.id)
    db.commit()
    response = RedirectResponse(_safe_next(next), status_code=303)
    set_session_cookie(response, request, token)
    return response


@router.post("/logout", dependencies=[CsrfChecked])
def logout(request: Request, db: DbSession, user: OptionalUser) -> Response:
    end_session(db, request.cookies.get(SESSION_COOKIE))
    if user is not None:
        audit(db, user.username, "logout", "user", user.id)
    db.commit()
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(response)
    return response
