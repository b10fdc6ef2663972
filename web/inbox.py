"""The coordinator inbox at /inbox: lists, one case's page and the actions on it.

A coordinator sees only cases of their wijken (or assigned to them); an admin sees everything.
Every POST carries the session's CSRF token; every change is audited (web/casework.py).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from storage.models import CaseRow
from web import caseviews, casework
from web.caseviews import AGES, STATUS_NAMES, TABS, Filters
from web.deps import ContainerDep, DbSession, utcnow
from web.security import CoordinatorUser, CsrfChecked, CurrentUser
from web.templating import render
from web.wijkmap import wijk_geometry, wijk_svg

router = APIRouter(prefix="/inbox", tags=["inbox"], include_in_schema=False)

TextField = Annotated[str, Form(max_length=4000)]


def _theme_names(container: Any) -> dict[str, str]:
    return {t.slug: t.name_nl for t in container.config.themes}


def _wijk_names(container: Any) -> dict[str, str]:
    return {w.code: w.name for w in container.config.wijken}


def _visible_wijken(container: Any, user: CurrentUser) -> dict[str, str]:
    names = _wijk_names(container)
    return names if user.is_admin else {c: n for c, n in names.items() if c in user.wijken}


@router.get("", response_class=HTMLResponse)
def inbox(
    request: Request,
    user: CoordinatorUser,
    db: DbSession,
    container: ContainerDep,
    tab: Annotated[str | None, Query(pattern="^(mine|unassigned|all)$")] = None,
    theme: str = "",
    wijk: str = "",
    status: str = "",
    age: str = "",
) -> Response:
    tab = tab or ("mine" if user.coordinator_id else "all")
    filters = Filters(tab=tab, theme=theme, wijk=wijk, status=status, age=age)
    now = utcnow()
    cases = caseviews.list_cases(db, user, filters, now)
    waiting = {row.id: _waiting(container, row) for row in cases if row.status == "waiting"}
    context = {
        "nav_active": "inbox",
        "cases": cases,
        "filters": filters,
        "tabs": TABS,
        "ages": AGES,
        "statuses": STATUS_NAMES,
        "themes": _theme_names(container),
        "wijken": _visible_wijken(container, user),
        "all_wijken": _wijk_names(container),
        "latest_id": caseviews.latest_case_id(db, user),
        "waiting": waiting,
        "now": now,
    }
    return render(request, "inbox/index.html", context)


@router.get("/new.json")
def new_cases(
    user: CoordinatorUser,
    db: DbSession,
    container: ContainerDep,
    after: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Cases newer than `after` (a case id) the user may see: the page announces them."""
    rows = caseviews.new_cases_after(db, user, after)
    themes, wijken = _theme_names(container), _wijk_names(container)
    return {
        "after": rows[-1].id if rows else after,
        "cases": [
            {
                "id": r.id,
                "reference": r.reference,
                "theme": themes.get(r.theme, r.theme),
                "wijk": wijken.get(r.wijk or "", r.wijk or ""),
                "urgent": r.urgent,
                "url": f"/inbox/cases/{r.id}",
            }
            for r in rows
        ],
    }


def _visible_case(db: DbSession, user: CurrentUser, case_id: int) -> CaseRow:
    row = db.get(CaseRow, case_id)
    if row is None or not caseviews.can_see(user, row):
        raise HTTPException(404, "Deze melding bestaat niet of u heeft er geen toegang toe.")
    return row


def _map(db: DbSession, container: Any, row: CaseRow) -> Any:
    if not row.wijk:
        return None
    geometry = wijk_geometry(db, container.settings.municipality_dir, row.wijk)
    if geometry is None:
        return None
    name = _wijk_names(container).get(row.wijk, row.wijk)
    point = (row.lon, row.lat) if row.lat is not None and row.lon is not None else None
    return wijk_svg(geometry, name, point)


def _waiting(container: Any, row: CaseRow) -> str | None:
    if row.handed_off_at is None:
        return None
    end = row.claimed_at or row.closed_at or utcnow()
    span = caseviews.office_time_between(container.config, row.handed_off_at, end)
    return caseviews.describe_duration(span)


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(
    request: Request,
    case_id: int,
    user: CoordinatorUser,
    db: DbSession,
    container: ContainerDep,
    error: str = "",
    done: str = "",
) -> Response:
    row = _visible_case(db, user, case_id)
    config = container.config
    context = {
        "nav_active": "inbox",
        "case": row,
        "messages": caseviews.transcript(db, row),
        "shown_text": caseviews.shown_text,
        "events": caseviews.events(db, row.id),
        "canned": caseviews.canned_replies(db),
        "themes": _theme_names(container),
        "wijken": _wijk_names(container),
        "statuses": STATUS_NAMES,
        "coordinators": [c for c in config.coordinators if c.id != row.coordinator_id],
        "coordinator": config.coordinator(row.coordinator_id) if row.coordinator_id else None,
        "partners": config.partners,
        "map_svg": _map(db, container, row),
        "waiting": _waiting(container, row),
        "error": error[:300],
        "done": done[:100],
    }
    return render(request, "inbox/case.html", context)


# --- actions ---------------------------------------------------------------------------------


def _require_visible(case_id: int, user: CoordinatorUser, db: DbSession) -> None:
    _visible_case(db, user, case_id)


ACTION_GUARDS = [CsrfChecked, Depends(_require_visible)]


def _after(case_id: int, done: str = "", error: str = "") -> RedirectResponse:
    from urllib.parse import urlencode

    query = urlencode({k: v for k, v in (("done", done), ("error", error)) if v})
    target = f"/inbox/cases/{case_id}" + (f"?{query}" if query else "")
    return RedirectResponse(target, status_code=303)


def _run(case_id: int, done: str, action: Any, *args: Any) -> RedirectResponse:
    try:
        action(*args)
    except casework.CaseActionError as exc:
        return _after(case_id, error=str(exc))
    return _after(case_id, done=done)


@router.post("/cases/{case_id}/claim", dependencies=ACTION_GUARDS)
def claim(case_id: int, user: CoordinatorUser, container: ContainerDep) -> Response:
    return _run(case_id, "Opgepakt", casework.claim, container, user, case_id, utcnow())


@router.post("/cases/{case_id}/reply", dependencies=ACTION_GUARDS)
def reply(
    case_id: int,
    user: CoordinatorUser,
    container: ContainerDep,
    db: DbSession,
    text: TextField = "",
    canned: Annotated[str, Form()] = "",
    ask_more: Annotated[str, Form()] = "",
) -> Response:
    body = text.strip() or caseviews.canned_text(db, canned)
    done = "Vraag gestuurd" if ask_more else "Bericht gestuurd"
    return _run(
        case_id, done, casework.reply, container, user, case_id, body, utcnow(), bool(ask_more)
    )


@router.post("/cases/{case_id}/theme", dependencies=ACTION_GUARDS)
def change_theme(
    case_id: int, user: CoordinatorUser, container: ContainerDep, theme: Annotated[str, Form()]
) -> Response:
    return _run(
        case_id, "Thema aangepast", casework.change_theme, container, user, case_id, theme, utcnow()
    )


@router.post("/cases/{case_id}/reassign", dependencies=ACTION_GUARDS)
def reassign(
    case_id: int,
    user: CoordinatorUser,
    container: ContainerDep,
    coordinator: Annotated[str, Form()],
) -> Response:
    return _run(
        case_id, "Overgedragen", casework.reassign, container, user, case_id, coordinator, utcnow()
    )


@router.post("/cases/{case_id}/hand-back", dependencies=ACTION_GUARDS)
def hand_back(case_id: int, user: CoordinatorUser, container: ContainerDep) -> Response:
    return _run(
        case_id,
        "Teruggegeven aan de assistent",
        casework.hand_back,
        container,
        user,
        case_id,
        utcnow(),
    )


@router.post("/cases/{case_id}/refer", dependencies=ACTION_GUARDS)
def refer(
    case_id: int, user: CoordinatorUser, container: ContainerDep, partner: Annotated[str, Form()]
) -> Response:
    return _run(
        case_id, "Doorverwezen", casework.refer, container, user, case_id, partner, utcnow()
    )


@router.post("/cases/{case_id}/resolve", dependencies=ACTION_GUARDS)
def resolve(
    case_id: int,
    user: CoordinatorUser,
    container: ContainerDep,
    outcome: TextField,
    tell_resident: Annotated[str, Form()] = "",
) -> Response:
    return _run(
        case_id,
        "Afgehandeld",
        casework.resolve,
        container,
        user,
        case_id,
        outcome,
        bool(tell_resident),
        utcnow(),
    )
