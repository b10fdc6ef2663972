"""The dialogue on real storage: SQLite and PostgreSQL (each test runs on both).

Fakes stand in for NLP, geography and routing only, so these tests are about what the dialogue
stores: messages first, cases with references, outbox items, de-duplication, erasure, restarts.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from core.domain import CaseStatus, Direction
from storage.config import save_config
from storage.models import CaseRow, MessageRow, OutboxRow, ResidentRow
from tests.core.chat import CONFIG, FRIDAY_EVENING, Chat, fake_assistant, joined

REPORT = "er staat al drie weken een auto zonder kentekenplaten in Overvecht"


@pytest.fixture
def chat(session_factory: sessionmaker[Session], uow_factory: Any) -> Chat:
    with session_factory() as session:
        save_config(session, CONFIG)
        session.commit()
    return Chat(fake_assistant(uow_factory))


def count(session_factory: sessionmaker[Session], row: Any) -> int:
    with session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(row)) or 0)


def test_handoff_stores_case_transcript_and_notification(chat: Chat, session_factory: Any) -> None:
    chat.send("/start")
    chat.send(REPORT)
    assert "WB-2026-000001" in joined(chat.press("summary:yes"))
    with session_factory() as session:
        case = session.scalars(select(CaseRow)).one()
        assert case.status == CaseStatus.WAITING.value and case.wijk == "WK034403"
        directions = {m.direction for m in session.scalars(select(MessageRow).where(MessageRow.case_id == case.id))}
        assert directions == {Direction.IN.value, Direction.OUT.value}
        assert [o.kind for o in session.scalars(select(OutboxRow))] == ["notify_coordinator"]


def test_references_count_up(chat: Chat) -> None:
    chat.send(REPORT)
    assert "WB-2026-000001" in joined(chat.press("summary:yes"))
    chat.send("nog iets anders")  # added to the open case, which offers a new report
    chat.press("new:report")
    chat.send("de lantaarnpaal in Lombok is al een week kapot, erg donker")
    assert "WB-2026-000002" in joined(chat.press("summary:yes"))


def test_faq_answer_comes_from_the_database(chat: Chat) -> None:
    chat.send("/start")
    replies = chat.send("hoe vraag ik een parkeervergunning aan?")
    assert replies[0].text.startswith("U vraagt een parkeervergunning")


def test_outside_hours_handoff_names_next_opening(chat: Chat) -> None:
    chat.now = FRIDAY_EVENING
    chat.send(REPORT)
    assert "30 November vanaf 08:30" in joined(chat.press("summary:yes"))


def test_duplicate_update_makes_one_message(chat: Chat, session_factory: Any) -> None:
    chat.send("/start", external_id="tg:1")
    chat.send(REPORT, external_id="tg:2")
    assert chat.send(REPORT, external_id="tg:2") == []
    with session_factory() as session:
        inbound = session.scalar(select(func.count()).select_from(MessageRow).where(MessageRow.direction == "in"))
    assert inbound == 2


def test_follow_up_and_status(chat: Chat, session_factory: Any) -> None:
    chat.send(REPORT)
    chat.press("summary:yes")
    assert "toegevoegd" in joined(chat.send("nu staat hij er weer, ook met een lekke band"))
    assert "wacht op een medewerker" in joined(chat.send("status"))
    with session_factory() as session:
        case = session.scalars(select(CaseRow)).one()
        texts = [m.text for m in session.scalars(select(MessageRow).where(MessageRow.case_id == case.id))]
    assert any("lekke band" in t for t in texts)


def test_forget_me_deletes_everything(chat: Chat, session_factory: Any) -> None:
    chat.send(REPORT)
    chat.press("summary:yes")
    chat.send("vergeet mij")
    assert "gewist" in joined(chat.press("forget:yes"))
    for row in (ResidentRow, MessageRow, CaseRow):
        assert count(session_factory, row) == 0


def test_restart_mid_conversation_continues(chat: Chat, uow_factory: Any) -> None:
    chat.send("/start")
    chat.send("al dagen veel herrie van de buren, elke nacht weer tot laat")
    restarted = Chat(fake_assistant(uow_factory))
    assert "Klopt dit?" in joined(restarted.send("Overvecht"))


def test_crash_after_storing_keeps_message_for_next_report(chat: Chat, session_factory: Any) -> None:
    chat.send("/start")
    original = chat.assistant.engine.run

    def crash(*_: object) -> None:
        raise RuntimeError("crash between storing and replying")

    chat.assistant.engine.run = crash  # type: ignore[method-assign,assignment]
    replies = chat.send("de container bij ons in Overvecht is kapot")
    assert "bewaard" in joined(replies)
    chat.assistant.engine.run = original  # type: ignore[method-assign,assignment]
    chat.send("de container in Overvecht is nog steeds kapot en hij stinkt enorm")
    chat.press("summary:yes")
    with session_factory() as session:
        case = session.scalars(select(CaseRow)).one()
        texts = [m.text for m in session.scalars(select(MessageRow).where(MessageRow.case_id == case.id))]
    assert "de container bij ons in Overvecht is kapot" in texts
