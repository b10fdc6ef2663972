"""Themes: add, rename, retire and restore."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select

from web.admin.common import apply_changes, done, models, page
from web.admin.forms import Checked, check_theme
from web.deps import DbSession
from web.security import AdminUser, CsrfChecked, audit

router = APIRouter(prefix="/admin/themas")

Text = Annotated[str, Form()]


def _page(
    request: Request, db: DbSession, checked: Checked | None = None, status: int = 200
) -> Response:
    m = models()
    themes = list(db.scalars(select(m.ThemeRow).order_by(m.ThemeRow.position, m.ThemeRow.slug)))
    counts: dict[str, int] = dict(
        db.execute(select(m.CaseRow.theme, func.count()).group_by(m.CaseRow.theme)).tuples().all()
    )
    return page(
        request,
        "themes.html",
        {
            "themes": themes,
            "counts": counts,
            "values": checked.values if checked else {},
            "errors": checked.errors if checked else {},
        },
        status_code=status,
    )


@router.get("", response_class=HTMLResponse)
def themes_page(request: Request, user: AdminUser, db: DbSession) -> Response:
    return _page(request, db)


@router.post("", dependencies=[CsrfChecked])
def theme_add(
    request: Request,
    user: AdminUser,
    db: DbSession,
    slug: Text = "",
    name_nl: Text = "",
    name_en: Text = "",
) -> Response:
    m = models()
    checked = check_theme(slug, name_nl, name_en, set(db.scalars(select(m.ThemeRow.slug))))
    if not checked.ok:
        return _page(request, db, checked, 400)
    position = (db.scalar(select(func.max(m.ThemeRow.position))) or 0) + 1
    db.add(m.ThemeRow(active=True, position=position, **checked.values))
    audit(db, user.actor, "theme.create", "theme", checked.values["slug"], checked.values)
    db.commit()
    apply_changes(request)
    return done("/admin/themas", "Thema toegevoegd")


@router.post("/{slug}", dependencies=[CsrfChecked])
def theme_rename(
    request: Request,
    slug: str,
    user: AdminUser,
    db: DbSession,
    name_nl: Text = "",
    name_en: Text = "",
) -> Response:
    theme = db.get(models().ThemeRow, slug)
    if theme is None:
        raise HTTPException(404, "Dit thema bestaat niet.")
    checked = check_theme(slug, name_nl, name_en)
    if not checked.ok:
        return _page(request, db, checked, 400)
    before = {"name_nl": theme.name_nl, "name_en": theme.name_en}
    theme.name_nl, theme.name_en = checked.values["name_nl"], checked.values["name_en"]
    audit(
        db,
        user.actor,
        "theme.rename",
        "theme",
        slug,
        {"was": before, "wordt": {"name_nl": theme.name_nl, "name_en": theme.name_en}},
    )
    db.commit()
    apply_changes(request)
    return done("/admin/themas", "Naam aangepast")


@router.post("/{slug}/actief", dependencies=[CsrfChecked])
def theme_toggle(
    request: Request, slug: str, user: AdminUser, db: DbSession, active: Text = ""
) -> Response:
    theme = db.get(models().ThemeRow, slug)
    if theme is None:
        raise HTTPException(404, "Dit thema bestaat niet.")
    theme.active = active == "ja"
    audit(db, user.actor, "theme.restore" if theme.active else "theme.retire", "theme", slug, None)
    db.commit()
    apply_changes(request)
    return done("/admin/themas", "Thema teruggezet" if theme.active else "Thema ingetrokken")
