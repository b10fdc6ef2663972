"""Load a municipality folder (TOML + GeoJSON + CSV) into a validated `MunicipalityConfig`.

A folder under `municipalities/` holds:

- `municipality.toml`  name, CBS code, contact, coordinator title, opening hours, special days, neighbours
- `themes.toml`        `[[theme]]` slug, name_nl, name_en, active
- `coordinators.toml`  `[[team]]` id, name, lead; `[[coordinator]]` id, name, role, email,
                       telegram_chat_id, team, substitute, wijken, `[[coordinator.absence]]`
- `partners.toml`      `[[partner]]` id, name, contact, role_nl, role_en
- `rules.toml`         `[[rule]]` theme, wijk | buurt, urgent, channel, target = "kind:id", note
- `faq.toml`           optional, `[[faq]]` slug, theme, questions, answer_nl, answer_en, active
- `wijken.geojson`     CBS wijken (properties `statcode`, `statnaam`)
- `buurten.csv`        optional, buurt/village names -> wijk (used to validate buurt rules)

Every mistake is reported with the file and the entry, so an editor of the TOML knows what to fix.
No code here names a municipality.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from core.config import (
    MunicipalityConfig,
    OpeningPeriod,
    Partner,
    RoutingRule,
    SpecialDay,
    Team,
)
from core.domain import Absence, Channel, Coordinator, FaqEntry, Theme, Wijk

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TARGET_KINDS = ("coordinator", "team", "partner")


class MunicipalityConfigError(ValueError):
    """The municipality folder is missing something or contradicts itself."""


def load_municipality(folder: Path) -> MunicipalityConfig:
    """Read and validate the municipality folder; raise MunicipalityConfigError on any mistake."""
    folder = Path(folder)
    if not folder.is_dir():
        raise MunicipalityConfigError(f"municipality folder {folder} does not exist")
    base = _read_toml(folder / "municipality.toml")
    people = _read_toml(folder / "coordinators.toml")
    coordinators = _coordinators(people.get("coordinator", []))
    config = MunicipalityConfig(
        slug=folder.name,
        name=_required_str(base, "name", "municipality.toml"),
        cbs_code=_required_str(base, "cbs_code", "municipality.toml"),
        contact_phone=str(base.get("contact_phone", "14 030")),
        contact_url=str(base.get("contact_url", "")),
        timezone=str(base.get("timezone", "Europe/Amsterdam")),
        coordinator_title=str(base.get("coordinator_title", "wijkregisseur")),
        themes=_themes(_read_toml(folder / "themes.toml").get("theme", [])),
        wijken=_wijken(folder / "wijken.geojson"),
        coordinators=coordinators,
        coordinator_wijken=_coordinator_wijken(people.get("coordinator", [])),
        teams=_teams(people.get("team", [])),
        partners=_partners(_read_toml(folder / "partners.toml").get("partner", [])),
        rules=_rules(_read_toml(folder / "rules.toml").get("rule", [])),
        opening_hours=_opening_hours(base.get("opening_hours", [])),
        special_days=_special_days(base.get("special_days", [])),
        faq=_faq(folder / "faq.toml"),
        neighbours=_neighbours(base.get("neighbours", {})),
    )
    validate(config, buurten=_buurt_names(folder / "buurten.csv"))
    return config


# --- reading ------------------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise MunicipalityConfigError(f"{path.name} is missing in {path.parent}")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise MunicipalityConfigError(f"{path.name}: {error}") from error


def _required_str(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise MunicipalityConfigError(f"{where}: '{key}' is required (a non-empty text)")
    return value.strip()


def _optional_str(table: Mapping[str, Any], key: str) -> str | None:
    value = table.get(key)
    return str(value).strip() if value not in (None, "") else None


def _themes(entries: Iterable[Mapping[str, Any]]) -> tuple[Theme, ...]:
    where = "themes.toml [[theme]]"
    return tuple(
        Theme(
            slug=_required_str(e, "slug", where),
            name_nl=_required_str(e, "name_nl", where),
            name_en=_required_str(e, "name_en", where),
            active=bool(e.get("active", True)),
        )
        for e in entries
    )


def _wijken(path: Path) -> tuple[Wijk, ...]:
    if not path.exists():
        raise MunicipalityConfigError(f"{path.name} is missing in {path.parent}")
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
        wijken = tuple(
            Wijk(code=str(f["properties"]["statcode"]), name=str(f["properties"]["statnaam"]))
            for f in features
        )
    except (KeyError, TypeError, ValueError) as error:
        raise MunicipalityConfigError(
            f"{path.name}: expected a FeatureCollection with properties statcode and statnaam ({error})"
        ) from error
    return tuple(sorted(wijken, key=lambda w: w.code))


def _coordinators(entries: Iterable[Mapping[str, Any]]) -> tuple[Coordinator, ...]:
    where = "coordinators.toml [[coordinator]]"
    result = []
    for e in entries:
        cid = _required_str(e, "id", where)
        result.append(
            Coordinator(
                id=cid,
                name=_required_str(e, "name", f"{where} {cid}"),
                role=_required_str(e, "role", f"{where} {cid}"),
                email=_optional_str(e, "email"),
                telegram_chat_id=_optional_str(e, "telegram_chat_id"),
                team=_optional_str(e, "team"),
                substitute_id=_optional_str(e, "substitute"),
                absences=tuple(_absence(a, cid) for a in e.get("absence", [])),
            )
        )
    return tuple(result)


def _absence(entry: Mapping[str, Any], cid: str) -> Absence:
    start, end = entry.get("start"), entry.get("end")
    for value in (start, end):
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise MunicipalityConfigError(
                f"coordinators.toml: absence of {cid} needs start and end with a time zone, "
                "e.g. 2026-12-21T00:00:00+01:00"
            )
    assert isinstance(start, datetime) and isinstance(end, datetime)
    if end <= start:
        raise MunicipalityConfigError(f"coordinators.toml: absence of {cid} ends before it starts")
    return Absence(start=start, end=end, substitute_id=_optional_str(entry, "substitute"))


def _coordinator_wijken(entries: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, ...]]:
    return {
        str(e["id"]): tuple(str(w) for w in e.get("wijken", [])) for e in entries if e.get("wijken")
    }


def _teams(entries: Iterable[Mapping[str, Any]]) -> tuple[Team, ...]:
    where = "coordinators.toml [[team]]"
    return tuple(
        Team(
            id=_required_str(e, "id", where),
            name=_required_str(e, "name", where),
            lead_id=_optional_str(e, "lead"),
        )
        for e in entries
    )


def _partners(entries: Iterable[Mapping[str, Any]]) -> tuple[Partner, ...]:
    where = "partners.toml [[partner]]"
    return tuple(
        Partner(
            id=_required_str(e, "id", where),
            name=_required_str(e, "name", where),
            contact=_required_str(e, "contact", where),
            role_nl=str(e.get("role_nl", "")),
            role_en=str(e.get("role_en", "")),
        )
        for e in entries
    )


def _rules(entries: Iterable[Mapping[str, Any]]) -> tuple[RoutingRule, ...]:
    rules = []
    for position, e in enumerate(entries, start=1):
        where = f"rules.toml rule {position}"
        kind, _, target_id = _required_str(e, "target", where).partition(":")
        if kind not in TARGET_KINDS or not target_id:
            raise MunicipalityConfigError(
                f"{where}: target must look like 'coordinator:<id>', 'team:<id>' or 'partner:<id>'"
            )
        if e.get("wijk") and e.get("buurt"):
            raise MunicipalityConfigError(f"{where}: give either wijk or buurt, not both")
        area_kind = "wijk" if e.get("wijk") else "buurt" if e.get("buurt") else None
        urgent = e.get("urgent")
        if urgent is not None and not isinstance(urgent, bool):
            raise MunicipalityConfigError(f"{where}: urgent must be true or false")
        rules.append(
            RoutingRule(
                position=position,
                target_kind=kind,
                target_id=target_id.strip(),
                theme=_optional_str(e, "theme"),
                area_kind=area_kind,
                area=_optional_str(e, area_kind) if area_kind else None,
                urgent=urgent,
                channel=_optional_str(e, "channel"),
                note=str(e.get("note", "")),
            )
        )
    return tuple(rules)


def _clock(value: Any, where: str) -> time:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError as error:
        raise MunicipalityConfigError(f"{where}: '{value}' is not a time like 08:30") from error


def _opening_hours(entries: Iterable[Mapping[str, Any]]) -> tuple[OpeningPeriod, ...]:
    periods = []
    for index, e in enumerate(entries, start=1):
        where = f"municipality.toml opening_hours {index}"
        opens, closes = _clock(e.get("opens"), where), _clock(e.get("closes"), where)
        if closes <= opens:
            raise MunicipalityConfigError(
                f"{where}: closes ({closes}) must be after opens ({opens})"
            )
        for day in e.get("days", []):
            if day not in WEEKDAYS:
                raise MunicipalityConfigError(
                    f"{where}: unknown day '{day}' (use {', '.join(WEEKDAYS)})"
                )
            periods.append(
                OpeningPeriod(
                    weekday=WEEKDAYS.index(day),
                    opens=opens,
                    closes=closes,
                    team=_optional_str(e, "team"),
                )
            )
    return tuple(periods)


def _special_days(entries: Iterable[Mapping[str, Any]]) -> tuple[SpecialDay, ...]:
    days = []
    for index, e in enumerate(entries, start=1):
        day = e.get("day")
        if isinstance(day, str):
            try:
                day = date.fromisoformat(day)
            except ValueError:
                day = None
        if not isinstance(day, date) or isinstance(day, datetime):
            raise MunicipalityConfigError(
                f"municipality.toml special_days {index}: day must be a date"
            )
        days.append(
            SpecialDay(
                day=day,
                open=bool(e.get("open", False)),
                reason=str(e.get("reason", "")),
                team=_optional_str(e, "team"),
            )
        )
    return tuple(days)


def _neighbours(table: Mapping[str, Any]) -> dict[str, str]:
    """Flatten `[neighbours.postcodes]` and `[neighbours.places]` into one map."""
    result: dict[str, str] = {}
    for prefix, name in dict(table.get("postcodes", {})).items():
        if not str(prefix).isdigit() or not 1 <= len(str(prefix)) <= 4:
            raise MunicipalityConfigError(
                f"municipality.toml neighbours: '{prefix}' is not a postcode prefix"
            )
        result[str(prefix)] = str(name)
    for place, name in dict(table.get("places", {})).items():
        result[str(place)] = str(name)
    return result


def _faq(path: Path) -> tuple[FaqEntry, ...]:
    if not path.exists():
        return ()
    entries = []
    for e in _read_toml(path).get("faq", []):
        slug = _required_str(e, "slug", "faq.toml [[faq]]")
        questions = e.get("questions", [])
        if not isinstance(questions, list) or not questions:
            raise MunicipalityConfigError(f"faq.toml {slug}: questions must be a non-empty list")
        entries.append(
            FaqEntry(
                slug=slug,
                theme=_required_str(e, "theme", f"faq.toml {slug}"),
                questions=tuple(str(q) for q in questions),
                answer_nl=_required_str(e, "answer_nl", f"faq.toml {slug}"),
                answer_en=str(e.get("answer_en", "")),
                active=bool(e.get("active", True)),
            )
        )
    return tuple(entries)


def _buurt_names(path: Path) -> set[str] | None:
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["buurt_naam"].strip() for row in csv.DictReader(handle) if row.get("buurt_naam")
        }


# --- validation ---------------------------------------------------------------------------


def _duplicates(values: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    return {v for v in values if v in seen or seen.add(v)}  # type: ignore[func-returns-value]


def validate(config: MunicipalityConfig, buurten: set[str] | None = None) -> None:
    """Raise MunicipalityConfigError listing every inconsistency found in `config`."""
    problems: list[str] = []
    if not config.cbs_code.startswith("GM") or not config.cbs_code[2:].isdigit():
        problems.append(f"cbs_code '{config.cbs_code}' should look like GM0344")
    for label, ids in (
        ("theme", [t.slug for t in config.themes]),
        ("coordinator", [c.id for c in config.coordinators]),
        ("team", [t.id for t in config.teams]),
        ("partner", [p.id for p in config.partners]),
        ("faq", [f.slug for f in config.faq]),
    ):
        problems += [f"duplicate {label} id '{d}'" for d in sorted(_duplicates(ids))]
    if not config.themes:
        problems.append("themes.toml defines no themes")
    problems += _people_problems(config)
    problems += _rule_problems(config, buurten)
    themes = {t.slug for t in config.themes}
    problems += [
        f"faq.toml {f.slug}: unknown theme '{f.theme}'" for f in config.faq if f.theme not in themes
    ]
    teams = {t.id for t in config.teams}
    team_refs = [p.team for p in config.opening_hours] + [d.team for d in config.special_days]
    problems += [f"opening hours for unknown team '{t}'" for t in team_refs if t and t not in teams]
    if problems:
        raise MunicipalityConfigError(f"municipality '{config.slug}':\n- " + "\n- ".join(problems))


def _people_problems(config: MunicipalityConfig) -> list[str]:
    ids = {c.id for c in config.coordinators}
    teams = {t.id for t in config.teams}
    wijken = {w.code for w in config.wijken}
    problems = []
    for c in config.coordinators:
        if c.team and c.team not in teams:
            problems.append(f"coordinator {c.id}: unknown team '{c.team}'")
        subs = [c.substitute_id, *(a.substitute_id for a in c.absences)]
        problems += [
            f"coordinator {c.id}: unknown substitute '{s}'" for s in subs if s and s not in ids
        ]
        if c.substitute_id == c.id:
            problems.append(f"coordinator {c.id} is their own substitute")
    for team in config.teams:
        if team.lead_id and team.lead_id not in ids:
            problems.append(f"team {team.id}: unknown lead '{team.lead_id}'")
    for cid, codes in config.coordinator_wijken.items():
        problems += [f"coordinator {cid}: unknown wijk '{w}'" for w in codes if w not in wijken]
    return problems


def _rule_problems(config: MunicipalityConfig, buurten: set[str] | None) -> list[str]:
    targets = {
        "coordinator": {c.id for c in config.coordinators},
        "team": {t.id for t in config.teams},
        "partner": {p.id for p in config.partners},
    }
    themes = {t.slug for t in config.themes}
    wijken = {w.code for w in config.wijken}
    channels = {c.value for c in Channel}
    problems = []
    for rule in config.rules:
        where = f"rules.toml rule {rule.position}"
        if rule.target_id not in targets.get(rule.target_kind, set()):
            problems.append(f"{where}: unknown {rule.target_kind} '{rule.target_id}'")
        if rule.theme and rule.theme not in themes:
            problems.append(f"{where}: unknown theme '{rule.theme}'")
        if rule.area_kind == "wijk" and rule.area not in wijken:
            problems.append(
                f"{where}: unknown wijk '{rule.area}' (use a CBS code like {min(wijken, default='WK000000')})"
            )
        if rule.area_kind == "buurt" and buurten is not None and rule.area not in buurten:
            problems.append(f"{where}: unknown buurt '{rule.area}' (not in buurten.csv)")
        if rule.channel and rule.channel not in channels:
            problems.append(f"{where}: unknown channel '{rule.channel}'")
    return problems
