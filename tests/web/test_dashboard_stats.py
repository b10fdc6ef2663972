"""Pure dashboard logic: signals from hand-made case facts, SVG charts, CSV, office-hours time."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from web.dashboard import stats, svg
from web.dashboard.csvexport import safe_cell, to_csv
from web.dashboard.worktime import working_seconds

AMS = ZoneInfo("Europe/Amsterdam")


def fact(n: int, theme: str, wijk: str | None, at: datetime, **extra: Any) -> stats.CaseFact:
    return stats.CaseFact(
        id=n, reference=f"WB-2026-{n:06d}", theme=theme, wijk=wijk, created_at=at, **extra
    )  # type: ignore[arg-type]


# Monday 16 and Tuesday 24 November 2026 (ISO weeks 47 and 48), times in UTC (CET = UTC+1)
MON = datetime(2026, 11, 16, 8, 30, tzinfo=UTC)
NEXT_TUE = datetime(2026, 11, 24, 19, 15, tzinfo=UTC)
FACTS = [
    fact(1, "afval", "WK1", MON, place="Hoek Vleutenseweg.", summary="Grofvuil naast container"),
    fact(
        2,
        "afval",
        "WK1",
        MON + timedelta(hours=1),
        place="hoek  vleutenseweg",
        summary="Weer grofvuil gedumpt",
    ),
    fact(3, "verkeer", "WK2", NEXT_TUE, buurt="Lombok", summary="Auto's rijden te hard"),
    fact(
        4,
        "verkeer",
        "WK2",
        NEXT_TUE + timedelta(minutes=5),
        buurt="Lombok",
        summary="Te hard rijden bij school",
    ),
    fact(5, "afval", None, NEXT_TUE, summary="Container vol"),
]


def test_weeks_and_matrix_count_each_case_once() -> None:
    rows = stats.by_theme_wijk_week(FACTS, AMS)
    assert [(c.key, c.count) for c in rows] == [
        (("2026-W47", "afval", "WK1"), 2),
        (("2026-W48", "afval", ""), 1),
        (("2026-W48", "verkeer", "WK2"), 2),
    ]
    assert stats.theme_wijk_matrix(FACTS) == {
        ("afval", "WK1"): 2,
        ("verkeer", "WK2"): 2,
        ("afval", ""): 1,
    }
    assert stats.weekly_by_theme(FACTS, AMS) == {
        "2026-W47": {"afval": 2},
        "2026-W48": {"verkeer": 2, "afval": 1},
    }


def test_week_and_hour_use_local_time() -> None:
    sunday_late = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # Monday 00:30 in Amsterdam
    assert stats.iso_week(sunday_late, AMS) == "2026-W48"
    profile = stats.hour_profile([*FACTS, fact(6, "afval", "WK1", sunday_late)], AMS)
    assert len(profile) == 24 and sum(profile) == 6
    assert profile[9] == 1 and profile[10] == 1 and profile[20] == 3 and profile[0] == 1


def test_recurring_places_normalise_text_and_use_buurt() -> None:
    places = stats.recurring_places(FACTS)
    assert [(c.key, c.count) for c in places] == [
        (("WK1", "hoek vleutenseweg"), 2),
        (("WK2", "lombok"), 2),
    ]


def test_recurring_subjects_need_two_cases_in_one_wijk_and_theme() -> None:
    subjects = {(c.key, c.count) for c in stats.recurring_subjects(FACTS)}
    assert (("WK1", "afval", "grofvuil"), 2) in subjects
    assert (("WK2", "verkeer", "hard"), 2) in subjects and (
        ("WK2", "verkeer", "rijden"),
        2,
    ) in subjects
    assert not any(
        c.key[2] in {"weer", "naast"} for c in stats.recurring_subjects(FACTS)
    )  # once, or a stop word
    assert all(c.count >= 2 for c in stats.recurring_subjects(FACTS))
    assert not any(
        c.key[2] == "container" for c in stats.recurring_subjects(FACTS)
    )  # once in WK1, once without wijk


def test_handoff_rate_counts_faq_answers_as_finished_without_a_person() -> None:
    handed = [fact(1, "afval", "WK1", MON, handed_off_at=MON), fact(2, "afval", "WK1", MON)]
    rate = stats.handoff_rate(handed, faq_answers=2)
    assert (rate.part, rate.whole, rate.percent()) == (1, 4, "25%")
    assert stats.handoff_rate([]).percent() == "–"


def test_helpful_rate() -> None:
    assert stats.helpful_rate([True, True, False]).percent() == "67%"


def test_pickup_time_in_working_hours_and_waiting_cases() -> None:
    cases = [
        fact(1, "afval", "WK1", MON, handed_off_at=MON, claimed_at=MON + timedelta(hours=2)),
        fact(2, "afval", "WK1", MON, handed_off_at=MON, claimed_at=MON + timedelta(hours=4)),
        fact(3, "afval", "WK2", MON, handed_off_at=MON, claimed_at=MON + timedelta(hours=9)),
        fact(4, "afval", "WK2", MON, handed_off_at=MON),
        fact(5, "afval", "WK2", MON),
    ]
    result = stats.pickup_stats(cases, lambda start, end: (end - start).total_seconds() / 2)
    assert result.count == 3 and result.waiting == 1
    assert (
        result.median_hours == 2.0
        and result.p90_hours == 4.5
        and result.mean_hours == pytest.approx(2.5)
    )
    by_wijk = stats.pickup_by_wijk(cases, lambda start, end: (end - start).total_seconds())
    assert by_wijk["WK1"].median_hours == 3.0 and by_wijk["WK2"].waiting == 1


def test_percentile_nearest_rank() -> None:
    assert stats.percentile([], 0.9) is None
    assert stats.percentile([5.0], 0.9) == 5.0
    assert stats.percentile([float(i) for i in range(1, 11)], 0.9) == 9.0


class WeekdayNineToFive:
    """Open Monday-Friday 09:00-17:00 local time."""

    def is_open(self, now: datetime, team: str | None = None) -> bool:
        local = now.astimezone(AMS)
        return local.weekday() < 5 and time(9) <= local.time() < time(17)

    def next_pickup(self, now: datetime, team: str | None = None) -> datetime:
        local = now.astimezone(AMS)
        day = local.date()
        while True:
            opening = datetime.combine(day, time(9), AMS)
            if day.weekday() < 5 and opening > local:
                return opening
            day += timedelta(days=1)

    def describe_pickup(self, moment: datetime, lang: str) -> str:
        return ""


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        ("2026-11-20 16:00", "2026-11-23 10:00", 2.0),  # Friday 16:00 -> Monday 10:00: 1 h + 1 h
        ("2026-11-21 10:00", "2026-11-22 18:00", 0.0),  # the whole weekend
        ("2026-11-23 08:00", "2026-11-23 12:30", 3.5),  # before opening -> mid-morning
        ("2026-11-23 10:00", "2026-11-25 10:00", 16.0),  # two full working days
    ],
)
def test_working_seconds_counts_only_office_hours(start: str, end: str, hours: float) -> None:
    begin = datetime.fromisoformat(start).replace(tzinfo=AMS)
    finish = datetime.fromisoformat(end).replace(tzinfo=AMS)
    assert working_seconds(WeekdayNineToFive(), begin, finish) / 3600 == pytest.approx(hours)


def test_working_seconds_prefers_the_schedules_own_count() -> None:
    class Exact:
        def working_seconds(self, start: datetime, end: datetime) -> float:
            return 42.0

    class InHours:
        def working_hours_between(self, start: datetime, end: datetime) -> float:
            return 1.5

    assert working_seconds(Exact(), MON, NEXT_TUE) == 42.0
    assert working_seconds(InHours(), MON, NEXT_TUE) == 5400.0
    assert working_seconds(InHours(), NEXT_TUE, MON) == 0.0


def test_working_seconds_agree_with_the_office_schedule() -> None:
    from routing.hours import OfficeSchedule
    from routing.municipality import load_municipality
    from wijkbot.settings import PROJECT_ROOT

    schedule = OfficeSchedule(load_municipality(PROJECT_ROOT / "municipalities" / "utrecht"))
    start = datetime(2026, 11, 20, 15, 0, tzinfo=AMS)  # Friday afternoon
    end = datetime(2026, 11, 24, 11, 0, tzinfo=AMS)  # next Tuesday morning
    walked = working_seconds(WalkOnly(schedule), start, end)
    assert walked == pytest.approx(working_seconds(schedule, start, end), abs=2 * 300)
    assert walked > 0


class WalkOnly:
    """Hides the schedule's own counting, so working_seconds walks is_open/next_pickup."""

    def __init__(self, schedule: object) -> None:
        self.schedule = schedule

    def is_open(self, now: datetime, team: str | None = None) -> bool:
        return bool(self.schedule.is_open(now))  # type: ignore[attr-defined]

    def next_pickup(self, now: datetime, team: str | None = None) -> datetime:
        return self.schedule.next_pickup(now)  # type: ignore[attr-defined,no-any-return]


def test_svg_escapes_labels_and_draws_every_value() -> None:
    chart = svg.bar_chart(["<script>", "b"], [3, 0], 'Titel "x" & <y>')
    assert "<script>" not in chart and "&lt;script&gt;" in chart
    assert chart.startswith("<svg") and 'role="img"' in chart and chart.count("<rect") == 2
    heat = svg.heatmap(
        ["afval"], ["WK1", "WK2"], {("afval", "WK1"): 4}, "m", column_labels={"WK1": "West & Oost"}
    )
    assert "West &amp; Oost" in heat and ">4<" in heat and ">0<" in heat
    stacked = svg.stacked_bars(
        ["2026-W47"], ["Afval", "Verkeer"], {"2026-W47": {"Afval": 2, "Verkeer": 1}}, "w"
    )
    assert ">3<" in stacked and stacked.count("<rect") == 2 + 2  # two segments and two legend keys


def test_csv_is_semicolon_separated_and_defuses_formulas() -> None:
    text = to_csv(["a", "b"], [['=HYPERLINK("x")', 3], ["gewoon; tekst", None], [1.5, True]])
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows == [["a", "b"], ['\'=HYPERLINK("x")', "3"], ["gewoon; tekst", ""], ["1.50", "ja"]]
    assert safe_cell(-3) == "-3" and safe_cell("-3") == "'-3" and safe_cell("@a") == "'@a"
