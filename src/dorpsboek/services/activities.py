"""Activities: work not about one resident, or about several people at once.

One save function for every front end (Snel noteren and `dorpsboek activity`): the activity,
its participants and a new kern are stored in one transaction, or nothing is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dorpsboek.atomic import is_disk_full
from dorpsboek.domain.activities import ACTIVITY_KINDS, Activity, Participant
from dorpsboek.errors import DiskFull, UnknownParticipant, UsageError
from dorpsboek.services import kernen
from dorpsboek.services.casebook import Casebook, _require_text
from dorpsboek.store import activities as store


@dataclass(frozen=True)
class NewActivity:
    """What she wrote; participants are already chosen (see `resolve`)."""

    text: str
    kind: str = ""
    minutes: int | None = None
    on_date: dt.date | None = None
    kern: str = ""
    participants: tuple[Participant, ...] = field(default_factory=tuple)


def _validate(a: NewActivity) -> None:
    if not a.text.strip():
        raise UsageError("text")
    if a.kind and a.kind not in ACTIVITY_KINDS:
        raise UsageError("--kind")
    if a.minutes is not None and not 0 <= a.minutes <= 24 * 60:
        raise UsageError("--minutes")
    _require_text(a.text, a.kind, a.kern)


def resolve(cb: Casebook, names: list[str]) -> tuple[Participant, ...]:
    """The residents, volunteers or kaart entries with these names, each once.

    A name that is not in the book raises UnknownParticipant: nothing may be stored then.
    """
    _require_text(*names)
    found: dict[tuple[str, str], Participant] = {}
    with cb.book.raw() as conn:
        for name in names:
            p = store.find_by_name(conn, name.strip()) if name.strip() else None
            if p is None:
                raise UnknownParticipant(name)
            found.setdefault((p.kind, p.id), p)
    return tuple(found.values())


def save(cb: Casebook, a: NewActivity) -> Activity:
    """Store the activity durably; DiskFull leaves the book as it was."""
    _validate(a)
    values = {
        "on_date": (a.on_date or dt.date.today()).isoformat(),
        "kind": a.kind,
        "minutes": a.minutes,
        "text": a.text.strip(),
    }
    unique = list({(p.kind, p.id): p for p in a.participants}.values())
    try:
        with cb.unit() as work:
            values["kern"] = kernen.ensure_on(work.conn, a.kern)
            activity_id = store.insert(work, values, unique)
    except Exception as exc:
        if is_disk_full(exc, cb.book.path):
            raise DiskFull("activity") from exc
        raise
    saved = get(cb, activity_id)
    assert saved is not None  # just written in this process
    return saved


def get(cb: Casebook, activity_id: str) -> Activity | None:
    with cb.book.raw() as conn:
        return store.get(conn, activity_id)


def recent(cb: Casebook, limit: int = 20) -> list[Activity]:
    with cb.book.raw() as conn:
        return store.recent(conn, limit)


def with_participant(cb: Casebook, record_id: str) -> list[Activity]:
    """Activities of one resident, volunteer or kaart entry (for their pages)."""
    with cb.book.raw() as conn:
        return store.with_participant(conn, record_id)


def in_period(cb: Casebook, first: dt.date, last: dt.date) -> list[Activity]:
    with cb.book.raw() as conn:
        return store.in_period(conn, first.isoformat(), last.isoformat())
