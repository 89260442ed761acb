"""When the emergency kit was last tested with the paper key, kept in the book itself."""

from __future__ import annotations

import calendar
import datetime as dt

from dorpsboek.services.casebook import Casebook
from dorpsboek.store import handover_state
from dorpsboek.store import meta as meta_store

META_KEY = "emergency_tested_on"
TEST_EVERY_MONTHS = 3


def last_test(cb: Casebook) -> dt.date | None:
    """The day of the last drill that passed, or None when it never happened."""
    raw = meta_store.get(cb.book, META_KEY)
    try:
        return dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def record_test(cb: Casebook, day: dt.date) -> None:
    meta_store.put(cb.book, META_KEY, day.isoformat())


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the 31st becomes the month's last day)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def emergency_test_due(cb: Casebook, today: dt.date | None = None) -> bool:
    """True when there is a kit and it was never tested, or last tested over 3 months ago.

    Without a kit there is nothing to test (Overdracht already says there is no kit).
    """
    if handover_state.get_kit(cb.book) is None:
        return False
    tested = last_test(cb)
    day = today or dt.date.today()
    return tested is None or tested < months_before(day, TEST_EVERY_MONTHS)
