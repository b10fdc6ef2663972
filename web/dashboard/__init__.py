"""The signals dashboard at /dashboard (coordinators: their wijken; admins: everything).

    app.include_router(web.dashboard.router)

Pages: `/dashboard` (figures, inline SVG charts, tables), `/dashboard/<table>.csv` (every table
as CSV), and the review queue of messages the assistant did not understand, whose items become
FAQ question variants or training examples (web/dashboard/review.py).
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from web.admin.common import shown, take_notice
from web.dashboard import review
from web.dashboard.csvexport import csv_response
from web.dashboard.queries import Scope, review_queue
from web.dashboard.report import build_report, review_table
from web.deps import ContainerDep, DbSession, utcnow
from web.security import CoordinatorUser
from web.templating import render

router = APIRouter(prefix="/dashboard", tags=["dashboard"], include_in_schema=False)
WEEK_CHOICES = (4, 8, 13, 26, 52)


def _weeks(value: int) -> int:
    return value if value in WEEK_CHOICES else 8


def _floor(container: object) -> float:
    return float(getattr(getattr(container, "settings", None), "theme_confidence_floor", 0.55))


@router.get("", response_class=HTMLResponse)
def dashboard(
    request: Request,
    user: CoordinatorUser,
    db: DbSession,
    container: ContainerDep,
    weken: int = 8,
    wijk: str = "",
) -> Response:
    scope = Scope.of(user).narrowed(wijk)
    notice = take_notice(request)
    wijk_names = {w.code: w.name for w in container.config.wijken}
    choices = {c: n for c, n in wijk_names.items() if user.is_admin or c in user.wijken}
    report = build_report(db, container, scope, _weeks(weken), utcnow())
    queue = review_queue(db, scope, _floor(container))
    faq = {}
    if user.is_admin:
        faq = {e.slug: e.slug for e in container.config.faq if e.active}
    context = {
        "nav_active": "dashboard",
        "report": report,
        "queue": queue,
        "weeks": report.weeks,
        "week_choices": WEEK_CHOICES,
        "scope": scope,
        "faq_options": faq,
        "theme_names": {t.slug: t.name_nl for t in container.config.themes if t.active},
        "wijk_names": wijk_names,
        "wijk_choices": choices,
        "wijk": wijk if wijk in choices else "",
        "query": urlencode({"weken": report.weeks, "wijk": wijk if wijk in choices else ""}),
        "saved": notice,
    }
    return shown(render(request, "dashboard/index.html", context), notice)


@router.get("/{table}.csv")
def download(
    table: str,
    user: CoordinatorUser,
    db: DbSession,
    container: ContainerDep,
    weken: int = 8,
    wijk: str = "",
) -> Response:
    scope = Scope.of(user).narrowed(wijk)
    if table == "niet-begrepen":
        themes = {t.slug: t.name_nl for t in container.config.themes}
        chosen = review_table(
            review_queue(db, scope, _floor(container), limit=None),
            themes,
            container.config.timezone,
        )
    else:
        report = build_report(db, container, scope, _weeks(weken), utcnow())
        if table not in report.tables:
            raise HTTPException(404, "Deze tabel bestaat niet.")
        chosen = report.tables[table]
    return csv_response(f"{table}-{utcnow():%Y%m%d}", chosen.header, chosen.rows)


router.include_router(review.router)

__all__ = ["router"]
