"""Neighbourhood signals as pure functions over plain case facts (no database, no web).

The query layer (web/dashboard/queries.py) turns rows into `CaseFact`s; everything here is
deterministic and tested with hand-made facts.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo


@dataclass(frozen=True)
class CaseFact:
    """What the dashboard needs to know about one case."""

    id: int
    reference: str
    theme: str
    wijk: str | None
    created_at: datetime
    status: str = "waiting"
    buurt: str | None = None
    place: str | None = None  # the location text the resident gave
    summary: str = ""
    handed_off_at: datetime | None = None
    claimed_at: datetime | None = None


@dataclass(frozen=True)
class Count:
    key: tuple[str, ...]
    count: int


def iso_week(moment: datetime, tz: tzinfo) -> str:
    """The ISO week of a moment in local time, e.g. '2026-W48'."""
    year, week, _ = moment.astimezone(tz).isocalendar()
    return f"{year}-W{week:02d}"


def by_theme_wijk_week(facts: Iterable[CaseFact], tz: tzinfo) -> list[Count]:
    """Number of cases per (week, theme, wijk), sorted by week then theme then wijk."""
    counter: Counter[tuple[str, str, str]] = Counter(
        (iso_week(f.created_at, tz), f.theme, f.wijk or "") for f in facts
    )
    return [Count(key, n) for key, n in sorted(counter.items())]


def theme_wijk_matrix(facts: Iterable[CaseFact]) -> dict[tuple[str, str], int]:
    """Number of cases per (theme, wijk); a missing wijk is ''."""
    return dict(Counter((f.theme, f.wijk or "") for f in facts))


def weekly_by_theme(facts: Iterable[CaseFact], tz: tzinfo) -> dict[str, dict[str, int]]:
    """week -> theme -> count, weeks in chronological order."""
    weeks: dict[str, dict[str, int]] = defaultdict(dict)
    for fact in facts:
        per_theme = weeks[iso_week(fact.created_at, tz)]
        per_theme[fact.theme] = per_theme.get(fact.theme, 0) + 1
    return {week: weeks[week] for week in sorted(weeks)}


def hour_profile(facts: Iterable[CaseFact], tz: tzinfo) -> list[int]:
    """Cases per local hour of the day (index 0 = 00:00-00:59)."""
    hours = [0] * 24
    for fact in facts:
        hours[fact.created_at.astimezone(tz).hour] += 1
    return hours


def normalise_place(text: str) -> str:
    """Lower-case, single-spaced, without punctuation at the ends: 'Hoek Vleutenseweg.' -> 'hoek vleutenseweg'."""
    return re.sub(r"\s+", " ", text).strip(" .,;:!?").lower()


def recurring_places(facts: Iterable[CaseFact], min_count: int = 2) -> list[Count]:
    """(wijk, place) pairs named in at least `min_count` cases; place is the text or the buurt."""
    counter: Counter[tuple[str, str]] = Counter()
    for fact in facts:
        places = {normalise_place(p) for p in (fact.place, fact.buurt) if p}
        for place in places - {""}:
            counter[(fact.wijk or "", place)] += 1
    return _frequent(counter, min_count)


_WORD = re.compile(r"[a-zà-ÿ]{4,}")
# Small built-in list so the dashboard needs no NLP model; words that say nothing about a subject.
STOP_WORDS = frozenset(
    [
        "aan",
        "achter",
        "alle",
        "alles",
        "alleen",
        "allemaal",
        "andere",
        "bent",
        "beetje",
        "best",
        "bijna",
        "daar",
        "daarom",
        "dacht",
        "dagen",
        "deze",
        "dezelfde",
        "dingen",
        "door",
        "doen",
        "echt",
        "eens",
        "elke",
        "erg",
        "even",
        "geen",
        "gaat",
        "gaan",
        "gedaan",
        "graag",
        "gewoon",
        "hebben",
        "heeft",
        "hier",
        "hierover",
        "hoor",
        "iemand",
        "iets",
        "jullie",
        "kunnen",
        "kunt",
        "laat",
        "laten",
        "maar",
        "maken",
        "meer",
        "mensen",
        "mijn",
        "misschien",
        "moet",
        "moeten",
        "naar",
        "niet",
        "niets",
        "nooit",
        "onze",
        "over",
        "paar",
        "steeds",
        "tegen",
        "terwijl",
        "toch",
        "vaak",
        "veel",
        "voor",
        "vraag",
        "vanaf",
        "vanuit",
        "waar",
        "wanneer",
        "want",
        "waren",
        "weer",
        "welke",
        "wordt",
        "worden",
        "zelf",
        "zich",
        "zien",
        "zijn",
        "zitten",
        "zodat",
        "zoals",
        "zouden",
        "heel",
        "hallo",
        "dank",
        "bedankt",
        "goedemorgen",
        "goedemiddag",
        "goedenavond",
        "alstublieft",
        "alsjeblieft",
        "helaas",
        "weten",
        "with",
        "have",
        "this",
        "that",
        "there",
        "about",
        "from",
        "what",
        "when",
        "where",
        "they",
        "their",
        "would",
        "could",
        "should",
    ]
)


def subject_words(text: str) -> set[str]:
    """The distinct content words of a summary (lower case, four letters or more)."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS}


def recurring_subjects(facts: Iterable[CaseFact], min_count: int = 2) -> list[Count]:
    """(wijk, theme, word) triples whose word occurs in at least `min_count` cases' summaries."""
    counter: Counter[tuple[str, str, str]] = Counter()
    for fact in facts:
        for word in subject_words(fact.summary):
            counter[(fact.wijk or "", fact.theme, word)] += 1
    return _frequent(counter, min_count)


def _frequent(counter: Counter, min_count: int) -> list[Count]:  # type: ignore[type-arg]
    rows = [Count(key, n) for key, n in counter.items() if n >= min_count]
    return sorted(rows, key=lambda c: (-c.count, c.key))


@dataclass(frozen=True)
class Rate:
    part: int
    whole: int

    @property
    def share(self) -> float | None:
        return self.part / self.whole if self.whole else None

    def percent(self) -> str:
        share = self.share
        return "–" if share is None else f"{round(share * 100)}%"


def handoff_rate(facts: Iterable[CaseFact], faq_answers: int = 0) -> Rate:
    """Share of finished intakes that went to a person: handed-off cases out of all cases
    (hand-offs and referrals to partners) plus the questions the assistant answered from the FAQ."""
    items = list(facts)
    return Rate(sum(1 for f in items if f.handed_off_at is not None), len(items) + faq_answers)


def helpful_rate(votes: Iterable[bool]) -> Rate:
    """Share of FAQ answers that residents marked as helpful."""
    items = list(votes)
    return Rate(sum(1 for v in items if v), len(items))


WorkingSeconds = Callable[[datetime, datetime], float]


@dataclass(frozen=True)
class PickupStats:
    count: int
    median_hours: float | None
    p90_hours: float | None
    mean_hours: float | None
    waiting: int  # handed off but not yet picked up


def pickup_stats(facts: Iterable[CaseFact], working_seconds: WorkingSeconds) -> PickupStats:
    """Time from hand-off to pick-up, counted in office hours only."""
    hours: list[float] = []
    waiting = 0
    for fact in facts:
        if fact.handed_off_at is None:
            continue
        if fact.claimed_at is None:
            waiting += 1
            continue
        hours.append(working_seconds(fact.handed_off_at, fact.claimed_at) / 3600)
    return PickupStats(
        count=len(hours),
        median_hours=statistics.median(hours) if hours else None,
        p90_hours=percentile(hours, 0.9),
        mean_hours=statistics.fmean(hours) if hours else None,
        waiting=waiting,
    )


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Nearest-rank percentile (fraction 0..1); None when there are no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * fraction // 1)))
    return ordered[int(rank) - 1]


def pickup_by_wijk(
    facts: Iterable[CaseFact], working_seconds: WorkingSeconds
) -> dict[str, PickupStats]:
    groups: dict[str, list[CaseFact]] = defaultdict(list)
    for fact in facts:
        groups[fact.wijk or ""].append(fact)
    return {wijk: pickup_stats(groups[wijk], working_seconds) for wijk in sorted(groups)}
