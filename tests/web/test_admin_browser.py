"""End to end in headless Chromium (Debian's chromium via Playwright; nothing downloaded): an admin
edits an FAQ answer and the resident's web chat answers with the new text; a resident's hand-off
shows up on the signals dashboard.

Set WIJKBOT_SCREENSHOTS_DIR (e.g. docs/screenshots) to keep admin.png and dashboard.png.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import Login
from web.screenshots import CHROMIUM, chat_until_handoff, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed"),
]


SEED = [  # (weeks ago, local hour, wijk, coordinator, theme, place, summary, hours until claimed)
    (
        0,
        21,
        "WK034401",
        "wr-west",
        "overlast",
        "Kanaalstraat",
        "Jongeren met harde muziek op het plein",
        None,
    ),
    (0, 10, "WK034401", "wr-west", "afval", "Kanaalstraat", "Grofvuil naast de container", 3),
    (1, 22, "WK034401", "wr-west", "overlast", "kanaalstraat", "Weer harde muziek tot laat", 5),
    (
        1,
        9,
        "WK034402",
        "wr-noordwest",
        "verkeer",
        "Amsterdamsestraatweg",
        "Te hard rijden bij de school",
        2,
    ),
    (
        1,
        19,
        "WK034402",
        "wr-noordwest",
        "verkeer",
        "Amsterdamsestraatweg",
        "Auto's rijden te hard bij school",
        30,
    ),
    (
        2,
        20,
        "WK034401",
        "wr-west",
        "initiatief",
        "Lombok",
        "Idee voor een geveltuin in de straat",
        6,
    ),
    (2, 13, "WK034402", "wr-noordwest", "afval", "Zuilen", "Vuilniszakken naast de container", 1),
    (
        3,
        18,
        "WK034401",
        "wr-west",
        "overlast",
        "Kanaalstraat",
        "Harde muziek op het plein, elke avond",
        4,
    ),
    (3, 8, "WK034402", "wr-noordwest", "openbare_ruimte", "Zuilen", "Lantaarnpaal kapot", None),
]


def seed_weeks_of_cases(container: Any) -> None:
    """A few weeks of cases in West and Noordwest, some picked up, so every chart has data."""
    from datetime import UTC, datetime, timedelta

    from storage.models import CaseRow
    from tests.web.conftest import add_case

    now = datetime.now(UTC)
    for weeks, hour, wijk, owner, theme, place, summary, claim in SEED:
        created = (now - timedelta(weeks=weeks)).replace(hour=hour, minute=15) - timedelta(hours=1)
        created = min(created, now - timedelta(minutes=5))
        case = add_case(container, wijk, owner, theme=theme, text=summary, created_at=created)
        with container.session_factory() as db:
            row = db.get(CaseRow, case.id)
            row.location_text = place
            if claim is not None:
                row.claimed_at, row.status = created + timedelta(hours=claim), "in_progress"
            db.commit()


def screenshot(page: Any, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("WIJKBOT_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name), full_page=True)


def ask_in_chat(page: Any, base_url: str, question: str) -> str:
    page.goto(base_url + "/")
    page.wait_for_selector("#chat-log .bubble.out")
    before = page.locator("#chat-log .bubble.out").count()
    page.get_by_label("Uw bericht").fill(question)
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"() => document.querySelectorAll('#chat-log .bubble.out').length > {before}"
    )
    page.wait_for_function("() => document.getElementById('chat-status').textContent === ''")
    return str(page.locator("#chat-log").inner_text())


def test_admin_edits_faq_answer_and_the_chat_answers_with_it(
    base_url: str, browser: Any, users: dict[str, Login], tmp_path: Path
) -> None:
    admin = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(admin, base_url, users["admin"].username, users["admin"].password)
    admin.goto(base_url + "/admin/faq")
    admin.get_by_label("Vraag", exact=True).fill("Hoe kan ik grofvuil laten ophalen?")
    admin.get_by_role("button", name="Probeer").click()
    assert "grofvuil-ophalen" in admin.locator(".test-result").inner_text()

    admin.get_by_role("link", name="grofvuil-ophalen", exact=True).first.click()
    new_answer = "Grofvuil ophalen? Maak een afspraak via de app Afvalwijzer. Het is gratis."
    admin.get_by_label("Antwoord in het Nederlands").fill(new_answer)
    admin.get_by_role("button", name="Voorbeeld bekijken").click()
    assert admin.get_by_test_id("preview-answer").inner_text() == new_answer
    admin.get_by_role("button", name="Opslaan").click()
    admin.wait_for_selector("p.notice")
    assert "Opgeslagen" in admin.locator("p.notice").inner_text()

    resident = browser.new_page(viewport={"width": 420, "height": 820})
    transcript = ask_in_chat(resident, base_url, "Hoe kan ik grofvuil laten ophalen?")
    assert new_answer in transcript

    admin.goto(base_url + "/admin/logboek")
    assert "faq.update" in admin.locator("table").inner_text()
    admin.goto(base_url + "/admin/regels")
    screenshot(admin, "admin.png", tmp_path)


def test_the_dashboard_shows_a_new_case(
    base_url: str, browser: Any, users: dict[str, Login], container: Any, tmp_path: Path
) -> None:
    seed_weeks_of_cases(container)
    staff = browser.new_page(viewport={"width": 1280, "height": 900})
    console_errors: list[str] = []
    staff.on(
        "console",
        lambda m: (
            console_errors.append(m.text) if m.type == "error" and "404" not in m.text else None
        ),
    )
    missing: list[str] = []
    staff.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
    log_in(staff, base_url, users["admin"].username, users["admin"].password)
    staff.goto(base_url + "/dashboard")
    before = int(staff.get_by_test_id("cases-count").inner_text())

    resident = browser.new_page(viewport={"width": 420, "height": 820})
    reference = chat_until_handoff(
        resident, base_url, "Er ligt al een week grofvuil naast de container in Oog in Al", "Afval"
    )

    staff.reload()
    assert int(staff.get_by_test_id("cases-count").inner_text()) == before + 1
    assert reference in staff.locator("#table-meldingen").inner_text()
    assert staff.locator("svg.chart").count() >= 3
    with staff.expect_download() as info:
        staff.locator("a[href^='/dashboard/meldingen.csv']").click()
    assert reference in Path(info.value.path()).read_text(encoding="utf-8-sig")
    assert console_errors == []  # e.g. no Content-Security-Policy violation by the inline SVG
    assert [url for url in missing if not url.endswith("/favicon.ico")] == []
    screenshot(staff, "dashboard.png", tmp_path)
