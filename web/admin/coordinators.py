"""Coordinators (wijkregisseurs): who they are, which wijken they cover, absences and substitutes."""

from __future__ import annotations

from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from web.admin.common import (
    apply_changes,
    coordinator_names,
    done,
    models,
    page,
    team_names,
    wijk_names,
)
from web.admin.forms import Checked, check_absence, check_coordinator
from web.deps import ContainerDep, DbSession
from web.security import AdminUser, CsrfChecked, audit

router = APIRouter(prefix="/admin/wijkregisseurs")

Text = Annotated[str, Form()]
FIELDS = ("name", "role", "email", "telegram_chat_id", "team", "substitute_id")


def _wijken_of(db: Session) -> dict[str, list[str]]:
    m = models()
    result: dict[str, list[str]] = {}
    rows = db.scalars(select(m.CoordinatorWijkRow).order_by(m.CoordinatorWijkRow.position))
    for row in rows:
        result.setdefault(row.coordinator_id, []).append(row.wijk_code)
    return result


def _lists(db: Session) -> dict[str, Any]:
    return {
        "wijk_names": wijk_names(db),
        "coordinator_names": coordinator_names(db),
        "team_names": team_names(db),
    }


@router.get("", response_class=HTMLResponse)
def coordinators_page(request: Request, user: AdminUser, db: DbSession) -> Response:
    return _list_page(request, db)


def _list_page(
    request: Request, db: Session, checked: Checked | None = None, status: int = 200
) -> Response:
    m = models()
    rows = list(
        db.scalars(
            select(m.CoordinatorRow).order_by(m.CoordinatorRow.position, m.CoordinatorRow.name)
        )
    )
    absences = list(db.scalars(select(m.AbsenceRow).order_by(m.AbsenceRow.starts_at)))
    context = {
        "coordinators": rows,
        "wijken_of": _wijken_of(db),
        "absences": absences,
        "values": checked.values if checked else {},
        "errors": checked.errors if checked else {},
        **_lists(db),
    }
    return page(request, "coordinators.html", context, status_code=status)


class CoordinatorForm(BaseModel):
    """The coordinator form's fields, as sent (`check_coordinator` reads them); other fields
    are ignored."""

    name: str = ""
    role: str = ""
    email: str = ""
    telegram_chat_id: str = ""
    team: str = ""
    substitute_id: str = ""
    wijken: list[str] = []  # CBS wijk codes, in the order ticked


class NewCoordinatorForm(CoordinatorForm):
    id: str = ""


def _form_dict(form: CoordinatorForm, coordinator_id: str | None = None) -> dict[str, str]:
    """What `check_coordinator` reads: the fields, the id, the wijken joined by commas."""
    values = form.model_dump()
    if coordinator_id is not None:
        values["id"] = coordinator_id
    return {**values, "wijken": ",".join(form.wijken)}


@router.post("", dependencies=[CsrfChecked])
def coordinator_add(
    request: Request,
    user: AdminUser,
    db: DbSession,
    form: Annotated[NewCoordinatorForm, Form()],
) -> Response:
    m = models()
    names = coordinator_names(db)
    checked = check_coordinator(
        _form_dict(form), wijk_names(db), names, team_names(db), taken=names
    )
    if not checked.ok:
        return _list_page(request, db, checked, 400)
    values = checked.values
    position = (db.scalar(select(func.max(m.CoordinatorRow.position))) or 0) + 1
    db.add(
        m.CoordinatorRow(
            id=values["id"], active=True, position=position, **{k: values[k] for k in FIELDS}
        )
    )
    db.flush()
    _set_wijken(db, str(values["id"]), list(values["wijken"]))  # type: ignore[call-overload]
    audit(db, user.actor, "coordinator.create", "coordinator", values["id"], values)
    db.commit()
    apply_changes(request)
    return done(f"/admin/wijkregisseurs/{values['id']}", "Wijkregisseur toegevoegd")


def _set_wijken(db: Session, coordinator_id: str, codes: list[str]) -> None:
    m = models()
    db.execute(
        delete(m.CoordinatorWijkRow).where(m.CoordinatorWijkRow.coordinator_id == coordinator_id)
    )
    for position, code in enumerate(codes):
        db.add(
            m.CoordinatorWijkRow(coordinator_id=coordinator_id, wijk_code=code, position=position)
        )


def _get(db: Session, coordinator_id: str) -> Any:
    row = db.get(models().CoordinatorRow, coordinator_id)
    if row is None:
        raise HTTPException(404, "Deze wijkregisseur bestaat niet.")
    return row


def _detail(
    request: Request,
    db: Session,
    row: Any,
    checked: Checked | None = None,
    absence: Checked | None = None,
    status: int = 200,
) -> Response:
    m = models()
    absences = list(
        db.scalars(
            select(m.AbsenceRow)
            .where(m.AbsenceRow.coordinator_id == row.id)
            .order_by(m.AbsenceRow.starts_at)
        )
    )
    values = (
        checked.values
        if checked
        else {f: getattr(row, f) for f in FIELDS} | {"wijken": _wijken_of(db).get(row.id, [])}
    )
    context = {
        "row": row,
        "values": values,
        "errors": checked.errors if checked else {},
        "absences": absences,
        "absence_values": absence.values if absence else {},
        "absence_errors": absence.errors if absence else {},
        **_lists(db),
    }
    return page(request, "coordinator_edit.html", context, status_code=status)


@router.get("/{coordinator_id}", response_class=HTMLResponse)
def coordinator_edit(
    request: Request, coordinator_id: str, user: AdminUser, db: DbSession
) -> Response:
    return _detail(request, db, _get(db, coordinator_id))


@router.post("/{coordinator_id}", dependencies=[CsrfChecked])
def coordinator_save(
    request: Request,
    coordinator_id: str,
    user: AdminUser,
    db: DbSession,
    form: Annotated[CoordinatorForm, Form()],
) -> Response:
    row = _get(db, coordinator_id)
    checked = check_coordinator(
        _form_dict(form, coordinator_id), wijk_names(db), coordinator_names(db), team_names(db)
    )
    if not checked.ok:
        return _detail(request, db, row, checked, status=400)
    before = {f: getattr(row, f) for f in FIELDS} | {"wijken": _wijken_of(db).get(row.id, [])}
    for f in FIELDS:
        setattr(row, f, checked.values[f])
    _set_wijken(db, coordinator_id, list(checked.values["wijken"]))  # type: ignore[call-overload]
    after = {f: checked.values[f] for f in (*FIELDS, "wijken")}
    audit(
        db,
        user.actor,
        "coordinator.update",
        "coordinator",
        coordinator_id,
        {k: {"was": before[k], "wordt": after[k]} for k in after if before[k] != after[k]},
    )
    db.commit()
    apply_changes(request)
    return done(f"/admin/wijkregisseurs/{coordinator_id}", "Opgeslagen")


@router.post("/{coordinator_id}/afwezig", dependencies=[CsrfChecked])
def absence_add(
    request: Request,
    coordinator_id: str,
    user: AdminUser,
    db: DbSession,
    container: ContainerDep,
    starts_at: Text = "",
    ends_at: Text = "",
    substitute_id: Text = "",
) -> Response:
    row = _get(db, coordinator_id)
    tz = ZoneInfo(getattr(container.config, "timezone", "Europe/Amsterdam"))
    checked = check_absence(
        coordinator_id, starts_at, ends_at, substitute_id, coordinator_names(db), tz
    )
    if not checked.ok:
        return _detail(request, db, row, absence=checked, status=400)
    absence = models().AbsenceRow(coordinator_id=coordinator_id, **checked.values)
    db.add(absence)
    db.flush()
    audit(
        db,
        user.actor,
        "absence.create",
        "coordinator",
        coordinator_id,
        {
            "afwezig_van": checked.values["starts_at"],
            "tot": checked.values["ends_at"],
            "vervanger": checked.values["substitute_id"],
        },
    )
    db.commit()
    apply_changes(request)
    return done(f"/admin/wijkregisseurs/{coordinator_id}", "Afwezigheid toegevoegd")


@router.post("/{coordinator_id}/afwezig/{absence_id}/verwijderen", dependencies=[CsrfChecked])
def absence_delete(
    request: Request, coordinator_id: str, absence_id: int, user: AdminUser, db: DbSession
) -> Response:
    absence = db.get(models().AbsenceRow, absence_id)
    if absence is None or absence.coordinator_id != coordinator_id:
        raise HTTPException(404, "Deze afwezigheid bestaat niet.")
    detail = {"afwezig_van": absence.starts_at, "tot": absence.ends_at}
    db.delete(absence)
    audit(db, user.actor, "absence.delete", "coordinator", coordinator_id, detail)
    db.commit()
    apply_changes(request)
    return done(f"/admin/wijkregisseurs/{coordinator_id}", "Afwezigheid verwijderd")


@router.post("/{coordinator_id}/actief", dependencies=[CsrfChecked])
def coordinator_active(
    request: Request, coordinator_id: str, user: AdminUser, db: DbSession, active: Text = ""
) -> Response:
    """Take someone out of service (or back); refused while routing rules still send to them."""
    row = _get(db, coordinator_id)
    if active != "ja":
        m = models()
        rules = db.scalars(
            select(m.RoutingRuleRow.position)
            .where(m.RoutingRuleRow.target_kind == "coordinator")
            .where(m.RoutingRuleRow.target_id == coordinator_id)
            .order_by(m.RoutingRuleRow.position)
        ).all()
        if rules:
            numbers = ", ".join(str(n) for n in rules)
            return done(
                f"/admin/wijkregisseurs/{coordinator_id}",
                f"Nog niet uit dienst: pas eerst regel {numbers} aan (Doorstuurregels).",
            )
    row.active = active == "ja"
    action = "coordinator.activate" if row.active else "coordinator.deactivate"
    audit(db, user.actor, action, "coordinator", coordinator_id, None)
    db.commit()
    apply_changes(request)
    message = "Weer in dienst" if row.active else "Uit dienst: krijgt geen nieuwe meldingen meer"
    return done(f"/admin/wijkregisseurs/{coordinator_id}", message)
