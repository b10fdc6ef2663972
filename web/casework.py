"""What a coordinator does with a case. Every status change goes through `Case.transition`
(the domain's state machine) and is written as a case event plus an audit-log entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select

from core.domain import Case, CaseStatus, DomainError, Message, check_transition
from core.ports import RoutingDecision
from core.texts import text
from storage.models import MessageRow, ThemeCorrectionRow
from web.security import CurrentUser, audit


class CaseActionError(Exception):
    """The action is not possible (shown to the coordinator as a message)."""


@contextmanager
def _case(container: Any, user: CurrentUser, case_id: int) -> Iterator[tuple[Any, Case]]:
    with container.uow_factory() as uow:
        case = uow.cases.get(case_id)
        if case is None or not user.can_see_case(case.wijk, case.coordinator_id):
            raise CaseActionError("Deze melding bestaat niet of u heeft er geen toegang toe.")
        yield uow, case


def _move(uow: Any, case: Case, target: CaseStatus, user: CurrentUser, now: datetime) -> None:
    try:
        case.transition(target, now)
    except DomainError as exc:
        raise CaseActionError(f"Dat kan niet bij deze melding: {exc}.") from exc


def _save(uow: Any, case: Case, user: CurrentUser, action: str, detail: dict[str, Any]) -> None:
    uow.cases.update(case, actor=user.actor)
    uow.cases.add_event(case.id, case.updated_at, user.actor, action, _short(detail))
    audit(uow.session, user.username, f"case.{action}", "case", case.reference, detail)
    uow.commit()


def _short(detail: dict[str, Any]) -> str:
    return "; ".join(f"{k}={v}" for k, v in detail.items() if k != "text")[:500]


def claim(container: Any, user: CurrentUser, case_id: int, now: datetime) -> None:
    with _case(container, user, case_id) as (uow, case):
        _claim(case, user, now)
        _save(uow, case, user, "claim", {"coordinator": user.actor})


def _claim(case: Case, user: CurrentUser, now: datetime) -> None:
    if case.status == CaseStatus.WAITING_ON_RESIDENT:
        case.transition(CaseStatus.IN_PROGRESS, now)
    elif case.status != CaseStatus.IN_PROGRESS:
        try:
            case.transition(CaseStatus.IN_PROGRESS, now)
        except DomainError as exc:
            raise CaseActionError(f"Deze melding kan niet worden opgepakt: {exc}.") from exc
    if user.coordinator_id:
        case.coordinator_id = user.coordinator_id


def reply(
    container: Any,
    user: CurrentUser,
    case_id: int,
    text: str,
    now: datetime,
    ask_more: bool = False,
) -> Message:
    """Send `text` to the resident on their own channel; claims the case if nobody had."""
    text = text.strip()
    if not text:
        raise CaseActionError("Schrijf eerst een bericht.")
    with _case(container, user, case_id) as (uow, case):
        if not case.is_open:
            raise CaseActionError("Deze melding is gesloten.")
        if case.status != CaseStatus.IN_PROGRESS or case.coordinator_id is None:
            _claim(case, user, now)
            _save(uow, case, user, "claim", {"coordinator": user.actor})
    message: Message = container.assistant.reply_to_resident(case_id, user.actor, text, now)
    with _case(container, user, case_id) as (uow, case):
        if ask_more:
            _move(uow, case, CaseStatus.WAITING_ON_RESIDENT, user, now)
        action = "ask_info" if ask_more else "reply"
        _save(uow, case, user, action, {"message_id": message.id, "chars": len(text)})
    return message


def change_theme(
    container: Any, user: CurrentUser, case_id: int, theme: str, now: datetime
) -> None:
    if container.config.theme(theme) is None:
        raise CaseActionError("Onbekend thema.")
    with _case(container, user, case_id) as (uow, case):
        old = case.theme
        if old == theme:
            return
        case.theme, case.updated_at = theme, now
        uow.session.add(
            ThemeCorrectionRow(
                case_id=case.id,
                old_theme=old,
                new_theme=theme,
                text=_resident_text(uow, case),
                corrected_by=user.actor,
                at=now,
            )
        )
        _save(uow, case, user, "theme", {"from": old, "to": theme})


def _resident_text(uow: Any, case: Case) -> str:
    rows = uow.session.scalars(
        select(MessageRow.text)
        .where(MessageRow.case_id == case.id, MessageRow.direction == "in")
        .order_by(MessageRow.id)
    )
    return "\n".join(t for t in rows if t)[:4000] or case.summary


def reassign(
    container: Any, user: CurrentUser, case_id: int, coordinator_id: str, now: datetime
) -> None:
    person = container.config.coordinator(coordinator_id)
    if person is None:
        raise CaseActionError("Onbekende collega.")
    with _case(container, user, case_id) as (uow, case):
        previous = case.coordinator_id
        if case.status in (CaseStatus.IN_PROGRESS,):
            _move(uow, case, CaseStatus.WAITING, user, now)
        elif case.status != CaseStatus.WAITING:
            raise CaseActionError("Alleen een open melding kan naar een collega.")
        case.coordinator_id, case.updated_at = coordinator_id, now
        _notify(container, uow, case, person, user, now)
        _save(uow, case, user, "reassign", {"from": previous, "to": coordinator_id})


def _notify(
    container: Any, uow: Any, case: Case, person: Any, user: CurrentUser, now: datetime
) -> None:
    """Tell the new owner like a hand-off does (now, or in the next opening's digest)."""
    decision = RoutingDecision(
        target_kind="coordinator",
        target_id=person.id,
        role=person.role,
        explanation=f"overgedragen door {user.actor}",
        coordinator_id=person.id,
        team=person.team,
    )
    for item in container.planner.plan(case, decision, now):
        uow.outbox.add(item)


def hand_back(container: Any, user: CurrentUser, case_id: int, now: datetime) -> None:
    with _case(container, user, case_id) as (uow, case):
        _move(uow, case, CaseStatus.BOT, user, now)
        _save(uow, case, user, "hand_back", {})
        lang = _resident_lang(uow, case)
    # the resident hears it on their own channel, so a hand-back never goes unnoticed
    container.assistant.reply_to_resident(case_id, user.actor, text("handed_back", lang), now)


def _resident_lang(uow: Any, case: Case) -> str:
    resident = uow.residents.get(case.resident_id)
    return resident.lang if resident is not None else "nl"


def refer(container: Any, user: CurrentUser, case_id: int, partner_id: str, now: datetime) -> None:
    partner = next((p for p in container.config.partners if p.id == partner_id), None)
    if partner is None:
        raise CaseActionError("Onbekende partner.")
    _close(
        container,
        user,
        case_id,
        now,
        CaseStatus.REFERRED,
        f"doorverwezen naar {partner.name}",
        lambda ref, lang: text(
            "staff_referred", lang, reference=ref, partner=partner.name, contact=partner.contact
        ),
    )


def resolve(
    container: Any, user: CurrentUser, case_id: int, outcome: str, tell: bool, now: datetime
) -> None:
    outcome = outcome.strip()
    if not outcome:
        raise CaseActionError("Beschrijf kort hoe de melding is afgehandeld.")
    message = (
        (lambda ref, lang: text("staff_resolved", lang, reference=ref, outcome=outcome))
        if tell
        else None
    )
    _close(container, user, case_id, now, CaseStatus.RESOLVED, outcome, message)


def _close(
    container: Any,
    user: CurrentUser,
    case_id: int,
    now: datetime,
    target: CaseStatus,
    outcome: str,
    message: Callable[[str, str], str] | None,
) -> None:
    with _case(container, user, case_id) as (uow, case):
        if case.status == CaseStatus.WAITING and target == CaseStatus.RESOLVED:
            _claim(case, user, now)  # resolving needs an owner: waiting -> in progress first
            _save(uow, case, user, "claim", {"coordinator": user.actor})
        try:
            check_transition(case.status, target)
        except DomainError as exc:
            raise CaseActionError(f"Dat kan niet bij deze melding: {exc}.") from exc
        reference = case.reference
        lang = _resident_lang(uow, case)
    if message is not None:  # told before closing, while the case is still open
        container.assistant.reply_to_resident(case_id, user.actor, message(reference, lang), now)
    with _case(container, user, case_id) as (uow, case):
        _move(uow, case, target, user, now)
        case.outcome = outcome[:2000]
        _save(uow, case, user, target.value, {"outcome": outcome[:200]})
