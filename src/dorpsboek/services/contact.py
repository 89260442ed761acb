"""The contact rhythm per resident: setting it, and who is due ("Wie mis ik?", Vandaag)."""

from __future__ import annotations

import datetime as dt

from dorpsboek.domain.records import Kind
from dorpsboek.domain.rhythm import ContactDue, check_every, days_overdue
from dorpsboek.errors import UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import contact as contact_store


def set_every(cb: Casebook, person_id: str, days: int) -> None:
    """Contact every `days` days; 0 switches the rhythm off. Audited like any change."""
    try:
        every = check_every(days)
    except ValueError as exc:
        raise UsageError("--contact-every") from exc
    cb.update(Kind.PERSON, person_id, {"regular_contact": every})


def everyone(
    cb: Casebook, today: dt.date | None = None, kern: str | None = None
) -> list[ContactDue]:
    """Every resident with a rhythm, the most overdue first (for "Wie mis ik?")."""
    day = today or dt.date.today()
    found = contact_store.with_rhythm_in(cb.book, kern)
    out = [
        ContactDue(
            id=str(pid),
            name=str(name),
            every_days=int(every),
            last_contact=str(last) or None,
            days_overdue=days_overdue(int(every), str(last) or None, str(since), day),
            kern=str(kern_ or ""),
            phone=str(phone or ""),
        )
        for pid, name, every, last, since, kern_, phone in found
    ]
    return sorted(out, key=lambda c: (-c.days_overdue, c.name.casefold()))


def overdue(
    cb: Casebook, today: dt.date | None = None, kern: str | None = None
) -> list[ContactDue]:
    """Residents whose next contact is today or past: what Vandaag shows."""
    return [c for c in everyone(cb, today, kern) if c.days_overdue >= 0]
