"""Repeating reminders: the rule she gives ("3d", "2w", "1m") and the dates it yields.

The dates come from python-dateutil's rrule. A monthly series takes the series' own day, or
the month's last day where that month is shorter (31 Jan, 28 Feb, 31 Mar), so it never drifts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule

_RULE = re.compile(r"^\s*(\d{1,3})\s*([dwm])\s*$", re.IGNORECASE)
MAX_COUNT = 366


@dataclass(frozen=True, slots=True)
class Every:
    count: int
    unit: str  # "d", "w" or "m"

    @property
    def text(self) -> str:
        return f"{self.count}{self.unit}"


def parse_every(text: str | None) -> Every | None:
    """ "2w" -> Every(2, "w"); "" or None -> None (once). ValueError for anything else."""
    if text is None or not text.strip():
        return None
    match = _RULE.match(text)
    if not match or not 1 <= int(match.group(1)) <= MAX_COUNT:
        raise ValueError(text)
    return Every(int(match.group(1)), match.group(2).lower())


def _rule(every: Every, start: dt.date) -> rrule:
    begin = dt.datetime.combine(start, dt.time())
    if every.unit == "m":
        # the series' day, or the month's last day when it has fewer (bysetpos picks one)
        return rrule(
            MONTHLY, interval=every.count, dtstart=begin, bymonthday=(start.day, -1), bysetpos=1
        )
    return rrule(DAILY if every.unit == "d" else WEEKLY, interval=every.count, dtstart=begin)


def next_due(every: Every, series_from: dt.date, done_on: dt.date, today: dt.date) -> dt.date:
    """The next date after the one just done, and not in the past: a series she ticks off
    late goes on from today rather than leaving a row of overdue ones."""
    after = max(done_on, today - dt.timedelta(days=1))
    found: dt.datetime | None = _rule(every, series_from).after(
        dt.datetime.combine(after, dt.time())
    )
    if found is None:  # an rrule without an end always has a next date
        raise ValueError(every.text)
    return found.date()


def upcoming(every: Every, series_from: dt.date, after: dt.date, count: int = 3) -> list[dt.date]:
    """The next `count` dates after `after` (to show a colleague what is coming)."""
    rule = _rule(every, series_from)
    out: list[dt.date] = []
    moment = dt.datetime.combine(after, dt.time())
    while len(out) < count:
        found: dt.datetime | None = rule.after(moment)
        if found is None:
            break
        out.append(found.date())
        moment = found
    return out
