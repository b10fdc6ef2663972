"""The dashboard's content: key figures, charts (inline SVG) and tables, built once per request.

Every table is a `Table` (title, header, rows); the page shows it and `/dashboard/<key>.csv`
downloads exactly the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from web.dashboard import queries, stats, svg
from web.dashboard.queries import Scope
from web.dashboard.worktime import working_seconds


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    note: str = ""


@dataclass
class Report:
    since: datetime
    weeks: int
    cases: int
    handoff: stats.Rate
    helpful: stats.Rate
    faq_answered: int
    pickup: stats.PickupStats
    charts: dict[str, str] = field(default_factory=dict)
    tables: dict[str, Table] = field(default_factory=dict)


def _hours(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def build_report(db: Session, container: Any, scope: Scope, weeks: int, now: datetime) -> Report:
    config = container.config
    tz = ZoneInfo(config.timezone)
    since = now - timedelta(weeks=weeks)
    facts = queries.case_facts(db, scope, since)
    answered = queries.faq_answers(db, scope, since)
    votes = queries.faq_votes(db, since)
    themes = {t.slug: t.name_nl for t in config.themes}
    wijken = {w.code: w.name for w in config.wijken}

    def spent(start: datetime, end: datetime) -> float:
        return working_seconds(container.schedule, start, end)

    report = Report(
        since=since,
        weeks=weeks,
        cases=len(facts),
        handoff=stats.handoff_rate(facts, sum(answered.values())),
        helpful=stats.helpful_rate(
            [True] * sum(y for y, _ in votes.values()) + [False] * sum(n for _, n in votes.values())
        ),
        faq_answered=sum(answered.values()),
        pickup=stats.pickup_stats(facts, spent),
    )
    _weekly(report, facts, tz, themes, wijken)
    _hourly(report, facts, tz)
    _signals(report, facts, themes, wijken)
    _faq(report, answered, votes)
    _pickup(report, facts, spent, wijken)
    _recent(report, facts, themes, wijken, config.timezone)
    return report


def _name(names: dict[str, str], key: str) -> str:
    return names.get(key, key) if key else "onbekend"


def _weekly(
    report: Report,
    facts: list[stats.CaseFact],
    tz: ZoneInfo,
    themes: dict[str, str],
    wijken: dict[str, str],
) -> None:
    weekly = stats.weekly_by_theme(facts, tz)
    used = sorted(
        {t for per in weekly.values() for t in per},
        key=lambda t: list(themes).index(t) if t in themes else 99,
    )
    named = {week: {_name(themes, t): n for t, n in per.items()} for week, per in weekly.items()}
    report.charts["weeks"] = svg.stacked_bars(
        list(weekly), [_name(themes, t) for t in used], named, "Meldingen per week, per thema"
    )
    report.tables["weken"] = Table(
        "Meldingen per week, thema en wijk",
        ("week", "thema", "wijk", "aantal"),
        [
            (c.key[0], _name(themes, c.key[1]), _name(wijken, c.key[2]), c.count)
            for c in stats.by_theme_wijk_week(facts, tz)
        ],
    )
    matrix = stats.theme_wijk_matrix(facts)
    rows = [t for t in themes if any(k[0] == t for k in matrix)] + sorted(
        {k[0] for k in matrix} - set(themes)
    )
    columns = [w for w in wijken if any(k[1] == w for k in matrix)] + sorted(
        {k[1] for k in matrix} - set(wijken)
    )
    report.charts["matrix"] = svg.heatmap(
        rows,
        columns,
        matrix,
        "Meldingen per thema en wijk",
        row_labels=themes,
        column_labels={**wijken, "": "onbekend"},
    )
    report.tables["thema-wijk"] = Table(
        "Meldingen per thema en wijk",
        ("thema", "wijk", "aantal"),
        [
            (_name(themes, t), _name(wijken, w), n)
            for (t, w), n in sorted(matrix.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    )


def _hourly(report: Report, facts: list[stats.CaseFact], tz: ZoneInfo) -> None:
    profile = stats.hour_profile(facts, tz)
    labels = [f"{h:02d}" for h in range(24)]
    report.charts["hours"] = svg.bar_chart(labels, profile, "Meldingen per uur van de dag")
    report.tables["uren"] = Table(
        "Meldingen per uur van de dag",
        ("uur", "aantal"),
        [(f"{h:02d}:00", n) for h, n in enumerate(profile)],
    )


def _signals(
    report: Report, facts: list[stats.CaseFact], themes: dict[str, str], wijken: dict[str, str]
) -> None:
    report.tables["plekken"] = Table(
        "Terugkerende plekken",
        ("wijk", "plek", "meldingen"),
        [(_name(wijken, c.key[0]), c.key[1], c.count) for c in stats.recurring_places(facts)],
        note="Plekken (adres, straat of buurt) die in twee of meer meldingen voorkomen.",
    )
    report.tables["onderwerpen"] = Table(
        "Terugkerende onderwerpen",
        ("wijk", "thema", "woord", "meldingen"),
        [
            (_name(wijken, c.key[0]), _name(themes, c.key[1]), c.key[2], c.count)
            for c in stats.recurring_subjects(facts)[:50]
        ],
        note="Woorden die in twee of meer samenvattingen van meldingen in dezelfde wijk en hetzelfde thema staan.",
    )


def _faq(report: Report, answered: dict[str, int], votes: dict[str, tuple[int, int]]) -> None:
    rows = []
    for slug in sorted(set(answered) | set(votes), key=lambda s: (-answered.get(s, 0), s)):
        yes, no = votes.get(slug, (0, 0))
        rows.append((slug, answered.get(slug, 0), yes, no, stats.Rate(yes, yes + no).percent()))
    report.tables["faq"] = Table(
        "Antwoorden uit de veelgestelde vragen",
        ("vraag", "beantwoord", "geholpen", "niet geholpen", "geholpen %"),
        rows,
        note="'Geholpen' telt de antwoorden van inwoners op 'Heeft dit geholpen?' (hele gemeente).",
    )


def _pickup(
    report: Report, facts: list[stats.CaseFact], spent: stats.WorkingSeconds, wijken: dict[str, str]
) -> None:
    per_wijk = stats.pickup_by_wijk(facts, spent)
    report.tables["oppakken"] = Table(
        "Tijd tot oppakken (in kantooruren)",
        ("wijk", "opgepakt", "mediaan (uur)", "90% binnen (uur)", "wacht nog"),
        [
            (_name(wijken, w), s.count, _hours(s.median_hours), _hours(s.p90_hours), s.waiting)
            for w, s in per_wijk.items()
        ],
        note="Van overdracht tot een medewerker de melding oppakt; alleen uren dat het kantoor open is tellen mee.",
    )


STATUS_NL = {
    "bot": "bij de assistent",
    "waiting": "wacht op oppakken",
    "in_progress": "in behandeling",
    "waiting_on_resident": "wacht op bewoner",
    "resolved": "afgehandeld",
    "referred": "doorverwezen",
    "cancelled": "geannuleerd",
}


def _recent(
    report: Report,
    facts: Sequence[stats.CaseFact],
    themes: dict[str, str],
    wijken: dict[str, str],
    tz: str,
) -> None:
    zone = ZoneInfo(tz)
    newest = sorted(facts, key=lambda f: f.created_at, reverse=True)[:25]
    report.tables["meldingen"] = Table(
        "Nieuwste meldingen",
        ("kenmerk", "ontvangen", "thema", "wijk", "buurt", "status"),
        [
            (
                f.reference,
                f.created_at.astimezone(zone).strftime("%d-%m-%Y %H:%M"),
                _name(themes, f.theme),
                _name(wijken, f.wijk or ""),
                f.buurt or "",
                STATUS_NL.get(f.status, f.status),
            )
            for f in newest
        ],
    )


def review_table(items: Sequence[queries.ReviewItem], themes: dict[str, str], tz: str) -> Table:
    zone = ZoneInfo(tz)
    return Table(
        "Niet begrepen vragen",
        ("ontvangen", "bericht", "gok thema", "zekerheid"),
        [
            (
                i.at.astimezone(zone).strftime("%d-%m-%Y %H:%M"),
                i.text,
                _name(themes, i.theme),
                f"{i.confidence:.2f}",
            )
            for i in items
        ],
    )
