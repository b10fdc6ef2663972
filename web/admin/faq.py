"""FAQ editor: entries with question variants and answers, preview, retire, and 'test a question'."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from web.admin.common import apply_changes, done, models, page, theme_names
from web.admin.forms import Checked, check_faq
from web.deps import ContainerDep, DbSession, utcnow
from web.security import AdminUser, CsrfChecked, audit

router = APIRouter(prefix="/admin/faq")

Text = Annotated[str, Form()]


def _entries(db: Session) -> list[Any]:
    m = models()
    return list(
        db.scalars(
            select(m.FaqEntryRow).order_by(
                m.FaqEntryRow.active.desc(), m.FaqEntryRow.theme, m.FaqEntryRow.slug
            )
        )
    )


def test_question(container: Any, db: Session, question: str) -> dict[str, Any]:
    """What the assistant would do with this question: the FAQ entry it matches and the score."""
    analysis = container.analyzer.analyze(question)
    entry = db.get(models().FaqEntryRow, analysis.faq) if analysis.faq else None
    return {"question": question, "analysis": analysis, "entry": entry}


@router.get("", response_class=HTMLResponse)
def faq_list(
    request: Request, user: AdminUser, db: DbSession, container: ContainerDep, vraag: str = ""
) -> Response:
    from web.dashboard.queries import faq_votes
    from web.dashboard.stats import Rate

    tested = test_question(container, db, vraag.strip()[:500]) if vraag.strip() else None
    votes = faq_votes(db, since=utcnow() - timedelta(weeks=52))
    helpful = {slug: Rate(yes, yes + no) for slug, (yes, no) in votes.items()}
    return page(
        request,
        "faq_list.html",
        {"entries": _entries(db), "themes": theme_names(db), "tested": tested, "helpful": helpful},
    )


def _form(
    request: Request,
    db: DbSession,
    entry: Any,
    checked: Checked | None,
    status: int = 200,
    preview: bool = False,
) -> Response:
    values = checked.values if checked else {}
    return page(
        request,
        "faq_edit.html",
        {
            "entry": entry,
            "values": values,
            "errors": checked.errors if checked else {},
            "themes": theme_names(db, active_only=True),
            "preview": preview,
        },
        status_code=status,
    )


@router.get("/nieuw", response_class=HTMLResponse)
def faq_new(request: Request, user: AdminUser, db: DbSession) -> Response:
    return _form(request, db, None, None)


@router.post("/nieuw", dependencies=[CsrfChecked])
def faq_create(
    request: Request,
    user: AdminUser,
    db: DbSession,
    slug: Text = "",
    theme: Text = "",
    questions: Text = "",
    answer_nl: Text = "",
    answer_en: Text = "",
    action: Text = "save",
) -> Response:
    m = models()
    taken = set(db.scalars(select(m.FaqEntryRow.slug)))
    checked = check_faq(slug, theme, questions, answer_nl, answer_en, theme_names(db, True), taken)
    if not checked.ok or action == "preview":
        return _form(request, db, None, checked, 200 if checked.ok else 400, preview=checked.ok)
    position = (db.scalar(select(func.max(m.FaqEntryRow.position))) or 0) + 1
    values = checked.values
    db.add(m.FaqEntryRow(active=True, position=position, updated_at=utcnow(), **values))
    audit(
        db,
        user.actor,
        "faq.create",
        "faq",
        values["slug"],
        {
            "theme": values["theme"],
            "questions": values["questions"],
            "answer_nl": values["answer_nl"],
        },
    )
    db.commit()
    apply_changes(request)
    return done(f"/admin/faq/{values['slug']}", "Vraag toegevoegd")


def _get(db: Session, slug: str) -> Any:
    entry = db.get(models().FaqEntryRow, slug)
    if entry is None:
        from fastapi import HTTPException

        raise HTTPException(404, "Deze vraag bestaat niet (meer).")
    return entry


@router.get("/{slug}", response_class=HTMLResponse)
def faq_edit(request: Request, slug: str, user: AdminUser, db: DbSession) -> Response:
    entry = _get(db, slug)
    values = {
        "slug": entry.slug,
        "theme": entry.theme,
        "questions": entry.questions,
        "answer_nl": entry.answer_nl,
        "answer_en": entry.answer_en,
    }
    return _form(request, db, entry, Checked(values=values))


@router.post("/{slug}", dependencies=[CsrfChecked])
def faq_save(
    request: Request,
    slug: str,
    user: AdminUser,
    db: DbSession,
    theme: Text = "",
    questions: Text = "",
    answer_nl: Text = "",
    answer_en: Text = "",
    action: Text = "save",
) -> Response:
    entry = _get(db, slug)
    themes = theme_names(db, True) | {entry.theme: entry.theme}
    checked = check_faq(slug, theme, questions, answer_nl, answer_en, themes)
    if not checked.ok or action == "preview":
        return _form(request, db, entry, checked, 200 if checked.ok else 400, preview=checked.ok)
    before = {
        "theme": entry.theme,
        "questions": list(entry.questions),
        "answer_nl": entry.answer_nl,
        "answer_en": entry.answer_en,
    }
    after = {k: checked.values[k] for k in before}
    entry.theme, entry.questions = after["theme"], after["questions"]
    entry.answer_nl, entry.answer_en, entry.updated_at = (
        after["answer_nl"],
        after["answer_en"],
        utcnow(),
    )
    changed = {k: {"was": before[k], "wordt": after[k]} for k in before if before[k] != after[k]}
    audit(db, user.actor, "faq.update", "faq", slug, changed)
    db.commit()
    apply_changes(request)
    return done(f"/admin/faq/{slug}", "Opgeslagen")


@router.post("/{slug}/intrekken", dependencies=[CsrfChecked])
def faq_retire(request: Request, slug: str, user: AdminUser, db: DbSession) -> RedirectResponse:
    return _set_active(request, db, user.actor, slug, False)


@router.post("/{slug}/terugzetten", dependencies=[CsrfChecked])
def faq_restore(request: Request, slug: str, user: AdminUser, db: DbSession) -> RedirectResponse:
    return _set_active(request, db, user.actor, slug, True)


def _set_active(
    request: Request, db: Session, actor: str, slug: str, active: bool
) -> RedirectResponse:
    entry = _get(db, slug)
    entry.active, entry.updated_at = active, utcnow()
    audit(db, actor, "faq.restore" if active else "faq.retire", "faq", slug, None)
    db.commit()
    apply_changes(request)
    return done("/admin/faq", "Teruggezet" if active else "Ingetrokken")
