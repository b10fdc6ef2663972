"""The SQL unit of work and its repositories, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from core.domain import (
    Case,
    CaseStatus,
    Channel,
    Direction,
    GeoPoint,
    Location,
    Message,
    OutboxItem,
    Resident,
)
from core.ports import Analysis, Conversation, RoutingDecision
from storage.models import (
    AnalysisRow,
    CaseEventRow,
    CaseRow,
    ChatSessionRow,
    ConversationRow,
    FaqEntryRow,
    FaqFeedbackRow,
    MessageRow,
    OutboxRow,
    ResidentRow,
    ThemeCorrectionRow,
)
from storage.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
AMSTERDAM = timezone(timedelta(hours=1))


def add_resident(uow_factory: SqlUnitOfWorkFactory, ref: str = "chat-1") -> int:
    with uow_factory() as uow:
        resident = uow.residents.add(Resident(None, Channel.TELEGRAM, ref, NOW, lang="en"))
        uow.commit()
    assert resident.id is not None
    return resident.id


def new_case(resident_id: int, reference: str = "WB-2026-000001", **changes: object) -> Case:
    case = Case(
        id=None,
        reference=reference,
        theme="afval",
        urgent=False,
        status=CaseStatus.BOT,
        channel=Channel.TELEGRAM,
        resident_id=resident_id,
        created_at=NOW,
        updated_at=NOW,
        summary="Volle container bij de Vleutenseweg",
        confidence=0.81,
        location=Location(
            kind="point",
            text="gedeelde locatie",
            wijk="WK034403",
            buurt="Lombok-Oost",
            point=GeoPoint(52.0907, 5.1032),
        ),
    )
    for name, value in changes.items():
        setattr(case, name, value)
    return case


def count(uow_factory: SqlUnitOfWorkFactory, row_class: type) -> int:
    with uow_factory() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(row_class)) or 0)


def test_resident_round_trip(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    with uow_factory() as uow:
        found = uow.residents.get_by_ref(Channel.TELEGRAM, "chat-1")
        assert found == Resident(resident_id, Channel.TELEGRAM, "chat-1", NOW, lang="en")
        assert uow.residents.get(resident_id) == found
        assert uow.residents.get_by_ref(Channel.WEB, "chat-1") is None
        found.lang = "nl"
        uow.residents.update(found)
        uow.commit()
    with uow_factory() as uow:
        resident = uow.residents.get(resident_id)
        assert resident is not None and resident.lang == "nl"
        assert resident.created_at.tzinfo is not None


def test_same_ref_twice_on_one_channel_is_refused(uow_factory: SqlUnitOfWorkFactory) -> None:
    add_resident(uow_factory, "same")
    add_resident_on_web = Resident(None, Channel.WEB, "same", NOW)
    with uow_factory() as uow:
        uow.residents.add(add_resident_on_web)  # another channel: allowed
        uow.commit()
    with uow_factory() as uow, pytest.raises(IntegrityError):
        uow.residents.add(Resident(None, Channel.TELEGRAM, "same", NOW))


def test_message_round_trip_and_queries(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    local_time = datetime(2026, 11, 24, 10, 31, tzinfo=AMSTERDAM)
    with uow_factory() as uow:
        inbound = uow.messages.add(
            Message(
                None,
                resident_id,
                Direction.IN,
                "De container zit vol",
                local_time,
                Channel.TELEGRAM,
                external_id="upd-1",
            )
        )
        staff = uow.messages.add(
            Message(
                None,
                resident_id,
                Direction.STAFF,
                "We komen morgen",
                NOW + timedelta(hours=1),
                Channel.TELEGRAM,
                author="coord-lombok",
            )
        )
        uow.commit()
    assert inbound.id is not None and staff.id is not None
    with uow_factory() as uow:
        stored = uow.messages.get(inbound.id)
        assert stored == inbound
        assert stored is not None and stored.created_at == local_time  # same moment, aware
        assert [m.id for m in uow.messages.unhandled()] == [inbound.id]
        assert [m.id for m in uow.messages.undelivered_staff(resident_id)] == [staff.id]
        assert [m.id for m in uow.messages.for_resident(resident_id)] == [inbound.id, staff.id]
        uow.messages.mark_handled(inbound.id, NOW)
        uow.messages.mark_delivered(staff.id, NOW)
        uow.messages.set_attachment(inbound.id, "uploads/a.jpg", "image/jpeg", 1234)
        uow.commit()
    with uow_factory() as uow:
        assert uow.messages.unhandled() == []
        assert uow.messages.undelivered_staff(resident_id) == []
        assert uow.messages.attachments_for_resident(resident_id) == ["uploads/a.jpg"]
        handled = uow.messages.get(inbound.id)
        assert handled is not None and handled.handled_at == NOW


def test_seen_external_and_unique_external_id(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)

    def message(external_id: str | None, channel: Channel = Channel.TELEGRAM) -> Message:
        return Message(
            None, resident_id, Direction.IN, "hoi", NOW, channel, external_id=external_id
        )

    with uow_factory() as uow:
        assert not uow.messages.seen_external(Channel.TELEGRAM, "42")
        uow.messages.add(message("42"))
        uow.messages.add(message("42", Channel.WEB))  # another channel's id space
        uow.messages.add(message(None))
        uow.messages.add(message(None))  # messages without a channel id never collide
        uow.commit()
    with uow_factory() as uow:
        assert uow.messages.seen_external(Channel.TELEGRAM, "42")
        assert not uow.messages.seen_external(Channel.TELEGRAM, "43")
        with pytest.raises(IntegrityError):
            uow.messages.add(message("42"))


def test_conversation_save_and_update(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    with uow_factory() as uow:
        assert uow.conversations.get(resident_id) is None
        draft = {"theme": "afval", "message_ids": [1, 2], "location": {"kind": "wijk"}}
        uow.conversations.save(Conversation(resident_id, "ask_location", draft, "en", NOW))
        uow.commit()
    with uow_factory() as uow:
        conversation = uow.conversations.get(resident_id)
        assert conversation == Conversation(resident_id, "ask_location", draft, "en", NOW)
        assert conversation is not None
        conversation.draft["location"] = {"kind": "postcode", "text": "3531"}
        conversation.state = "confirm"
        uow.conversations.save(conversation)
        uow.commit()
    with uow_factory() as uow:
        again = uow.conversations.get(resident_id)
        assert again is not None and again.state == "confirm"
        assert again.draft["location"] == {"kind": "postcode", "text": "3531"}


def test_case_round_trip_update_and_history(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    with uow_factory() as uow:
        case = uow.cases.add(new_case(resident_id))
        uow.commit()
    assert case.id is not None
    with uow_factory() as uow:
        assert uow.cases.get(case.id) == case
        assert uow.cases.get_by_reference("wb-2026-000001 ") == case
        assert uow.cases.get_by_reference("WB-2026-999999") is None
        decision = RoutingDecision(
            "coordinator",
            "coord-west",
            "de wijkregisseur",
            "regel 4: afval in West",
            4,
            "coord-sub",
        )
        uow.cases.set_routing(case.id, decision)
        stored = uow.cases.get(case.id)
        assert stored is not None and stored.coordinator_id == "coord-sub"
        stored.transition(CaseStatus.WAITING, NOW + timedelta(minutes=5))
        uow.cases.update(stored)
        uow.commit()
    with uow_factory() as uow:
        updated = uow.cases.get(case.id)
        assert updated is not None
        assert updated.status is CaseStatus.WAITING
        assert updated.handed_off_at == NOW + timedelta(minutes=5)
        assert updated.routing_explanation == "regel 4: afval in West"
        assert updated.location == case.location
        assert updated.wijk == "WK034403"
        row = uow.session.get(CaseRow, case.id)
        assert row is not None
        assert (row.routing_target_kind, row.routing_target_id, row.rule_index) == (
            "coordinator",
            "coord-west",
            4,
        )
        assert [(e.event, e.detail) for e in uow.cases.events(case.id)] == [
            ("status", "bot"),
            ("status", "waiting"),
        ]
        assert [c.id for c in uow.cases.for_resident(resident_id)] == [case.id]
        assert [c.id for c in uow.cases.open_for_resident(resident_id)] == [case.id]


def test_case_without_location(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    with uow_factory() as uow:
        case = uow.cases.add(new_case(resident_id, location=None))
        uow.commit()
    with uow_factory() as uow:
        stored = uow.cases.get(case.id or 0)
        assert stored is not None and stored.location is None and stored.wijk is None


def test_leaving_without_commit_rolls_back(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory() as uow:
        uow.residents.add(Resident(None, Channel.WEB, "forgotten", NOW))
    assert count(uow_factory, ResidentRow) == 0


def test_exception_rolls_back_everything(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    with pytest.raises(RuntimeError), uow_factory() as uow:
        uow.messages.add(Message(None, resident_id, Direction.IN, "x", NOW, Channel.TELEGRAM))
        uow.cases.add(new_case(resident_id, reference=uow.cases.next_reference(2026)))
        raise RuntimeError("the analyzer broke")
    assert count(uow_factory, MessageRow) == 0
    assert count(uow_factory, CaseRow) == 0
    with uow_factory() as uow:
        assert uow.cases.next_reference(2026) == "WB-2026-000001"  # the number came back


def test_explicit_rollback_then_new_work(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory() as uow:
        uow.residents.add(Resident(None, Channel.WEB, "a", NOW))
        uow.rollback()
        uow.residents.add(Resident(None, Channel.WEB, "b", NOW))
        uow.commit()
    with uow_factory() as uow:
        assert uow.residents.get_by_ref(Channel.WEB, "a") is None
        assert uow.residents.get_by_ref(Channel.WEB, "b") is not None


def test_unit_of_work_outside_with_is_refused(uow_factory: SqlUnitOfWorkFactory) -> None:
    uow = uow_factory()
    with pytest.raises(RuntimeError):
        uow.commit()


def test_forget_deletes_the_resident_and_all_their_data(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    resident_id = add_resident(uow_factory, "me")
    other_id = add_resident(uow_factory, "someone-else")
    for rid in (resident_id, other_id):
        with uow_factory() as uow:
            case = uow.cases.add(new_case(rid, uow.cases.next_reference(2026)))
            assert case.id is not None
            message = uow.messages.add(
                Message(None, rid, Direction.IN, "tekst", NOW, Channel.TELEGRAM, case_id=case.id)
            )
            assert message.id is not None
            uow.conversations.save(Conversation(rid, "idle", {}, "nl", NOW))
            uow.outbox.add(
                OutboxItem(
                    None,
                    "deliver_to_resident",
                    {"message_id": message.id},
                    NOW,
                    NOW,
                    f"deliver:{message.id}",
                )
            )
            session = uow.session
            session.add(
                AnalysisRow(message_id=message.id, theme="afval", confidence=0.9, created_at=NOW)
            )
            session.add(
                ChatSessionRow(
                    id=f"s-{rid}", token_hash="h", resident_id=rid, created_at=NOW, last_seen_at=NOW
                )
            )
            session.add(
                ThemeCorrectionRow(
                    case_id=case.id,
                    old_theme="afval",
                    new_theme="groen",
                    text="tekst",
                    corrected_by="coord",
                    at=NOW,
                )
            )
            uow.commit()
    tables = [
        ResidentRow,
        MessageRow,
        CaseRow,
        CaseEventRow,
        ConversationRow,
        OutboxRow,
        AnalysisRow,
        ChatSessionRow,
        ThemeCorrectionRow,
    ]
    before = {t.__tablename__: count(uow_factory, t) for t in tables}
    with uow_factory() as uow:
        uow.residents.forget(resident_id)
        uow.commit()
    after = {t.__tablename__: count(uow_factory, t) for t in tables}
    assert after == {name: n // 2 for name, n in before.items()}
    with uow_factory() as uow:
        assert uow.residents.get(resident_id) is None
        assert uow.messages.for_resident(resident_id) == []
        assert uow.cases.for_resident(resident_id) == []
        assert uow.conversations.get(resident_id) is None
        assert uow.residents.get(other_id) is not None
        assert len(uow.messages.for_resident(other_id)) == 1


def test_faq_repository(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory() as uow:
        uow.session.add_all(
            [
                FaqEntryRow(
                    slug="grofvuil",
                    theme="afval",
                    questions=["Wanneer grofvuil?"],
                    answer_nl="Bel 14 030.",
                    answer_en="Call 14 030.",
                    position=2,
                ),
                FaqEntryRow(
                    slug="oud",
                    theme="afval",
                    questions=["x"],
                    answer_nl="y",
                    active=False,
                    position=1,
                ),
                FaqEntryRow(
                    slug="paspoort",
                    theme="overig",
                    questions=["Paspoort?", "ID?"],
                    answer_nl="Maak een afspraak.",
                    position=1,
                ),
            ]
        )
        uow.commit()
    with uow_factory() as uow:
        assert [f.slug for f in uow.faq.active()] == ["paspoort", "grofvuil"]
        entry = uow.faq.get("paspoort")
        assert entry is not None and entry.questions == ("Paspoort?", "ID?")
        assert entry.answer_en == ""
        assert uow.faq.get("missing") is None


def test_photo_message_keeps_its_attachment(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    photo = Message(
        None,
        resident_id,
        Direction.IN,
        "",
        NOW,
        Channel.TELEGRAM,
        kind="photo",
        attachment_path="uploads/2026/x.jpg",
        attachment_type="image/jpeg",
        attachment_size=20480,
    )
    with uow_factory() as uow:
        uow.messages.add(photo)
        uow.commit()
    with uow_factory() as uow:
        assert uow.messages.get(photo.id or 0) == photo


def test_insights_record_analyses_and_feedback(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    analysis = Analysis(
        theme="afval",
        confidence=0.42,
        scores={"afval": 0.42, "groen": 0.4},
        urgent=False,
        lang="nl",
        faq="grofvuil",
        faq_score=0.3,
    )
    with uow_factory() as uow:
        message = uow.messages.add(
            Message(None, resident_id, Direction.IN, "kweenie", NOW, Channel.WEB)
        )
        uow.insights.record_analysis(message.id or 0, analysis, understood=False, now=NOW)
        uow.insights.record_faq_feedback("grofvuil", helpful=True, now=NOW)
        uow.commit()
    with uow_factory() as uow:
        row = uow.session.scalars(select(AnalysisRow)).one()
        assert (row.theme, row.understood, row.faq, row.scores) == (
            "afval",
            False,
            "grofvuil",
            {"afval": 0.42, "groen": 0.4},
        )
        feedback = uow.session.scalars(select(FaqFeedbackRow)).one()
        assert (feedback.slug, feedback.helpful, feedback.at) == ("grofvuil", True, NOW)


def test_add_if_new_skips_a_duplicate_delivery(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)

    def update(text: str) -> Message:
        return Message(
            None, resident_id, Direction.IN, text, NOW, Channel.TELEGRAM, external_id="update-7"
        )

    with uow_factory() as uow:
        first = uow.messages.add_if_new(update("eerste"))
        uow.commit()
    with uow_factory() as uow:
        assert uow.messages.add_if_new(update("nog een keer")) is None
        no_id = uow.messages.add_if_new(
            Message(None, resident_id, Direction.OUT, "antwoord", NOW, Channel.TELEGRAM)
        )
        uow.commit()
    assert first is not None and first.id is not None and no_id is not None
    with uow_factory() as uow:
        assert [m.text for m in uow.messages.for_resident(resident_id)] == ["eerste", "antwoord"]


def test_racing_duplicate_deliveries_store_one_message(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """Two workers handle the same update at once: exactly one stores it, neither raises."""
    import threading

    resident_id = add_resident(uow_factory)
    start = threading.Barrier(2)
    results: list[bool] = []

    def deliver() -> None:
        with uow_factory() as uow:
            start.wait()
            stored = uow.messages.add_if_new(
                Message(
                    None,
                    resident_id,
                    Direction.IN,
                    "x",
                    NOW,
                    Channel.TELEGRAM,
                    external_id="update-8",
                )
            )
            uow.commit()
            results.append(stored is not None)

    workers = [threading.Thread(target=deliver) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(results) == [False, True]
    assert count(uow_factory, MessageRow) == 1


def test_stored_data_survives_a_new_engine(db_url: str, uow_factory: SqlUnitOfWorkFactory) -> None:
    """What one process committed, a restarted process (new engine) reads back."""
    from storage.db import make_engine, make_session_factory

    resident_id = add_resident(uow_factory)
    with uow_factory() as uow:
        uow.messages.add(Message(None, resident_id, Direction.IN, "hallo", NOW, Channel.WEB))
        uow.conversations.save(Conversation(resident_id, "ask_location", {"theme": "afval"}))
        uow.commit()
    restarted = make_engine(db_url)
    try:
        with SqlUnitOfWorkFactory(make_session_factory(restarted))() as uow:
            assert [m.text for m in uow.messages.unhandled()] == ["hallo"]
            conversation = uow.conversations.get(resident_id)
            assert conversation is not None and conversation.state == "ask_location"
    finally:
        restarted.dispose()


def test_inbound_messages_record_the_residents_last_activity(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    resident_id = add_resident(uow_factory)
    later = NOW + timedelta(days=3)
    with uow_factory() as uow:
        uow.messages.add(Message(None, resident_id, Direction.IN, "a", later, Channel.TELEGRAM))
        uow.messages.add(Message(None, resident_id, Direction.IN, "b", NOW, Channel.TELEGRAM))
        uow.messages.add(
            Message(
                None, resident_id, Direction.OUT, "c", later + timedelta(days=1), Channel.TELEGRAM
            )
        )
        uow.commit()
    with uow_factory() as uow:
        row = uow.session.get(ResidentRow, resident_id)
        assert row is not None and row.last_seen_at == later


def test_processed_updates_are_claimed_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory() as uow:
        assert uow.processed.claim("telegram", "cb-1", NOW)
        assert not uow.processed.claim("telegram", "cb-1", NOW)  # same transaction
        assert uow.processed.claim("web", "cb-1", NOW)
        uow.commit()
    with uow_factory() as uow:
        assert not uow.processed.claim("telegram", "cb-1", NOW + timedelta(hours=1))
        assert uow.processed.purge_before(NOW + timedelta(minutes=1)) == 2
        assert uow.processed.claim("telegram", "cb-1", NOW + timedelta(hours=1))


def test_escalation_and_events_are_recorded(uow_factory: SqlUnitOfWorkFactory) -> None:
    resident_id = add_resident(uow_factory)
    later = NOW + timedelta(hours=9)
    with uow_factory() as uow:
        case = uow.cases.add(new_case(resident_id))
        assert case.id is not None
        uow.cases.add_event(case.id, NOW + timedelta(hours=1), "coord-west", "reply", "")
        uow.cases.mark_escalated(case.id, later, "to team lead")
        case.transition(CaseStatus.WAITING, later)
        uow.cases.update(case, actor="coord-lead")
        uow.commit()
    with uow_factory() as uow:
        row = uow.session.get(CaseRow, case.id)
        assert row is not None and row.escalated_at == later
        assert [(e.actor, e.event, e.detail) for e in uow.cases.events(case.id)] == [
            ("assistant", "status", "bot"),
            ("coord-west", "reply", ""),
            ("system", "escalated", "to team lead"),
            ("coord-lead", "status", "waiting"),
        ]
