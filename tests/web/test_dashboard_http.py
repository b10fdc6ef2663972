"""The signals dashboard over HTTP on SQLite and PostgreSQL: numbers from seeded cases, scoping to
a coordinator's wijken, CSV downloads, and the review queue of messages not understood."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from core.domain import CaseStatus, Channel, Direction, Message, Resident
from storage.models import AnalysisRow, CaseRow, FaqEntryRow, FaqFeedbackRow
from tests.web.conftest import NOORDWEST, WEST, Login, add_case, login

AMS = ZoneInfo("Europe/Amsterdam")
TABLES = [
    "weken",
    "thema-wijk",
    "uren",
    "plekken",
    "onderwerpen",
    "faq",
    "oppakken",
    "meldingen",
    "niet-begrepen",
]


def working_friday() -> date:
    """A recent Friday that, like the Monday after it, is an ordinary working day."""
    from routing.hours import is_dutch_holiday

    day = datetime.now(AMS).date() - timedelta(days=7)
    while (
        day.weekday() != 4
        or is_dutch_holiday(day)
        or is_dutch_holiday(day + timedelta(days=3))
        or day == date(2026, 12, 31)
    ):
        day -= timedelta(days=1)
    return day


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), AMS).astimezone(UTC)


def seed(container: Any) -> dict[str, Any]:
    """Three hand-offs (two in West), one referral, two FAQ answers and three votes."""
    friday = working_friday()
    west_1 = add_case(
        container,
        WEST,
        "wr-west",
        text="Grofvuil bij de Kanaalstraat",
        created_at=local(friday, 16),
    )
    west_2 = add_case(
        container, WEST, "wr-west", text="Weer grofvuil gedumpt", created_at=local(friday, 20, 30)
    )
    north = add_case(
        container,
        NOORDWEST,
        "wr-noordwest",
        theme="verkeer",
        text="Te hard rijden",
        created_at=local(friday, 10),
    )
    referred = add_case(
        container,
        NOORDWEST,
        None,
        status=CaseStatus.REFERRED,
        theme="wonen",
        text="Schimmel in huurhuis",
    )
    with container.session_factory() as db:
        row = db.get(CaseRow, west_1.id)
        row.claimed_at = local(friday + timedelta(days=3), 9, 30)  # 1 h on Friday + 1 h on Monday
        row.location_text, row.buurt = "Kanaalstraat", "Lombok"
        second = db.get(CaseRow, west_2.id)
        second.location_text = "kanaalstraat."
        db.get(
            CaseRow, referred.id
        ).handed_off_at = None  # the assistant referred it to a partner itself
        db.commit()
    add_analysis(container, "Wanneer komt de vuilniswagen?", faq="afvalkalender", understood=True)
    add_analysis(
        container,
        "Hoe vraag ik een parkeervergunning aan?",
        faq="parkeervergunning",
        understood=True,
    )
    with container.session_factory() as db:
        for helpful in (True, True, False):
            db.add(FaqFeedbackRow(slug="afvalkalender", helpful=helpful, at=datetime.now(UTC)))
        db.commit()
    return {"west": [west_1, west_2], "north": north, "referred": referred}


def add_analysis(
    container: Any,
    text: str,
    *,
    faq: str | None = None,
    understood: bool = False,
    confidence: float = 0.2,
    case_id: int | None = None,
) -> int:
    now = datetime.now(UTC)
    with container.uow_factory() as uow:
        resident = uow.residents.add(
            Resident(None, Channel.WEB, f"r-{text[:20]}-{now.timestamp()}", now)
        )
        message = uow.messages.add(
            Message(None, resident.id or 0, Direction.IN, text, now, Channel.WEB, case_id=case_id)
        )
        uow.commit()
    with container.session_factory() as db:
        row = AnalysisRow(
            message_id=message.id,
            theme="overig",
            confidence=confidence,
            scores={},
            faq=faq,
            faq_score=0.9 if faq else 0.1,
            urgent=False,
            lang="nl",
            understood=understood,
            created_at=now,
        )
        db.add(row)
        db.commit()
        return int(row.id)


def figure(html: str, testid: str) -> str:
    match = re.search(rf'data-testid="{testid}">([^<]*)<', html)
    assert match, testid
    return match.group(1)


def download(client: TestClient, table: str) -> list[list[str]]:
    response = client.get(f"/dashboard/{table}.csv")
    assert response.status_code == 200, table
    assert (
        response.headers["content-type"].startswith("text/csv")
        and "attachment" in response.headers["content-disposition"]
    )
    return list(csv.reader(io.StringIO(response.text.lstrip("\ufeff")), delimiter=";"))


def test_anonymous_visitors_are_sent_to_login(client: TestClient) -> None:
    for path in ["/dashboard", "/dashboard/weken.csv", "/dashboard/niet-begrepen.csv"]:
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login"), (
            path
        )
    for action in ["training", "faq", "negeren"]:
        assert client.post(
            f"/dashboard/niet-begrepen/1/{action}", data={}, follow_redirects=False
        ).status_code in (401, 403)


def test_admin_sees_numbers_computed_from_all_cases(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    seeded = seed(container)
    login(client, users["admin"])
    html = client.get("/dashboard").text
    assert figure(html, "cases-count") == "4"
    assert figure(html, "handoff-rate") == "50%"  # 3 hand-offs of 4 cases + 2 FAQ answers
    assert figure(html, "faq-helpful") == "67%"
    assert figure(html, "pickup-median") == "2.0"
    assert (
        html.count("<svg") >= 3 and "<script" not in html.split("<main", 1)[1].split("</main>")[0]
    )
    for case in [*seeded["west"], seeded["north"], seeded["referred"]]:
        assert case.reference in html
    matrix = download(client, "thema-wijk")
    assert matrix[0] == ["thema", "wijk", "aantal"]
    assert ["Afval", "West", "2"] in matrix
    places = download(client, "plekken")
    assert ["West", "kanaalstraat", "2"] in places
    pickup = {row[0]: row for row in download(client, "oppakken")[1:]}
    assert pickup["West"][1:] == ["1", "2.0", "2.0", "1"]
    faq = download(client, "faq")
    assert ["afvalkalender", "1", "2", "1", "67%"] in faq and [
        "parkeervergunning",
        "1",
        "0",
        "0",
        "–",
    ] in faq
    hours = download(client, "uren")
    assert sum(int(n) for _, n in hours[1:]) == 4
    west = client.get("/dashboard", params={"wijk": WEST}).text
    assert figure(west, "cases-count") == "2" and seeded["north"].reference not in west
    csv_west = client.get("/dashboard/meldingen.csv", params={"wijk": WEST}).text
    assert seeded["west"][0].reference in csv_west and seeded["north"].reference not in csv_west


def test_a_coordinator_sees_only_their_wijken(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    seeded = seed(container)
    login(client, users["west"])
    html = client.get("/dashboard").text
    assert figure(html, "cases-count") == "2"
    assert figure(html, "handoff-rate") == "100%"
    assert seeded["north"].reference not in html and seeded["west"][0].reference in html
    weeks = download(client, "weken")
    assert {row[2] for row in weeks[1:]} == {"West"}
    assert seeded["north"].reference not in client.get("/dashboard/meldingen.csv").text
    widened = client.get("/dashboard", params={"wijk": NOORDWEST}).text  # not theirs: nothing shown
    assert figure(widened, "cases-count") == "0" and seeded["north"].reference not in widened
    assert f'<option value="{NOORDWEST}"' not in widened


def test_every_table_downloads_as_csv(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    seed(container)
    login(client, users["admin"])
    for table in TABLES:
        rows = download(client, table)
        assert rows and rows[0], table
    assert client.get("/dashboard/bestaat-niet.csv").status_code == 404


def test_review_queue_to_training_example(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    analysis = add_analysis(container, "Mijn 06-12345678 xyzzy plugh werkt niet")
    token = login(client, users["admin"])
    assert "xyzzy plugh" in client.get("/dashboard").text
    response = client.post(
        f"/dashboard/niet-begrepen/{analysis}/training",
        data={"csrf_token": token, "theme": "afval"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    lines = (
        (container.settings.data_dir / "training" / "examples.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    example = json.loads(lines[-1])
    assert example["theme"] == "afval" and "xyzzy plugh" in example["text"]
    assert {
        "urgent": False,
        "faq": None,
        "lang": "nl",
        "group": f"review:{analysis}",
    }.items() <= example.items()
    assert "12345678" not in example["text"]  # personal data scrubbed before it is kept
    with container.session_factory() as db:
        row = db.get(AnalysisRow, analysis)
        assert (row.review_outcome, row.reviewed_by) == ("training", "admin")
    assert "xyzzy plugh" not in client.get("/dashboard").text
    assert (
        client.post(
            f"/dashboard/niet-begrepen/{analysis}/negeren", data={"csrf_token": token}
        ).status_code
        == 404
    )


def test_review_queue_to_faq_variant_reaches_the_assistant(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    question = "Wanneer mag de kliko met de groene deksel weer buiten?"
    analysis = add_analysis(container, question)
    token = login(client, users["admin"])
    response = client.post(
        f"/dashboard/niet-begrepen/{analysis}/faq",
        data={"csrf_token": token, "faq": "afvalkalender"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    with container.session_factory() as db:
        entry = db.get(FaqEntryRow, "afvalkalender")
        assert entry.questions[-1] == question
    assert container.analyzer.analyze(question).faq == "afvalkalender"


def test_review_actions_need_csrf_and_respect_roles(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    loose = add_analysis(container, "blorp snark")
    case = add_case(container, WEST, "wr-west")
    in_west = add_analysis(container, "onbegrijpelijk in West", case_id=case.id)
    token = login(client, users["west"])
    html = client.get("/dashboard").text
    assert "onbegrijpelijk in West" in html and "blorp snark" not in html
    assert f'id="theme-{in_west}" name="theme"><option value="">Kies…</option>' in html
    assert 'value="afval" selected' in html  # the case's theme is the suggested training label
    assert client.post(f"/dashboard/niet-begrepen/{in_west}/negeren", data={}).status_code == 403
    assert (
        client.post(
            f"/dashboard/niet-begrepen/{in_west}/faq",
            data={"csrf_token": token, "faq": "afvalkalender"},
        ).status_code
        == 403
    )
    assert (
        client.post(
            f"/dashboard/niet-begrepen/{loose}/negeren", data={"csrf_token": token}
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/dashboard/niet-begrepen/{in_west}/negeren",
            data={"csrf_token": token},
            follow_redirects=False,
        ).status_code
        == 303
    )
    with container.session_factory() as db:
        assert db.get(AnalysisRow, in_west).review_outcome == "ignored"
        assert db.get(AnalysisRow, loose).reviewed_at is None


XSS = '<script>alert("x")</script><svg onload=alert(1)>'


def test_xss_in_messages_and_places_is_shown_as_text(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    add_analysis(container, f"vraag {XSS}")
    one = add_case(container, WEST, "wr-west", text=f"melding {XSS}")
    two = add_case(container, WEST, "wr-west", text=f"nog een {XSS}")
    with container.session_factory() as db:
        for case in (one, two):
            db.get(CaseRow, case.id).location_text = f"plek {XSS}"
        db.commit()
    login(client, users["admin"])
    html = client.get("/dashboard").text
    assert "<script>alert" not in html and "<svg onload" not in html
    assert "&lt;script&gt;alert(" in html


def test_the_anonymous_check_covers_every_dashboard_route(app: Any) -> None:
    from fastapi.routing import APIRoute

    checked = {("GET", "/dashboard"), ("GET", "/dashboard/weken.csv")} | {
        ("POST", f"/dashboard/niet-begrepen/1/{action}")
        for action in ("training", "faq", "negeren")
    }
    for route in app.routes:
        if isinstance(route, APIRoute) and route.path.startswith("/dashboard"):
            pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", route.path) + "$")
            for method in route.methods or ():
                assert any(m == method and pattern.match(p) for m, p in checked), route.path
