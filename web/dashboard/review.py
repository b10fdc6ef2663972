"""The review queue: a not-understood message becomes an FAQ question variant, a training
example (appended, with personal data scrubbed, to `<data_dir>/training/examples.jsonl` in the
format of nlp/corpus/train.jsonl, so `nlp.train.train(..., corpus=...)` can use it after a
merge), or is set aside. Every decision is marked on the analysis and written to the audit log."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from web.dashboard.queries import ReviewItem, Scope, models, review_item
from web.deps import ContainerDep, DbSession, utcnow
from web.security import CoordinatorUser, CsrfChecked, Forbidden, audit

log = logging.getLogger(__name__)
router = APIRouter(prefix="/niet-begrepen")
Text = Annotated[str, Form()]


def examples_file(container: Any) -> Path:
    """Where review decisions are kept as training examples (one JSON object per line)."""
    return Path(container.settings.data_dir) / "training" / "examples.jsonl"


def scrub(text: str) -> str:
    try:
        from nlp.pii import scrub as nlp_scrub
    except ImportError:  # pragma: no cover - nlp is part of the product
        return text
    return nlp_scrub(text)


def append_example(path: Path, example: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(example, ensure_ascii=False) + "\n")


def training_example(item: ReviewItem, theme: str) -> dict[str, Any]:
    """One line in the format of nlp/corpus/train.jsonl (plus where it came from)."""
    return {
        "text": scrub(item.text),
        "theme": theme,
        "urgent": False,
        "faq": None,
        "lang": item.lang,
        "acute": False,
        "group": f"review:{item.analysis_id}",
        "predicted": item.theme,
        "source": "review",
        "at": utcnow().isoformat(timespec="seconds"),
    }


def _item(db: Session, user: Any, container: Any, analysis_id: int) -> ReviewItem:
    floor = float(getattr(container.settings, "theme_confidence_floor", 0.55))
    item = review_item(db, Scope.of(user), analysis_id, floor)
    if item is None:
        raise HTTPException(404, "Deze vraag staat niet (meer) in de lijst.")
    return item


def _mark(db: Session, analysis_id: int, actor: str, outcome: str) -> None:
    row = db.get(models().AnalysisRow, analysis_id)
    assert row is not None  # checked by _item in the same transaction
    row.reviewed_at, row.reviewed_by, row.review_outcome = utcnow(), actor, outcome


def _back(message: str) -> RedirectResponse:
    from web.admin.common import done

    return done("/dashboard#niet-begrepen", message)


@router.post("/{analysis_id}/faq", dependencies=[CsrfChecked])
def to_faq_variant(
    request: Request,
    analysis_id: int,
    user: CoordinatorUser,
    db: DbSession,
    container: ContainerDep,
    faq: Text = "",
) -> RedirectResponse:
    """Add the message as a new way of asking an existing FAQ question (admins only)."""
    if not user.is_admin:
        raise Forbidden("role")
    item = _item(db, user, container, analysis_id)
    entry = db.get(models().FaqEntryRow, faq)
    if entry is None:
        return _back("Kies eerst een veelgestelde vraag")
    variant = scrub(item.text).strip()[:300]
    if variant and variant not in entry.questions:
        entry.questions = [*entry.questions, variant]  # a new list, so the JSON column is updated
        entry.updated_at = utcnow()
    _mark(db, analysis_id, user.actor, "faq_variant")
    audit(
        db,
        user.actor,
        "faq.add_variant",
        "faq",
        entry.slug,
        {"vraag": variant, "analyse": analysis_id},
    )
    db.commit()
    from web.admin.common import apply_changes

    apply_changes(request)
    return _back(f"Toegevoegd aan '{entry.slug}'")


@router.post("/{analysis_id}/training", dependencies=[CsrfChecked])
def to_training_example(
    analysis_id: int,
    user: CoordinatorUser,
    db: DbSession,
    container: ContainerDep,
    theme: Text = "",
) -> RedirectResponse:
    """Keep the message, with its right theme, as an example for the next training run."""
    item = _item(db, user, container, analysis_id)
    if container.config.theme(theme) is None:
        return _back("Kies eerst het juiste thema")
    example = training_example(item, theme)
    _mark(db, analysis_id, user.actor, "training")
    audit(
        db,
        user.actor,
        "review.training",
        "analysis",
        analysis_id,
        {"thema": theme, "gok": item.theme},
    )
    append_example(examples_file(container), example)
    db.commit()
    return _back("Bewaard als trainingsvoorbeeld")


@router.post("/{analysis_id}/negeren", dependencies=[CsrfChecked])
def ignore(
    analysis_id: int, user: CoordinatorUser, db: DbSession, container: ContainerDep
) -> RedirectResponse:
    _item(db, user, container, analysis_id)
    _mark(db, analysis_id, user.actor, "ignored")
    audit(db, user.actor, "review.ignore", "analysis", analysis_id, None)
    db.commit()
    return _back("Uit de lijst gehaald")
