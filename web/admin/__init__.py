"""The admin pages at /admin (role admin): FAQ, themes, coordinators, routing rules, office
hours, users and the audit log. Every change is CSRF-checked, audited and applied to the running
assistant at once (web.admin.common.apply_changes).

    app.include_router(web.admin.router)
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select

from web.admin import coordinators, faq, hours, rules, themes, users
from web.admin.common import models, page
from web.deps import DbSession
from web.security import AdminUser

router = APIRouter(tags=["admin"], include_in_schema=False)  # HTML pages, not an API


@router.get("/admin", response_class=HTMLResponse)
def admin_home(request: Request, user: AdminUser, db: DbSession) -> Response:
    m = models()

    def count(row: Any, *where: Any) -> int:
        return int(db.scalar(select(func.count()).select_from(row).where(*where)) or 0)

    counts = {
        "faq": count(m.FaqEntryRow, m.FaqEntryRow.active.is_(True)),
        "themes": count(m.ThemeRow, m.ThemeRow.active.is_(True)),
        "coordinators": count(m.CoordinatorRow),
        "rules": count(m.RoutingRuleRow),
        "hours": count(m.OpeningHoursRow),
        "users": count(m.UserRow, m.UserRow.active.is_(True)),
    }
    recent = list(
        db.scalars(
            select(m.AuditLogRow)
            .order_by(m.AuditLogRow.at.desc(), m.AuditLogRow.id.desc())
            .limit(8)
        )
    )
    return page(request, "index.html", {"counts": counts, "recent": recent})


for _module in (faq, themes, coordinators, rules, hours, users):
    router.include_router(_module.router)

__all__ = ["router"]
