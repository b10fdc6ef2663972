"""In-memory adapters for fast unit tests of the core (no database, no spaCy)."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from types import TracebackType
from typing import Self

from core.domain import (
    Case,
    Channel,
    FaqEntry,
    GeoPoint,
    Location,
    Message,
    OutboxItem,
    Resident,
    Wijk,
    case_reference,
)
from core.ports import (
    Analysis,
    CaseRepository,
    Conversation,
    ConversationRepository,
    FaqRepository,
    InsightRepository,
    MessageRepository,
    OutboxRepository,
    ResidentRepository,
    RoutingDecision,
    UnitOfWork,
)


@dataclass
class MemoryStore:
    residents: dict[int, Resident] = field(default_factory=dict)
    messages: dict[int, Message] = field(default_factory=dict)
    conversations: dict[int, Conversation] = field(default_factory=dict)
    cases: dict[int, Case] = field(default_factory=dict)
    outbox: dict[int, OutboxItem] = field(default_factory=dict)
    faq: dict[str, FaqEntry] = field(default_factory=dict)
    analyses: list[tuple[int, Analysis, bool]] = field(default_factory=list)
    faq_feedback: list[tuple[str, bool]] = field(default_factory=list)
    counters: dict[int, int] = field(default_factory=dict)
    decisions: dict[int, RoutingDecision] = field(default_factory=dict)
    ids: itertools.count = field(default_factory=lambda: itertools.count(1))


class _Repo:
    def __init__(self, store: MemoryStore) -> None:
        self.store = store

    def _id(self) -> int:
        return next(self.store.ids)


class MemoryResidents(_Repo):
    def get_by_ref(self, channel: Channel, external_ref: str) -> Resident | None:
        return next((r for r in self.store.residents.values()
                     if r.channel == channel and r.external_ref == external_ref), None)

    def get(self, resident_id: int) -> Resident | None:
        return self.store.residents.get(resident_id)

    def add(self, resident: Resident) -> Resident:
        resident = replace(resident, id=self._id())
        self.store.residents[int(resident.id or 0)] = resident
        return resident

    def update(self, resident: Resident) -> None:
        self.store.residents[int(resident.id or 0)] = resident

    def forget(self, resident_id: int) -> None:
        store = self.store
        store.residents.pop(resident_id, None)
        store.conversations.pop(resident_id, None)
        for table in (store.messages, store.cases):
            for key in [k for k, v in table.items() if v.resident_id == resident_id]:
                del table[key]


class MemoryMessages(_Repo):
    def add(self, message: Message) -> Message:
        message = replace(message, id=self._id())
        self.store.messages[int(message.id or 0)] = message
        return message

    def seen_external(self, channel: Channel, external_id: str) -> bool:
        return any(m.channel == channel and m.external_id == external_id for m in self.store.messages.values())

    def mark_handled(self, message_id: int, now: datetime) -> None:
        self.store.messages[message_id].handled_at = now

    def attach_to_case(self, message_ids: Sequence[int], case_id: int) -> None:
        for message_id in message_ids:
            if message_id in self.store.messages:
                self.store.messages[message_id].case_id = case_id

    def for_case(self, case_id: int) -> list[Message]:
        return [m for m in self.store.messages.values() if m.case_id == case_id]

    def for_resident(self, resident_id: int) -> list[Message]:
        return [m for m in self.store.messages.values() if m.resident_id == resident_id]

    def unhandled(self) -> list[Message]:
        return [m for m in self.store.messages.values() if m.handled_at is None and m.direction == "in"]

    def undelivered_staff(self, resident_id: int) -> list[Message]:
        return [m for m in self.for_resident(resident_id) if m.direction == "staff" and m.delivered_at is None]

    def mark_delivered(self, message_id: int, now: datetime) -> None:
        self.store.messages[message_id].delivered_at = now

    def attachments_for_resident(self, resident_id: int) -> list[str]:
        return [m.attachment_path for m in self.for_resident(resident_id) if m.attachment_path]


class MemoryConversations(_Repo):
    def get(self, resident_id: int) -> Conversation | None:
        found = self.store.conversations.get(resident_id)
        return copy.deepcopy(found) if found else None

    def save(self, conversation: Conversation) -> None:
        self.store.conversations[conversation.resident_id] = copy.deepcopy(conversation)


class MemoryCases(_Repo):
    def next_reference(self, year: int) -> str:
        self.store.counters[year] = self.store.counters.get(year, 0) + 1
        return case_reference(year, self.store.counters[year])

    def add(self, case: Case) -> Case:
        case = replace(case, id=self._id())
        self.store.cases[int(case.id or 0)] = case
        return copy.deepcopy(case)

    def get(self, case_id: int) -> Case | None:
        found = self.store.cases.get(case_id)
        return copy.deepcopy(found) if found else None

    def get_by_reference(self, reference: str) -> Case | None:
        return next((copy.deepcopy(c) for c in self.store.cases.values() if c.reference == reference), None)

    def update(self, case: Case) -> None:
        self.store.cases[int(case.id or 0)] = copy.deepcopy(case)

    def set_routing(self, case_id: int, decision: RoutingDecision) -> None:
        self.store.decisions[case_id] = decision

    def for_resident(self, resident_id: int) -> list[Case]:
        return [copy.deepcopy(c) for c in self.store.cases.values() if c.resident_id == resident_id]


class MemoryOutbox(_Repo):
    def add(self, item: OutboxItem) -> OutboxItem:
        existing = next((o for o in self.store.outbox.values() if o.dedupe_key == item.dedupe_key), None)
        if existing:
            return existing
        item = replace(item, id=self._id())
        self.store.outbox[int(item.id or 0)] = item
        return item

    def due(self, now: datetime, limit: int = 50) -> list[OutboxItem]:
        return [o for o in self.store.outbox.values() if o.sent_at is None and o.due_at <= now][:limit]

    def mark_sent(self, item_id: int, now: datetime) -> None:
        self.store.outbox[item_id].sent_at = now

    def mark_failed(self, item_id: int, error: str, retry_at: datetime) -> None:
        item = self.store.outbox[item_id]
        item.attempts += 1
        item.last_error = error
        item.due_at = retry_at


class MemoryFaq(_Repo):
    def active(self) -> list[FaqEntry]:
        return [f for f in self.store.faq.values() if f.active]

    def get(self, slug: str) -> FaqEntry | None:
        return self.store.faq.get(slug)


class MemoryInsights(_Repo):
    def record_analysis(self, message_id: int, analysis: Analysis, understood: bool, now: datetime) -> None:
        self.store.analyses.append((message_id, analysis, understood))

    def record_faq_feedback(self, slug: str, helpful: bool, now: datetime) -> None:
        self.store.faq_feedback.append((slug, helpful))


class MemoryUnitOfWork:
    """All-or-nothing like the real one: changes are made on a copy, kept only on commit."""

    residents: ResidentRepository
    messages: MessageRepository
    conversations: ConversationRepository
    cases: CaseRepository
    outbox: OutboxRepository
    faq: FaqRepository
    insights: InsightRepository

    def __init__(self, store: MemoryStore) -> None:
        self.shared = store

    def __enter__(self) -> Self:
        self.work = copy.deepcopy(self.shared)
        self.work.ids = self.shared.ids
        self._repos: list[_Repo] = [
            MemoryResidents(self.work), MemoryMessages(self.work), MemoryConversations(self.work),
            MemoryCases(self.work), MemoryOutbox(self.work), MemoryFaq(self.work),
            MemoryInsights(self.work),
        ]
        (self.residents, self.messages, self.conversations, self.cases, self.outbox, self.faq,
         self.insights) = self._repos  # type: ignore[assignment]
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.rollback()

    def commit(self) -> None:
        for name in ("residents", "messages", "conversations", "cases", "outbox", "faq",
                     "analyses", "faq_feedback", "counters", "decisions"):
            setattr(self.shared, name, getattr(self.work, name))
        self.work = copy.deepcopy(self.shared)
        self.work.ids = self.shared.ids
        for repo in self._repos:
            repo.store = self.work

    def rollback(self) -> None:
        pass  # the working copy is simply dropped


class MemoryUnitOfWorkFactory:
    def __init__(self, store: MemoryStore | None = None) -> None:
        self.store = store or MemoryStore()

    def __call__(self) -> UnitOfWork:
        return MemoryUnitOfWork(self.store)


# --- language understanding, geography, routing, hours ------------------------------------------


@dataclass
class KeywordFakeAnalyzer:
    """Theme by first matching keyword; enough to script dialogue tests."""

    keywords: dict[str, str]  # word -> theme
    faq_keywords: dict[str, str] = field(default_factory=dict)  # word -> faq slug
    urgent_words: tuple[str, ...] = ("brand", "fire", "gaslucht", "zelfmoord")
    unsure_words: tuple[str, ...] = ("misschien",)

    def analyze(self, text: str) -> Analysis:
        low = text.lower()
        theme = next((t for w, t in self.keywords.items() if w in low), "overig")
        confidence = 0.9 if theme != "overig" else 0.4
        if any(w in low for w in ("asdf", "qwerty")):
            confidence = 0.1
        unsure = any(w in low for w in self.unsure_words)
        scores = {t: 0.05 for t in set(self.keywords.values()) | {"overig"}}
        scores[theme] = confidence
        faq = next((slug for w, slug in self.faq_keywords.items() if w in low), None)
        markers = {"the", "is", "my", "how", "there", "a", "of", "from", "every", "night"}
        english = len(markers & set(low.split())) >= 3
        urgent = next((w for w in self.urgent_words if w in low), None)
        return Analysis(
            theme=theme, confidence=0.45 if unsure else confidence, scores=scores,
            urgent=urgent is not None, lang="en" if english else "nl",
            faq=faq, faq_score=0.9 if faq else 0.0, is_question="?" in text,
            needs_confirmation=unsure, urgent_reason="suicide" if urgent == "zelfmoord" else urgent,
        )

    def analyze_many(self, texts: Sequence[str]) -> list[Analysis]:
        return [self.analyze(t) for t in texts]


@dataclass
class FakeLocator:
    names: dict[str, Wijk]  # lower-case place name -> wijk

    def from_text(self, text: str) -> Location | None:
        low = text.lower()
        for name, wijk in self.names.items():
            if name in low:
                return Location(kind="buurt", text=name.title(), wijk=wijk.code)
        if "amsterdam" in low:
            return Location(kind="village", text="Amsterdam", outside="Amsterdam")
        return None

    def from_point(self, point: GeoPoint) -> Location | None:
        wijk = next(iter(self.names.values()))
        if point.lat > 60:
            return Location(kind="point", text="far away", point=point, outside="")
        return Location(kind="point", text=f"{point.lat:.4f}, {point.lon:.4f}", wijk=wijk.code, point=point)

    def wijken(self) -> Sequence[Wijk]:
        return sorted({w.code: w for w in self.names.values()}.values(), key=lambda w: w.code)

    def wijk_by_code(self, code: str) -> Wijk | None:
        return next((w for w in self.names.values() if w.code == code), None)


@dataclass
class FakeRouter:
    partner_themes: dict[str, str] = field(default_factory=dict)  # theme -> partner id

    def route(self, theme: str, location: Location | None, urgent: bool, channel: Channel,
              now: datetime) -> RoutingDecision:
        if theme in self.partner_themes:
            partner = self.partner_themes[theme]
            return RoutingDecision("partner", partner, "de woningcorporatie", f"regel 1: {theme} → {partner}",
                                   1, None, "bel 030 000 0000")
        wijk = location.wijk if location else "onbekend"
        return RoutingDecision("coordinator", f"wr-{wijk}", f"de wijkregisseur van {wijk}",
                               f"regel 2: {theme} in {wijk} → wr-{wijk}", 2, f"wr-{wijk}")


@dataclass
class FakeSchedule:
    """Open Monday–Friday 08:30–17:00 (no holidays): enough for dialogue tests."""

    def is_open(self, now: datetime, team: str | None = None) -> bool:
        minutes = now.hour * 60 + now.minute
        return now.weekday() < 5 and 8 * 60 + 30 <= minutes < 17 * 60

    def next_pickup(self, now: datetime, team: str | None = None) -> datetime:
        moment = now.replace(hour=8, minute=30, second=0, microsecond=0)
        if moment <= now:
            moment += timedelta(days=1)
        while moment.weekday() >= 5:
            moment += timedelta(days=1)
        return now if self.is_open(now) else moment

    def describe_pickup(self, moment: datetime, lang: str) -> str:
        return moment.strftime("%A %d %B vanaf %H:%M")


@dataclass
class MemoryFileStore:
    deleted: list[str] = field(default_factory=list)

    def delete(self, paths: Sequence[str]) -> None:
        self.deleted.extend(paths)


@dataclass
class FakePlanner:
    def plan(self, case: Case, decision: RoutingDecision, now: datetime) -> list[OutboxItem]:
        if decision.coordinator_id is None:
            return []
        return [OutboxItem(None, "notify_coordinator", {"case": case.reference}, now, now,
                           f"notify:{case.reference}")]
