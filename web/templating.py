"""One Jinja2 environment for every page (autoescape on), and `render` that adds the shared context.

    from web.templating import render
    return render(request, "admin/faq.html", {"entries": entries}, status_code=200)

Templates extend "base.html" and fill `{% block title %}`, `{% block content %}` and optionally
`{% block scripts %}` (only `<script src=...>` from /static: the CSP forbids inline scripts).
Every template sees: `user` (CurrentUser or None), `csrf_token`, `csrf_field()`, `municipality`,
`static(path)`, `nav_active` (set it in your context to highlight a menu item), `format_dt(dt)`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["static"] = lambda path: f"/static/{path}"
    return env


templates = Jinja2Templates(env=_environment())


def format_dt(moment: datetime | None, tz: str = "Europe/Amsterdam") -> str:
    if moment is None:
        return "—"
    return moment.astimezone(ZoneInfo(tz)).strftime("%d-%m-%Y %H:%M")


def _csrf_token(request: Request) -> str:
    user = getattr(request.state, "user", None)
    if user is not None:
        return str(user.csrf_token)
    return str(getattr(request.state, "login_csrf", ""))


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    container = request.app.state.container
    config = getattr(container, "config", None)
    token = _csrf_token(request)
    tz = getattr(config, "timezone", "Europe/Amsterdam")
    base = {
        "user": getattr(request.state, "user", None),
        "csrf_token": token,
        "csrf_field": lambda: Markup(
            f'<input type="hidden" name="csrf_token" value="{escape(token)}">'
        ),
        "municipality": config,
        "format_dt": lambda moment: format_dt(moment, tz),
        "nav_active": "",
    }
    base.update(context or {})
    return templates.TemplateResponse(request, name, base, status_code=status_code)
