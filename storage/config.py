"""The municipality's configuration in the database: save (seed/upsert) and load.

`save_config(session, cfg)` makes the database hold exactly `cfg` (idempotent: saving the same
configuration twice changes nothing). Rows are updated in place where they have an id (themes,
wijken, coordinators, teams, partners, FAQ entries), so ids and users' links stay stable;
a wijk's stored GeoJSON geometry is kept. A coordinator who is no longer configured is marked
inactive rather than deleted (users and cases may still refer to them). Ordered lists (rules,
opening hours, closing days, absences) are replaced only when they changed.

`load_config(session)` returns the MunicipalityConfig or None when nothing was seeded yet.
Neither function commits: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.config import (
    MunicipalityConfig,
    OpeningPeriod,
    Partner,
    RoutingRule,
    SpecialDay,
    Team,
)
from core.domain import Absence, Coordinator, FaqEntry, Theme, Wijk
from storage.models import (
    AbsenceRow,
    Base,
    CoordinatorRow,
    CoordinatorWijkRow,
    FaqEntryRow,
    MunicipalityRow,
    OpeningHoursRow,
    PartnerRow,
    RoutingRuleRow,
    SpecialDayRow,
    TeamRow,
    ThemeRow,
    WijkRow,
)

RowT = TypeVar("RowT", bound=Base)


# --- save ----------------------------------------------------------------------------------


def save_config(session: Session, cfg: MunicipalityConfig, now: datetime | None = None) -> None:
    """Store `cfg` as the municipality's configuration (insert, update, retire; no commit)."""
    now = now or datetime.now(UTC)
    _save_municipality(session, cfg, now)
    _sync(session, ThemeRow, "slug", cfg.themes, _theme_values)
    _sync(session, WijkRow, "code", cfg.wijken, lambda w: {"name": w.name})
    _sync(session, TeamRow, "id", cfg.teams, lambda t: {"name": t.name, "lead_id": t.lead_id})
    _sync(session, PartnerRow, "id", cfg.partners, _partner_values)
    _save_coordinators(session, cfg)
    _save_faq(session, cfg.faq, now)
    _replace_if_changed(session, RoutingRuleRow, _load_rules(session), cfg.rules, _rule_row)
    _replace_if_changed(
        session, OpeningHoursRow, _load_hours(session), cfg.opening_hours, _hours_row
    )
    _replace_if_changed(
        session, SpecialDayRow, _load_special_days(session), cfg.special_days, _special_day_row
    )
    session.flush()


def _save_municipality(session: Session, cfg: MunicipalityConfig, now: datetime) -> None:
    others = select(MunicipalityRow.slug).where(MunicipalityRow.slug != cfg.slug)
    if session.scalars(others).first() is not None:
        session.execute(delete(MunicipalityRow).where(MunicipalityRow.slug != cfg.slug))
    row = session.get(MunicipalityRow, cfg.slug) or MunicipalityRow(slug=cfg.slug)
    values = {
        "name": cfg.name,
        "cbs_code": cfg.cbs_code,
        "contact_phone": cfg.contact_phone,
        "contact_url": cfg.contact_url,
        "timezone": cfg.timezone,
        "coordinator_title": cfg.coordinator_title,
        "neighbours": dict(cfg.neighbours),
    }
    if _assign(row, values) or row not in session:
        row.updated_at = now
    session.add(row)


def _sync(
    session: Session,
    row_class: type[RowT],
    key: str,
    items: Sequence[Any],
    values: Callable[[Any], dict[str, Any]],
) -> None:
    """Upsert one row per item (keyed by `key`, ordered by `position`), delete the rest."""
    column = getattr(row_class, key)
    existing = {getattr(r, key): r for r in session.scalars(select(row_class))}
    for position, item in enumerate(items):
        ident = getattr(item, key)
        row = existing.pop(ident, None)
        if row is None:
            row = row_class(**{key: ident})
            session.add(row)
        _assign(row, {**values(item), "position": position})
    if existing:
        session.execute(delete(row_class).where(column.in_(list(existing))))


def _assign(row: Any, values: dict[str, Any]) -> bool:
    """Set the attributes that differ; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name, None) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _theme_values(theme: Theme) -> dict[str, Any]:
    return {"name_nl": theme.name_nl, "name_en": theme.name_en, "active": theme.active}


def _partner_values(partner: Partner) -> dict[str, Any]:
    return {
        "name": partner.name,
        "contact": partner.contact,
        "role_nl": partner.role_nl,
        "role_en": partner.role_en,
    }


def _save_coordinators(session: Session, cfg: MunicipalityConfig) -> None:
    existing = {r.id: r for r in session.scalars(select(CoordinatorRow))}
    for position, coordinator in enumerate(cfg.coordinators):
        row = existing.pop(coordinator.id, None)
        if row is None:
            row = CoordinatorRow(id=coordinator.id)
            session.add(row)
        _assign(row, {**_coordinator_values(coordinator), "active": True, "position": position})
    session.flush()  # coordinators exist before their wijken and absences refer to them
    for row in existing.values():  # no longer configured: kept for users and history
        row.active = False
    _save_coordinator_wijken(session, cfg)
    _save_absences(session, cfg.coordinators)


def _coordinator_values(coordinator: Coordinator) -> dict[str, Any]:
    return {
        "name": coordinator.name,
        "role": coordinator.role,
        "email": coordinator.email,
        "telegram_chat_id": coordinator.telegram_chat_id,
        "team": coordinator.team,
        "substitute_id": coordinator.substitute_id,
    }


def _save_coordinator_wijken(session: Session, cfg: MunicipalityConfig) -> None:
    wanted = {cid: tuple(codes) for cid, codes in cfg.coordinator_wijken.items() if codes}
    if _load_coordinator_wijken(session) == wanted:
        return
    session.execute(delete(CoordinatorWijkRow))
    session.add_all(
        CoordinatorWijkRow(coordinator_id=cid, wijk_code=code, position=position)
        for cid, codes in wanted.items()
        for position, code in enumerate(codes)
    )


def _save_absences(session: Session, coordinators: Iterable[Coordinator]) -> None:
    wanted = {c.id: tuple(c.absences) for c in coordinators if c.absences}
    if _load_absences(session) == wanted:
        return
    session.execute(delete(AbsenceRow))
    session.add_all(
        AbsenceRow(
            coordinator_id=cid, starts_at=a.start, ends_at=a.end, substitute_id=a.substitute_id
        )
        for cid, absences in wanted.items()
        for a in absences
    )


def _save_faq(session: Session, entries: Sequence[FaqEntry], now: datetime) -> None:
    existing = {r.slug: r for r in session.scalars(select(FaqEntryRow))}
    for position, entry in enumerate(entries):
        row = existing.pop(entry.slug, None)
        if row is None:
            row = FaqEntryRow(slug=entry.slug)
            session.add(row)
        values = {
            "theme": entry.theme,
            "questions": list(entry.questions),
            "answer_nl": entry.answer_nl,
            "answer_en": entry.answer_en,
            "active": entry.active,
        }
        if _assign(row, values):
            row.updated_at = now
        row.position = position
    if existing:
        session.execute(delete(FaqEntryRow).where(FaqEntryRow.slug.in_(list(existing))))


def _replace_if_changed(
    session: Session,
    row_class: type[RowT],
    current: Sequence[Any],
    wanted: Sequence[Any],
    to_row: Callable[[Any], RowT],
) -> None:
    if tuple(current) == tuple(wanted):
        return
    session.execute(delete(row_class))
    session.flush()
    session.add_all(to_row(item) for item in wanted)
    session.flush()


def _rule_row(rule: RoutingRule) -> RoutingRuleRow:
    return RoutingRuleRow(
        position=rule.position,
        target_kind=rule.target_kind,
        target_id=rule.target_id,
        theme=rule.theme,
        area_kind=rule.area_kind,
        area=rule.area,
        urgent=rule.urgent,
        channel=rule.channel,
        note=rule.note,
    )


def _hours_row(period: OpeningPeriod) -> OpeningHoursRow:
    return OpeningHoursRow(
        weekday=period.weekday, opens=period.opens, closes=period.closes, team=period.team
    )


def _special_day_row(day: SpecialDay) -> SpecialDayRow:
    return SpecialDayRow(day=day.day, open=day.open, reason=day.reason, team=day.team)


# --- load ----------------------------------------------------------------------------------


def load_config(session: Session) -> MunicipalityConfig | None:
    """The stored configuration, or None when no municipality was saved yet."""
    municipality = session.scalars(select(MunicipalityRow)).first()
    if municipality is None:
        return None
    return MunicipalityConfig(
        slug=municipality.slug,
        name=municipality.name,
        cbs_code=municipality.cbs_code,
        contact_phone=municipality.contact_phone,
        contact_url=municipality.contact_url,
        timezone=municipality.timezone,
        coordinator_title=municipality.coordinator_title,
        themes=tuple(
            Theme(r.slug, r.name_nl, r.name_en, r.active) for r in _ordered(session, ThemeRow)
        ),
        wijken=tuple(Wijk(r.code, r.name) for r in _ordered(session, WijkRow)),
        coordinators=_load_coordinators(session),
        coordinator_wijken=_load_coordinator_wijken(session),
        teams=tuple(Team(r.id, r.name, r.lead_id) for r in _ordered(session, TeamRow)),
        partners=tuple(
            Partner(r.id, r.name, r.contact, r.role_nl, r.role_en)
            for r in _ordered(session, PartnerRow)
        ),
        rules=_load_rules(session),
        opening_hours=_load_hours(session),
        special_days=_load_special_days(session),
        faq=tuple(
            FaqEntry(r.slug, r.theme, tuple(r.questions), r.answer_nl, r.answer_en, r.active)
            for r in _ordered(session, FaqEntryRow)
        ),
        neighbours={str(k): str(v) for k, v in municipality.neighbours.items()},
    )


def _ordered(session: Session, row_class: type[RowT]) -> list[RowT]:
    position = row_class.position  # type: ignore[attr-defined]
    primary_key = row_class.__mapper__.primary_key[0]
    return list(session.scalars(select(row_class).order_by(position, primary_key)))


def _load_coordinators(session: Session) -> tuple[Coordinator, ...]:
    absences = _load_absences(session)
    rows = session.scalars(
        select(CoordinatorRow)
        .where(CoordinatorRow.active.is_(True))
        .order_by(CoordinatorRow.position, CoordinatorRow.id)
    )
    return tuple(
        Coordinator(
            id=r.id,
            name=r.name,
            role=r.role,
            email=r.email,
            telegram_chat_id=r.telegram_chat_id,
            team=r.team,
            substitute_id=r.substitute_id,
            absences=absences.get(r.id, ()),
        )
        for r in rows
    )


def _load_coordinator_wijken(session: Session) -> dict[str, tuple[str, ...]]:
    result: dict[str, tuple[str, ...]] = {}
    rows = session.scalars(
        select(CoordinatorWijkRow).order_by(
            CoordinatorWijkRow.coordinator_id, CoordinatorWijkRow.position
        )
    )
    for row in rows:
        result[row.coordinator_id] = (*result.get(row.coordinator_id, ()), row.wijk_code)
    return result


def _load_absences(session: Session) -> dict[str, tuple[Absence, ...]]:
    result: dict[str, tuple[Absence, ...]] = {}
    for row in session.scalars(select(AbsenceRow).order_by(AbsenceRow.id)):
        absence = Absence(row.starts_at, row.ends_at, row.substitute_id)
        result[row.coordinator_id] = (*result.get(row.coordinator_id, ()), absence)
    return result


def _load_rules(session: Session) -> tuple[RoutingRule, ...]:
    rows = session.scalars(select(RoutingRuleRow).order_by(RoutingRuleRow.position))
    return tuple(
        RoutingRule(
            position=r.position,
            target_kind=r.target_kind,
            target_id=r.target_id,
            theme=r.theme,
            area_kind=r.area_kind,
            area=r.area,
            urgent=r.urgent,
            channel=r.channel,
            note=r.note,
        )
        for r in rows
    )


def _load_hours(session: Session) -> tuple[OpeningPeriod, ...]:
    rows = session.scalars(select(OpeningHoursRow).order_by(OpeningHoursRow.id))
    return tuple(OpeningPeriod(r.weekday, r.opens, r.closes, r.team) for r in rows)


def _load_special_days(session: Session) -> tuple[SpecialDay, ...]:
    rows = session.scalars(select(SpecialDayRow).order_by(SpecialDayRow.id))
    return tuple(SpecialDay(r.day, r.open, r.reason, r.team) for r in rows)


def save_wijk_geometry(session: Session, code: str, geojson: str) -> None:
    """Store a wijk's GeoJSON geometry (text) for the web map; the wijk must exist."""
    row = session.get(WijkRow, code)
    if row is None:
        raise KeyError(f"wijk {code} not found")
    row.geometry = geojson
