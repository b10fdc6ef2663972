"""A municipality's configuration as plain data: themes, wijken, people, rules, hours, FAQ.

Loaded from a folder under `municipalities/` (routing/municipality.py) into the database by
`wijkbot seed`, edited by admins in the web app, and read back from the database at run time
(storage/config.py). Nothing here knows where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from core.domain import Coordinator, FaqEntry, Theme, Wijk


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    lead_id: str | None = None  # coordinator id of the team lead (escalation target)


@dataclass(frozen=True)
class Partner:
    """An organisation cases are referred to (housing association, social neighbourhood team)."""

    id: str
    name: str
    contact: str  # what the resident is told: phone, website
    role_nl: str = ""
    role_en: str = ""


@dataclass(frozen=True)
class RoutingRule:
    """One ordered rule. None means 'any'. First match wins."""

    position: int
    target_kind: str  # "coordinator" | "team" | "partner"
    target_id: str
    theme: str | None = None
    area_kind: str | None = None  # "wijk" | "buurt" | None
    area: str | None = None  # wijk code or buurt name
    urgent: bool | None = None
    channel: str | None = None
    note: str = ""


@dataclass(frozen=True)
class OpeningPeriod:
    weekday: int  # 0 = Monday
    opens: time
    closes: time
    team: str | None = None  # None: the municipality's default hours


@dataclass(frozen=True)
class SpecialDay:
    """An extra closing day (open=False) or an extra opening day (open=True)."""

    day: date
    open: bool = False
    reason: str = ""
    team: str | None = None


@dataclass(frozen=True)
class MunicipalityConfig:
    slug: str  # folder name, e.g. "utrecht"
    name: str  # "Utrecht"
    cbs_code: str  # "GM0344"
    contact_phone: str = "14 030"
    contact_url: str = ""
    timezone: str = "Europe/Amsterdam"
    coordinator_title: str = "wijkregisseur"  # what this municipality calls the role
    themes: tuple[Theme, ...] = ()
    wijken: tuple[Wijk, ...] = ()
    coordinators: tuple[Coordinator, ...] = ()
    coordinator_wijken: dict[str, tuple[str, ...]] = field(default_factory=dict)
    teams: tuple[Team, ...] = ()
    partners: tuple[Partner, ...] = ()
    rules: tuple[RoutingRule, ...] = ()
    opening_hours: tuple[OpeningPeriod, ...] = ()
    special_days: tuple[SpecialDay, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    neighbours: dict[str, str] = field(default_factory=dict)  # pc4 prefix or place -> municipality

    def coordinator(self, coordinator_id: str) -> Coordinator | None:
        return next((c for c in self.coordinators if c.id == coordinator_id), None)

    def wijk(self, code: str) -> Wijk | None:
        return next((w for w in self.wijken if w.code == code), None)

    def theme(self, slug: str) -> Theme | None:
        return next((t for t in self.themes if t.slug == slug), None)
