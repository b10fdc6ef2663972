"""Web security shared by every page: passwords, server-side sessions, CSRF, roles, audit log.

How to use it in a router (admin, dashboard, inbox):

    from fastapi import APIRouter, Form
    from web.deps import DbSession
    from web.security import AdminUser, CoordinatorUser, CsrfChecked, audit
    from web.templating import render

    router = APIRouter(prefix="/admin")

    @router.get("/faq")
    def faq_page(request: Request, user: AdminUser, db: DbSession):     # 303 to /login if anonymous,
        return render(request, "admin/faq.html", {"entries": ...})      # 403 page for a coordinator

    @router.post("/faq/{slug}", dependencies=[CsrfChecked])             # EVERY form POST: CsrfChecked
    def save_faq(slug: str, user: AdminUser, db: DbSession, answer_nl: str = Form(...)):
        ...
        audit(db, user.username, "faq.update", "faq", slug, {"answer_nl": answer_nl})
        db.commit()
        return RedirectResponse(f"/admin/faq/{slug}", status_code=303)

Templates get `csrf_token` from `render`; a form only needs `{{ csrf_field() }}` (see base.html macros).
JavaScript `fetch` POSTs send the token in the `X-CSRF-Token` header (the page has it in
`<meta name="csrf-token">`).

- `CurrentUser`: the logged-in user (username, role, coordinator_id, wijken, is_admin, can_see_wijk()).
- `OptionalUser`, `LoggedInUser`, `CoordinatorUser` (coordinator or admin), `AdminUser`: Annotated deps.
  `require_coordinator` / `require_admin` are the underlying dependency functions.
- `CsrfChecked`: a `Depends` to put in `dependencies=[...]` of a POST route (or a whole router).
- `audit(session, actor, action, entity, entity_id, detail)`: adds one audit_log row (commit yourself).
- `hash_password(plain)` / `verify_password(hash, plain)`: argon2id.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Request, Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from web.deps import DbSession, get_container, utcnow

SESSION_COOKIE = "wijkbot_session"
LOGIN_CSRF_COOKIE = "wijkbot_login_csrf"
SESSION_LIFETIME = timedelta(hours=10)
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
ROLES = ("coordinator", "admin")

_hasher = PasswordHasher()


# --- passwords -------------------------------------------------------------------------------


def hash_password(plain: str) -> str:
    return _hasher.hash(plain)


def verify_password(password_hash: str, plain: str) -> bool:
    try:
        return _hasher.verify(password_hash, plain)
    except (VerificationError, InvalidHashError):
        return False


def new_password() -> str:
    return secrets.token_urlsafe(12)


# --- errors the app turns into a redirect to /login or a 403 page ---------------------------


class LoginRequired(Exception):
    """Raised by the role dependencies for an anonymous visitor."""


class Forbidden(Exception):
    """Raised when the user lacks the role, or the CSRF token is missing or wrong."""

    def __init__(self, reason: str = "forbidden") -> None:
        super().__init__(reason)
        self.reason = reason


# --- the current user --------------------------------------------------------------------------


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    role: str  # "coordinator" | "admin"
    display_name: str
    coordinator_id: str | None
    session_key: str
    csrf_token: str
    wijken: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def actor(self) -> str:
        """What the audit log and staff messages record as the author."""
        return self.coordinator_id or self.username

    def can_see_wijk(self, wijk: str | None) -> bool:
        return self.is_admin or (wijk is not None and wijk in self.wijken)

    def can_see_case(self, wijk: str | None, coordinator_id: str | None) -> bool:
        mine = coordinator_id is not None and coordinator_id == self.coordinator_id
        return mine or self.can_see_wijk(wijk)


def _models() -> Any:
    from storage import models  # imported lazily: the web package loads without a database

    return models


def _session_key(token: str) -> str:
    """Only a hash of the cookie value is stored, so a database leak gives no sessions away."""
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(db: Session, user_id: int, now: datetime) -> str:
    """Store a new server-side session and return the raw cookie token (commit yourself)."""
    m = _models()
    db.execute(delete(m.WebSessionRow).where(m.WebSessionRow.expires_at < now))  # tidy up
    token = secrets.token_urlsafe(32)
    db.add(
        m.WebSessionRow(
            token_hash=_session_key(token),
            user_id=user_id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    return token


def end_session(db: Session, token: str | None) -> None:
    if token:
        rows = _models().WebSessionRow
        db.execute(delete(rows).where(rows.token_hash == _session_key(token)))


def end_sessions_of(db: Session, user_id: int) -> None:
    m = _models()
    db.execute(delete(m.WebSessionRow).where(m.WebSessionRow.user_id == user_id))


def set_session_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=_secure_cookies(request),
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def _secure_cookies(request: Request) -> bool:
    settings = get_container(request).settings
    return str(settings.public_url).lower().startswith("https://")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _load_user(request: Request, db: Session) -> CurrentUser | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    m = _models()
    row = db.scalar(
        select(m.WebSessionRow).where(m.WebSessionRow.token_hash == _session_key(token))
    )
    if row is None or _aware(row.expires_at) <= utcnow():
        return None
    user = db.get(m.UserRow, row.user_id)
    if user is None or not user.active:
        return None
    config = get_container(request).config
    wijken = config.coordinator_wijken.get(user.coordinator_id or "", ()) if config else ()
    return CurrentUser(
        id=user.id,
        username=user.username,
        role=user.role,
        display_name=_display_name(config, user.username, user.coordinator_id),
        coordinator_id=user.coordinator_id,
        session_key=row.token_hash,
        csrf_token=row.csrf_token,
        wijken=frozenset(wijken),
    )


def _display_name(config: Any, username: str, coordinator_id: str | None) -> str:
    person = config.coordinator(coordinator_id) if config and coordinator_id else None
    return person.name if person else username


def optional_user(request: Request, db: DbSession) -> CurrentUser | None:
    """The logged-in user or None; cached on request.state for templates."""
    if not hasattr(request.state, "user"):
        request.state.user = _load_user(request, db)
    user: CurrentUser | None = request.state.user
    return user


def require_user(user: Annotated[CurrentUser | None, Depends(optional_user)]) -> CurrentUser:
    if user is None:
        raise LoginRequired()
    return user


def require_coordinator(user: Annotated[CurrentUser, Depends(require_user)]) -> CurrentUser:
    if user.role not in ROLES:
        raise Forbidden("role")
    return user


def require_admin(user: Annotated[CurrentUser, Depends(require_user)]) -> CurrentUser:
    if user.role != "admin":
        raise Forbidden("role")
    return user


OptionalUser = Annotated[CurrentUser | None, Depends(optional_user)]
LoggedInUser = Annotated[CurrentUser, Depends(require_user)]
CoordinatorUser = Annotated[CurrentUser, Depends(require_coordinator)]
AdminUser = Annotated[CurrentUser, Depends(require_admin)]


# --- CSRF ---------------------------------------------------------------------------------------


async def _submitted_token(request: Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


async def verify_csrf(request: Request, db: DbSession) -> None:
    """Refuse (403) a state-changing request whose CSRF token does not match the session's.

    A logged-in user's token lives in their server-side session; the login form (no session yet)
    uses a double-submit cookie.
    """
    submitted = await _submitted_token(request)
    user = optional_user(request, db)
    expected = user.csrf_token if user else request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not submitted or not expected or not hmac.compare_digest(submitted, expected):
        raise Forbidden("csrf")


CsrfChecked = Depends(verify_csrf)


def login_csrf_token(request: Request) -> str:
    """The anonymous (login form) CSRF token: reuse the cookie or make a new one."""
    return request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)


def set_login_csrf_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        httponly=True,
        samesite="strict",
        secure=_secure_cookies(request),
        path="/",
    )


# --- users and audit ---------------------------------------------------------------------------


def authenticate(db: Session, username: str, password: str) -> Any | None:
    """The active UserRow for these credentials, or None. Rehashes outdated argon2 parameters."""
    m = _models()
    user = db.scalar(select(m.UserRow).where(m.UserRow.username == username.strip()))
    if user is None:
        _hasher.hash(password)  # spend the same time for unknown users
        return None
    if not user.active or not verify_password(user.password_hash, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def audit(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int | None,
    detail: dict[str, Any] | str | None = None,
) -> None:
    """Record who did what to which thing (commit yourself, in the same transaction as the change)."""
    m = _models()
    if detail is None:
        detail = {}
    elif isinstance(detail, str):
        detail = {"note": detail}
    detail = json.loads(json.dumps(detail, default=str))  # JSON column: plain values only
    session.add(
        m.AuditLogRow(
            at=utcnow(),
            actor=actor,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            detail=detail,
        )
    )
