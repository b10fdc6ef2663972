"""Municipality configuration: save (idempotent upsert) and load round-trip on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from core.config import (
    MunicipalityConfig,
    OpeningPeriod,
    Partner,
    RoutingRule,
    SpecialDay,
    Team,
)
from core.domain import Absence, Coordinator, FaqEntry, Theme, Wijk
from routing.municipality import load_municipality
from storage.config import load_config, save_config, save_wijk_geometry
from storage.models import (
    AbsenceRow,
    CoordinatorRow,
    FaqEntryRow,
    RoutingRuleRow,
    UserRow,
    WijkRow,
)

CET = timezone(timedelta(hours=1))
MUNICIPALITIES = Path(__file__).resolve().parents[2] / "municipalities"


def full_config() -> MunicipalityConfig:
    """A small configuration that uses every field."""
    return MunicipalityConfig(
        slug="testdorp",
        name="Testdorp",
        cbs_code="GM9999",
        contact_phone="14 999",
        contact_url="https://testdorp.example",
        timezone="Europe/Amsterdam",
        coordinator_title="wijkmanager",
        themes=(
            Theme("afval", "Afval", "Waste"),
            Theme("verkeer", "Verkeer", "Traffic"),
            Theme("oud", "Oud thema", "Old theme", active=False),
        ),
        wijken=(Wijk("WK999901", "Noord"), Wijk("WK999902", "Zuid")),
        coordinators=(
            Coordinator(
                "c-noord",
                "Anna de Vries",
                "wijkmanager Noord",
                email="anna@testdorp.example",
                telegram_chat_id="1001",
                team="team-wijk",
                substitute_id="c-zuid",
                absences=(
                    Absence(
                        datetime(2026, 12, 21, 0, 0, tzinfo=CET),
                        datetime(2027, 1, 4, 0, 0, tzinfo=CET),
                        "c-zuid",
                    ),
                    Absence(
                        datetime(2027, 2, 1, 8, tzinfo=UTC), datetime(2027, 2, 2, 8, tzinfo=UTC)
                    ),
                ),
            ),
            Coordinator("c-zuid", "Bram Jansen", "wijkmanager Zuid", team="team-wijk"),
            Coordinator("c-lead", "Chris Bakker", "teamleider"),
        ),
        coordinator_wijken={"c-noord": ("WK999901",), "c-zuid": ("WK999902", "WK999901")},
        teams=(Team("team-wijk", "Team Wijken", "c-lead"), Team("team-verkeer", "Verkeer")),
        partners=(
            Partner("woonstichting", "Woonstichting", "088 123 4567", "de verhuurder", "landlord"),
        ),
        rules=(
            RoutingRule(
                1,
                "coordinator",
                "c-zuid",
                theme="verkeer",
                area_kind="wijk",
                area="WK999901",
                note="verkeer in Noord",
            ),
            RoutingRule(2, "partner", "woonstichting", theme="wonen", urgent=False, channel="web"),
            RoutingRule(3, "team", "team-wijk"),
        ),
        opening_hours=(
            OpeningPeriod(0, time(8, 30), time(17, 0)),
            OpeningPeriod(4, time(8, 30), time(12, 0)),
            OpeningPeriod(0, time(9, 0), time(16, 0), team="team-verkeer"),
        ),
        special_days=(
            SpecialDay(date(2026, 12, 31), reason="Oudejaarsdag"),
            SpecialDay(date(2027, 3, 13), open=True, reason="Verkiezingen", team="team-wijk"),
        ),
        faq=(
            FaqEntry(
                "grofvuil",
                "afval",
                ("Wanneer grofvuil?", "Bulky waste?"),
                "Bel 14 999.",
                "Call 14 999.",
            ),
            FaqEntry("oud", "afval", ("x",), "y", active=False),
        ),
        neighbours={"3999": "Buurgemeente", "Buurdorp": "Buurgemeente"},
    )


def save(session_factory: sessionmaker[Session], cfg: MunicipalityConfig) -> None:
    with session_factory() as session:
        save_config(session, cfg)
        session.commit()


def load(session_factory: sessionmaker[Session]) -> MunicipalityConfig | None:
    with session_factory() as session:
        return load_config(session)


def test_nothing_saved_loads_none(session_factory: sessionmaker[Session]) -> None:
    assert load(session_factory) is None


def test_every_field_round_trips(session_factory: sessionmaker[Session]) -> None:
    cfg = full_config()
    save(session_factory, cfg)
    assert load(session_factory) == cfg


def test_the_demo_municipalities_round_trip(session_factory: sessionmaker[Session]) -> None:
    for name in ("utrecht", "zeist"):
        cfg = load_municipality(MUNICIPALITIES / name)
        save(session_factory, cfg)
        assert load(session_factory) == cfg


def test_saving_twice_changes_nothing(session_factory: sessionmaker[Session]) -> None:
    cfg = full_config()
    save(session_factory, cfg)
    with session_factory() as session:
        ids_before = session.scalars(select(RoutingRuleRow.id).order_by(RoutingRuleRow.id)).all()
        faq_stamp = session.get(FaqEntryRow, "grofvuil").updated_at  # type: ignore[union-attr]
    writes: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            writes.append(statement)

    with session_factory() as session:
        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", record)
        try:
            save_config(session, cfg, now=datetime(2030, 1, 1, tzinfo=UTC))
            session.commit()
        finally:
            event.remove(engine, "before_cursor_execute", record)
    assert writes == []
    with session_factory() as session:
        assert session.scalars(select(RoutingRuleRow.id).order_by(RoutingRuleRow.id)).all() == (
            ids_before
        )
        assert session.get(FaqEntryRow, "grofvuil").updated_at == faq_stamp  # type: ignore[union-attr]
    assert load(session_factory) == cfg


def test_changes_are_applied_and_removed_items_retired(
    session_factory: sessionmaker[Session],
) -> None:
    cfg = full_config()
    save(session_factory, cfg)
    with session_factory() as session:
        session.add(
            UserRow(username="bram", password_hash="x", role="coordinator", coordinator_id="c-zuid")
        )
        save_wijk_geometry(session, "WK999901", '{"type": "Polygon", "coordinates": []}')
        session.commit()
    changed = replace(
        cfg,
        name="Testdorp aan Zee",
        themes=(
            Theme("verkeer", "Verkeer en parkeren", "Traffic and parking"),
            Theme("afval", "Afval", "Waste"),
        ),
        wijken=(Wijk("WK999901", "Noord-Oost"),),
        coordinators=(replace(cfg.coordinators[0], absences=()), cfg.coordinators[2]),
        coordinator_wijken={"c-noord": ("WK999901",)},
        rules=(RoutingRule(1, "team", "team-wijk"),),
        opening_hours=cfg.opening_hours[:1],
        special_days=(),
        faq=(replace(cfg.faq[0], answer_nl="Bel ons."),),
        neighbours={},
    )
    save(session_factory, changed)
    assert load(session_factory) == changed
    with session_factory() as session:
        retired = session.get(CoordinatorRow, "c-zuid")
        assert retired is not None and not retired.active  # kept: a user still refers to it
        assert session.scalars(select(UserRow.coordinator_id)).one() == "c-zuid"
        assert session.scalar(select(func.count()).select_from(AbsenceRow)) == 0
        wijk = session.get(WijkRow, "WK999901")
        assert wijk is not None and wijk.geometry is not None and wijk.name == "Noord-Oost"
    save(session_factory, cfg)  # and back again: the retired coordinator returns
    assert load(session_factory) == cfg
