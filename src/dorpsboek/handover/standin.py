"""The stand-in package for a volunteer (issue 15, point 4): for a planned week away, only the
calls and visits due in that period: who (name, phone, address, how to reach), what, when.

No notes, no help-request texts, no sociale kaart, no volunteers, no signals: a volunteer is
not a colleague. The residents' other fields are left empty (their change stamps stay, so a
return never 'changes' them back at home). What the volunteer writes (a note per call, a
tick on a reminder) comes back in the ordinary return and merges like any return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

Rows = dict[str, list[dict[str, Any]]]

# What a volunteer needs to call or visit someone; every other person field goes empty.
PERSON_FIELDS = ("name", "phone", "address", "reach", "status", "regular_contact", "kern")
_STAMPS = ("id", "created_at", "updated_at", "deleted_at")


def select(rows: Mapping[str, Sequence[dict[str, Any]]], first: dt.date, last: dt.date) -> Rows:
    live = {k: [r for r in v if not r.get("deleted_at")] for k, v in rows.items()}
    since, until = first.isoformat(), last.isoformat()
    due = [
        {**r, "help_request_id": None}  # the help request's text stays at home
        for r in live.get("reminders", [])
        if not r.get("done") and since <= str(r["due_on"]) <= until and r.get("person_id")
    ]
    who = {str(r["person_id"]) for r in due}
    # Residents with a contact rhythm are called in that week too, reminder or not.
    who |= {
        str(p["id"])
        for p in live.get("persons", [])
        if int(p.get("regular_contact") or 0) > 0 and p.get("status") != "closed"
    }
    out: Rows = {k: [] for k in rows}
    out["persons"] = [_plain(p) for p in live.get("persons", []) if str(p["id"]) in who]
    out["reminders"] = due
    return out


def _plain(person: Mapping[str, Any]) -> dict[str, Any]:
    kept = {k: person.get(k) for k in (*_STAMPS, *PERSON_FIELDS)}
    emptied = {k: ("" if isinstance(v, str) else None) for k, v in person.items() if k not in kept}
    return {**emptied, **kept}
