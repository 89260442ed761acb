"""A repeating reminder in words for a list: " (elke week; daarna 14-12-2026, 21-12-2026)"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dorpsboek.domain.daily import ReminderView
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.recurrence import parse_every
from dorpsboek.services import recurring


def every(text: str) -> str:
    try:
        rule = parse_every(text)
    except ValueError:
        return ""
    if rule is None:
        return ""
    n = rule.count
    if rule.unit == "m":
        if n == 1:
            return QCoreApplication.translate("Repeat", "elke maand")
        return QCoreApplication.translate("Repeat", "elke {n} maanden").format(n=n)
    if rule.unit == "w":
        if n == 1:
            return QCoreApplication.translate("Repeat", "elke week")
        return QCoreApplication.translate("Repeat", "elke {n} weken").format(n=n)
    if n == 1:
        return QCoreApplication.translate("Repeat", "elke dag")
    return QCoreApplication.translate("Repeat", "elke {n} dagen").format(n=n)


def series(r: ReminderView) -> str:
    """Empty for a one-off; for a series its rhythm and, while open, the next two dates."""
    words = every(r.every)
    if not words:
        return ""
    if r.done:
        return f" ({words})"
    following = ", ".join(
        format_date(d.isoformat())
        for d in recurring.next_dates(r.every, r.series_from, r.due_on, 2)
    )
    return QCoreApplication.translate("Repeat", " ({every}; daarna {dates})").format(
        every=words, dates=following
    )
