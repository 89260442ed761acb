"""The signal radar: a #tag in notes about several residents within a few weeks may be a signal.

Only counts leave here (tag, residents, notes), never names. Tags she answered "Nee, niet meer
vragen" for are remembered in the book.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import Kind, SignalStatus
from dorpsboek.errors import UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import meta as meta_store
from dorpsboek.store import note_tags

DISMISSED_KEY = "radar_dismissed"
MIN_RESIDENTS = 3
WEEKS = 6


def dismissed(cb: Casebook) -> set[str]:
    try:
        found = json.loads(meta_store.get(cb.book, DISMISSED_KEY) or "[]")
    except ValueError:
        return set()
    return {str(t) for t in found} if isinstance(found, list) else set()


def dismiss(cb: Casebook, tag: str) -> None:
    """Remember "niet meer vragen" for this tag."""
    with cb.unit() as work:
        _dismiss_on(work.conn, dismissed(cb), tag)


def _dismiss_on(conn: Any, known: set[str], tag: str) -> None:
    tags = known | {tag.lstrip("#").lower()}
    meta_store.put_on(conn, DISMISSED_KEY, json.dumps(sorted(tags), ensure_ascii=False))


def _spread(cb: Casebook, day: dt.date, min_residents: int, weeks: int) -> list[Any]:
    since = (day - dt.timedelta(weeks=weeks)).isoformat()
    return note_tags.tag_spread_in(cb.book, since, day.isoformat(), min_residents)


THRESHOLD_KEY = "radar_threshold"


def threshold(cb: Casebook) -> tuple[int, int]:
    """(residents, weeks) she chose in Instellingen; 3 in 6 until she does."""
    try:
        found = json.loads(meta_store.get(cb.book, THRESHOLD_KEY) or "{}")
        residents, weeks = int(found["residents"]), int(found["weeks"])
    except (ValueError, KeyError, TypeError):
        return MIN_RESIDENTS, WEEKS
    if residents < 2 or not 1 <= weeks <= 52:
        return MIN_RESIDENTS, WEEKS
    return residents, weeks


def set_threshold(cb: Casebook, residents: int, weeks: int) -> None:
    """Ask "Is dit een signaal?" from `residents` different residents within `weeks` weeks."""
    if residents < 2 or not 1 <= weeks <= 52:
        raise UsageError("radar")
    value = json.dumps({"residents": residents, "weeks": weeks})
    meta_store.put(cb.book, THRESHOLD_KEY, value)


def signal_suggestions(
    cb: Casebook,
    today: dt.date | None = None,
    min_residents: int | None = None,
    weeks: int | None = None,
) -> list[dict[str, Any]]:
    """[{"tag", "residents", "notes"}] for tags about >= `min_residents` residents in `weeks`
    (her own threshold unless given)."""
    chosen_residents, chosen_weeks = threshold(cb)
    min_residents = chosen_residents if min_residents is None else min_residents
    weeks = chosen_weeks if weeks is None else weeks
    skip = dismissed(cb)
    return [
        {"tag": tag, "residents": people, "notes": n}
        for tag, people, n in _spread(cb, today or dt.date.today(), min_residents, weeks)
        if tag not in skip
    ]


def suggestion_for(cb: Casebook, tag: str, today: dt.date | None = None) -> dict[str, Any]:
    """The counts for one tag (for the new-signal form), dismissed or not."""
    for found, people, n in _spread(cb, today or dt.date.today(), 1, threshold(cb)[1]):
        if found == tag:
            return {"tag": tag, "residents": people, "notes": n}
    return {"tag": tag, "residents": 0, "notes": 0}


SOURCE_ROLE = "bron"


def make_signal(cb: Casebook, tag: str, today: dt.date | None = None) -> str:
    """She said "Ja, dit is een signaal": a new signal with the theme and the anonymous counts,
    linked to the notes it came from (links hold ids only; no name is copied anywhere).

    The suggestion is not asked again: it has become a signal.
    """
    day = today or dt.date.today()
    weeks = threshold(cb)[1]
    found = suggestion_for(cb, tag, day)
    since = (day - dt.timedelta(weeks=weeks)).isoformat()
    counts = (
        f"{found['residents']} inwoners, {found['notes']} notities in {weeks} weken "
        f"tot {format_date(day.isoformat())}"
    )
    values = {
        "description": f"#{tag} kwam de afgelopen {weeks} weken vaak terug: {counts}.",
        "theme": tag,
        "frequency": counts,
        "status": SignalStatus.NOTICED.value,
        "noted_on": day.isoformat(),
    }
    known = dismissed(cb)
    with cb.unit() as work:  # the signal, its sources and "not asked again", together
        signal_id = work.insert(Kind.SIGNAL, values)
        for note_id in note_tags.tag_note_ids(work.conn, tag, since, day.isoformat()):
            link = {
                "from_kind": Kind.SIGNAL.value,
                "from_id": signal_id,
                "to_kind": Kind.NOTE.value,
                "to_id": note_id,
                "role": SOURCE_ROLE,
            }
            work.insert("links", link)
        _dismiss_on(work.conn, known, tag)
    return signal_id
