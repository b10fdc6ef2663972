"""Office hours: when is the office open, when is a hand-off picked up, how many working hours passed.

Pure functions of (moment, opening periods, special days, public holidays); `OfficeSchedule`
binds them to a municipality (core.ports.Schedule). Dutch public holidays come from the
`holidays` package (NL) and are always closed unless a special day opens them; times are in the
municipality's time zone (Europe/Amsterdam), so both DST changes are handled by zoneinfo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays
from babel.dates import format_date

from core.config import MunicipalityConfig, OpeningPeriod, SpecialDay

SEARCH_DAYS = 400  # how far ahead a next opening is looked for
IMMEDIATE = {"nl": "direct", "en": "right away"}

HolidayCheck = Callable[[date], bool]


@cache
def _dutch_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year))


def is_dutch_holiday(day: date) -> bool:
    return day in _dutch_holidays(day.year)


# --- pure functions ----------------------------------------------------------------------------


def periods_for(periods: Sequence[OpeningPeriod], team: str | None) -> list[OpeningPeriod]:
    """A team's own hours when it has any, else the municipality's default hours."""
    own = [p for p in periods if team is not None and p.team == team]
    return own or [p for p in periods if p.team is None]


def hours_on(
    day: date,
    periods: Sequence[OpeningPeriod],
    special_days: Sequence[SpecialDay],
    is_holiday: HolidayCheck,
    team: str | None = None,
) -> list[tuple[time, time]]:
    """The opening intervals of one local calendar day, sorted."""
    mine = periods_for(periods, team)
    specials = [s for s in special_days if s.day == day and s.team in (None, team)]
    if any(not s.open for s in specials):
        return []
    regular = sorted((p.opens, p.closes) for p in mine if p.weekday == day.weekday())
    if specials:  # an extra opening day: its weekday's hours, else the usual hours
        return regular or _usual_hours(mine)
    if is_holiday(day):
        return []
    return regular


def _usual_hours(periods: Sequence[OpeningPeriod]) -> list[tuple[time, time]]:
    if not periods:
        return []
    first = min(periods, key=lambda p: p.weekday)
    return sorted((p.opens, p.closes) for p in periods if p.weekday == first.weekday)


@dataclass(frozen=True)
class Hours:
    """Everything office hours depend on; every method is a pure function of its arguments."""

    periods: tuple[OpeningPeriod, ...]
    special_days: tuple[SpecialDay, ...] = ()
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Amsterdam"))
    is_holiday: HolidayCheck = is_dutch_holiday

    def intervals(self, day: date, team: str | None = None) -> list[tuple[datetime, datetime]]:
        return [
            (datetime.combine(day, opens, self.tz), datetime.combine(day, closes, self.tz))
            for opens, closes in hours_on(
                day, self.periods, self.special_days, self.is_holiday, team
            )
        ]

    def is_open(self, now: datetime, team: str | None = None) -> bool:
        local = _aware(now).astimezone(self.tz)
        return any(start <= local < end for start, end in self.intervals(local.date(), team))

    def next_pickup(self, now: datetime, team: str | None = None) -> datetime:
        """`now` itself when open, else the start of the next opening period (local time)."""
        local = _aware(now).astimezone(self.tz)
        for offset in range(SEARCH_DAYS):
            for start, end in self.intervals(local.date() + timedelta(days=offset), team):
                if start <= local < end:
                    return local
                if start > local:
                    return start
        raise ValueError(f"no opening hours in the next {SEARCH_DAYS} days")

    def working_hours_between(self, a: datetime, b: datetime, team: str | None = None) -> float:
        """Office hours (as a number of hours) between two moments; 0 when b <= a."""
        a, b = _aware(a).astimezone(self.tz), _aware(b).astimezone(self.tz)
        total = timedelta()
        day = a.date()
        while day <= b.date():
            for start, end in self.intervals(day, team):
                overlap = min(end, b) - max(start, a)
                if overlap > timedelta():
                    total += overlap
            day += timedelta(days=1)
        return total.total_seconds() / 3600

    def previous_closing(self, now: datetime, team: str | None = None) -> datetime:
        """The end of the last opening period that ended at or before `now`."""
        local = _aware(now).astimezone(self.tz)
        for offset in range(SEARCH_DAYS):
            ends = [end for _, end in self.intervals(local.date() - timedelta(days=offset), team)]
            past = [end for end in ends if end <= local]
            if past:
                return max(past)
        return local - timedelta(days=SEARCH_DAYS)

    def add_working_hours(self, start: datetime, hours: float, team: str | None = None) -> datetime:
        """The moment at which `hours` office hours have passed since `start`."""
        remaining = timedelta(hours=hours)
        local = _aware(start).astimezone(self.tz)
        for offset in range(SEARCH_DAYS):
            for open_at, close_at in self.intervals(local.date() + timedelta(days=offset), team):
                begin = max(open_at, local)
                if begin >= close_at:
                    continue
                if begin + remaining <= close_at:
                    return begin + remaining
                remaining -= close_at - begin
        raise ValueError(f"no opening hours in the next {SEARCH_DAYS} days")


def describe_moment(moment: datetime, lang: str, tz: ZoneInfo | None = None) -> str:
    """'maandag 24 november vanaf 08:30' / 'Monday 24 November from 08:30'."""
    local = moment.astimezone(tz) if tz else moment
    if lang == "en":
        return f"{format_date(local.date(), 'EEEE d MMMM', locale='en')} from {local:%H:%M}"
    return f"{format_date(local.date(), 'EEEE d MMMM', locale='nl')} vanaf {local:%H:%M}"


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("office hours need a timezone-aware moment")
    return moment


# --- the port ---------------------------------------------------------------------------------


class OfficeSchedule:
    """core.ports.Schedule for one municipality (per-team hours, holidays, special days)."""

    def __init__(self, config: MunicipalityConfig, is_holiday: HolidayCheck = is_dutch_holiday):
        self.config = config
        self.tz = ZoneInfo(config.timezone)
        self.hours = Hours(config.opening_hours, config.special_days, self.tz, is_holiday)
        is_holiday(datetime.now(self.tz).date())  # loads the holiday tables now, not mid-request

    def is_open(self, now: datetime, team: str | None = None) -> bool:
        return self.hours.is_open(now, team)

    def next_pickup(self, now: datetime, team: str | None = None) -> datetime:
        return self.hours.next_pickup(now, team)

    def describe_pickup(self, moment: datetime, lang: str) -> str:
        return describe_moment(moment, lang, self.tz)

    def pickup_phrase(self, now: datetime, lang: str, team: str | None = None) -> str:
        """'direct' / 'right away' when open now, else 'maandag 24 november vanaf 08:30'."""
        if self.is_open(now, team):
            return IMMEDIATE.get(lang, IMMEDIATE["nl"])
        return self.describe_pickup(self.next_pickup(now, team), lang)

    def working_hours_between(self, a: datetime, b: datetime, team: str | None = None) -> float:
        return self.hours.working_hours_between(a, b, team)

    def add_working_hours(self, start: datetime, hours: float, team: str | None = None) -> datetime:
        return self.hours.add_working_hours(start, hours, team)

    def previous_closing(self, now: datetime, team: str | None = None) -> datetime:
        return self.hours.previous_closing(now, team)

    def opening_after(self, now: datetime, team: str | None = None) -> datetime:
        """The start of the next opening period strictly after `now` (even when open now)."""
        local = now.astimezone(self.tz)
        for offset in range(SEARCH_DAYS):
            for start, _ in self.hours.intervals(local.date() + timedelta(days=offset), team):
                if start > local:
                    return start
        raise ValueError(f"no opening hours in the next {SEARCH_DAYS} days")


def working_time_between(config: MunicipalityConfig, start: datetime, end: datetime) -> timedelta:
    """Office time between two moments with the municipality's default hours and holidays."""
    hours = OfficeSchedule(config).working_hours_between(start, end)
    return timedelta(hours=hours)
