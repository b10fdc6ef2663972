"""Staff accounts and roles: create, change role, deactivate, reset password; and the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from web.admin.common import coordinator_names, done, models, page
from web.admin.forms import Checked, check_user
from web.dashboard.csvexport import csv_response
from web.deps import DbSession, utcnow
from web.security import AdminUser, CsrfChecked, audit, end_sessions_of, hash_password, new_password

router = APIRouter(prefix="/admin")

Text = Annotated[str, Form()]
ROLE_NAMES = {"admin": "beheerder", "coordinator": "wijkregisseur"}


def _page(
    request: Request,
    db: Session,
    checked: Checked | None = None,
    status: int = 200,
    new_password_for: tuple[str, str] | None = None,
) -> Response:
    m = models()
    users = list(
        db.scalars(select(m.UserRow).order_by(m.UserRow.active.desc(), m.UserRow.username))
    )
    values = dict(checked.values) if checked else {}
    values.pop("password", None)  # never echo a password back into the page
    context = {
        "users": users,
        "coordinator_names": coordinator_names(db),
        "role_names": ROLE_NAMES,
        "values": values,
        "errors": checked.errors if checked else {},
        "new_password_for": new_password_for,
    }
    return page(request, "users.html", context, status_code=status)


@router.get("/gebruikers", response_class=HTMLResponse)
def users_page(request: Request, user: AdminUser, db: DbSession) -> Response:
    return _page(request, db)


@router.post("/gebruikers", dependencies=[CsrfChecked])
def user_add(
    request: Request,
    user: AdminUser,
    db: DbSession,
    username: Text = "",
    role: Text = "",
    coordinator_id: Text = "",
    password: Text = "",
    password_repeat: Text = "",
) -> Response:
    m = models()
    form = {
        "username": username,
        "role": role,
        "coordinator_id": coordinator_id,
        "password": password,
        "password_repeat": password_repeat,
    }
    taken = set(db.scalars(select(m.UserRow.username)))
    checked = check_user(form, coordinator_names(db), taken)
    if not checked.ok:
        return _page(request, db, checked, 400)
    v = checked.values
    row = m.UserRow(
        username=v["username"],
        password_hash=hash_password(str(v["password"])),
        role=v["role"],
        coordinator_id=v["coordinator_id"],
        active=True,
        created_at=utcnow(),
    )
    db.add(row)
    db.flush()
    audit(
        db,
        user.actor,
        "user.create",
        "user",
        v["username"],
        {"rol": v["role"], "wijkregisseur": v["coordinator_id"]},
    )
    db.commit()
    return done("/admin/gebruikers", f"Gebruiker {v['username']} aangemaakt")


def _get(db: Session, user_id: int) -> Any:
    row = db.get(models().UserRow, user_id)
    if row is None:
        raise HTTPException(404, "Deze gebruiker bestaat niet.")
    return row


@router.post("/gebruikers/{user_id}/rol", dependencies=[CsrfChecked])
def user_role(
    request: Request,
    user_id: int,
    user: AdminUser,
    db: DbSession,
    role: Text = "",
    coordinator_id: Text = "",
) -> Response:
    row = _get(db, user_id)
    if role not in ROLE_NAMES or (coordinator_id and coordinator_id not in coordinator_names(db)):
        return done("/admin/gebruikers", "Kies een bestaande rol en wijkregisseur")
    if role == "coordinator" and not coordinator_id:
        return done(
            "/admin/gebruikers", "Kies bij de rol wijkregisseur ook welke wijkregisseur het is"
        )
    if row.id == user.id and role != "admin":
        return done("/admin/gebruikers", "U kunt uw eigen beheerdersrol niet weghalen")
    before = {"rol": row.role, "wijkregisseur": row.coordinator_id}
    row.role, row.coordinator_id = role, coordinator_id or None
    end_sessions_of(db, row.id)  # the new role applies from the next login
    audit(
        db,
        user.actor,
        "user.role",
        "user",
        row.username,
        {"was": before, "wordt": {"rol": role, "wijkregisseur": row.coordinator_id}},
    )
    db.commit()
    return done("/admin/gebruikers", f"Rol van {row.username} aangepast")


@router.post("/gebruikers/{user_id}/actief", dependencies=[CsrfChecked])
def user_active(
    request: Request, user_id: int, user: AdminUser, db: DbSession, active: Text = ""
) -> Response:
    row = _get(db, user_id)
    if row.id == user.id:
        return done("/admin/gebruikers", "U kunt uw eigen account niet uitschakelen")
    row.active = active == "ja"
    if not row.active:
        end_sessions_of(db, row.id)
    audit(
        db,
        user.actor,
        "user.activate" if row.active else "user.deactivate",
        "user",
        row.username,
        None,
    )
    db.commit()
    return done(
        "/admin/gebruikers", f"{row.username} is {'weer actief' if row.active else 'uitgeschakeld'}"
    )


@router.post("/gebruikers/{user_id}/wachtwoord", dependencies=[CsrfChecked])
def user_reset_password(request: Request, user_id: int, user: AdminUser, db: DbSession) -> Response:
    """Give the user a new random password, shown once on this page; their sessions end."""
    row = _get(db, user_id)
    password = new_password()
    row.password_hash = hash_password(password)
    end_sessions_of(db, row.id)
    audit(db, user.actor, "user.reset_password", "user", row.username, None)
    db.commit()
    response = _page(request, db, new_password_for=(row.username, password))
    response.headers["Cache-Control"] = "no-store"  # the page shows a password
    return response


@router.get("/logboek", response_class=HTMLResponse)
def audit_log(
    request: Request,
    user: AdminUser,
    db: DbSession,
    onderdeel: str = "",
    wie: str = "",
    pagina: int = 1,
) -> Response:
    rows = _audit_rows(db, onderdeel, wie, limit=100, offset=(max(pagina, 1) - 1) * 100)
    m = models()
    entities = sorted(set(db.scalars(select(m.AuditLogRow.entity).distinct())))
    context = {
        "rows": rows,
        "entities": entities,
        "onderdeel": onderdeel,
        "wie": wie,
        "pagina": max(pagina, 1),
    }
    return page(request, "audit.html", context)


def _audit_rows(
    db: Session, entity: str, actor: str, limit: int | None, offset: int = 0
) -> list[Any]:
    m = models()
    query = select(m.AuditLogRow).order_by(m.AuditLogRow.at.desc(), m.AuditLogRow.id.desc())
    if entity:
        query = query.where(m.AuditLogRow.entity == entity)
    if actor:
        query = query.where(m.AuditLogRow.actor == actor)
    return list(db.scalars(query.offset(offset).limit(limit)))


@router.get("/logboek.csv")
def audit_log_csv(user: AdminUser, db: DbSession, onderdeel: str = "", wie: str = "") -> Response:
    rows = _audit_rows(db, onderdeel, wie, limit=None)
    return csv_response(
        "logboek",
        ["tijd (UTC)", "wie", "actie", "onderdeel", "id", "details"],
        ([r.at.isoformat(), r.actor, r.action, r.entity, r.entity_id, r.detail] for r in rows),
    )
