"""A scripted resident: sends inputs to an Assistant and keeps the replies, for transcript tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from core.config import MunicipalityConfig, Partner
from core.domain import Channel, FaqEntry, GeoPoint, Theme, Wijk
from core.fakes import (
    FakeLocator,
    FakePlanner,
    FakeRouter,
    FakeSchedule,
    KeywordFakeAnalyzer,
)
from core.messages import Inbound, Reply
from core.ports import UnitOfWorkFactory
from core.service import Assistant

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY_MORNING = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)
FRIDAY_EVENING = datetime(2026, 11, 27, 21, 30, tzinfo=AMS)

THEMES = tuple(
    Theme(slug, nl, en)
    for slug, nl, en in [
        ("overlast", "Overlast", "Nuisance"), ("verkeer", "Verkeer", "Traffic"),
        ("afval", "Afval", "Waste"), ("openbare_ruimte", "Openbare ruimte", "Public space"),
        ("wonen", "Wonen", "Housing"), ("overig", "Overig", "Other"),
    ]
)
OVERVECHT = Wijk("WK034403", "Overvecht")
WEST = Wijk("WK034401", "West")
CONFIG = MunicipalityConfig(
    slug="testdorp", name="Testdorp", cbs_code="GM9999", themes=THEMES, wijken=(OVERVECHT, WEST),
    partners=(Partner("corporatie", "Woningcorporatie Thuis", "bel 030 000 0000"),),
    faq=(
        FaqEntry("parkeervergunning", "verkeer", ("hoe vraag ik een parkeervergunning aan?",),
                 "U vraagt een parkeervergunning aan via de website.",
                 "Apply for a parking permit online."),
    ),
)


def fake_assistant(uow_factory: UnitOfWorkFactory) -> Assistant:
    analyzer = KeywordFakeAnalyzer(
        keywords={"geluid": "overlast", "herrie": "overlast", "noise": "overlast", "auto": "verkeer",
                  "drempel": "verkeer", "container": "afval", "lantaarn": "openbare_ruimte",
                  "schimmel": "wonen", "paspoort": "overig"},
        faq_keywords={"parkeervergunning": "parkeervergunning"},
    )
    locator = FakeLocator({"overvecht": OVERVECHT, "lombok": WEST, "3581": OVERVECHT})
    return Assistant(uow_factory, analyzer, locator, FakeRouter({"wonen": "corporatie"}),
                     FakeSchedule(), FakePlanner(), CONFIG)


@dataclass
class Chat:
    assistant: Assistant
    ref: str = "resident-1"
    channel: Channel = Channel.TERMINAL
    now: datetime = TUESDAY_MORNING
    transcript: list[Reply] = field(default_factory=list)
    counter: int = 0

    def send(self, text: str | None = None, *, button: str | None = None,
             point: GeoPoint | None = None, unsupported: str | None = None,
             external_id: str | None = None) -> list[Reply]:
        self.counter += 1
        inbound = Inbound(self.channel, self.ref, self.now, text=text, button=button, point=point,
                          unsupported=unsupported, external_id=external_id)
        replies = self.assistant.handle(inbound)
        self.transcript.extend(replies)
        return replies

    def press(self, value: str) -> list[Reply]:
        return self.send(button=value)


def joined(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def values(replies: list[Reply]) -> list[str]:
    return [b.value for r in replies for b in r.buttons]
