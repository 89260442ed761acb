"""SQL for the time section of the account: minutes of notes and activities in a period."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dorpsboek.domain.report_time import NO_KERN, NO_OUTCOME, TimeNumbers
from dorpsboek.store import activities as activity_store
from dorpsboek.store.report import _PERIOD_NOTES, _add, _pairs, _tally

# Residents reached (?1..?2): a note about them, or an activity they took part in. UNION
# counts a resident once however many notes and activities she had.
PERIOD_CONTACTS = (
    f"SELECT person_id {_PERIOD_NOTES} "
    "UNION SELECT l.to_id FROM activities a JOIN links l ON l.from_kind = 'activities' "
    "AND l.from_id = a.id AND l.deleted_at IS NULL AND l.to_kind = 'persons' "
    "JOIN persons p ON p.id = l.to_id AND p.deleted_at IS NULL "
    "WHERE a.deleted_at IS NULL AND a.on_date BETWEEN ?1 AND ?2"
)
_EARLIER_CONTACTS = (
    "SELECT person_id FROM notes INDEXED BY notes_report WHERE deleted_at IS NULL "
    "AND on_date < ?1 UNION SELECT l.to_id FROM activities a JOIN links l "
    "ON l.from_kind = 'activities' AND l.from_id = a.id AND l.deleted_at IS NULL "
    "AND l.to_kind = 'persons' WHERE a.deleted_at IS NULL AND a.on_date < ?1"
)


def reached(conn: Any, a: str, b: str) -> tuple[int, int]:
    """(residents reached, of whom new: no contact before the period), live residents only."""
    total, new = conn.execute(
        f"SELECT count(*), coalesce(sum(person_id NOT IN ({_EARLIER_CONTACTS})), 0) "
        f"FROM ({PERIOD_CONTACTS})",
        (a, b),
    ).fetchone()
    return int(total), int(new)


def residents_by_kern(conn: Any, a: str, b: str) -> dict[str, int]:
    live = _pairs(
        conn.execute(
            f"SELECT p.kern, count(*) FROM ({PERIOD_CONTACTS}) c "
            "JOIN persons p ON p.id = c.person_id GROUP BY p.kern",
            (a, b),
        )
    )
    erased = Counter(
        str(key).split("\x1f")[0]
        for (key,) in conn.execute(
            "SELECT DISTINCT key FROM tallies WHERE metric = 'reach_kern' AND day BETWEEN ? AND ?",
            (a, b),
        )
    )
    return _add(live, dict(erased))


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


def _note_minutes(conn: Any, t: TimeNumbers, a: str, b: str) -> None:
    kinds: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for kind, month, mins in conn.execute(
        f"SELECT kind, substr(on_date, 1, 7), sum(minutes) {_PERIOD_NOTES} AND minutes > 0 "
        "GROUP BY 1, 2",
        (a, b),
    ):
        kinds[str(kind or "")] += int(mins)
        months[str(month)] += int(mins)
    kern = _pairs(
        conn.execute(
            f"SELECT p.kern, sum(x.m) FROM (SELECT person_id, sum(minutes) AS m {_PERIOD_NOTES} "
            "AND minutes > 0 GROUP BY person_id) x JOIN persons p ON p.id = x.person_id "
            "GROUP BY p.kern",
            (a, b),
        )
    )
    tags = _pairs(
        conn.execute(
            f"SELECT t.tag, sum(n.minutes) FROM (SELECT id, minutes {_PERIOD_NOTES} "
            "AND minutes > 0) n JOIN note_tags t ON t.note_id = n.id GROUP BY t.tag",
            (a, b),
        )
    )
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


def time_numbers(conn: Any, a: str, b: str) -> TimeNumbers:
    t = TimeNumbers()
    _note_minutes(conn, t, a, b)
    _activity_minutes(conn, t, a, b)
    t.residents_by_kern = {(k or NO_KERN): v for k, v in residents_by_kern(conn, a, b).items()}
    return t
