"""The coordinator inbox over HTTP: visibility by wijk, filters, the case page and every action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from core.domain import CaseStatus
from storage.models import (
    AuditLogRow,
    CaseEventRow,
    CaseRow,
    MessageRow,
    OutboxRow,
    ThemeCorrectionRow,
)
from tests.web.conftest import NOORDWEST, WEST, Login, add_case, login


@pytest.fixture
def west_client(client: TestClient, users: dict[str, Login]) -> tuple[TestClient, str]:
    return client, login(client, users["west"])


def case_row(container: Any, case_id: int | None) -> CaseRow:
    with container.session_factory() as db:
        row = db.get(CaseRow, case_id)
        assert row is not None
        db.expunge(row)
        return row


def test_coordinator_sees_only_cases_of_their_wijken(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, _ = west_client
    mine = add_case(container, WEST, "wr-west")
    other = add_case(container, NOORDWEST, "wr-noordwest")
    page = client.get("/inbox?tab=all").text
    assert mine.reference in page and other.reference not in page
    assert client.get(f"/inbox/cases/{mine.id}").status_code == 200
    assert client.get(f"/inbox/cases/{other.id}").status_code == 404


def test_admin_sees_everything(client: TestClient, users: dict[str, Login], container: Any) -> None:
    login(client, users["admin"])
    a, b = add_case(container, WEST, "wr-west"), add_case(container, NOORDWEST, None)
    page = client.get("/inbox?tab=all").text
    assert a.reference in page and b.reference in page


def test_tabs_and_filters(west_client: tuple[TestClient, str], container: Any) -> None:
    client, _ = west_client
    waiting = add_case(container, WEST, "wr-west", theme="afval")
    claimed = add_case(container, WEST, "wr-west", theme="verkeer", status=CaseStatus.IN_PROGRESS)
    old = add_case(container, WEST, None, created_at=datetime.now(UTC) - timedelta(days=10))
    assert waiting.reference in client.get("/inbox?tab=unassigned").text
    assert claimed.reference not in client.get("/inbox?tab=unassigned").text
    mine = client.get("/inbox?tab=mine").text
    assert waiting.reference in mine and claimed.reference in mine and old.reference not in mine
    by_theme = client.get("/inbox?tab=all&theme=verkeer").text
    assert claimed.reference in by_theme and waiting.reference not in by_theme
    by_status = client.get("/inbox?tab=all&status=in_progress").text
    assert claimed.reference in by_status and waiting.reference not in by_status
    recent = client.get("/inbox?tab=all&age=7").text
    assert old.reference not in recent and waiting.reference in recent
    aged = client.get("/inbox?tab=all&age=old").text
    assert old.reference in aged and waiting.reference not in aged
    assert claimed.reference not in client.get(f"/inbox?tab=all&wijk={NOORDWEST}").text


def test_case_page_shows_transcript_theme_map_and_routing(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, _ = west_client
    case = add_case(container, WEST, "wr-west", text="Kapotte lantaarnpaal in de Damstraat")
    page = client.get(f"/inbox/cases/{case.id}").text
    assert "Kapotte lantaarnpaal in de Damstraat" in page
    assert "<svg" in page and 'class="wijk"' in page and "Kaart van wijk West" in page
    assert "regel 9" in page and "zekerheid 80%" in page
    assert "Wacht (kantoortijd)" in page


def post(client: TestClient, csrf: str, url: str, **data: str):  # type: ignore[no-untyped-def]
    return client.post(url, data={"csrf_token": csrf, **data}, follow_redirects=False)


def events_of(container: Any, case_id: int | None) -> list[str]:
    with container.session_factory() as db:
        return list(db.scalars(select(CaseEventRow.event).where(CaseEventRow.case_id == case_id)))


def audited(container: Any) -> list[str]:
    with container.session_factory() as db:
        return list(db.scalars(select(AuditLogRow.action)))


def test_claim_then_reply_reaches_the_resident_channel(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, csrf = west_client
    case = add_case(container, WEST, "wr-west")
    assert post(client, csrf, f"/inbox/cases/{case.id}/claim").status_code == 303
    row = case_row(container, case.id)
    assert row.status == "in_progress" and row.claimed_at is not None
    response = post(client, csrf, f"/inbox/cases/{case.id}/reply", text="We komen morgen kijken.")
    assert response.status_code == 303 and "error" not in response.headers["location"]
    with container.session_factory() as db:
        staff = db.scalars(select(MessageRow).where(MessageRow.direction == "staff")).one()
        outbox = db.scalars(select(OutboxRow).where(OutboxRow.kind == "deliver_to_resident")).one()
    assert staff.text == "We komen morgen kijken." and staff.author == "wr-west"
    assert outbox.payload["message_id"] == staff.id and outbox.payload["channel"] == "web"
    assert {"claim", "status", "reply"} <= set(events_of(container, case.id))
    assert {"login", "case.claim", "case.reply"} <= set(audited(container))


def test_ask_for_more_information(west_client: tuple[TestClient, str], container: Any) -> None:
    client, csrf = west_client
    case = add_case(container, WEST, "wr-west")
    post(client, csrf, f"/inbox/cases/{case.id}/reply", text="Welk huisnummer?", ask_more="1")
    assert case_row(container, case.id).status == "waiting_on_resident"


def test_change_theme_is_kept_as_training_correction(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, csrf = west_client
    case = add_case(container, WEST, "wr-west", text="Losliggende stoeptegels", theme="afval")
    post(client, csrf, f"/inbox/cases/{case.id}/theme", theme="verkeer")
    assert case_row(container, case.id).theme == "verkeer"
    with container.session_factory() as db:
        correction = db.scalars(select(ThemeCorrectionRow)).one()
    assert (correction.old_theme, correction.new_theme) == ("afval", "verkeer")
    assert "Losliggende stoeptegels" in correction.text and correction.corrected_by == "wr-west"


def test_reassign_hand_back_refer_resolve(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, csrf = west_client
    first = add_case(container, WEST, "wr-west", status=CaseStatus.IN_PROGRESS)
    post(client, csrf, f"/inbox/cases/{first.id}/reassign", coordinator="wr-noordwest")
    row = case_row(container, first.id)
    assert (row.status, row.coordinator_id) == ("waiting", "wr-noordwest")
    with container.session_factory() as db:
        told = [o.payload.get("coordinator_id") for o in db.scalars(select(OutboxRow))]
    assert "wr-noordwest" in told  # the new owner is notified (now or in the digest)

    second = add_case(container, WEST, "wr-west")
    post(client, csrf, f"/inbox/cases/{second.id}/hand-back")
    assert case_row(container, second.id).status == "bot"
    with container.session_factory() as db:
        told_back = db.scalars(
            select(MessageRow.text).where(
                MessageRow.case_id == second.id, MessageRow.direction == "staff"
            )
        ).one()
    assert "teruggegeven aan de digitale assistent" in told_back  # the resident hears it

    third = add_case(container, WEST, "wr-west")
    partner = container.config.partners[0]
    post(client, csrf, f"/inbox/cases/{third.id}/refer", partner=partner.id)
    row = case_row(container, third.id)
    assert row.status == "referred" and partner.name in (row.outcome or "")

    fourth = add_case(container, WEST, "wr-west")
    post(
        client,
        csrf,
        f"/inbox/cases/{fourth.id}/resolve",
        outcome="Lamp vervangen",
        tell_resident="1",
    )
    row = case_row(container, fourth.id)
    assert (row.status, row.outcome) == ("resolved", "Lamp vervangen") and row.closed_at
    with container.session_factory() as db:
        told = db.scalars(
            select(MessageRow.text).where(
                MessageRow.case_id == fourth.id, MessageRow.direction == "staff"
            )
        ).one()
    assert "Lamp vervangen" in told
    assert {"case.reassign", "case.hand_back", "case.referred", "case.resolved"} <= set(
        audited(container)
    )


def test_invalid_transition_is_refused_with_a_message(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, csrf = west_client
    case = add_case(container, WEST, "wr-west", status=CaseStatus.RESOLVED)
    response = post(client, csrf, f"/inbox/cases/{case.id}/hand-back")
    assert "error=" in response.headers["location"]
    assert case_row(container, case.id).status == "resolved"


def test_actions_on_another_wijks_case_are_refused(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, csrf = west_client
    other = add_case(container, NOORDWEST, "wr-noordwest")
    assert post(client, csrf, f"/inbox/cases/{other.id}/claim").status_code == 404
    assert case_row(container, other.id).status == "waiting"


def test_new_cases_endpoint_announces_only_visible_cases(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    client, _ = west_client
    before = client.get("/inbox/new.json?after=0").json()
    assert before["cases"] == []
    add_case(container, NOORDWEST, "wr-noordwest")
    fresh = add_case(container, WEST, "wr-west")
    data = client.get("/inbox/new.json?after=0").json()
    assert [c["reference"] for c in data["cases"]] == [fresh.reference]
    assert client.get(f"/inbox/new.json?after={data['after']}").json()["cases"] == []


def test_waiting_time_counts_office_hours_only(container: Any) -> None:
    from zoneinfo import ZoneInfo

    from web.caseviews import describe_duration, office_time_between

    tz = ZoneInfo("Europe/Amsterdam")
    friday_evening = datetime(2026, 11, 20, 20, 0, tzinfo=tz)
    monday_ten = datetime(2026, 11, 23, 10, 0, tzinfo=tz)
    span = office_time_between(container.config, friday_evening, monday_ten)
    opening = min(
        p.opens for p in container.config.opening_hours if p.weekday == 0 and p.team is None
    )
    expected = datetime.combine(monday_ten.date(), opening, tz)
    assert span == monday_ten - expected  # the weekend does not count
    assert describe_duration(span).endswith("min")


def test_canned_reply_is_sent_when_no_text_is_typed(
    west_client: tuple[TestClient, str], container: Any
) -> None:
    from storage.models import CannedReplyRow

    client, csrf = west_client
    case = add_case(container, WEST, "wr-west")
    assert "Bedankt, we pakken het op" in client.get(f"/inbox/cases/{case.id}").text  # built-in
    with container.session_factory() as db:
        db.add(
            CannedReplyRow(
                title="Opgehaald", text_nl="Het grofvuil is opgehaald.", position=1, active=True
            )
        )
        db.commit()
        key = str(db.scalars(select(CannedReplyRow.id)).one())
    page = client.get(f"/inbox/cases/{case.id}").text
    assert "Opgehaald" in page and "Bedankt, we pakken het op" not in page
    post(client, csrf, f"/inbox/cases/{case.id}/reply", text="", canned=key)
    with container.session_factory() as db:
        sent = db.scalars(select(MessageRow.text).where(MessageRow.direction == "staff")).one()
    assert sent == "Het grofvuil is opgehaald."
