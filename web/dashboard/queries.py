"""Database reads of the signals dashboard, limited to what the user may see (their wijken)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session

from web.dashboard.stats import CaseFact


def models() -> Any:
    from storage import models as m

    return m


@dataclass(frozen=True)
class Scope:
    """Which cases a user sees: everything (admin) or those of some wijken / assigned to them."""

    wijken: frozenset[str] | None  # None: every wijk
    coordinator_id: str | None = None

    @classmethod
    def of(cls, user: Any) -> Scope:
        if user.is_admin:
            return cls(None)
        return cls(frozenset(user.wijken), user.coordinator_id)

    def narrowed(self, wijk: str) -> Scope:
        """Only the cases of one wijk (of those this scope already allows); '' changes nothing."""
        if not wijk:
            return self
        allowed = {wijk} if self.wijken is None else self.wijken & {wijk}
        return Scope(frozenset(allowed))

    @property
    def everything(self) -> bool:
        return self.wijken is None

    def case_filter(self) -> Any:
        m = models()
        if self.wijken is None:
            return None
        conditions = [m.CaseRow.wijk.in_(sorted(self.wijken))] if self.wijken else []
        if self.coordinator_id:
            conditions.append(m.CaseRow.coordinator_id == self.coordinator_id)
        return or_(*conditions) if conditions else false()

    def apply(self, query: Select[Any]) -> Select[Any]:
        condition = self.case_filter()
        return query if condition is None else query.where(condition)


def case_facts(db: Session, scope: Scope, since: datetime) -> list[CaseFact]:
    m = models()
    query = scope.apply(
        select(m.CaseRow).where(m.CaseRow.created_at >= since).order_by(m.CaseRow.created_at)
    )
    return [
        CaseFact(
            id=row.id,
            reference=row.reference,
            theme=row.theme,
            wijk=row.wijk,
            created_at=row.created_at,
            status=row.status,
            buurt=row.buurt,
            place=row.location_text,
            summary=row.summary or "",
            handed_off_at=row.handed_off_at,
            claimed_at=row.claimed_at,
        )
        for row in db.scalars(query)
    ]


def faq_answers(db: Session, scope: Scope, since: datetime) -> dict[str, int]:
    """FAQ slug -> how often the assistant answered with it (for a coordinator: within their cases)."""
    m = models()
    query = (
        select(m.AnalysisRow.faq, func.count())
        .where(m.AnalysisRow.faq.is_not(None), m.AnalysisRow.created_at >= since)
        .group_by(m.AnalysisRow.faq)
    )
    if not scope.everything:
        query = scope.apply(
            query.join(m.MessageRow, m.MessageRow.id == m.AnalysisRow.message_id).join(
                m.CaseRow, m.CaseRow.id == m.MessageRow.case_id
            )
        )
    return {str(slug): int(n) for slug, n in db.execute(query).tuples()}


def faq_votes(db: Session, since: datetime) -> dict[str, tuple[int, int]]:
    """FAQ slug -> (helpful, not helpful) votes of residents (municipality-wide; votes carry no wijk)."""
    m = models()
    query = (
        select(m.FaqFeedbackRow.slug, m.FaqFeedbackRow.helpful, func.count())
        .where(m.FaqFeedbackRow.at >= since)
        .group_by(m.FaqFeedbackRow.slug, m.FaqFeedbackRow.helpful)
    )
    votes: dict[str, tuple[int, int]] = {}
    for slug, helpful, n in db.execute(query).tuples():
        yes, no = votes.get(slug, (0, 0))
        votes[slug] = (yes + n, no) if helpful else (yes, no + n)
    return votes


@dataclass(frozen=True)
class ReviewItem:
    analysis_id: int
    text: str
    theme: str
    confidence: float
    faq: str | None
    faq_score: float
    understood: bool
    at: datetime
    case_theme: str | None = None  # the theme the case got in the end (confirmed or corrected)
    lang: str = "nl"


def _queue_query(scope: Scope, floor: float) -> Select[Any]:
    m = models()
    query = (
        select(m.AnalysisRow, m.MessageRow.text, m.CaseRow.theme)
        .join(m.MessageRow, m.MessageRow.id == m.AnalysisRow.message_id)
        .outerjoin(m.CaseRow, m.CaseRow.id == m.MessageRow.case_id)
        .where(
            m.AnalysisRow.reviewed_at.is_(None),
            or_(
                m.AnalysisRow.understood.is_(False),
                (m.AnalysisRow.confidence < floor) & m.AnalysisRow.faq.is_(None),
            ),
        )
        .order_by(m.AnalysisRow.created_at.desc(), m.AnalysisRow.id.desc())
    )
    return scope.apply(query)  # a coordinator: only messages of cases they may see


def _items(db: Session, query: Select[Any]) -> list[ReviewItem]:
    return [
        ReviewItem(
            a.id,
            text,
            a.theme,
            a.confidence,
            a.faq,
            a.faq_score,
            a.understood,
            a.created_at,
            theme,
            a.lang or "nl",
        )
        for a, text, theme in db.execute(query).tuples()
    ]


def review_queue(
    db: Session, scope: Scope, floor: float, limit: int | None = 50
) -> list[ReviewItem]:
    """Messages the assistant did not understand (or barely), newest first, not yet reviewed."""
    return _items(db, _queue_query(scope, floor).limit(limit))


def review_item(db: Session, scope: Scope, analysis_id: int, floor: float) -> ReviewItem | None:
    """One open queue item the user may see, or None."""
    m = models()
    items = _items(db, _queue_query(scope, floor).where(m.AnalysisRow.id == analysis_id))
    return items[0] if items else None
