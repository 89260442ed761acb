"""Activities and their participants (links with role 'participant'), read and written raw."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from dorpsboek.domain.activities import PARTICIPANT_KINDS, PARTICIPANT_ROLE, Activity, Participant
from dorpsboek.domain.tags import parse_tags
from dorpsboek.store.unit import Unit

_COLUMNS = "a.id, a.on_date, a.text, a.kind, a.minutes, a.kern"


def find_by_name(conn: Any, name: str) -> Participant | None:
    """The live resident, volunteer or kaart entry with this name (exact, then any case)."""
    for exact in (True, False):
        for kind in PARTICIPANT_KINDS:
            where = "name = ?" if exact else "lower(name) = lower(?)"
            row = conn.execute(
                f"SELECT id, name FROM {kind} WHERE {where} AND deleted_at IS NULL "
                "ORDER BY seq LIMIT 1",
                (name,),
            ).fetchone()
            if row is not None:
                return Participant(kind, str(row[0]), str(row[1]))
    return None


def insert(work: Unit, values: dict[str, Any], participants: Sequence[Participant]) -> str:
    """The activity and one participant link per person, in the caller's unit of work."""
    activity_id = work.insert("activities", values)
    for p in participants:
        link = {
            "from_kind": "activities",
            "from_id": activity_id,
            "to_kind": p.kind,
            "to_id": p.id,
            "role": PARTICIPANT_ROLE,
        }
        work.insert("links", link)
    return activity_id


def _participants(conn: Any, ids: Sequence[str]) -> dict[str, list[Participant]]:
    out: dict[str, list[Participant]] = {i: [] for i in ids}
    if not ids:
        return out
    marks = ",".join("?" * len(ids))
    cur = conn.execute(
        "SELECT l.from_id, l.to_kind, l.to_id, coalesce(p.name, v.name, o.name) FROM links l "
        "LEFT JOIN persons p ON l.to_kind = 'persons' AND p.id = l.to_id "
        "AND p.deleted_at IS NULL "
        "LEFT JOIN volunteers v ON l.to_kind = 'volunteers' AND v.id = l.to_id "
        "AND v.deleted_at IS NULL "
        "LEFT JOIN organisations o ON l.to_kind = 'organisations' AND o.id = l.to_id "
        "AND o.deleted_at IS NULL "
        f"WHERE l.from_kind = 'activities' AND l.deleted_at IS NULL AND l.from_id IN ({marks}) "
        "ORDER BY l.seq",
        list(ids),
    )
    for from_id, kind, to_id, name in cur:
        if name is not None:  # a tombstoned participant is no longer shown
            out[str(from_id)].append(Participant(str(kind), str(to_id), str(name)))
    return out


def _activities(conn: Any, found: Iterable[Any]) -> list[Activity]:
    rows_ = list(found)
    people = _participants(conn, [str(r[0]) for r in rows_])
    return [
        Activity(
            id=str(r[0]),
            on_date=str(r[1]),
            text=str(r[2]),
            kind=str(r[3]),
            minutes=r[4],
            kern=str(r[5]),
            participants=tuple(people[str(r[0])]),
            tags=tuple(parse_tags(str(r[2]))),
        )
        for r in rows_
    ]


def get(conn: Any, activity_id: str) -> Activity | None:
    cur = conn.execute(
        f"SELECT {_COLUMNS} FROM activities a WHERE a.id = ? AND a.deleted_at IS NULL",
        (activity_id,),
    )
    found = _activities(conn, cur.fetchall())
    return found[0] if found else None


def recent(conn: Any, limit: int) -> list[Activity]:
    cur = conn.execute(
        f"SELECT {_COLUMNS} FROM activities a WHERE a.deleted_at IS NULL "
        "ORDER BY a.on_date DESC, a.seq DESC LIMIT ?",
        (limit,),
    )
    return _activities(conn, cur.fetchall())


def with_participant(conn: Any, record_id: str) -> list[Activity]:
    """The live activities a resident, volunteer or kaart entry took part in, newest first."""
    cur = conn.execute(
        f"SELECT DISTINCT {_COLUMNS}, a.seq FROM activities a JOIN links l "
        "ON l.from_kind = 'activities' AND l.from_id = a.id AND l.deleted_at IS NULL "
        "WHERE l.to_id = ? AND a.deleted_at IS NULL ORDER BY a.on_date DESC, a.seq DESC",
        (record_id,),
    )
    return _activities(conn, cur.fetchall())


def in_period(conn: Any, first: str, last: str) -> list[Activity]:
    cur = conn.execute(
        f"SELECT {_COLUMNS} FROM activities a WHERE a.deleted_at IS NULL "
        "AND a.on_date BETWEEN ? AND ? ORDER BY a.on_date, a.seq",
        (first, last),
    )
    return _activities(conn, cur.fetchall())
