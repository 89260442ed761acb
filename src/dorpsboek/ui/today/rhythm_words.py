"""A contact rhythm and its lateness in plain, translated words.

Each string is spelled out in a `QCoreApplication.translate("Rhythm", ...)` call of its own,
so that lupdate finds it (a wrapper function would hide it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.rhythm import ContactDue, rhythm_words


def every(days: int) -> str:
    unit, n = rhythm_words(days)
    if unit == "week":
        if n == 1:
            return QCoreApplication.translate("Rhythm", "elke week")
        return QCoreApplication.translate("Rhythm", "elke {n} weken").format(n=n)
    if n == 1:
        return QCoreApplication.translate("Rhythm", "elke dag")
    return QCoreApplication.translate("Rhythm", "elke {n} dagen").format(n=n)


def lateness(c: ContactDue) -> str:
    if c.days_overdue < 0:
        return QCoreApplication.translate("Rhythm", "over {n} dagen aan de beurt").format(
            n=-c.days_overdue
        )
    if c.days_overdue == 0:
        return QCoreApplication.translate("Rhythm", "vandaag aan de beurt")
    if c.days_overdue == 1:
        return QCoreApplication.translate("Rhythm", "1 dag over tijd")
    return QCoreApplication.translate("Rhythm", "{n} dagen over tijd").format(n=c.days_overdue)


def last(c: ContactDue) -> str:
    if not c.last_contact:
        return QCoreApplication.translate("Rhythm", "nog geen contact")
    return QCoreApplication.translate("Rhythm", "laatste contact {date}").format(
        date=format_date(c.last_contact)
    )


def last_date(c: ContactDue) -> str:
    return (
        format_date(c.last_contact)
        if c.last_contact
        else QCoreApplication.translate("Rhythm", "nog geen contact")
    )


def line(c: ContactDue) -> str:
    """ "Grietje Dagelijks (elke dag): 2 dagen over tijd, laatste contact 03-12-2026" """
    return QCoreApplication.translate("Rhythm", "{name} ({every}): {late}, {last}").format(
        name=c.name, every=every(c.every_days), late=lateness(c), last=last(c)
    )
