"""Ordered routing rules: who gets a case, and why (core.ports.Router).

Rules are data (municipality rules.toml, editable in the admin): each matches a theme (or any),
an area (wijk, buurt or any), optionally urgency and channel, and names a target: a coordinator,
a team (its lead is notified) or a partner organisation (a referral with contact details). The
first matching rule wins; the explanation stored with the case says which rule and why
("regel 4: verkeer in Overvecht → verkeerscoördinator"). Absent people are replaced by their
substitute. When no rule matches, a fallback (the first team lead) gets the case and a warning
is logged. `coverage()` shows which theme × wijk combinations no rule covers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from core.config import MunicipalityConfig, RoutingRule
from core.domain import Channel, Coordinator, Location
from core.ports import RoutingDecision
from nlp.locations import fold

log = logging.getLogger(__name__)

NO_WIJK = "-"  # the coverage column for cases without a known wijk


class RoutingError(RuntimeError):
    """The configuration has nobody to route to at all."""


def rule_matches(
    rule: RoutingRule, theme: str, location: Location | None, urgent: bool, channel: Channel | str
) -> bool:
    if rule.theme is not None and rule.theme != theme:
        return False
    if rule.urgent is not None and rule.urgent != urgent:
        return False
    if rule.channel is not None and rule.channel != str(channel):
        return False
    if rule.area_kind == "wijk":
        return location is not None and location.wijk == rule.area
    if rule.area_kind == "buurt":
        return (
            location is not None
            and location.buurt is not None
            and rule.area is not None
            and fold(location.buurt) == fold(rule.area)
        )
    return True


@dataclass
class RuleRouter:
    """core.ports.Router over the municipality's ordered rules."""

    config: MunicipalityConfig
    fallback: str | None = None  # "team:<id>" or "coordinator:<id>"; default: first team lead

    def route(
        self,
        theme: str,
        location: Location | None,
        urgent: bool,
        channel: Channel,
        now: datetime,
    ) -> RoutingDecision:
        for rule in sorted(self.config.rules, key=lambda r: r.position):
            if rule_matches(rule, theme, location, urgent, channel):
                return self._decide(
                    rule.target_kind, rule.target_id, now, self.describe(rule), rule
                )
        kind, target = self._fallback_target()
        log.warning(
            "no routing rule for theme=%s wijk=%s urgent=%s channel=%s: fallback %s:%s",
            theme, location.wijk if location else None, urgent, channel, kind, target,
        )  # fmt: skip
        explanation = f"geen regel van toepassing: terugval naar {self._label(kind, target)}"
        return self._decide(kind, target, now, explanation, None)

    # -- explanation

    def describe(self, rule: RoutingRule) -> str:
        """'regel 4: verkeer in Overvecht → verkeerscoördinator'."""
        theme = self.config.theme(rule.theme) if rule.theme else None
        what = theme.name_nl.lower() if theme else rule.theme or "alles"
        where = ""
        if rule.area_kind == "wijk" and rule.area:
            wijk = self.config.wijk(rule.area)
            where = f" in {wijk.name if wijk else rule.area}"
        elif rule.area_kind == "buurt" and rule.area:
            where = f" in {rule.area}"
        extra = "" if rule.urgent is None else " (spoed)" if rule.urgent else " (geen spoed)"
        via = f" via {rule.channel}" if rule.channel else ""
        target = rule.note or self._label(rule.target_kind, rule.target_id)
        return f"regel {rule.position}: {what}{where}{extra}{via} → {target}"

    def _label(self, kind: str, target: str) -> str:
        if kind == "coordinator":
            person = self.config.coordinator(target)
            return person.role if person else target
        if kind == "team":
            team = next((t for t in self.config.teams if t.id == target), None)
            return team.name if team else target
        partner = next((p for p in self.config.partners if p.id == target), None)
        return partner.name if partner else target

    # -- targets

    def _decide(
        self, kind: str, target: str, now: datetime, explanation: str, rule: RoutingRule | None
    ) -> RoutingDecision:
        position = rule.position if rule else None
        if kind == "partner":
            partner = next(p for p in self.config.partners if p.id == target)
            return RoutingDecision(
                "partner", target, partner.role_nl or partner.name, explanation, position,
                partner_contact=partner.contact,
            )  # fmt: skip
        if kind == "team":
            team = next(t for t in self.config.teams if t.id == target)
            lead = team.lead_id or next(
                (c.id for c in self.config.coordinators if c.team == team.id), None
            )
            person = self._available(lead, now) if lead else None
            return RoutingDecision(
                "team", target, team.name, self._note_substitute(explanation, lead, person),
                position, coordinator_id=person.id if person else None, team=team.id,
            )  # fmt: skip
        original = self.config.coordinator(target)
        if original is None:
            raise RoutingError(f"unknown coordinator {target}")
        person = self._available(target, now)
        return RoutingDecision(
            "coordinator", target, original.role,
            self._note_substitute(explanation, target, person), position,
            coordinator_id=person.id if person else None, team=original.team,
        )  # fmt: skip

    def _available(self, coordinator_id: str, now: datetime) -> Coordinator | None:
        """The person, or (when absent) their substitute, following the chain of substitutes."""
        person = self.config.coordinator(coordinator_id)
        seen: set[str] = set()
        while person is not None and person.is_absent(now) and person.id not in seen:
            seen.add(person.id)
            absence = next(a for a in person.absences if a.start <= now < a.end)
            substitute = absence.substitute_id or person.substitute_id
            candidate = self.config.coordinator(substitute) if substitute else None
            if candidate is None:
                break  # absent without a substitute: still theirs, escalation will follow
            person = candidate
        return person

    def _note_substitute(
        self, explanation: str, original: str | None, person: Coordinator | None
    ) -> str:
        if person is None or original is None or person.id == original:
            return explanation
        return f"{explanation} (afwezig; vervanger: {person.role})"

    def _fallback_target(self) -> tuple[str, str]:
        if self.fallback:
            kind, _, target = self.fallback.partition(":")
            return kind, target
        team = next((t for t in self.config.teams if t.lead_id), None)
        if team:
            return "team", team.id
        if self.config.coordinators:
            return "coordinator", self.config.coordinators[0].id
        raise RoutingError(
            f"{self.config.name}: no rule matched and there is nobody to fall back to"
        )


# --- coverage ---------------------------------------------------------------------------------


@dataclass
class Coverage:
    """Which rule handles each theme × wijk (and theme without wijk) for an ordinary case.

    Rules limited to a buurt, to urgent cases or to one channel cover only part of a cell, so
    the first unconditional rule decides the cell. `uncovered` lists the cells no rule covers
    (those cases go to the fallback).
    """

    themes: list[str]
    wijken: list[str]  # CBS codes plus NO_WIJK
    cells: dict[tuple[str, str], int | None] = field(default_factory=dict)
    wijk_names: dict[str, str] = field(default_factory=dict)

    @property
    def uncovered(self) -> list[tuple[str, str]]:
        return [key for key, position in self.cells.items() if position is None]

    def warnings(self) -> list[str]:
        return [
            f"routing: geen regel voor thema '{theme}' in "
            f"{'een onbekende wijk' if wijk == NO_WIJK else self.wijk_names.get(wijk, wijk)}"
            for theme, wijk in self.uncovered
        ]

    def render(self) -> str:
        """The matrix as text: the number of the rule handling each cell, '--' when none."""
        headers = [self.wijk_names.get(w, "zonder wijk") for w in self.wijken]
        width = max(len(t) for t in self.themes) if self.themes else 5
        cols = [max(len(h), 4) for h in headers]
        lines = [
            " " * width + " | " + " | ".join(h.ljust(c) for h, c in zip(headers, cols, strict=True))
        ]
        lines.append("-" * len(lines[0]))
        for theme in self.themes:
            cells = []
            for wijk, col in zip(self.wijken, cols, strict=True):
                position = self.cells[(theme, wijk)]
                cells.append((f"r{position}" if position else "--").ljust(col))
            lines.append(theme.ljust(width) + " | " + " | ".join(cells))
        return "\n".join(lines)


def coverage(config: MunicipalityConfig) -> Coverage:
    themes = [t.slug for t in config.themes if t.active]
    wijken = [w.code for w in config.wijken] + [NO_WIJK]
    result = Coverage(themes, wijken, wijk_names={w.code: w.name for w in config.wijken})
    ordered = sorted(config.rules, key=lambda r: r.position)
    for theme in themes:
        for wijk in wijken:
            location = None if wijk == NO_WIJK else Location("wijk", wijk, wijk=wijk)
            result.cells[(theme, wijk)] = next(
                (
                    r.position
                    for r in ordered
                    if r.urgent is None
                    and r.channel is None
                    and r.area_kind != "buurt"
                    and rule_matches(r, theme, location, False, "")
                ),
                None,
            )
    return result


def startup_warnings(config: MunicipalityConfig) -> list[str]:
    """What an operator should know at start-up: uncovered combinations, unreachable people."""
    warnings = coverage(config).warnings()
    for person in config.coordinators:
        if not person.email and not person.telegram_chat_id:
            warnings.append(f"routing: {person.id} ({person.role}) has no e-mail or Telegram chat")
    return warnings
