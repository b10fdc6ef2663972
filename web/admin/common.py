"""Shared pieces of the admin pages: rendering, redirects, and applying a change to the running app."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote, unquote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from web.templating import render

log = logging.getLogger(__name__)


def models() -> Any:
    from storage import models as m  # lazily: the web package imports without a database

    return m


NOTICE_COOKIE = "wijkbot_notice"


def page(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    notice = take_notice(request)
    context = {"nav_active": "admin", "saved": notice, **context}
    return shown(render(request, f"admin/{name}", context, status_code=status_code), notice)


def done(path: str, message: str) -> RedirectResponse:
    """Back to a page after a change (Post/Redirect/Get) with a one-time confirmation.

    The message travels in a short-lived cookie set by us (a flash message), not in the URL,
    so nobody can make the admin show a text of their choosing with a crafted link.
    """
    response = RedirectResponse(path, status_code=303)
    response.set_cookie(
        NOTICE_COOKIE, quote(message[:200]), max_age=60, httponly=True, samesite="strict", path="/"
    )
    return response


def take_notice(request: Request) -> str:
    return unquote(request.cookies.get(NOTICE_COOKIE, ""))[:200]


def shown(response: HTMLResponse, notice: str) -> HTMLResponse:
    """Forget a confirmation once a page has shown it."""
    if notice:
        response.delete_cookie(NOTICE_COOKIE, path="/")
    return response


def apply_changes(request: Request) -> None:
    """After a commit: make the running assistant use the new configuration at once.

    `wijkbot.bootstrap.reload_config` re-reads the stored configuration into the container (the
    assistant and the analyzer's FAQ index first, then router, schedule and planner). A failure
    here never undoes the stored change; it is logged and the next restart picks it up.
    """
    from wijkbot.bootstrap import reload_config

    try:
        reload_config(request.app.state.container)
    except Exception:
        log.exception("could not apply the admin change to the running assistant in full")


def theme_names(db: Session, active_only: bool = False) -> dict[str, str]:
    m = models()
    query = select(m.ThemeRow).order_by(m.ThemeRow.position, m.ThemeRow.slug)
    if active_only:
        query = query.where(m.ThemeRow.active.is_(True))
    return {t.slug: t.name_nl for t in db.scalars(query)}


def wijk_names(db: Session) -> dict[str, str]:
    m = models()
    return {
        w.code: w.name
        for w in db.scalars(select(m.WijkRow).order_by(m.WijkRow.position, m.WijkRow.name))
    }


def coordinator_names(db: Session, active_only: bool = False) -> dict[str, str]:
    m = models()
    query = select(m.CoordinatorRow).order_by(m.CoordinatorRow.position, m.CoordinatorRow.name)
    if active_only:
        query = query.where(m.CoordinatorRow.active.is_(True))
    return {c.id: c.name for c in db.scalars(query)}


def team_names(db: Session) -> dict[str, str]:
    m = models()
    return {
        t.id: t.name
        for t in db.scalars(select(m.TeamRow).order_by(m.TeamRow.position, m.TeamRow.name))
    }


def partner_names(db: Session) -> dict[str, str]:
    m = models()
    rows = db.scalars(select(m.PartnerRow).order_by(m.PartnerRow.position, m.PartnerRow.name))
    return {p.id: p.name for p in rows}
