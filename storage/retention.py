"""Retention: delete what Wijkbot no longer needs to keep (AVG: storage limitation).

`purge(session, now, retention_days)` deletes, for `cutoff = now - retention_days`:
- closed cases (resolved, referred, cancelled) closed before the cutoff, with their messages,
  history, analyses and theme corrections;
- messages that belong to no case and are older than the cutoff;
- residents without any case and without activity since the cutoff (with their conversation
  and chat sessions);
- chat sessions not used since the cutoff, expired staff login sessions, sent outbox items and
  processed-update records older than the cutoff.
The audit log and anonymous FAQ feedback are kept. Open cases are never touched.
Nothing is committed: the caller owns the transaction. Returns the number of rows per kind.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Delete, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from core.domain import CaseStatus, is_open_status
from storage.models import (
    CaseRow,
    ChatSessionRow,
    MessageRow,
    OutboxRow,
    ProcessedUpdateRow,
    ResidentRow,
    WebSessionRow,
)

CLOSED = [s.value for s in CaseStatus if not is_open_status(s)]


def purge(
    session: Session,
    now: datetime,
    retention_days: int,
    removed_files: list[str] | None = None,
) -> dict[str, int]:
    """Delete data older than the retention window; `removed_files` collects attachment paths
    (relative to the data folder) of deleted messages, for the caller to unlink after commit."""
    if retention_days < 0:
        raise ValueError("retention_days must be zero or more")
    cutoff = now - timedelta(days=retention_days)
    session.flush()
    old_cases = select(CaseRow.id).where(CaseRow.status.in_(CLOSED), CaseRow.closed_at < cutoff)
    old_messages = or_(
        MessageRow.case_id.in_(old_cases),
        and_(MessageRow.case_id.is_(None), MessageRow.created_at < cutoff),
    )
    counts = {"messages": _count(session, MessageRow, old_messages)}
    if removed_files is not None:
        removed_files.extend(_attachments(session, old_messages))
    session.execute(delete(MessageRow).where(old_messages))
    counts["cases"] = _run(session, delete(CaseRow).where(CaseRow.id.in_(old_cases)))
    counts["residents"] = _purge_residents(session, cutoff, removed_files)
    counts["chat_sessions"] = _run(
        session, delete(ChatSessionRow).where(ChatSessionRow.last_seen_at < cutoff)
    )
    counts["web_sessions"] = _run(
        session, delete(WebSessionRow).where(WebSessionRow.expires_at < now)
    )
    counts["outbox"] = _run(
        session, delete(OutboxRow).where(OutboxRow.sent_at.is_not(None), OutboxRow.sent_at < cutoff)
    )
    counts["processed_updates"] = _run(
        session, delete(ProcessedUpdateRow).where(ProcessedUpdateRow.at < cutoff)
    )
    session.expire_all()
    return counts


def _purge_residents(session: Session, cutoff: datetime, removed_files: list[str] | None) -> int:
    has_case = exists().where(CaseRow.resident_id == ResidentRow.id)
    recent_message = exists().where(
        MessageRow.resident_id == ResidentRow.id, MessageRow.created_at >= cutoff
    )
    inactive = select(ResidentRow.id).where(
        ~has_case,
        ~recent_message,
        ResidentRow.created_at < cutoff,
        or_(ResidentRow.last_seen_at.is_(None), ResidentRow.last_seen_at < cutoff),
    )
    if removed_files is not None:
        removed_files.extend(_attachments(session, MessageRow.resident_id.in_(inactive)))
    return _run(session, delete(ResidentRow).where(ResidentRow.id.in_(inactive)))


def _attachments(session: Session, condition: Any) -> list[str]:
    query = select(MessageRow.attachment_path).where(
        condition, MessageRow.attachment_path.is_not(None)
    )
    return [path for path in session.scalars(query) if path]


def _count(session: Session, row_class: type, condition: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(row_class).where(condition)) or 0)


def _run(session: Session, statement: Delete) -> int:
    result = cast(CursorResult[Any], session.execute(statement))
    return int(result.rowcount)
