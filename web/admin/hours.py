"""Office hours per weekday, and extra closing or opening days."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from web.admin.common import apply_changes, done, models, page, team_names
from web.admin.forms import WEEKDAYS, Checked, check_opening, check_special_day
from web.deps import DbSession
from web.security import AdminUser, CsrfChecked, audit

router = APIRouter(prefix="/admin/openingstijden")

Text = Annotated[str, Form()]


def _page(
    request: Request,
    db: Session,
    hours: Checked | None = None,
    day: Checked | None = None,
    status: int = 200,
) -> Response:
    m = models()
    periods = list(
        db.scalars(
            select(m.OpeningHoursRow).order_by(
                m.OpeningHoursRow.team, m.OpeningHoursRow.weekday, m.OpeningHoursRow.opens
            )
        )
    )
    days = list(db.scalars(select(m.SpecialDayRow).order_by(m.SpecialDayRow.day)))
    context = {
        "periods": periods,
        "days": days,
        "weekdays": WEEKDAYS,
        "team_names": team_names(db),
        "hours_values": hours.values if hours else {},
        "hours_errors": hours.errors if hours else {},
        "day_values": day.values if day else {},
        "day_errors": day.errors if day else {},
    }
    return page(request, "hours.html", context, status_code=status)


@router.get("", response_class=HTMLResponse)
def hours_page(request: Request, user: AdminUser, db: DbSession) -> Response:
    return _page(request, db)


@router.post("/tijden", dependencies=[CsrfChecked])
def period_add(
    request: Request,
    user: AdminUser,
    db: DbSession,
    weekday: Text = "",
    opens: Text = "",
    closes: Text = "",
    team: Text = "",
) -> Response:
    checked = check_opening(weekday, opens, closes, team_names(db), team)
    if not checked.ok:
        return _page(request, db, hours=checked, status=400)
    row = models().OpeningHoursRow(**checked.values)
    db.add(row)
    db.flush()
    audit(db, user.actor, "hours.create", "opening_hours", row.id, _describe(row))
    db.commit()
    apply_changes(request)
    return done("/admin/openingstijden", "Openingstijd toegevoegd")


def _describe(row: Any) -> dict[str, Any]:
    return {
        "dag": WEEKDAYS[row.weekday],
        "open": row.opens.strftime("%H:%M"),
        "dicht": row.closes.strftime("%H:%M"),
        "team": row.team,
    }


@router.post("/tijden/{period_id}/verwijderen", dependencies=[CsrfChecked])
def period_delete(request: Request, period_id: int, user: AdminUser, db: DbSession) -> Response:
    row = db.get(models().OpeningHoursRow, period_id)
    if row is None:
        raise HTTPException(404, "Deze openingstijd bestaat niet.")
    detail = _describe(row)
    db.delete(row)
    audit(db, user.actor, "hours.delete", "opening_hours", period_id, detail)
    db.commit()
    apply_changes(request)
    return done("/admin/openingstijden", "Openingstijd verwijderd")


@router.post("/dagen", dependencies=[CsrfChecked])
def day_add(
    request: Request,
    user: AdminUser,
    db: DbSession,
    day: Text = "",
    open: Text = "",
    reason: Text = "",
    team: Text = "",
) -> Response:
    checked = check_special_day(day, open, reason, team_names(db), team)
    if not checked.ok:
        return _page(request, db, day=checked, status=400)
    row = models().SpecialDayRow(**checked.values)
    db.add(row)
    db.flush()
    audit(db, user.actor, "special_day.create", "special_day", row.id, checked.values)
    db.commit()
    apply_changes(request)
    return done("/admin/openingstijden", "Dag toegevoegd")


@router.post("/dagen/{day_id}/verwijderen", dependencies=[CsrfChecked])
def day_delete(request: Request, day_id: int, user: AdminUser, db: DbSession) -> Response:
    row = db.get(models().SpecialDayRow, day_id)
    if row is None:
        raise HTTPException(404, "Deze dag bestaat niet.")
    detail = {"day": row.day, "open": row.open, "reason": row.reason}
    db.delete(row)
    audit(db, user.actor, "special_day.delete", "special_day", day_id, detail)
    db.commit()
    apply_changes(request)
    return done("/admin/openingstijden", "Dag verwijderd")
