"""SQL for the account: counts over live records in a period, plus the tallies that erased
residents left behind. Every query takes ISO first/last days, both inclusive."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dorpsboek.domain.report import NO_CATEGORY, SignalLine, StoryLine, split_themes

# Live notes of live residents in the period.
_NOTES = (
    "FROM notes n JOIN persons p ON p.id = n.person_id "
    "WHERE n.deleted_at IS NULL AND p.deleted_at IS NULL AND n.on_date BETWEEN ? AND ?"
)
_HELP = (
    "FROM help_requests h JOIN persons p ON p.id = h.person_id "
    "WHERE h.deleted_at IS NULL AND p.deleted_at IS NULL"
)
# The records a link can start from, with the day the link counts on (the note's day or
# the day the help request was opened), restricted to live records of live residents.
_LINK_SOURCES = (
    "WITH src(id, day) AS ("
    " SELECT h.id, h.opened_on FROM help_requests h JOIN persons p ON p.id = h.person_id"
    " WHERE h.deleted_at IS NULL AND p.deleted_at IS NULL AND h.opened_on BETWEEN ?1 AND ?2"
    " UNION ALL"
    " SELECT n.id, n.on_date FROM notes n JOIN persons p ON p.id = n.person_id"
    " WHERE n.deleted_at IS NULL AND p.deleted_at IS NULL AND n.on_date BETWEEN ?1 AND ?2"
    " AND EXISTS (SELECT 1 FROM links x WHERE x.from_id = n.id)) "
)


def _pairs(rows: Any) -> dict[str, int]:
    return {str(k if k is not None else ""): int(v or 0) for k, v in rows}


def _tally(conn: Any, metric: str, a: str, b: str) -> dict[str, int]:
    return _pairs(
        conn.execute(
            "SELECT key, sum(n) FROM tallies WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY key",
            (metric, a, b),
        )
    )


def _add(*parts: dict[str, int]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for part in parts:
        total.update(part)
    return {k: v for k, v in total.items() if v}


def residents_reached(conn: Any, a: str, b: str) -> tuple[int, int]:
    """(reached, new): distinct residents with a note in the period, and of those the ones
    whose first note ever falls in it."""
    live = conn.execute(f"SELECT count(DISTINCT n.person_id) {_NOTES}", (a, b)).fetchone()[0]
    erased = conn.execute(
        "SELECT count(DISTINCT key) FROM tallies WHERE metric = 'reach' AND day BETWEEN ? AND ?",
        (a, b),
    ).fetchone()[0]
    new_live = conn.execute(
        "SELECT count(*) FROM (SELECT n.person_id, min(n.on_date) AS first FROM notes n "
        "JOIN persons p ON p.id = n.person_id WHERE n.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND n.person_id IN (SELECT n.person_id " + _NOTES + ") GROUP BY n.person_id) "
        "WHERE first BETWEEN ? AND ?",
        (a, b, a, b),
    ).fetchone()[0]
    new_erased = conn.execute(
        "SELECT count(*) FROM (SELECT min(day) AS first FROM tallies WHERE metric = 'reach' "
        "GROUP BY key) WHERE first BETWEEN ? AND ?",
        (a, b),
    ).fetchone()[0]
    return int(live) + int(erased), int(new_live) + int(new_erased)


def notes_by_kind(conn: Any, a: str, b: str) -> dict[str, int]:
    live = _pairs(conn.execute(f"SELECT n.kind, count(*) {_NOTES} GROUP BY n.kind", (a, b)))
    return _add(live, _tally(conn, "note_kind", a, b))


def notes_by_month(conn: Any, a: str, b: str) -> dict[str, int]:
    live = _pairs(
        conn.execute(
            f"SELECT substr(n.on_date, 1, 7), count(*) {_NOTES} GROUP BY 1",
            (a, b),
        )
    )
    erased = _pairs(
        conn.execute(
            "SELECT substr(day, 1, 7), sum(n) FROM tallies WHERE metric = 'note_kind' "
            "AND day BETWEEN ? AND ? GROUP BY 1",
            (a, b),
        )
    )
    return _add(live, erased)


def minutes(conn: Any, a: str, b: str) -> int:
    live = conn.execute(f"SELECT coalesce(sum(n.minutes), 0) {_NOTES}", (a, b)).fetchone()[0]
    return int(live) + sum(_tally(conn, "minutes", a, b).values())


def notes_by_tag(conn: Any, a: str, b: str) -> dict[str, int]:
    live = _pairs(
        conn.execute(
            f"SELECT t.tag, count(*) {_NOTES.replace('FROM notes n', 'FROM note_tags t JOIN notes n ON n.id = t.note_id', 1)} "  # noqa: E501
            "GROUP BY t.tag",
            (a, b),
        )
    )
    return _add(live, _tally(conn, "note_tag", a, b))


def help_requests(conn: Any, a: str, b: str) -> dict[str, Any]:
    """New (opened in the period) by theme and by current status; done (closed in it)."""
    rows = conn.execute(
        f"SELECT h.themes, h.status {_HELP} AND h.opened_on BETWEEN ? AND ?", (a, b)
    ).fetchall()
    themes: Counter[str] = Counter()
    for row in rows:
        themes.update(split_themes(row[0]))
    status = Counter(str(r[1]) for r in rows)
    done = conn.execute(
        f"SELECT count(*) {_HELP} AND h.closed_on BETWEEN ? AND ?", (a, b)
    ).fetchone()[0]
    return {
        "new": len(rows) + sum(_tally(conn, "help_new", a, b).values()),
        "done": int(done) + sum(_tally(conn, "help_done", a, b).values()),
        "by_theme": _add(dict(themes), _tally(conn, "help_theme", a, b)),
        "by_status": _add(dict(status), _tally(conn, "help_status", a, b)),
    }


def referrals_by_category(conn: Any, a: str, b: str) -> dict[str, int]:
    live = _pairs(
        conn.execute(
            _LINK_SOURCES
            + "SELECT o.category, count(*) FROM links l JOIN src ON src.id = l.from_id "
            "JOIN organisations o ON o.id = l.to_id WHERE l.role = 'referral' "
            "AND l.deleted_at IS NULL GROUP BY o.category",
            (a, b),
        )
    )
    live = {(k or NO_CATEGORY): v for k, v in live.items()}
    return _add(live, _tally(conn, "referral", a, b))


def matches(conn: Any, a: str, b: str) -> tuple[int, int]:
    """(matches made, distinct volunteers matched) in the period."""
    rows = conn.execute(
        _LINK_SOURCES + "SELECT l.to_id FROM links l JOIN src ON src.id = l.from_id "
        "WHERE l.role = 'match' AND l.to_kind = 'volunteers' AND l.deleted_at IS NULL",
        (a, b),
    ).fetchall()
    erased = _tally(conn, "match", a, b)
    volunteers = {str(r[0]) for r in rows} | set(erased)
    return len(rows) + sum(erased.values()), len(volunteers)


def volunteers_active(conn: Any) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM volunteers WHERE deleted_at IS NULL AND active = 1"
        ).fetchone()[0]
    )


def signals(conn: Any, a: str, b: str) -> list[SignalLine]:
    rows = conn.execute(
        "SELECT theme, description, frequency, status, noted_on FROM signals "
        "WHERE deleted_at IS NULL AND noted_on BETWEEN ? AND ? ORDER BY noted_on, seq",
        (a, b),
    )
    return [SignalLine(*(str(v or "") for v in r)) for r in rows]


def stories(conn: Any, a: str, b: str) -> list[StoryLine]:
    rows = conn.execute(
        "SELECT title, text, on_date FROM stories WHERE deleted_at IS NULL AND in_report = 1 "
        "AND on_date BETWEEN ? AND ? ORDER BY on_date, seq",
        (a, b),
    )
    return [StoryLine(str(r[0]), str(r[1]), str(r[2])) for r in rows]
