"""The contact rhythm: "contact every N days" for a resident, and who is due for a call or visit.

Kept as a whole number of days in `persons.regular_contact` (0 = no rhythm). That column held
a yes/no before any screen could set it; only demo books filled it, so 1 ("every day") is a
fair reading of an old "yes".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class ContactDue:
    """A resident with a rhythm whose next contact is today or already past."""

    id: str
    name: str
    every_days: int
    last_contact: str | None
    days_overdue: int
    kern: str = ""
    phone: str = ""


def check_every(days: int) -> int:
    """The rhythm as stored: 0 switches it off; 1 to a year is a rhythm."""
    if not 0 <= days <= MAX_DAYS:
        raise ValueError(days)
    return days


def days_overdue(every_days: int, last_contact: str | None, since: str, today: dt.date) -> int:
    """Days past the next due contact: 0 means due today, negative means not yet due.

    Without any contact the rhythm counts from `since` (the day she set it up or added the
    resident), so a new rhythm is not overdue at once by the whole of history.
    """
    start = dt.date.fromisoformat((last_contact or since)[:10])
    return (today - start).days - every_days


def rhythm_words(every_days: int) -> tuple[str, int]:
    """("day" | "week", count) for showing a rhythm in plain words: 14 -> ("week", 2)."""
    if every_days >= 7 and every_days % 7 == 0:
        return "week", every_days // 7
    return "day", every_days
