"""SQL for the account: counts over live records in a period, plus the tallies that erased
residents left behind. Every query takes ISO first/last days, both inclusive."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dorpsboek.domain.records import NOTE_KINDS
from dorpsboek.domain.report import NO_CATEGORY, SignalLine, StoryLine, split_themes

# Live notes of live residents in the period.
_HELP = (
    "FROM help_requests h JOIN persons p ON p.id = h.person_id "
    "WHERE h.deleted_at IS NULL AND p.deleted_at IS NULL"
)
# Live referral/match links from live records of live residents, with the day each counts on
# (the note's day or the day the help request was opened). Links are few: start from them.
_LINKS = (
    "SELECT l.to_kind, l.to_id, coalesce(h.opened_on, n.on_date) AS day FROM links l "
    "LEFT JOIN help_requests h ON l.from_kind = 'help_requests' AND h.id = l.from_id "
    "AND h.deleted_at IS NULL "
    "LEFT JOIN notes n ON l.from_kind = 'notes' AND n.id = l.from_id AND n.deleted_at IS NULL "
    "JOIN persons p ON p.id = coalesce(h.person_id, n.person_id) AND p.deleted_at IS NULL "
    "WHERE l.deleted_at IS NULL AND l.role = ? AND day BETWEEN ? AND ?"
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


# Live notes of live residents in the period (?1..?2), read from the covering index
# `notes_report` alone: at village scale the table is thousands of pages, the index far less.
# The residents in the bin come from the partial index `persons_deleted` (m013).
_PERIOD_NOTES = (
    "FROM notes INDEXED BY notes_report WHERE deleted_at IS NULL AND on_date BETWEEN ?1 AND ?2 "
    "AND person_id NOT IN (SELECT id FROM persons WHERE deleted_at IS NOT NULL)"
)
# The same notes' tags, from `note_tags_day` (m013: the note's day, resident and minutes
# beside each tag), instead of one probe into the tags per note of the period.
_PERIOD_TAGS = (
    "FROM note_tags INDEXED BY note_tags_day WHERE on_date BETWEEN ?1 AND ?2 "
    "AND note_id NOT IN (SELECT id FROM notes WHERE deleted_at IS NOT NULL) "
    "AND person_id NOT IN (SELECT id FROM persons WHERE deleted_at IS NOT NULL)"
)
_POSITIVE = "CASE WHEN minutes > 0 THEN minutes END"


# One column pair (notes, minutes) per known kind, grouped by day: the notes come in day
# order from `notes_report`, so SQLite adds them up as they pass. Grouping by kind and
# month instead sorted every note of the year first (0.66 s against 0.08 s at ten villages).
_KIND_SUMS = ", ".join(
    f"sum(kind = '{kind}'), sum(CASE WHEN kind = '{kind}' THEN {_POSITIVE} END)"
    for kind in NOTE_KINDS
)
_KNOWN_KINDS = ", ".join(f"'{kind}'" for kind in NOTE_KINDS)


def period_notes(conn: Any, a: str, b: str) -> dict[str, Any]:
    """The period's live notes: (kind, month) -> (notes, minutes) and tag -> (notes, minutes).
    The counts and the time section both read from these."""
    return {"kind_month": _kind_months(conn, a, b), "tag": _tags(conn, a, b)}


def _kind_months(conn: Any, a: str, b: str) -> dict[tuple[str, str], tuple[int, int]]:
    found: Counter[tuple[str, str, int]] = Counter()  # (kind, month, 0=notes 1=minutes)
    unknown = 0
    for day, total, *pairs in conn.execute(
        f"SELECT on_date, count(*), {_KIND_SUMS} {_PERIOD_NOTES} GROUP BY on_date", (a, b)
    ):
        month = str(day)[:7]
        for kind, n, mins in zip(NOTE_KINDS, pairs[0::2], pairs[1::2], strict=True):
            found[(kind, month, 0)] += int(n or 0)
            found[(kind, month, 1)] += int(mins or 0)
        unknown += int(total) - sum(int(n or 0) for n in pairs[0::2])
    if unknown:  # a kind this version does not know (a newer book's, or none): counted apart
        for kind, month, n, mins in conn.execute(
            f"SELECT kind, substr(on_date, 1, 7), count(*), sum({_POSITIVE}) {_PERIOD_NOTES} "
            f"AND (kind IS NULL OR kind NOT IN ({_KNOWN_KINDS})) GROUP BY 1, 2",
            (a, b),
        ):
            found[(str(kind or ""), str(month), 0)] += int(n)
            found[(str(kind or ""), str(month), 1)] += int(mins or 0)
    return {
        (kind, month): (n, found[(kind, month, 1)])
        for (kind, month, part), n in found.items()
        if part == 0 and n
    }


def _tags(conn: Any, a: str, b: str) -> dict[str, tuple[int, int]]:
    # Grouped by day and tag, the index order of `note_tags_day`: no sort of every tag.
    notes: Counter[str] = Counter()
    minutes: Counter[str] = Counter()
    for tag, n, mins in conn.execute(
        f"SELECT tag, count(*), sum({_POSITIVE}) {_PERIOD_TAGS} GROUP BY on_date, tag", (a, b)
    ):
        notes[str(tag)] += int(n)
        minutes[str(tag)] += int(mins or 0)
    return {tag: (n, minutes[tag]) for tag, n in notes.items()}


def note_numbers(conn: Any, a: str, b: str, notes: dict[str, Any]) -> dict[str, Any]:
    """Everything the account counts from notes (`notes` from `period_notes`): notes by kind,
    by month and per tag; tallies of erased residents added (and the erased residents reached
    and new, which the live count joins)."""
    kinds: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for (kind, month), (n, _mins) in notes["kind_month"].items():
        kinds[kind] += n
        months[month] += n
    tags = {tag: n for tag, (n, _mins) in notes["tag"].items()}
    erased_months = _pairs(
        conn.execute(
            "SELECT substr(day, 1, 7), sum(n) FROM tallies WHERE metric = 'note_kind' "
            "AND day BETWEEN ? AND ? GROUP BY 1",
            (a, b),
        )
    )
    erased_reached = conn.execute(
        "SELECT count(DISTINCT key) FROM tallies WHERE metric = 'reach' AND day BETWEEN ? AND ?",
        (a, b),
    ).fetchone()[0]
    erased_new = conn.execute(
        "SELECT count(*) FROM (SELECT min(day) AS first FROM tallies WHERE metric = 'reach' "
        "GROUP BY key) WHERE first BETWEEN ? AND ?",
        (a, b),
    ).fetchone()[0]
    # Live residents reached are counted with activities (store/report_time.py).
    return {
        "erased_reached": int(erased_reached),
        "erased_new": int(erased_new),
        "by_kind": _add(dict(kinds), _tally(conn, "note_kind", a, b)),
        "by_month": _add(dict(months), erased_months),
        "by_tag": _add(tags, _tally(conn, "note_tag", a, b)),
    }


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
            f"SELECT o.category, count(*) FROM ({_LINKS}) x "
            "JOIN organisations o ON o.id = x.to_id GROUP BY o.category",
            ("referral", a, b),
        )
    )
    live = {(k or NO_CATEGORY): v for k, v in live.items()}
    return _add(live, _tally(conn, "referral", a, b))


def matches(conn: Any, a: str, b: str) -> tuple[int, int]:
    """(matches made, distinct volunteers matched) in the period."""
    rows = conn.execute(
        f"SELECT to_id FROM ({_LINKS}) WHERE to_kind = 'volunteers'", ("match", a, b)
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
