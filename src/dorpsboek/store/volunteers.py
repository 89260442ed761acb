"""SQL for volunteers: the list with each one's load (running help requests matched)."""

from __future__ import annotations

from typing import Any

# A match counts as load while its help request is open (new or running) and not deleted.
# One grouped pass over the links, joined once, instead of a subquery per volunteer.
_LOAD = (
    "LEFT JOIN (SELECT l.to_id AS vid, count(*) AS n FROM links l "
    "JOIN help_requests h ON h.id = l.from_id "
    "WHERE l.role = 'match' AND l.to_kind = 'volunteers' AND l.deleted_at IS NULL "
    "AND h.deleted_at IS NULL AND h.status IN ('new', 'running') GROUP BY l.to_id) m "
    "ON m.vid = v.id"
)


def with_load(conn: Any, volunteer_id: str | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT v.id, v.name, v.phone, v.email, v.address, v.skills, v.availability, v.limits, "
        "v.active, v.vog_on, v.remarks, coalesce(m.n, 0) AS load "
        f"FROM volunteers v {_LOAD} WHERE v.deleted_at IS NULL"
    )
    args: tuple[str, ...] = ()
    if volunteer_id is not None:
        sql += " AND v.id = ?"
        args = (volunteer_id,)
    cur = conn.execute(sql + " ORDER BY v.name COLLATE NOCASE, v.seq", args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def help_request(conn: Any, help_request_id: str) -> tuple[str, str] | None:
    """(question, themes) of a live help request."""
    row = conn.execute(
        "SELECT question, themes FROM help_requests WHERE id = ? AND deleted_at IS NULL",
        (help_request_id,),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))
