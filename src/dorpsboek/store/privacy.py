"""SQL for the residents' rights: anonymous tallies, hard erasure, inzage rows, retention."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dorpsboek.domain.report import NO_CATEGORY, split_themes
from dorpsboek.store.last_notes import last_note_of
from dorpsboek.store.stamps import now_iso
from dorpsboek.store.unit import Unit

Tally = tuple[str, str, str, int]  # (day, metric, key, n)


def _live_person(conn: Any, person_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM persons WHERE id = ? AND deleted_at IS NULL", (person_id,)
    ).fetchone()
    return row is not None


def person_exists(conn: Any, person_id: str) -> bool:
    return conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone() is not None


def _note_tallies(conn: Any, person_id: str, token: str) -> list[Tally]:
    out: list[Tally] = []
    live = "FROM notes n WHERE n.person_id = ? AND n.deleted_at IS NULL"
    kern = _kern(conn, person_id)
    for day, kind, n, mins in conn.execute(
        f"SELECT n.on_date, n.kind, count(*), sum(n.minutes) {live} GROUP BY 1, 2", (person_id,)
    ):
        out.append((day, "note_kind", kind or "", int(n)))
        if mins:
            out.append((day, "minutes", "", int(mins)))
            # The time section of the account (m008) keeps its per-kind and per-kern minutes.
            out.append((day, "minutes_kind", kind or "", int(mins)))
            out.append((day, "minutes_kern", kern, int(mins)))
    for (day,) in conn.execute(_CONTACT_DAYS, (person_id,)):
        out.append((day, "reach", token, 1))
        out.append((day, "reach_kern", f"{kern}\x1f{token}", 1))
    tags = f"SELECT n.on_date, t.tag, count(*), sum(n.minutes) {live.replace('FROM notes n', 'FROM note_tags t JOIN notes n ON n.id = t.note_id')} GROUP BY 1, 2"  # noqa: E501
    for d, t, n, mins in conn.execute(tags, (person_id,)):
        out.append((d, "note_tag", t, int(n)))
        if mins:
            out.append((d, "minutes_tag", t, int(mins)))
    return out


# The days a resident had a contact: a note, or an activity she took part in.
_CONTACT_DAYS = (
    "SELECT on_date FROM notes WHERE person_id = ?1 AND deleted_at IS NULL "
    "UNION SELECT a.on_date FROM activities a JOIN links l ON l.from_kind = 'activities' "
    "AND l.from_id = a.id AND l.deleted_at IS NULL AND l.to_kind = 'persons' AND l.to_id = ?1 "
    "WHERE a.deleted_at IS NULL"
)


def _kern(conn: Any, person_id: str) -> str:
    row = conn.execute("SELECT kern FROM persons WHERE id = ?", (person_id,)).fetchone()
    return str(row[0] or "") if row else ""


def _help_tallies(conn: Any, person_id: str) -> list[Tally]:
    out: list[Tally] = []
    for opened, closed, themes, status, outcome in conn.execute(
        "SELECT opened_on, closed_on, themes, status, outcome FROM help_requests "
        "WHERE person_id = ? AND deleted_at IS NULL",
        (person_id,),
    ):
        out.append((opened, "help_new", "", 1))
        out.append((opened, "help_status", status, 1))
        out.extend((opened, "help_theme", theme, 1) for theme in split_themes(themes))
        if closed:
            out.append((closed, "help_done", "", 1))
            out.append((closed, "help_outcome", outcome or "niet ingevuld", 1))
    return out


def _link_tallies(conn: Any, person_id: str) -> list[Tally]:
    rows = conn.execute(
        "WITH src(id, day) AS ("
        " SELECT id, opened_on FROM help_requests WHERE person_id = ?1 AND deleted_at IS NULL"
        " UNION ALL SELECT id, on_date FROM notes WHERE person_id = ?1 AND deleted_at IS NULL) "
        "SELECT src.day, l.role, l.to_kind, l.to_id, o.category FROM links l "
        "JOIN src ON src.id = l.from_id LEFT JOIN organisations o ON o.id = l.to_id "
        "WHERE l.deleted_at IS NULL AND l.role IN ('referral', 'match')",
        (person_id,),
    )
    counts: Counter[tuple[str, str, str]] = Counter()
    for day, role, to_kind, to_id, category in rows:
        if role == "referral" and category is not None:
            counts[(day, "referral", category or NO_CATEGORY)] += 1
        elif role == "match" and to_kind == "volunteers":
            counts[(day, "match", to_id)] += 1
    return [(d, m, k, n) for (d, m, k), n in counts.items()]


def person_tallies(conn: Any, person_id: str, token: str) -> list[Tally]:
    """What this resident adds to the account, as anonymous per-day counts (the same
    definitions as store/report.py). A tombstoned resident counts for nothing already."""
    if not _live_person(conn, person_id):
        return []
    return (
        _note_tallies(conn, person_id, token)
        + _help_tallies(conn, person_id)
        + _link_tallies(conn, person_id)
    )


def add_tallies(conn: Any, tallies: list[Tally]) -> None:
    conn.executemany("INSERT INTO tallies (day, metric, key, n) VALUES (?, ?, ?, ?)", tallies)


def _ids(conn: Any, sql: str, params: tuple[Any, ...]) -> list[str]:
    return [str(r[0]) for r in conn.execute(sql, params)]


def _in(ids: list[str]) -> str:
    return ",".join("?" * len(ids))


# The ids of every note about resident ?1, tombstones too: live ones from `notes_live_person`,
# tombstones from `notes_deleted` (m014; one index with both would be built for every note).
NOTES_OF_PERSON = (
    "SELECT id FROM notes WHERE person_id = ?1 AND deleted_at IS NULL "
    "UNION ALL SELECT id FROM notes WHERE person_id = ?1 AND deleted_at IS NOT NULL"
)


def records_of_person(conn: Any, person_id: str) -> dict[str, list[str]]:
    """Every record (live or tombstoned) that belongs to the resident, by table."""
    found: dict[str, list[str]] = {"persons": [person_id]}
    found["notes"] = _ids(conn, NOTES_OF_PERSON, (person_id,))
    found["help_requests"] = _ids(
        conn, "SELECT id FROM help_requests WHERE person_id = ?", (person_id,)
    )
    helps = found["help_requests"]
    found["reminders"] = _ids(
        conn,
        f"SELECT id FROM reminders WHERE person_id = ? OR help_request_id IN ({_in(helps)})",
        (person_id, *helps),
    )
    found["person_links"] = _ids(
        conn,
        "SELECT id FROM person_links WHERE person_id = ?1 OR other_id = ?1",
        (person_id,),
    )
    sources = [person_id, *found["notes"], *helps]
    found["links"] = _ids(
        conn,
        f"SELECT id FROM links WHERE from_id IN ({_in(sources)}) OR to_id IN ({_in(sources)})",
        (*sources, *sources),
    )
    return found


def delete_records(conn: Any, found: dict[str, list[str]], person_id: str) -> None:
    """Hard delete (no tombstone) of the records found, their tags and their audit lines;
    keep the erased ids for a handover merge and one audit line that says it happened."""
    stamp = now_iso()
    every = [i for ids in found.values() for i in ids]
    for table, ids in found.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            if table == "notes":
                conn.execute(f"DELETE FROM note_tags WHERE note_id IN ({_in(chunk)})", chunk)
            conn.execute(f"DELETE FROM {table} WHERE id IN ({_in(chunk)})", chunk)
            conn.executemany(
                "INSERT OR REPLACE INTO erased_records (id, kind, erased_at) VALUES (?, ?, ?)",
                [(i, table, stamp) for i in chunk],
            )
    helps = found["help_requests"]
    if helps:  # a note of someone else that pointed at an erased help request
        conn.execute(
            f"UPDATE notes SET help_request_id = NULL WHERE help_request_id IN ({_in(helps)})",
            helps,
        )
    for start in range(0, len(every), 500):
        chunk = every[start : start + 500]
        conn.execute(f"DELETE FROM audit WHERE record_id IN ({_in(chunk)})", chunk)
    conn.execute("DELETE FROM retention_reviews WHERE person_id = ?", (person_id,))


def write_erase_audit(work: Unit, person_id: str, counts: dict[str, int]) -> None:
    """The trail keeps that an erasure happened and how many records went, never a name."""
    work.audit("erase", "persons", person_id, (f"{k}:{n}" for k, n in counts.items() if n))


def checkpoint(conn: Any) -> bool:
    """Fold the WAL into the book and truncate it; False when a reader kept it busy."""
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def erased_ids(conn: Any) -> list[tuple[str, str, str]]:
    return [
        (str(a), str(b), str(c))
        for a, b, c in conn.execute(
            "SELECT id, kind, erased_at FROM erased_records ORDER BY erased_at, id"
        )
    ]


def remember_erased(conn: Any, erased: list[tuple[str, str, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO erased_records (id, kind, erased_at) VALUES (?, ?, ?)", erased
    )


def was_erased(conn: Any, record_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM erased_records WHERE id = ?", (record_id,)).fetchone()
    return row is not None


# ----- inzage -----------------------------------------------------------------------------


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def subject_access_rows(conn: Any, person_id: str) -> dict[str, list[dict[str, Any]]]:
    """Everything the book holds about one resident (live records), by kind."""
    q = {
        "persons": ("SELECT * FROM persons WHERE id = ?", (person_id,)),
        "notes": (
            "SELECT * FROM notes WHERE person_id = ? AND deleted_at IS NULL ORDER BY on_date, seq",
            (person_id,),
        ),
        "help_requests": (
            "SELECT * FROM help_requests WHERE person_id = ? AND deleted_at IS NULL "
            "ORDER BY opened_on, seq",
            (person_id,),
        ),
        "reminders": (
            "SELECT * FROM reminders WHERE deleted_at IS NULL AND (person_id = ?1 OR "
            "help_request_id IN (SELECT id FROM help_requests WHERE person_id = ?1)) "
            "ORDER BY due_on, seq",
            (person_id,),
        ),
        "person_links": (
            "SELECT l.relation, l.person_id, l.other_id, p.name AS other_name FROM person_links l "
            "JOIN persons p ON p.id = CASE WHEN l.person_id = ?1 THEN l.other_id "
            "ELSE l.person_id END WHERE l.deleted_at IS NULL AND (l.person_id = ?1 OR "
            "l.other_id = ?1) ORDER BY l.seq",
            (person_id,),
        ),
        "links": (
            "SELECT l.role, l.to_kind, coalesce(o.name, v.name, '') AS to_name, l.from_kind, "
            "coalesce(n.on_date, h.opened_on, substr(l.created_at, 1, 10)) AS day FROM links l "
            "LEFT JOIN notes n ON n.id = l.from_id LEFT JOIN help_requests h ON h.id = l.from_id "
            "LEFT JOIN organisations o ON o.id = l.to_id LEFT JOIN volunteers v ON v.id = l.to_id "
            "WHERE l.deleted_at IS NULL AND (n.person_id = ?1 OR h.person_id = ?1 "
            "OR (l.from_kind = 'persons' AND l.from_id = ?1)) "
            "ORDER BY day, l.seq",
            (person_id,),
        ),
        "audit": (
            "SELECT a.at, a.actor, a.action, a.kind, a.fields FROM audit a WHERE a.record_id = ?1 "
            f"OR a.record_id IN ({NOTES_OF_PERSON}) "
            "OR a.record_id IN (SELECT id FROM help_requests WHERE person_id = ?1) "
            "ORDER BY a.seq",
            (person_id,),
        ),
    }
    return {kind: _dicts(conn.execute(sql, params)) for kind, (sql, params) in q.items()}


# ----- bewaartermijn ----------------------------------------------------------------------


def retention_rows(conn: Any) -> list[tuple[str, str, str, str, str | None]]:
    """(id, name, status, last contact day or created day, last review day) of every live
    resident: dormancy is measured by the last contact, whatever the status says."""
    rows = conn.execute(
        "SELECT p.id, p.name, p.status, "
        f" coalesce({last_note_of('p.id')}, substr(p.created_at, 1, 10)), r.reviewed_on "
        "FROM persons p LEFT JOIN retention_reviews r ON r.person_id = p.id "
        "WHERE p.deleted_at IS NULL"
    )
    return [(str(a), str(b), str(c), str(d), e) for a, b, c, d, e in rows]


def retention_due_count(conn: Any, cutoff: str) -> int:
    """How many of `retention_rows` are due at `cutoff`: last contact and last review both
    before it. The same rule as the service's filter, counted in SQL (a line on Vandaag)."""
    row = conn.execute(
        "SELECT count(*) FROM persons p LEFT JOIN retention_reviews r ON r.person_id = p.id "
        "WHERE p.deleted_at IS NULL AND (r.reviewed_on IS NULL OR r.reviewed_on < :cutoff) "
        f" AND coalesce({last_note_of('p.id')}, substr(p.created_at, 1, 10)) < :cutoff",
        {"cutoff": cutoff},
    ).fetchone()
    return int(row[0])


def record_review(conn: Any, person_id: str, day: str) -> None:
    conn.execute(
        "INSERT INTO retention_reviews (person_id, reviewed_on) VALUES (?, ?) "
        "ON CONFLICT(person_id) DO UPDATE SET reviewed_on = excluded.reviewed_on",
        (person_id, day),
    )


def resident_names(conn: Any) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT name FROM persons WHERE deleted_at IS NULL")]


def persons_named(conn: Any, name: str) -> list[str]:
    return _ids(
        conn, "SELECT id FROM persons WHERE name = ? AND deleted_at IS NULL ORDER BY seq", (name,)
    )


def audit_rows(conn: Any, limit: int) -> list[tuple[Any, ...]]:
    """The newest audit lines with a readable title for the record each one is about."""
    return list(
        conn.execute(
            "SELECT a.seq, a.at, a.actor, a.action, a.kind, a.record_id, a.fields, "
            " coalesce(p.name, np.name, hp.name, o.name, v.name, st.title, sg.theme, '') "
            "FROM audit a "
            "LEFT JOIN persons p ON a.kind = 'persons' AND p.id = a.record_id "
            "LEFT JOIN notes n ON a.kind = 'notes' AND n.id = a.record_id "
            "LEFT JOIN persons np ON np.id = n.person_id "
            "LEFT JOIN help_requests h ON a.kind = 'help_requests' AND h.id = a.record_id "
            "LEFT JOIN persons hp ON hp.id = h.person_id "
            "LEFT JOIN organisations o ON a.kind = 'organisations' AND o.id = a.record_id "
            "LEFT JOIN volunteers v ON a.kind = 'volunteers' AND v.id = a.record_id "
            "LEFT JOIN stories st ON a.kind = 'stories' AND st.id = a.record_id "
            "LEFT JOIN signals sg ON a.kind = 'signals' AND sg.id = a.record_id "
            "ORDER BY a.seq DESC LIMIT ?",
            (limit,),
        )
    )
