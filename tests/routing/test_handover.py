"""Hand-over planning (pure) and the outbox: digests, outages, crashes, SMTP, escalation.

The database tests run on SQLite and PostgreSQL (`uow_factory` from tests/conftest.py) with an
injected clock: every call gets `now` explicitly.
"""

from __future__ import annotations

import email
import socket
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.config import MunicipalityConfig
from core.domain import Absence, Case, CaseStatus, Channel, Location, OutboxItem, Resident
from routing import handover
from routing.handover import (
    HandoverPlanner,
    SmtpSender,
    dispatch_outbox,
    escalate_unclaimed,
    message_id,
    render_staff_message,
)
from routing.hours import OfficeSchedule
from routing.municipality import load_municipality
from routing.rules import RuleRouter

ROOT = Path(__file__).resolve().parents[2] / "municipalities"
OVERVECHT, WEST = "WK034403", "WK034401"


def iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture(scope="module")
def config() -> MunicipalityConfig:
    return load_municipality(ROOT / "utrecht")


@pytest.fixture(scope="module")
def planner(config: MunicipalityConfig) -> HandoverPlanner:
    return HandoverPlanner(OfficeSchedule(config), config)


def new_case(
    reference: str, wijk: str | None, theme: str = "overlast", urgent: bool = False
) -> Case:
    at = iso("2026-11-01T10:00:00+01:00")
    return Case(1, reference, theme, urgent, CaseStatus.WAITING, Channel.WEB, 1, at, at,
                location=Location("wijk", "", wijk=wijk))  # fmt: skip


def plan(
    config: MunicipalityConfig, planner: HandoverPlanner, case: Case, now: datetime
) -> list[OutboxItem]:
    decision = RuleRouter(config).route(case.theme, case.location, case.urgent, Channel.WEB, now)
    return planner.plan(case, decision, now)


# --- planning (pure) ---------------------------------------------------------------------------


def test_inside_office_hours_the_coordinator_is_notified_at_once(config, planner) -> None:  # type: ignore[no-untyped-def]
    now = iso("2026-11-24T10:00:00+01:00")
    (item,) = plan(config, planner, new_case("WB-2026-000001", OVERVECHT), now)
    assert (item.kind, item.due_at, item.dedupe_key) == (
        "notify_coordinator", now, "notify:WB-2026-000001:wr-overvecht",
    )  # fmt: skip
    assert item.payload["via"] == "email" and item.payload["coordinator_id"] == "wr-overvecht"


def test_outside_office_hours_one_digest_per_coordinator_and_opening(config, planner) -> None:  # type: ignore[no-untyped-def]
    first = plan(
        config, planner, new_case("WB-2026-000001", OVERVECHT), iso("2026-12-24T21:00:00+01:00")
    )
    second = plan(
        config, planner, new_case("WB-2026-000002", OVERVECHT), iso("2026-12-26T11:00:00+01:00")
    )
    other = plan(
        config, planner, new_case("WB-2026-000003", WEST), iso("2026-12-26T11:00:00+01:00")
    )
    assert first[0].kind == "digest"
    assert first[0].due_at == iso("2026-12-28T08:30:00+01:00")
    assert first[0].dedupe_key == "digest:wr-overvecht:2026-12-28T08:30:00+01:00"
    assert second[0].dedupe_key == first[0].dedupe_key  # stored once: one digest
    assert other[0].dedupe_key == "digest:wr-west:2026-12-28T08:30:00+01:00"
    assert first[0].payload["closed_since"] == "2026-12-24T17:00:00+01:00"


def test_referral_notifies_nobody(config, planner) -> None:  # type: ignore[no-untyped-def]
    case = new_case("WB-2026-000004", OVERVECHT, theme="wonen")
    assert plan(config, planner, case, iso("2026-11-24T10:00:00+01:00")) == []


def test_urgent_case_is_notified_at_once_even_at_night(config, planner) -> None:  # type: ignore[no-untyped-def]
    now = iso("2026-11-24T23:00:00+01:00")
    (item,) = plan(config, planner, new_case("WB-2026-000005", OVERVECHT, urgent=True), now)
    assert item.kind == "notify_coordinator" and item.due_at == now
    assert render_staff_message(item, config)[0].startswith("SPOED")


# --- the outbox on both databases ---------------------------------------------------------------


class Recorder:
    """A sender that can be down for a while; the receiving side keeps one message per key."""

    def __init__(self, down_for: int = 0) -> None:
        self.calls: list[str] = []
        self.delivered: dict[str, OutboxItem] = {}
        self.down_for = down_for

    def send(self, item: OutboxItem, key: str) -> None:
        self.calls.append(key)
        if self.down_for > 0:
            self.down_for -= 1
            raise ConnectionRefusedError("mail server down")
        self.delivered.setdefault(key, item)


def hand_off(uow_factory: Any, config: MunicipalityConfig, planner: HandoverPlanner, wijk: str,
             now: datetime, theme: str = "overlast") -> str:  # fmt: skip
    """Store a case handed off at `now`, with the planner's outbox items, in one transaction."""
    with uow_factory() as uow:
        resident = uow.residents.add(
            Resident(None, Channel.WEB, f"r-{now.isoformat()}-{wijk}", now)
        )
        location = Location("wijk", wijk, wijk=wijk)
        decision = RuleRouter(config).route(theme, location, False, Channel.WEB, now)
        case = Case(None, uow.cases.next_reference(now.year), theme, False, CaseStatus.BOT,
                    Channel.WEB, resident.id, now, now, location=location,
                    coordinator_id=decision.coordinator_id)  # fmt: skip
        case.transition(CaseStatus.WAITING, now)
        case = uow.cases.add(case)
        for item in planner.plan(case, decision, now):
            uow.outbox.add(item)
        uow.commit()
        return str(case.reference)


def pending(uow_factory: Any) -> list[OutboxItem]:
    with uow_factory() as uow:
        return list(uow.outbox.pending())


def test_morning_digest_lists_every_overnight_case(uow_factory, config, planner) -> None:  # type: ignore[no-untyped-def]
    in_hours = hand_off(uow_factory, config, planner, OVERVECHT, iso("2026-12-24T14:00:00+01:00"))
    night = [
        hand_off(uow_factory, config, planner, OVERVECHT, iso(moment))
        for moment in (
            "2026-12-24T21:00:00+01:00",
            "2026-12-26T10:00:00+01:00",
            "2026-12-27T23:00:00+01:00",
        )
    ]
    west = hand_off(uow_factory, config, planner, WEST, iso("2026-12-25T09:00:00+01:00"))
    mail = Recorder()
    first = dispatch_outbox(
        uow_factory, {"email": mail}, iso("2026-12-24T14:00:05+01:00"), config=config
    )
    assert first.sent == [f"notify:{in_hours}:wr-overvecht"]
    assert (
        dispatch_outbox(uow_factory, {"email": mail}, iso("2026-12-28T08:29:00+01:00")).sent == []
    )
    report = dispatch_outbox(
        uow_factory, {"email": mail}, iso("2026-12-28T08:30:00+01:00"), config=config
    )
    assert sorted(report.sent) == [
        "digest:wr-overvecht:2026-12-28T08:30:00+01:00", "digest:wr-west:2026-12-28T08:30:00+01:00",
    ]  # fmt: skip
    digest = mail.delivered["digest:wr-overvecht:2026-12-28T08:30:00+01:00"]
    assert digest.payload["case_references"] == night
    assert mail.delivered["digest:wr-west:2026-12-28T08:30:00+01:00"].payload[
        "case_references"
    ] == [west]
    subject, body = render_staff_message(digest, config)
    assert (
        "3 nieuwe melding" in subject and all(ref in body for ref in night) and "Overvecht" in body
    )
    assert (
        dispatch_outbox(uow_factory, {"email": mail}, iso("2026-12-28T09:00:00+01:00")).sent == []
    )
    assert len(mail.calls) == 3 and pending(uow_factory) == []


def test_sender_outage_loses_nothing_and_sends_once(uow_factory, config, planner) -> None:  # type: ignore[no-untyped-def]
    now = iso("2026-11-24T10:00:00+01:00")
    reference = hand_off(uow_factory, config, planner, WEST, now)
    mail = Recorder(down_for=3)
    moments = [now, now + timedelta(seconds=30), now + timedelta(minutes=1), now + timedelta(minutes=3),
               now + timedelta(minutes=7), now + timedelta(minutes=8), now + timedelta(hours=1)]  # fmt: skip
    results = [dispatch_outbox(uow_factory, {"email": mail}, moment) for moment in moments]
    assert [(len(r.sent), len(r.failed)) for r in results] == [
        (0, 1), (0, 0), (0, 1), (0, 1), (1, 0), (0, 0), (0, 0),
    ]  # fmt: skip
    assert list(mail.delivered) == [f"notify:{reference}:wr-west"]
    assert len(mail.calls) == 4  # three failures with back-off 1, 2, 4 minutes, then one success
    with uow_factory() as uow:
        assert uow.outbox.pending() == []
        (row,) = uow.session.query(handover_row()).all()
        assert row.attempts == 4 and row.sent_at is not None and row.last_error is None


def handover_row() -> Any:
    from storage.models import OutboxRow

    return OutboxRow


def test_crash_between_send_and_mark_repeats_with_the_same_key(
    uow_factory, config, planner, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    now = iso("2026-11-24T10:00:00+01:00")
    hand_off(uow_factory, config, planner, WEST, now)
    mail = Recorder()
    real_finish = handover._finish
    monkeypatch.setattr(
        handover, "_finish", lambda *a, **k: (_ for _ in ()).throw(SystemExit("crash"))
    )
    with pytest.raises(SystemExit):
        dispatch_outbox(uow_factory, {"email": mail}, now)
    monkeypatch.setattr(handover, "_finish", real_finish)
    assert len(mail.calls) == 1 and len(pending(uow_factory)) == 1  # sent, but not marked
    # a second dispatcher while the first one's lease runs does not send it again
    assert dispatch_outbox(uow_factory, {"email": mail}, now + timedelta(minutes=1)).skipped == []
    assert len(mail.calls) == 1
    # after the lease the item is sent again with the same idempotency key: still one message
    after = dispatch_outbox(uow_factory, {"email": mail}, now + timedelta(minutes=10))
    assert len(after.sent) == 1 and mail.calls[0] == mail.calls[1]
    assert len(mail.delivered) == 1 and pending(uow_factory) == []


def test_items_without_a_sender_are_left_alone(uow_factory, config, planner) -> None:  # type: ignore[no-untyped-def]
    now = iso("2026-11-24T10:00:00+01:00")
    with uow_factory() as uow:
        uow.outbox.add(
            OutboxItem(None, "deliver_to_resident", {"channel": "telegram"}, now, now, "deliver:1")
        )
        uow.commit()
    hand_off(uow_factory, config, planner, WEST, now)
    report = dispatch_outbox(uow_factory, {"email": Recorder()}, now)
    assert len(report.sent) == 1
    assert [i.dedupe_key for i in pending(uow_factory)] == ["deliver:1"]


# --- SMTP against a local server ---------------------------------------------------------------


class Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_smtp_outage_then_exactly_one_mail(uow_factory, config, planner) -> None:  # type: ignore[no-untyped-def]
    from aiosmtpd.controller import Controller

    port = free_port()
    sender = SmtpSender(config, host="127.0.0.1", port=port, from_address="wijkbot@test", timeout=2)
    now = iso("2026-11-24T10:00:00+01:00")
    reference = hand_off(uow_factory, config, planner, OVERVECHT, now, theme="verkeer")
    down = dispatch_outbox(uow_factory, {"email": sender}, now, config=config)
    assert len(down.failed) == 1  # nobody listens yet
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        later = now + timedelta(minutes=2)
        up = dispatch_outbox(uow_factory, {"email": sender}, later, config=config)
        again = dispatch_outbox(
            uow_factory, {"email": sender}, later + timedelta(hours=1), config=config
        )
    finally:
        server.stop()
    assert len(up.sent) == 1 and again.sent == [] and again.failed == []
    (mail,) = inbox.messages
    assert mail["To"] == "mirjam.bosch@wijkbot-demo.example"  # traffic in Overvecht
    assert reference in mail["Subject"] and "Overvecht" in mail["Subject"]
    assert mail["Message-ID"] == message_id(f"notify:{reference}:verkeerscoordinator")


# --- escalation --------------------------------------------------------------------------------


def test_unclaimed_case_escalates_once_to_the_substitute(uow_factory, config, planner) -> None:  # type: ignore[no-untyped-def]
    schedule = OfficeSchedule(config)
    reference = hand_off(uow_factory, config, planner, OVERVECHT, iso("2026-11-23T09:00:00+01:00"))
    assert (
        escalate_unclaimed(uow_factory, config, schedule, iso("2026-11-23T16:00:00+01:00"), 8) == []
    )
    assert escalate_unclaimed(
        uow_factory, config, schedule, iso("2026-11-24T09:00:00+01:00"), 8
    ) == [reference]
    assert (
        escalate_unclaimed(uow_factory, config, schedule, iso("2026-11-25T09:00:00+01:00"), 8) == []
    )
    with uow_factory() as uow:
        items = [i for i in uow.outbox.pending() if i.kind == "escalation"]
        case = uow.cases.get_by_reference(reference)
        events = [e.event for e in uow.cases.events(case.id)]
    (item,) = items
    assert item.payload["coordinator_id"] == "wr-noordoost"  # the substitute of Overvecht
    assert item.payload["escalated_from"] == "wr-overvecht"
    assert events.count("escalated") == 1
    subject, body = render_staff_message(item, config)
    assert reference in subject and "8.5 werkuren" in body


def test_escalation_skips_an_absent_substitute_and_claimed_cases(
    uow_factory, config, planner
) -> None:  # type: ignore[no-untyped-def]
    away = Absence(iso("2026-11-01T00:00:00+01:00"), iso("2026-12-01T00:00:00+01:00"))
    people = tuple(
        replace(c, absences=(away,)) if c.id == "wr-noordoost" else c for c in config.coordinators
    )
    absent = replace(config, coordinators=people)
    schedule = OfficeSchedule(absent)
    waiting = hand_off(uow_factory, absent, planner, OVERVECHT, iso("2026-11-23T09:00:00+01:00"))
    claimed = hand_off(uow_factory, absent, planner, WEST, iso("2026-11-23T09:00:00+01:00"))
    with uow_factory() as uow:
        case = uow.cases.get_by_reference(claimed)
        case.transition(CaseStatus.IN_PROGRESS, iso("2026-11-23T10:00:00+01:00"))
        uow.cases.update(case)
        uow.commit()
    assert escalate_unclaimed(
        uow_factory, absent, schedule, iso("2026-11-25T09:00:00+01:00"), 8
    ) == [waiting]
    with uow_factory() as uow:
        (item,) = [i for i in uow.outbox.pending() if i.kind == "escalation"]
    assert item.payload["coordinator_id"] == "tl-wijkregie"


def test_no_senders_no_work(uow_factory, config, planner) -> None:  # type: ignore[no-untyped-def]
    now = iso("2026-11-24T10:00:00+01:00")
    hand_off(uow_factory, config, planner, WEST, now)
    report = dispatch_outbox(uow_factory, {}, now)
    assert (report.sent, report.failed, report.skipped) == ([], [], [])
    assert len(pending(uow_factory)) == 1
