"""Office hours as tables: weekends, holidays, special days, DST, team hours, working hours."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from routing.hours import OfficeSchedule, describe_moment
from routing.municipality import load_municipality

ROOT = Path(__file__).resolve().parents[2] / "municipalities"


@pytest.fixture(scope="module")
def schedule() -> OfficeSchedule:
    return OfficeSchedule(load_municipality(ROOT / "utrecht"))


def iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("now", "pickup"),
    [
        # inside office hours: the moment itself
        ("2026-11-24T10:15:00+01:00", "2026-11-24T10:15:00+01:00"),
        ("2026-11-24T08:30:00+01:00", "2026-11-24T08:30:00+01:00"),
        # before opening, after closing, at closing time
        ("2026-11-24T07:00:00+01:00", "2026-11-24T08:30:00+01:00"),
        ("2026-11-24T17:00:00+01:00", "2026-11-25T08:30:00+01:00"),
        ("2026-11-24T23:59:00+01:00", "2026-11-25T08:30:00+01:00"),
        # weekend
        ("2026-11-27T17:30:00+01:00", "2026-11-30T08:30:00+01:00"),
        ("2026-11-28T12:00:00+01:00", "2026-11-30T08:30:00+01:00"),
        # Christmas: Thursday evening -> Monday 28 December (25th, 26th, weekend closed)
        ("2026-12-24T21:00:00+01:00", "2026-12-28T08:30:00+01:00"),
        # the same moment given in UTC
        ("2026-12-24T20:00:00+00:00", "2026-12-28T08:30:00+01:00"),
        # Oudejaarsdag is a configured closing day, Nieuwjaarsdag a public holiday
        ("2026-12-30T18:00:00+01:00", "2027-01-04T08:30:00+01:00"),
        # Koningsdag 2027 (Tuesday 27 April)
        ("2027-04-26T17:30:00+02:00", "2027-04-28T08:30:00+02:00"),
        # Koningsdag 2026: Monday 27 April
        ("2026-04-24T18:00:00+02:00", "2026-04-28T08:30:00+02:00"),
        # Easter 2027: Easter Monday 29 March closed
        ("2027-03-26T18:00:00+01:00", "2027-03-30T08:30:00+02:00"),
        # DST starts Sunday 29 March 2026: Friday evening (+01:00) -> Monday (+02:00)
        ("2026-03-27T18:00:00+01:00", "2026-03-30T08:30:00+02:00"),
        # DST ends Sunday 25 October 2026, in the repeated hour
        ("2026-10-25T02:30:00+02:00", "2026-10-26T08:30:00+01:00"),
        ("2026-10-25T02:30:00+01:00", "2026-10-26T08:30:00+01:00"),
        # Ascension 2027 (6 May) and the configured bridge day after it
        ("2027-05-05T17:30:00+02:00", "2027-05-10T08:30:00+02:00"),
        # an extra opening on a Saturday
        ("2027-03-12T18:00:00+01:00", "2027-03-13T08:30:00+01:00"),
    ],
)
def test_next_pickup(schedule: OfficeSchedule, now: str, pickup: str) -> None:
    result = schedule.next_pickup(iso(now))
    assert result == iso(pickup)
    assert result.utcoffset() == iso(pickup).utcoffset()  # reported in local time


@pytest.mark.parametrize(
    ("now", "team", "open_"),
    [
        ("2026-11-27T14:00:00+01:00", None, True),  # Friday afternoon: municipality open
        ("2026-11-27T14:00:00+01:00", "verkeer", False),  # ...the traffic team closes at 12:30
        ("2026-11-27T12:00:00+01:00", "verkeer", True),
        ("2026-11-27T14:00:00+01:00", "wijkregie", True),  # a team without own hours: default
        ("2026-12-25T10:00:00+01:00", None, False),
        ("2026-11-29T10:00:00+01:00", None, False),
    ],
)
def test_is_open_per_team(
    schedule: OfficeSchedule, now: str, team: str | None, open_: bool
) -> None:
    assert schedule.is_open(iso(now), team) is open_


def test_team_next_pickup(schedule: OfficeSchedule) -> None:
    assert schedule.next_pickup(iso("2026-11-27T14:00:00+01:00"), "verkeer") == iso(
        "2026-11-30T08:30:00+01:00"
    )


@pytest.mark.parametrize(
    ("moment", "lang", "text"),
    [
        ("2026-11-24T08:30:00+01:00", "nl", "dinsdag 24 november vanaf 08:30"),
        ("2026-11-23T08:30:00+01:00", "nl", "maandag 23 november vanaf 08:30"),
        ("2026-12-28T08:30:00+01:00", "en", "Monday 28 December from 08:30"),
        (
            "2026-12-28T07:30:00+00:00",
            "nl",
            "maandag 28 december vanaf 08:30",
        ),  # shown in local time
    ],
)
def test_describe_pickup(schedule: OfficeSchedule, moment: str, lang: str, text: str) -> None:
    assert schedule.describe_pickup(iso(moment), lang) == text


def test_pickup_phrase(schedule: OfficeSchedule) -> None:
    assert schedule.pickup_phrase(iso("2026-11-24T10:00:00+01:00"), "nl") == "direct"
    assert schedule.pickup_phrase(iso("2026-11-24T10:00:00+01:00"), "en") == "right away"
    assert (
        schedule.pickup_phrase(iso("2026-11-21T10:00:00+01:00"), "nl")
        == "maandag 23 november vanaf 08:30"
    )
    assert (
        describe_moment(iso("2026-11-23T08:30:00+01:00"), "en") == "Monday 23 November from 08:30"
    )


@pytest.mark.parametrize(
    ("a", "b", "hours"),
    [
        ("2026-11-24T09:00:00+01:00", "2026-11-24T11:30:00+01:00", 2.5),
        ("2026-11-24T16:00:00+01:00", "2026-11-25T09:30:00+01:00", 2.0),
        ("2026-11-27T16:00:00+01:00", "2026-11-30T09:30:00+01:00", 2.0),  # over a weekend
        ("2026-12-24T16:00:00+01:00", "2026-12-28T09:30:00+01:00", 2.0),  # over Christmas
        ("2026-11-24T08:30:00+01:00", "2026-11-24T17:00:00+01:00", 8.5),
        ("2026-11-24T12:00:00+01:00", "2026-11-24T11:00:00+01:00", 0.0),
        ("2026-03-27T16:00:00+01:00", "2026-03-30T09:30:00+02:00", 2.0),  # over the DST change
    ],
)
def test_working_hours_between(schedule: OfficeSchedule, a: str, b: str, hours: float) -> None:
    assert schedule.working_hours_between(iso(a), iso(b)) == pytest.approx(hours)


def test_add_working_hours_inverts_working_hours_between(schedule: OfficeSchedule) -> None:
    start = iso("2026-12-24T15:00:00+01:00")
    due = schedule.add_working_hours(start, 8)
    assert due == iso("2026-12-28T14:30:00+01:00")  # 2 h on the 24th, 6 h on Monday the 28th
    assert schedule.working_hours_between(start, due) == pytest.approx(8)


def test_holidays_can_be_injected() -> None:
    config = load_municipality(ROOT / "zeist")
    never_holiday = OfficeSchedule(config, is_holiday=lambda day: False)
    assert never_holiday.is_open(iso("2026-12-25T10:00:00+01:00"))
    only_monday = OfficeSchedule(config, is_holiday=lambda day: day == date(2026, 11, 23))
    assert only_monday.next_pickup(iso("2026-11-21T10:00:00+01:00")) == iso(
        "2026-11-24T08:30:00+01:00"
    )


def test_naive_moments_are_refused(schedule: OfficeSchedule) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        schedule.is_open(datetime(2026, 11, 24, 10, 0))
