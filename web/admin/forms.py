"""Checks of admin form input, with messages that tell a non-programmer what to fix (Dutch, B1).

Pure functions: text in, clean values or a dict of field -> message out. No database here; the
caller passes what already exists (known slugs, wijken, coordinators).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{1,62}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MIN_PASSWORD = 12


@dataclass
class Checked:
    """Clean values plus messages per field; `ok` when there are no messages."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def lines(text: str) -> list[str]:
    """Non-empty, stripped lines, without duplicates, in order."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        clean = line.strip()
        if clean:
            seen.setdefault(clean, None)
    return list(seen)


def check_slug(checked: Checked, name: str, value: str, taken: Collection[str] = ()) -> None:
    slug = value.strip().lower()
    if not SLUG.match(slug):
        checked.errors[name] = (
            "Gebruik 2 tot 63 kleine letters, cijfers, - of _ (geen spaties), bijvoorbeeld 'grofvuil-ophalen'."
        )
    elif slug in taken:
        checked.errors[name] = f"De naam '{slug}' bestaat al. Kies een andere."
    checked.values[name] = slug


def check_text(
    checked: Checked, name: str, value: str, label: str, limit: int, required: bool = True
) -> None:
    text = value.strip()
    if required and not text:
        checked.errors[name] = f"Vul {label} in."
    elif len(text) > limit:
        checked.errors[name] = (
            f"{label[:1].upper()}{label[1:]} is te lang: {len(text)} tekens, maximaal {limit}."
        )
    checked.values[name] = text


def check_choice(
    checked: Checked,
    name: str,
    value: str,
    allowed: Collection[str],
    label: str,
    required: bool = True,
) -> None:
    choice = value.strip()
    if not choice and not required:
        checked.values[name] = None
        return
    if choice not in allowed:
        checked.errors[name] = f"Kies {label} uit de lijst."
    checked.values[name] = choice or None


def check_faq(
    slug: str,
    theme: str,
    questions: str,
    answer_nl: str,
    answer_en: str,
    themes: Collection[str],
    taken: Collection[str] = (),
) -> Checked:
    checked = Checked()
    check_slug(checked, "slug", slug, taken)
    check_choice(checked, "theme", theme, themes, "een thema")
    variants = lines(questions)
    if not variants:
        checked.errors["questions"] = (
            "Schrijf minstens één vraag zoals een inwoner die stelt (één per regel)."
        )
    elif any(len(v) > 300 for v in variants):
        checked.errors["questions"] = "Een vraag is langer dan 300 tekens. Maak hem korter."
    checked.values["questions"] = variants
    check_text(checked, "answer_nl", answer_nl, "het Nederlandse antwoord", 4000)
    check_text(checked, "answer_en", answer_en, "het Engelse antwoord", 4000, required=False)
    return checked


def check_theme(slug: str, name_nl: str, name_en: str, taken: Collection[str] = ()) -> Checked:
    checked = Checked()
    check_slug(checked, "slug", slug, taken)
    check_text(checked, "name_nl", name_nl, "de Nederlandse naam", 128)
    check_text(checked, "name_en", name_en or name_nl, "de Engelse naam", 128)
    return checked


def check_coordinator(
    form: dict[str, str],
    wijken: Collection[str],
    coordinators: Collection[str],
    teams: Collection[str],
    taken: Collection[str] = (),
) -> Checked:
    checked = Checked()
    check_slug(checked, "id", form.get("id", ""), taken)
    check_text(checked, "name", form.get("name", ""), "de naam", 128)
    check_text(checked, "role", form.get("role", ""), "de functie zoals inwoners die lezen", 128)
    email = form.get("email", "").strip()
    if email and not EMAIL.match(email):
        checked.errors["email"] = "Dit e-mailadres klopt niet. Voorbeeld: naam@gemeente.nl."
    checked.values["email"] = email or None
    chat = form.get("telegram_chat_id", "").strip()
    if chat and not re.fullmatch(r"-?\d{1,20}", chat):
        checked.errors["telegram_chat_id"] = (
            "Een Telegram chat-id bestaat alleen uit cijfers (soms met een - ervoor)."
        )
    checked.values["telegram_chat_id"] = chat or None
    check_choice(checked, "team", form.get("team", ""), teams, "een team", required=False)
    check_choice(
        checked,
        "substitute_id",
        form.get("substitute_id", ""),
        coordinators,
        "een vervanger",
        required=False,
    )
    if checked.values["substitute_id"] and checked.values["substitute_id"] == checked.values["id"]:
        checked.errors["substitute_id"] = "Iemand kan niet zijn of haar eigen vervanger zijn."
    chosen = [w for w in form.get("wijken", "").split(",") if w]
    unknown = [w for w in chosen if w not in wijken]
    if unknown:
        checked.errors["wijken"] = f"Onbekende wijk: {', '.join(unknown)}."
    checked.values["wijken"] = chosen
    return checked


def parse_local(value: str, tz: ZoneInfo) -> datetime | None:
    """'2026-12-24T09:00' (a datetime-local field) or '2026-12-24' as an aware local moment."""
    text = value.strip()
    for pattern in ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=tz)
        except ValueError:
            continue
    return None


def check_absence(
    coordinator_id: str,
    starts: str,
    ends: str,
    substitute_id: str,
    coordinators: Collection[str],
    tz: ZoneInfo,
) -> Checked:
    checked = Checked()
    start, end = parse_local(starts, tz), parse_local(ends, tz)
    if start is None:
        checked.errors["starts_at"] = (
            "Vul de begindatum en -tijd in, bijvoorbeeld 24-12-2026 09:00."
        )
    if end is None:
        checked.errors["ends_at"] = "Vul de einddatum en -tijd in, bijvoorbeeld 02-01-2027 17:00."
    if start and end and end <= start:
        checked.errors["ends_at"] = "Het einde moet na het begin liggen."
    check_choice(
        checked, "substitute_id", substitute_id, coordinators, "een vervanger", required=False
    )
    if checked.values["substitute_id"] == coordinator_id:
        checked.errors["substitute_id"] = "Kies een andere collega als vervanger."
    checked.values.update(starts_at=start, ends_at=end)
    return checked


TARGET_KINDS = {
    "coordinator": "een persoon",
    "team": "een team",
    "partner": "een partnerorganisatie",
}


def check_rule(
    form: dict[str, str],
    targets: Mapping[str, Collection[str]],
    themes: Collection[str],
    wijken: Collection[str],
) -> Checked:
    checked = Checked()
    kind, _, target = form.get("target", "").partition(":")
    if kind not in TARGET_KINDS or target not in targets.get(kind, ()):
        checked.errors["target"] = "Kies naar wie de melding gaat."
    checked.values.update(target_kind=kind, target_id=target)
    check_choice(checked, "theme", form.get("theme", ""), themes, "een thema", required=False)
    area_kind = form.get("area_kind", "").strip() or None
    area = form.get("area", "").strip() or None
    if area_kind == "wijk" and area not in wijken:
        checked.errors["area"] = "Kies een wijk uit de lijst."
    elif area_kind == "buurt" and not area:
        checked.errors["area"] = "Vul de naam van de buurt in."
    elif area_kind not in (None, "wijk", "buurt"):
        checked.errors["area_kind"] = "Kies 'elke plek', 'wijk' of 'buurt'."
    checked.values.update(area_kind=area_kind, area=area if area_kind else None)
    urgent = form.get("urgent", "")
    checked.values["urgent"] = {"ja": True, "nee": False}.get(urgent)
    check_choice(
        checked,
        "channel",
        form.get("channel", ""),
        ("telegram", "web"),
        "een kanaal",
        required=False,
    )
    check_text(checked, "note", form.get("note", ""), "de toelichting", 500, required=False)
    return checked


def parse_time(value: str) -> time | None:
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        return None


def check_opening(
    weekday: str, opens: str, closes: str, teams: Collection[str], team: str = ""
) -> Checked:
    checked = Checked()
    if not weekday.isdigit() or not 0 <= int(weekday) <= 6:
        checked.errors["weekday"] = "Kies een dag van de week."
    checked.values["weekday"] = int(weekday) if weekday.isdigit() else None
    start, end = parse_time(opens), parse_time(closes)
    if start is None:
        checked.errors["opens"] = "Vul de openingstijd in als uu:mm, bijvoorbeeld 09:00."
    if end is None:
        checked.errors["closes"] = "Vul de sluitingstijd in als uu:mm, bijvoorbeeld 17:00."
    if start and end and end <= start:
        checked.errors["closes"] = "De sluitingstijd moet later zijn dan de openingstijd."
    check_choice(checked, "team", team, teams, "een team", required=False)
    checked.values.update(opens=start, closes=end)
    return checked


def check_special_day(
    day: str, is_open: str, reason: str, teams: Collection[str], team: str = ""
) -> Checked:
    checked = Checked()
    try:
        checked.values["day"] = date.fromisoformat(day.strip())
    except ValueError:
        checked.errors["day"] = "Vul een datum in, bijvoorbeeld 2026-12-24."
    checked.values["open"] = is_open == "open"
    check_text(checked, "reason", reason, "de reden", 255, required=False)
    check_choice(checked, "team", team, teams, "een team", required=False)
    return checked


def check_password(checked: Checked, password: str, repeat: str) -> None:
    if len(password) < MIN_PASSWORD:
        checked.errors["password"] = f"Kies een wachtwoord van minstens {MIN_PASSWORD} tekens."
    elif password != repeat:
        checked.errors["password_repeat"] = "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw."
    checked.values["password"] = password


def check_user(
    form: dict[str, str], coordinators: Collection[str], taken: Collection[str] = ()
) -> Checked:
    checked = Checked()
    username = form.get("username", "").strip().lower()
    if not USERNAME.match(username):
        checked.errors["username"] = (
            "Gebruik 3 tot 40 kleine letters, cijfers, punt, - of _ (geen spaties)."
        )
    elif username in taken:
        checked.errors["username"] = f"De gebruikersnaam '{username}' bestaat al."
    checked.values["username"] = username
    check_choice(checked, "role", form.get("role", ""), ("admin", "coordinator"), "een rol")
    check_choice(
        checked,
        "coordinator_id",
        form.get("coordinator_id", ""),
        coordinators,
        "de wijkregisseur",
        required=False,
    )
    if checked.values["role"] == "coordinator" and not checked.values["coordinator_id"]:
        checked.errors["coordinator_id"] = (
            "Kies bij de rol 'wijkregisseur' welke wijkregisseur dit is."
        )
    check_password(checked, form.get("password", ""), form.get("password_repeat", ""))
    return checked
