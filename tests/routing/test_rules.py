"""RuleRouter: ordered rules, first match wins, substitutes, referrals, fallback, coverage."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.config import MunicipalityConfig, RoutingRule
from core.domain import Channel, Location
from routing.municipality import load_municipality
from routing.rules import NO_WIJK, RuleRouter, coverage, startup_warnings

ROOT = Path(__file__).resolve().parents[2] / "municipalities"
AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
OVERVECHT, WEST, BINNENSTAD = "WK034403", "WK034401", "WK034406"


def at(wijk: str | None, buurt: str | None = None) -> Location:
    return Location("wijk", wijk or "", wijk=wijk, buurt=buurt)


@pytest.fixture(scope="module")
def utrecht() -> MunicipalityConfig:
    return load_municipality(ROOT / "utrecht")


@pytest.fixture(scope="module")
def zeist() -> MunicipalityConfig:
    return load_municipality(ROOT / "zeist")


def test_traffic_in_overvecht_goes_to_the_traffic_coordinator(utrecht: MunicipalityConfig) -> None:
    decision = RuleRouter(utrecht).route("verkeer", at(OVERVECHT), False, Channel.WEB, NOW)
    assert (decision.target_kind, decision.coordinator_id) == ("coordinator", "verkeerscoordinator")
    assert decision.explanation == "regel 3: verkeer en parkeren in Overvecht → verkeerscoördinator"
    assert decision.rule_index == 3 and decision.team == "verkeer"


def test_other_themes_in_overvecht_go_to_the_wijkregisseur(utrecht: MunicipalityConfig) -> None:
    decision = RuleRouter(utrecht).route("overlast", at(OVERVECHT), False, Channel.WEB, NOW)
    assert decision.coordinator_id == "wr-overvecht"
    assert decision.role == "wijkregisseur Overvecht"
    assert decision.explanation.startswith("regel 7: alles in Overvecht")


def test_traffic_in_west_is_the_wijkregisseur(utrecht: MunicipalityConfig) -> None:
    decision = RuleRouter(utrecht).route("verkeer", at(WEST), False, Channel.WEB, NOW)
    assert decision.coordinator_id == "wr-west"


@pytest.mark.parametrize(
    ("theme", "partner"), [("wonen", "woningcorporatie"), ("zorg", "buurtteam")]
)
def test_referrals_carry_the_partner_contact(
    utrecht: MunicipalityConfig, theme: str, partner: str
) -> None:
    decision = RuleRouter(utrecht).route(theme, at(WEST), False, Channel.TELEGRAM, NOW)
    assert (decision.target_kind, decision.target_id) == ("partner", partner)
    assert decision.coordinator_id is None
    assert decision.partner_contact and "030" in decision.partner_contact


def test_no_wijk_goes_to_the_team_lead(utrecht: MunicipalityConfig) -> None:
    decision = RuleRouter(utrecht).route("afval", None, False, Channel.WEB, NOW)
    assert (decision.target_kind, decision.target_id, decision.coordinator_id) == (
        "team", "wijkregie", "tl-wijkregie",
    )  # fmt: skip


def test_absent_coordinator_is_replaced_by_the_substitute(utrecht: MunicipalityConfig) -> None:
    christmas = datetime(2026, 12, 24, 21, 0, tzinfo=AMS)
    decision = RuleRouter(utrecht).route("afval", at(BINNENSTAD), False, Channel.WEB, christmas)
    assert decision.target_id == "wr-binnenstad" and decision.coordinator_id == "wr-oost"
    assert (
        decision.role == "wijkregisseur Binnenstad"
    )  # the resident is told the role, not the person
    assert "vervanger: wijkregisseur Oost" in decision.explanation
    after = RuleRouter(utrecht).route("afval", at(BINNENSTAD), False, Channel.WEB, NOW)
    assert after.coordinator_id == "wr-binnenstad"


def test_zeist_austerlitz_buurt_rule_beats_its_wijk(zeist: MunicipalityConfig) -> None:
    router = RuleRouter(zeist)
    oost = "WK035504"
    assert (
        router.route("overlast", at(oost, "Austerlitz"), False, Channel.WEB, NOW).coordinator_id
        == "wm-dorpen"
    )
    assert (
        router.route("overlast", at(oost, "Kerckebosch"), False, Channel.WEB, NOW).coordinator_id
        == "wm-oost"
    )
    assert (
        router.route("overlast", at("WK035505"), False, Channel.WEB, NOW).coordinator_id
        == "wm-dorpen"
    )


def test_urgency_and_channel_conditions(utrecht: MunicipalityConfig) -> None:
    rules = (
        RoutingRule(
            1, "coordinator", "tl-wijkregie", theme="overlast", urgent=True, note="teamleider"
        ),
        RoutingRule(2, "coordinator", "wr-zuid", channel="telegram"),
        RoutingRule(3, "coordinator", "wr-west"),
    )
    router = RuleRouter(replace(utrecht, rules=rules))
    assert router.route("overlast", None, True, Channel.WEB, NOW).coordinator_id == "tl-wijkregie"
    assert router.route("overlast", None, False, Channel.TELEGRAM, NOW).coordinator_id == "wr-zuid"
    assert router.route("overlast", None, False, Channel.WEB, NOW).coordinator_id == "wr-west"
    assert router.describe(rules[0]) == "regel 1: overlast (spoed) → teamleider"
    assert router.describe(rules[1]) == "regel 2: alles via telegram → wijkregisseur Zuid"


def test_fallback_when_nothing_matches(
    utrecht: MunicipalityConfig, caplog: pytest.LogCaptureFixture
) -> None:
    rules = (RoutingRule(1, "coordinator", "wr-west", theme="afval", area_kind="wijk", area=WEST),)
    router = RuleRouter(replace(utrecht, rules=rules))
    decision = router.route("overlast", at(OVERVECHT), False, Channel.WEB, NOW)
    assert decision.rule_index is None
    assert decision.coordinator_id == "tl-wijkregie"
    assert decision.explanation.startswith("geen regel van toepassing")
    assert "no routing rule" in caplog.text


def test_demo_coverage_is_complete(utrecht: MunicipalityConfig, zeist: MunicipalityConfig) -> None:
    for config in (utrecht, zeist):
        matrix = coverage(config)
        assert matrix.uncovered == []
        assert len(matrix.cells) == len(config.themes) * (len(config.wijken) + 1)
    assert startup_warnings(utrecht) == []


def test_coverage_reports_gaps(utrecht: MunicipalityConfig) -> None:
    rules = (
        RoutingRule(1, "coordinator", "wr-west", area_kind="wijk", area=WEST),
        RoutingRule(
            2,
            "coordinator",
            "verkeerscoordinator",
            theme="verkeer",
            area_kind="wijk",
            area=OVERVECHT,
        ),
        RoutingRule(3, "coordinator", "tl-wijkregie", urgent=True),  # partial: urgent only
    )
    matrix = coverage(replace(utrecht, rules=rules))
    assert matrix.cells[("afval", WEST)] == 1
    assert matrix.cells[("verkeer", OVERVECHT)] == 2
    assert matrix.cells[("afval", OVERVECHT)] is None
    assert ("overlast", NO_WIJK) in matrix.uncovered
    assert len(matrix.uncovered) == 8 * 11 - 8 - 1
    assert "geen regel voor thema 'afval' in Overvecht" in "\n".join(matrix.warnings())
    text = matrix.render()
    assert "Overvecht" in text and "r2" in text and "--" in text
