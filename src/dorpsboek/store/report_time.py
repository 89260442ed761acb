"""SQL for the time section of the account: minutes of notes and activities in a period."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dorpsboek.domain.report_time import NO_KERN, NO_OUTCOME, TimeNumbers
from dorpsboek.store import activities as activity_store
from dorpsboek.store.report import _PERIOD_NOTES, _add, _pairs, _tally

# Every contact of the period (?1..?2) with its minutes: a note about a resident, or an
# activity she took part in (no minutes of its own here: an activity's time counts by the
# activity's kern). Residents in the bin are left out.
_PERIOD_CONTACTS = (
    f"SELECT person_id, CASE WHEN minutes > 0 THEN minutes END AS m {_PERIOD_NOTES} "
    "UNION ALL SELECT l.to_id, NULL FROM activities a JOIN links l ON l.from_kind = 'activities' "
    "AND l.from_id = a.id AND l.deleted_at IS NULL AND l.to_kind = 'persons' "
    "WHERE a.deleted_at IS NULL AND a.on_date BETWEEN ?1 AND ?2"
)
_EARLIER_ACTIVITIES = (
    "SELECT l.to_id FROM activities a JOIN links l ON l.from_kind = 'activities' "
    "AND l.from_id = a.id AND l.deleted_at IS NULL AND l.to_kind = 'persons' "
    "WHERE a.deleted_at IS NULL AND a.on_date < ?1"
)
# New: no live note before the period (one probe into `notes_live_person` per resident
# reached, instead of reading every earlier note) and no earlier activity.
_NEW = (
    f"c.person_id NOT IN ({_EARLIER_ACTIVITIES}) AND NOT EXISTS (SELECT 1 FROM notes e "
    "INDEXED BY notes_live_person WHERE e.person_id = c.person_id AND e.deleted_at IS NULL "
    "AND e.on_date < ?1)"
)


def contacts(conn: Any, a: str, b: str) -> dict[str, dict[str, int]]:
    """Per kern: residents reached (each once however many contacts), of whom new, and the
    minutes of the notes about them. One pass over the period's notes, grouped by resident."""
    out: dict[str, dict[str, int]] = {"reached": {}, "new": {}, "minutes": {}}
    for kern, reached, new, minutes in conn.execute(
        f"SELECT p.kern, count(*), sum({_NEW}), sum(c.m) FROM (SELECT person_id, sum(m) AS m "
        f"FROM ({_PERIOD_CONTACTS}) GROUP BY person_id) c "
        "JOIN persons p ON p.id = c.person_id AND p.deleted_at IS NULL GROUP BY p.kern",
        (a, b),
    ):
        key = str(kern if kern is not None else "")
        out["reached"][key] = int(reached)
        out["new"][key] = int(new or 0)
        out["minutes"][key] = int(minutes or 0)
    return out


def reached(found: dict[str, dict[str, int]]) -> tuple[int, int]:
    """(residents reached, of whom new: no contact before the period), live residents only."""
    return sum(found["reached"].values()), sum(found["new"].values())


def residents_by_kern(
    conn: Any, found: dict[str, dict[str, int]], a: str, b: str
) -> dict[str, int]:
    erased = Counter(
        str(key).split("\x1f")[0]
        for (key,) in conn.execute(
            "SELECT DISTINCT key FROM tallies WHERE metric = 'reach_kern' AND day BETWEEN ? AND ?",
            (a, b),
        )
    )
    return _add(found["reached"], dict(erased))


def outcomes(conn: Any, a: str, b: str) -> dict[str, int]:
    """What came of the help requests closed in the period (erased residents' tallies too)."""
    live = _pairs(
        conn.execute(
            "SELECT h.outcome, count(*) FROM help_requests h JOIN persons p ON p.id = h.person_id "
            "WHERE h.deleted_at IS NULL AND p.deleted_at IS NULL AND h.closed_on BETWEEN ? AND ? "
            "GROUP BY h.outcome",
            (a, b),
        )
    )
    live = {(k or NO_OUTCOME): v for k, v in live.items()}
    return _add(live, _tally(conn, "help_outcome", a, b))


def _note_minutes(
    conn: Any, t: TimeNumbers, a: str, b: str, notes: dict[str, Any], kern: dict[str, int]
) -> None:
    kinds: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for (kind, month), (_n, mins) in notes["kind_month"].items():
        kinds[kind] += mins
        months[month] += mins
    tags = {tag: mins for tag, (_n, mins) in notes["tag"].items()}
    # Erased residents left their minutes as tallies (store/privacy.py): the figures stay.
    erased = sum(_tally(conn, "minutes", a, b).values())
    erased_months = _pairs(
        conn.execute(
            "SELECT substr(day, 1, 7), sum(n) FROM tallies WHERE metric = 'minutes' "
            "AND day BETWEEN ? AND ? GROUP BY 1",
            (a, b),
        )
    )
    kern = _add(kern, _tally(conn, "minutes_kern", a, b))
    t.total += sum(kinds.values()) + erased
    t.by_kind = _add(t.by_kind, dict(kinds), _tally(conn, "minutes_kind", a, b))
    t.by_month = _add(t.by_month, dict(months), erased_months)
    t.by_kern = _add(t.by_kern, {(k or NO_KERN): v for k, v in kern.items()})
    t.by_tag = _add(t.by_tag, tags, _tally(conn, "minutes_tag", a, b))


def _activity_minutes(conn: Any, t: TimeNumbers, a: str, b: str) -> None:
    kinds: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    months: Counter[str] = Counter()
    kern: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    for act in activity_store.in_period(conn, a, b):
        counted[act.kind] += 1
        mins = int(act.minutes or 0)
        if not mins:
            continue
        kinds[act.kind] += mins
        months[act.on_date[:7]] += mins
        kern[act.kern or NO_KERN] += mins
        for tag in act.tags:
            tags[tag] += mins
        t.total += mins
        if not act.residents:
            t.without_resident += mins
    t.activities = sum(counted.values())
    t.activities_by_kind = dict(counted)
    t.by_kind = _add(t.by_kind, dict(kinds))
    t.by_month = _add(t.by_month, dict(months))
    t.by_kern = _add(t.by_kern, dict(kern))
    t.by_tag = _add(t.by_tag, dict(tags))


def time_numbers(
    conn: Any, a: str, b: str, notes: dict[str, Any], found: dict[str, dict[str, int]]
) -> TimeNumbers:
    """`notes` from `report.period_notes`, `found` from `contacts`: both read once per period."""
    t = TimeNumbers()
    _note_minutes(conn, t, a, b, notes, found["minutes"])
    _activity_minutes(conn, t, a, b)
    by_kern = residents_by_kern(conn, found, a, b)
    t.residents_by_kern = {(k or NO_KERN): v for k, v in by_kern.items()}
    return t
