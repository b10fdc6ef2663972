"""Time counted in office hours only, from any core.ports.Schedule."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

STEP = timedelta(minutes=5)


def working_seconds(schedule: Any, start: datetime, end: datetime, step: timedelta = STEP) -> float:
    """Seconds between `start` and `end` during which the office was open.

    Uses the schedule's own count when it has one (routing.hours.OfficeSchedule's
    `working_hours_between`, or `working_seconds`); otherwise walks the
    interval in `step`s while open and jumps to the next opening (`next_pickup`) while closed,
    so it is exact to within one step at each opening and closing.
    """
    if end <= start:
        return 0.0
    hours = getattr(schedule, "working_hours_between", None)
    if callable(hours):
        return float(hours(start, end)) * 3600
    own = getattr(schedule, "working_seconds", None)
    if callable(own):
        return float(own(start, end))
    total = 0.0
    moment = start
    while moment < end:
        if schedule.is_open(moment):
            following = min(moment + step, end)
            total += (following - moment).total_seconds()
            moment = following
        else:
            moment = max(schedule.next_pickup(moment), moment + step)
    return total
