"""The FastAPI application: resident chat, coordinator inbox, admin, dashboard, Telegram webhook.

`create_app(container)` wires routers, static files, security headers and error pages. With no
container it builds one from the settings (`wijkbot.bootstrap.build_container`). The lifespan runs
the outbox dispatcher and, when a Telegram token is configured, the Telegram webhook application.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from web import auth, chat, docs, inbox
from web.background import run_background_tasks
from web.headers import BodyLimitMiddleware, SecurityHeadersMiddleware
from web.ratelimit import RateLimited, TokenBucket
from web.security import Forbidden, LoginRequired
from web.templating import STATIC_DIR, render

log = logging.getLogger(__name__)

CHAT_BODY_LIMIT = 16 * 1024  # bytes of one chat API request


def _optional_module(name: str) -> Any | None:
    """Import a module another package provides; a missing or broken one must not stop the app.

    Its own tests catch a broken module; here it is logged and left out.
    """
    try:
        return importlib.import_module(name)
    except ImportError:
        log.warning("optional module %s not available", name, exc_info=True)
        return None


def _telegram_router(container: Any) -> Any | None:
    webhook = _optional_module("bot.webhook")
    if webhook is None or not getattr(container.settings, "telegram_token", None):
        return None
    return webhook


def _telegram_lifespan(container: Any) -> Any | None:
    """The Telegram bot for the app's lifetime: the webhook when its URL is set, else (development)
    long polling from this process; none without a token."""
    settings = container.settings
    if not getattr(settings, "telegram_token", None):
        return None
    if getattr(settings, "telegram_webhook_url", None):
        webhook = _optional_module("bot.webhook")
        return webhook.lifespan(container) if webhook is not None else None
    return _polling_bot(container)


@asynccontextmanager
async def _polling_bot(container: Any) -> AsyncIterator[None]:
    from bot.app import build_application
    from bot.polling import polling

    running = polling(build_application(container), container)
    try:
        await running.__aenter__()
    except Exception:  # Telegram unreachable: the web app still serves residents and staff
        log.exception("Telegram bot could not start; serving without it")
        yield
        return
    try:
        yield
    finally:
        await running.__aexit__(None, None, None)


def _lifespan(container: Any, background: bool) -> Any:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            telegram = _telegram_lifespan(container)
            if telegram is not None:
                await stack.enter_async_context(telegram)
            if background:
                await stack.enter_async_context(run_background_tasks(container))
            yield

    return lifespan


def _include_routers(app: FastAPI, container: Any) -> None:
    app.include_router(auth.router)
    app.include_router(chat.router)
    app.include_router(chat.api)
    app.include_router(inbox.router)
    app.include_router(docs.router)
    for name in ("web.admin", "web.dashboard"):
        module = _optional_module(name)
        if module is not None and hasattr(module, "router"):
            app.include_router(module.router)
    webhook = _telegram_router(container)
    if webhook is not None and hasattr(webhook, "router"):
        app.include_router(webhook.router(container))


def _wants_html(request: Request) -> bool:
    path, accept = request.url.path, request.headers.get("accept", "")
    return not (path.startswith("/api/") or path.endswith(".json") or "application/json" in accept)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_html(request) and request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
        return JSONResponse({"error": "login required"}, status_code=401)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        message = (
            "Het formulier is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens."
            if exc.reason == "csrf"
            else "U heeft geen toegang tot deze pagina."
        )
        if not _wants_html(request):
            return JSONResponse({"error": message}, status_code=403)
        context = {"title": "Geen toegang", "message": message}
        return render(request, "error.html", context, status_code=403)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not _wants_html(request) or exc.status_code < 400:
            return await http_exception_handler(request, exc)
        titles = {404: "Niet gevonden", 405: "Niet toegestaan"}
        message = exc.detail if isinstance(exc.detail, str) else ""
        if exc.status_code == 404 and message in ("", "Not Found"):
            message = "Deze pagina bestaat niet (meer)."
        context = {"title": titles.get(exc.status_code, "Er ging iets mis"), "message": message}
        return render(request, "error.html", context, status_code=exc.status_code)

    @app.exception_handler(RateLimited)
    async def rate_limited(request: Request, exc: RateLimited) -> Response:
        return JSONResponse(
            {"error": "Te veel berichten in korte tijd. Wacht even en probeer het opnieuw."},
            status_code=429,
            headers={"Retry-After": str(exc.retry_after)},
        )


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")


def create_app(container: Any | None = None, *, background: bool | None = None) -> FastAPI:
    """The web application. `background=None` follows `settings.web_background_tasks`."""
    if container is None:
        from wijkbot.bootstrap import build_container

        container = build_container()
    settings = container.settings
    if background is None:
        background = bool(getattr(settings, "web_background_tasks", True))
    app = FastAPI(
        title="Wijkbot",
        summary="Intake assistant: resident web chat API, coordinator inbox, admin.",
        version="0.1.0",
        docs_url=None,  # served by web/docs.py without any CDN
        redoc_url=None,
        lifespan=_lifespan(container, background),
    )
    app.state.container = container
    app.state.session_limiter = TokenBucket(capacity=20, per_second=0.5)
    app.state.client_limiter = TokenBucket(capacity=60, per_second=2.0)
    app.state.login_limiter = TokenBucket(capacity=10, per_second=0.1)
    embed = str(getattr(settings, "web_embed_origins", "") or "")
    app.add_middleware(BodyLimitMiddleware, max_bytes=CHAT_BODY_LIMIT, prefix="/api/")
    app.add_middleware(SecurityHeadersMiddleware, embed_origins=embed.split())
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _install_error_handlers(app)
    _include_routers(app, container)
    return app
