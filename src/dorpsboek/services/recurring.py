"""Repeating reminders: ticking one off makes the next, unticking takes it back, stopping
ends the series. Each is one transaction, audited like every other change.

The next reminder's id is derived from the one ticked off, so two team members who tick off
the same reminder make the same next one, and the exchange sees one record, not two.
"""

from __future__ import annotations

import datetime as dt
import uuid

from dorpsboek.domain.records import Kind
from dorpsboek.domain.recurrence import Every, next_due, parse_every, upcoming
from dorpsboek.errors import UsageError
from dorpsboek.services.casebook import Casebook

_NEXT = uuid.UUID("6f1c2a8e-1d0b-4c55-9d51-3a3e0c1f7b21")  # namespace of "the next one"


def rule(text: str | None) -> Every | None:
    """Her `--every` ("3d", "2w", "1m") checked; a usage error names the option."""
    try:
        return parse_every(text)
    except ValueError as exc:
        raise UsageError("--every") from exc


def next_id(reminder_id: str) -> str:
    return str(uuid.uuid5(_NEXT, reminder_id))


def set_done(
    cb: Casebook, reminder_id: str, done: bool = True, today: dt.date | None = None
) -> str | None:
    """Tick off (or untick) a reminder; for a repeating one, returns the next one's id."""
    day = today or dt.date.today()
    with cb.unit() as work:
        current = work.get(Kind.REMINDER, reminder_id)
        work.change(Kind.REMINDER, reminder_id, {"done": int(done)})
        every = parse_every(current.get("every"))
        if every is None:
            return None
        following = next_id(reminder_id)
        existing = work.find(Kind.REMINDER, following)
        if not done:
            # Unticked again: the next one goes, unless she already worked on it.
            if existing and not existing["deleted_at"] and not existing["done"]:
                work.delete(Kind.REMINDER, following)
            return None
        start = dt.date.fromisoformat(str(current.get("series_from") or current["due_on"]))
        due = next_due(every, start, dt.date.fromisoformat(str(current["due_on"])), day)
        values = {
            "person_id": current["person_id"],
            "help_request_id": current["help_request_id"],
            "due_on": due.isoformat(),
            "text": current["text"],
            "done": 0,
            "every": every.text,
            "series_from": start.isoformat(),
        }
        if existing is None:
            work.insert(Kind.REMINDER, values, record_id=following)
        elif existing["deleted_at"]:
            work.restore(Kind.REMINDER, following)
            work.change(Kind.REMINDER, following, values)
        return following


def stop(cb: Casebook, reminder_id: str) -> None:
    """End the series: this reminder stays, once; ticking it off makes no next one."""
    cb.update(Kind.REMINDER, reminder_id, {"every": None, "series_from": None})


def set_every(cb: Casebook, reminder_id: str, text: str | None) -> None:
    """Make a reminder repeat from its own date (or stop it, with None or "")."""
    every = rule(text)
    if every is None:
        stop(cb, reminder_id)
        return
    current = cb.get(Kind.REMINDER, reminder_id)
    start = current.get("series_from") or current["due_on"]
    cb.update(Kind.REMINDER, reminder_id, {"every": every.text, "series_from": start})


def next_dates(
    every_text: str, series_from: str | None, due_on: str, count: int = 3
) -> list[dt.date]:
    """The dates after this one, for "daarna: ..." on the reminder list and the letter."""
    every = parse_every(every_text)
    if every is None:
        return []
    start = dt.date.fromisoformat(series_from or due_on)
    return upcoming(every, start, dt.date.fromisoformat(due_on), count)
