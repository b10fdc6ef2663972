"""Hand-over: who is told about a new case and when; the outbox dispatcher; escalation.

- `HandoverPlanner.plan` (core.ports.HandoffPlanner): inside office hours (or urgent) one
  immediate `notify_coordinator` item; outside office hours one `digest` item per coordinator
  per opening moment (dedupe_key `digest:<coordinator>:<opening ISO>`, so the second overnight
  case adds nothing new); a referral to a partner notifies nobody (the partner is in the routing
  decision stored with the case).
- `dispatch_outbox` sends due items through `Sender`s. A digest lists, when it is sent, every
  case still waiting that was handed off to the coordinator outside office hours for that
  opening. Failures are retried with exponential back-off (never lost); an item is marked sent in
  the database right after its send; while it is being sent it carries a lease so a second
  dispatcher leaves it alone; every send carries the item's stable idempotency key (the SMTP
  Message-ID is derived from it), so a crash between sending and marking repeats the send with the
  same key and the receiver keeps one message.
- `escalate_unclaimed`: a case still `waiting` after N working hours is escalated once to the
  coordinator's substitute (or the team lead): an outbox item and a case event.

Sender keys (the `senders` dict): items for staff carry `payload["via"]` ("email" or
"telegram") and go to `senders[via]`; other items go to `senders[f"{kind}:{channel}"]` or
`senders[kind]`. Items nobody has a sender for are left for other dispatchers (e.g. the
Telegram bot delivers `deliver_to_resident` items itself).
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any, Protocol

from core.config import MunicipalityConfig
from core.domain import Case, Coordinator, OutboxItem
from core.ports import RoutingDecision
from routing.hours import OfficeSchedule

log = logging.getLogger(__name__)

NOTIFY = "notify_coordinator"
DIGEST = "digest"
ESCALATION = "escalation"
STAFF_KINDS = (NOTIFY, DIGEST, ESCALATION)
LEASE = timedelta(minutes=5)  # how long an item being sent is left alone by other dispatchers
MAX_BACKOFF = timedelta(hours=6)
FIRST_BACKOFF = timedelta(minutes=1)


# --- planning ------------------------------------------------------------------------------------


def contact_via(person: Coordinator | None) -> str | None:
    """How a coordinator is reached: e-mail when known, else Telegram."""
    if person is None:
        return None
    if person.email:
        return "email"
    return "telegram" if person.telegram_chat_id else None


@dataclass
class HandoverPlanner:
    """core.ports.HandoffPlanner: immediate notification in office hours, else a digest."""

    schedule: OfficeSchedule
    config: MunicipalityConfig

    def plan(self, case: Case, decision: RoutingDecision, now: datetime) -> list[OutboxItem]:
        if decision.target_kind == "partner" or decision.coordinator_id is None:
            return []  # a referral: the resident contacts the partner; nobody is notified
        person = self.config.coordinator(decision.coordinator_id)
        team = decision.team or (person.team if person else None)
        payload: dict[str, object] = {
            "coordinator_id": decision.coordinator_id,
            "via": contact_via(person) or "email",
            "case_id": case.id,
            "case_reference": case.reference,
            "theme": case.theme,
            "wijk": case.wijk,
            "urgent": case.urgent,
            "explanation": decision.explanation,
        }
        if case.urgent or self.schedule.is_open(now, team):
            return [
                OutboxItem(None, NOTIFY, payload, now, now,
                           dedupe_key=f"notify:{case.reference}:{decision.coordinator_id}")
            ]  # fmt: skip
        opening = self.schedule.next_pickup(now, team)
        closed_since = self.schedule.previous_closing(now, team)
        payload |= {
            "opening": opening.isoformat(),
            "closed_since": closed_since.isoformat(),  # the digest lists cases handed off since
            "case_references": [case.reference],
        }
        return [
            OutboxItem(None, DIGEST, payload, now, opening,
                       dedupe_key=f"digest:{decision.coordinator_id}:{opening.isoformat()}")
        ]  # fmt: skip


# --- senders -------------------------------------------------------------------------------------


class Sender(Protocol):
    """Delivers one outbox item; raises on failure (the item is retried later).

    `key` is stable for the item across retries: senders pass it on so the receiving side can
    drop a repeat (SMTP Message-ID, a Telegram sender's own record of sent keys)."""

    def send(self, item: OutboxItem, key: str) -> None: ...


def render_staff_message(item: OutboxItem, config: MunicipalityConfig) -> tuple[str, str]:
    """Subject and body (Dutch, for staff) of a notify / digest / escalation item."""
    payload = item.payload
    wijk = config.wijk(str(payload.get("wijk") or ""))
    where = wijk.name if wijk else "onbekende wijk"
    theme = config.theme(str(payload.get("theme") or ""))
    what = theme.name_nl if theme else str(payload.get("theme") or "")
    reference = str(payload.get("case_reference", ""))
    if item.kind == DIGEST:
        cases = list(payload.get("cases") or [])  # type: ignore[call-overload]
        lines = [f"- {c['reference']}: {c['theme']}, {c['wijk']}" for c in cases]
        subject = f"Wijkbot: {len(cases)} nieuwe melding(en) om op te pakken"
        body = "Goedemorgen,\n\nDeze meldingen kwamen binnen buiten kantoortijd:\n" + "\n".join(
            lines
        )
        return subject, body + "\n\nOpen de wijkbot-inbox om ze op te pakken.\n"
    if item.kind == ESCALATION:
        hours = payload.get("working_hours")
        subject = f"Wijkbot: melding {reference} is nog niet opgepakt"
        body = (
            f"Melding {reference} ({what}, {where}) wacht al {hours} werkuren op "
            f"{payload.get('escalated_from_role', 'de collega')}.\n"
            "Wil je kijken of jij hem kunt oppakken of doorzetten?\n"
        )
        return subject, body
    urgent = "SPOED: " if payload.get("urgent") else ""
    subject = f"{urgent}Wijkbot: nieuwe melding {reference} ({what}, {where})"
    body = (
        f"Er is een nieuwe melding voor je: {reference}\nThema: {what}\nWijk: {where}\n"
        f"Routering: {payload.get('explanation', '')}\n\nOpen de wijkbot-inbox om hem op te pakken.\n"
    )
    return subject, body


def message_id(key: str, domain: str = "wijkbot.local") -> str:
    """A stable Message-ID for an idempotency key: a repeated send is the same message."""
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:40]}@{domain}>"


@dataclass
class SmtpSender:
    """E-mail to coordinators over SMTP (plain or STARTTLS); Message-ID from the item's key."""

    config: MunicipalityConfig
    host: str = "127.0.0.1"
    port: int = 25
    from_address: str = "wijkbot@localhost"
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 10.0

    def send(self, item: OutboxItem, key: str) -> None:
        person = self.config.coordinator(str(item.payload.get("coordinator_id", "")))
        if person is None or not person.email:
            raise LookupError(f"no e-mail address for {item.payload.get('coordinator_id')}")
        subject, body = render_staff_message(item, self.config)
        message = EmailMessage()
        message["From"] = self.from_address
        message["To"] = person.email
        message["Subject"] = subject
        message["Message-ID"] = message_id(key)
        message.set_content(body)
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:
                smtp.starttls()
            if self.username and self.password:
                smtp.login(self.username, self.password)
            smtp.send_message(message)


# --- dispatching ---------------------------------------------------------------------------------


@dataclass
class DispatchReport:
    sent: list[str] = field(default_factory=list)  # dedupe keys
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # in flight elsewhere, or nothing to send


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... minutes after each failed attempt, at most six hours."""
    return min(FIRST_BACKOFF * (2 ** max(attempts, 0)), MAX_BACKOFF)


def sender_for(item: OutboxItem, senders: Mapping[str, Sender]) -> Sender | None:
    via = item.payload.get("via")
    if item.kind in STAFF_KINDS:
        return senders.get(str(via or "email"))
    channel = item.payload.get("channel")
    return senders.get(f"{item.kind}:{channel}") or senders.get(item.kind)


def dispatch_outbox(
    uow_factory: Callable[[], Any],
    senders: Mapping[str, Sender],
    now: datetime,
    *,
    config: MunicipalityConfig | None = None,
    limit: int = 50,
) -> DispatchReport:
    """Send every due item someone has a sender for; one short transaction per state change.

    `config` gives digests theme and wijk names (codes without it)."""
    from sqlalchemy import select

    from storage.models import OutboxRow

    report = DispatchReport()
    kinds = {k for k in STAFF_KINDS if _has_staff_sender(senders)} | {
        key.split(":", 1)[0] for key in senders if key not in ("email", "telegram")
    }
    if not kinds:
        return report
    with uow_factory() as uow:
        ids = list(
            uow.session.scalars(
                select(OutboxRow.id)
                .where(
                    OutboxRow.sent_at.is_(None),
                    OutboxRow.due_at <= now,
                    OutboxRow.kind.in_(sorted(kinds)),
                )
                .order_by(OutboxRow.due_at, OutboxRow.id)
                .limit(limit)
            )
        )
    for item_id in ids:
        item = _claim(uow_factory, item_id, now)
        if item is None:
            continue
        sender = sender_for(item, senders)
        if sender is None:
            _release(uow_factory, item_id)
            report.skipped.append(item.dedupe_key)
            continue
        _deliver(uow_factory, sender, item, now, config, report)
    return report


def _has_staff_sender(senders: Mapping[str, Sender]) -> bool:
    return "email" in senders or "telegram" in senders


def _deliver(
    uow_factory: Callable[[], Any],
    sender: Sender,
    item: OutboxItem,
    now: datetime,
    config: MunicipalityConfig | None,
    report: DispatchReport,
) -> None:
    item_id = int(item.id or 0)
    try:
        if item.kind == DIGEST:
            item = _with_digest_cases(uow_factory, item, config)
            if not item.payload.get("cases"):
                _finish(uow_factory, item_id, now, note="leeg: alle meldingen al opgepakt")
                report.skipped.append(item.dedupe_key)
                return
        sender.send(item, item.dedupe_key)
    except Exception as error:  # any failure: keep the item and try again later
        retry_at = now + backoff(item.attempts)
        log.warning("outbox %s failed (attempt %d), retry at %s: %s",
                    item.dedupe_key, item.attempts + 1, retry_at.isoformat(), type(error).__name__)  # fmt: skip
        with uow_factory() as uow:
            uow.outbox.mark_failed(item_id, f"{type(error).__name__}: {error}", retry_at)
            _clear_lease(uow, item_id)
            uow.commit()
        report.failed.append(item.dedupe_key)
        return
    _finish(uow_factory, item_id, now)
    report.sent.append(item.dedupe_key)


def _claim(uow_factory: Callable[[], Any], item_id: int, now: datetime) -> OutboxItem | None:
    """Take the item for sending: lock it, check nobody else is sending it, set a lease."""
    from sqlalchemy import select

    from storage.models import OutboxRow
    from storage.uow import outbox_from_row

    with uow_factory() as uow:
        row = uow.session.scalars(
            select(OutboxRow)
            .where(OutboxRow.id == item_id, OutboxRow.sent_at.is_(None), OutboxRow.due_at <= now)
            .with_for_update(skip_locked=True)
        ).first()
        if row is None:
            return None
        extra = dict(row.extra or {})
        started = extra.get("sending_since")
        if started and now - datetime.fromisoformat(str(started)) < LEASE:
            return None  # another dispatcher is sending it right now
        if started:
            log.warning("outbox %s: an earlier send was interrupted; sending again with the "
                        "same idempotency key", row.dedupe_key)  # fmt: skip
            extra["interrupted_sends"] = int(extra.get("interrupted_sends", 0)) + 1
        extra["sending_since"] = now.isoformat()
        row.extra = extra
        item = outbox_from_row(row)
        uow.commit()
        return item


def _clear_lease(uow: Any, item_id: int) -> None:
    from storage.models import OutboxRow

    row = uow.session.get(OutboxRow, item_id)
    if row is not None:
        row.extra = {k: v for k, v in (row.extra or {}).items() if k != "sending_since"}


def _release(uow_factory: Callable[[], Any], item_id: int) -> None:
    with uow_factory() as uow:
        _clear_lease(uow, item_id)
        uow.commit()


def _finish(uow_factory: Callable[[], Any], item_id: int, now: datetime, note: str = "") -> None:
    from storage.models import OutboxRow

    with uow_factory() as uow:
        uow.outbox.mark_sent(item_id, now)
        _clear_lease(uow, item_id)
        if note:
            row = uow.session.get(OutboxRow, item_id)
            row.extra = {**(row.extra or {}), "note": note}
        uow.commit()


def digest_cases(uow: Any, coordinator_id: str, since: datetime, opening: datetime) -> list[Any]:
    """Cases still waiting for `coordinator_id`, handed off between `since` and `opening`."""
    from sqlalchemy import select

    from storage.models import CaseRow

    return list(
        uow.session.scalars(
            select(CaseRow)
            .where(
                CaseRow.coordinator_id == coordinator_id,
                CaseRow.status == "waiting",
                CaseRow.handed_off_at >= since,
                CaseRow.handed_off_at <= opening,
            )
            .order_by(CaseRow.handed_off_at, CaseRow.id)
        )
    )


def _with_digest_cases(
    uow_factory: Callable[[], Any], item: OutboxItem, config: MunicipalityConfig | None
) -> OutboxItem:
    """The digest as sent: every case queued for this coordinator and opening, computed now."""
    opening = datetime.fromisoformat(str(item.payload["opening"]))
    since = datetime.fromisoformat(
        str(item.payload.get("closed_since") or item.created_at.isoformat())
    )
    with uow_factory() as uow:
        rows = digest_cases(uow, str(item.payload["coordinator_id"]), since, opening)
        cases = [
            {
                "reference": r.reference,
                "theme": _theme_name(config, r.theme),
                "wijk": _wijk_name(config, r.wijk),
                "handed_off_at": r.handed_off_at.isoformat(),
            }
            for r in rows
        ]
    return replace(item, payload={**item.payload, "cases": cases,
                                  "case_references": [c["reference"] for c in cases]})  # fmt: skip


def _theme_name(config: MunicipalityConfig | None, slug: str) -> str:
    theme = config.theme(slug) if config else None
    return theme.name_nl if theme else slug


def _wijk_name(config: MunicipalityConfig | None, code: str | None) -> str:
    wijk = config.wijk(code) if config and code else None
    return wijk.name if wijk else (code or "onbekende wijk")


# --- escalation ----------------------------------------------------------------------------------


def escalation_target(
    config: MunicipalityConfig, person: Coordinator | None, now: datetime
) -> Coordinator | None:
    """The substitute when present, else the team lead; never the person themselves."""
    if person is None:
        team = next((t for t in config.teams if t.lead_id), None)
        return config.coordinator(team.lead_id) if team and team.lead_id else None
    candidates: list[str | None] = [person.substitute_id]
    team = next((t for t in config.teams if t.id == person.team), None)
    candidates.append(team.lead_id if team else None)
    candidates += [t.lead_id for t in config.teams]
    for candidate_id in candidates:
        candidate = config.coordinator(candidate_id) if candidate_id else None
        if candidate and candidate.id != person.id and not candidate.is_absent(now):
            return candidate
    return None


def escalate_unclaimed(
    uow_factory: Callable[[], Any],
    config: MunicipalityConfig,
    schedule: OfficeSchedule,
    now: datetime,
    after_working_hours: float,
) -> list[str]:
    """Escalate (once) every case still waiting after `after_working_hours` office hours.

    Returns the references escalated in this run."""
    from sqlalchemy import select

    from storage.models import CaseRow

    escalated: list[str] = []
    with uow_factory() as uow:
        rows = list(
            uow.session.scalars(
                select(CaseRow)
                .where(
                    CaseRow.status == "waiting",
                    CaseRow.handed_off_at.is_not(None),
                    CaseRow.escalated_at.is_(None),
                )
                .order_by(CaseRow.handed_off_at)
            )
        )
        for row in rows:
            person = config.coordinator(row.coordinator_id) if row.coordinator_id else None
            team = person.team if person else None
            hours = schedule.working_hours_between(row.handed_off_at, now, team)
            if hours < after_working_hours:
                continue
            target = escalation_target(config, person, now)
            if target is None:
                log.warning("case %s waits %.1f working hours and has nobody to escalate to",
                            row.reference, hours)  # fmt: skip
                continue
            uow.outbox.add(_escalation_item(row, person, target, hours, now))
            uow.cases.mark_escalated(
                row.id, now, f"niet opgepakt na {hours:.1f} werkuren; gemeld aan {target.role}"
            )
            escalated.append(row.reference)
        uow.commit()
    return escalated


def _escalation_item(
    row: Any, person: Coordinator | None, target: Coordinator, hours: float, now: datetime
) -> OutboxItem:
    payload: dict[str, object] = {
        "coordinator_id": target.id,
        "via": contact_via(target) or "email",
        "case_id": row.id,
        "case_reference": row.reference,
        "theme": row.theme,
        "wijk": row.wijk,
        "escalated_from": person.id if person else None,
        "escalated_from_role": person.role if person else "niemand",
        "working_hours": round(hours, 1),
    }
    return OutboxItem(None, ESCALATION, payload, now, now, dedupe_key=f"escalation:{row.reference}")


def run_outbox(
    uow_factory: Callable[[], Any],
    senders: Mapping[str, Sender],
    config: MunicipalityConfig,
    schedule: OfficeSchedule,
    now: datetime,
    after_working_hours: float,
) -> DispatchReport:
    """One round of the outbox loop: escalate what waited too long, then send what is due."""
    escalate_unclaimed(uow_factory, config, schedule, now, after_working_hours)
    return dispatch_outbox(uow_factory, senders, now, config=config)
