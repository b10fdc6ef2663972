"""Admin form checks: clean values, and Dutch messages that say what to fix."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from web.admin import forms

AMS = ZoneInfo("Europe/Amsterdam")


def test_faq_cleans_question_lines_and_checks_theme_and_slug() -> None:
    checked = forms.check_faq(
        " Grofvuil ", "afval", "Hoe?\n\n  Hoe? \nWanneer?", " Zo. ", "", {"afval"}
    )
    assert checked.ok
    assert checked.values["slug"] == "grofvuil"
    assert checked.values["questions"] == ["Hoe?", "Wanneer?"]
    assert checked.values["answer_nl"] == "Zo."
    bad = forms.check_faq("met spatie", "onbekend", "  ", "", "", {"afval"}, taken={"x"})
    assert set(bad.errors) == {"slug", "theme", "questions", "answer_nl"}
    assert "kleine letters" in bad.errors["slug"] and "één per regel" in bad.errors["questions"]
    taken = forms.check_faq("x1", "afval", "v", "a", "", {"afval"}, taken={"x1"})
    assert taken.errors == {"slug": "De naam 'x1' bestaat al. Kies een andere."}


def test_faq_answer_length_is_limited_with_the_numbers() -> None:
    checked = forms.check_faq("x1", "afval", "v", "a" * 4001, "", {"afval"})
    assert (
        checked.errors["answer_nl"]
        == "Het Nederlandse antwoord is te lang: 4001 tekens, maximaal 4000."
    )


def test_theme_defaults_english_name() -> None:
    checked = forms.check_theme("groen", "Groen", "")
    assert checked.ok and checked.values["name_en"] == "Groen"


def test_coordinator_checks_email_wijken_and_substitute() -> None:
    form = {
        "id": "wr-a",
        "name": "A",
        "role": "wijkregisseur",
        "email": "geen-mail",
        "substitute_id": "wr-a",
        "wijken": "WK1,WK9",
        "telegram_chat_id": "12ab",
    }
    checked = forms.check_coordinator(form, {"WK1"}, {"wr-a", "wr-b"}, set())
    assert set(checked.errors) == {"email", "substitute_id", "wijken", "telegram_chat_id"}
    assert checked.errors["wijken"] == "Onbekende wijk: WK9."
    good = forms.check_coordinator(
        {
            **form,
            "email": "a@utrecht.nl",
            "substitute_id": "wr-b",
            "wijken": "WK1",
            "telegram_chat_id": "-100",
        },
        {"WK1"},
        {"wr-a", "wr-b"},
        set(),
    )
    assert good.ok and good.values["wijken"] == ["WK1"] and good.values["team"] is None


def test_absence_needs_end_after_start_and_another_substitute() -> None:
    wrong = forms.check_absence(
        "wr-a", "2026-12-24T09:00", "2026-12-23T09:00", "wr-a", {"wr-a"}, AMS
    )
    assert wrong.errors == {
        "ends_at": "Het einde moet na het begin liggen.",
        "substitute_id": "Kies een andere collega als vervanger.",
    }
    right = forms.check_absence("wr-a", "2026-12-24T09:00", "2026-12-31", "", {"wr-a"}, AMS)
    assert (
        right.ok
        and right.values["starts_at"].tzinfo == AMS
        and right.values["substitute_id"] is None
    )
    assert (
        "Vul de begindatum"
        in forms.check_absence("wr-a", "morgen", "2026-12-31", "", set(), AMS).errors["starts_at"]
    )


def test_rule_target_area_and_urgency() -> None:
    targets = {"coordinator": {"wr-a"}, "team": {"t"}, "partner": set()}
    checked = forms.check_rule(
        {
            "target": "coordinator:wr-a",
            "theme": "afval",
            "area_kind": "wijk",
            "area": "WK1",
            "urgent": "nee",
            "channel": "",
        },
        targets,
        {"afval"},
        {"WK1"},
    )
    assert checked.ok
    assert checked.values | {} == {
        "target_kind": "coordinator",
        "target_id": "wr-a",
        "theme": "afval",
        "area_kind": "wijk",
        "area": "WK1",
        "urgent": False,
        "channel": None,
        "note": "",
    }
    bad = forms.check_rule(
        {"target": "partner:x", "area_kind": "wijk", "area": "WK9"}, targets, {"afval"}, {"WK1"}
    )
    assert set(bad.errors) == {"target", "area"}
    anywhere = forms.check_rule({"target": "team:t", "area": "ignored"}, targets, set(), set())
    assert anywhere.ok and anywhere.values["area"] is None and anywhere.values["urgent"] is None


def test_opening_hours_and_special_days() -> None:
    checked = forms.check_opening("0", "09:00", "17:00", set())
    assert checked.ok and checked.values["opens"] == time(9) and checked.values["weekday"] == 0
    assert forms.check_opening("7", "17:00", "09:00", set()).errors.keys() == {"weekday", "closes"}
    assert (
        forms.check_opening("1", "9 uur", "17:00", set())
        .errors["opens"]
        .startswith("Vul de openingstijd")
    )
    day = forms.check_special_day("2026-12-24", "dicht", "Kerstavond", set())
    assert day.ok and day.values["open"] is False
    assert "datum" in forms.check_special_day("24 dec", "open", "", set()).errors["day"]


def test_user_role_needs_coordinator_and_good_password() -> None:
    form = {
        "username": "Jan",
        "role": "coordinator",
        "coordinator_id": "",
        "password": "kort",
        "password_repeat": "kort",
    }
    checked = forms.check_user(form, {"wr-a"})
    assert set(checked.errors) == {"coordinator_id", "password"}
    assert checked.values["username"] == "jan"
    mismatch = forms.check_user(
        {**form, "coordinator_id": "wr-a", "password": "x" * 12, "password_repeat": "y" * 12},
        {"wr-a"},
    )
    assert set(mismatch.errors) == {"password_repeat"}
    assert forms.check_user(
        {**form, "role": "admin", "password": "x" * 12, "password_repeat": "x" * 12}, set(), {"jan"}
    ).errors == {"username": "De gebruikersnaam 'jan' bestaat al."}
