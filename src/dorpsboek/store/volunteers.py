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


# Active, with a VOG dated on or before the last too-old day (`domain.kaart.last_old_day`);
# iso_day reads the date as `vog_is_old` does: no VOG or an unreadable one is no warning.
_OLD_VOG = "v.deleted_at IS NULL AND v.active AND iso_day(v.vog_on) <= :last_old"


def old_vog_count_in(book: Any, last_old: str) -> int:
    """How many active volunteers have a VOG too old (for Vandaag's heading)."""
    with book.raw() as conn:
        sql = f"SELECT count(*) FROM volunteers v WHERE {_OLD_VOG}"
        return int(conn.execute(sql, {"last_old": last_old}).fetchone()[0])


def oldest_vogs_in(book: Any, last_old: str, limit: int = -1) -> list[dict[str, Any]]:
    """`with_load` rows of the volunteers with a VOG too old, oldest VOG first, then by name;
    the first `limit` only (-1: all)."""
    sql = (
        "SELECT v.id, v.name, v.phone, v.email, v.address, v.skills, v.availability, v.limits, "
        "v.active, v.vog_on, v.remarks, coalesce(m.n, 0) AS load "
        f"FROM volunteers v {_LOAD} WHERE {_OLD_VOG} "
        "ORDER BY v.vog_on, v.name COLLATE NOCASE, v.seq LIMIT :limit"
    )
    with book.raw() as conn:
        cur = conn.execute(sql, {"last_old": last_old, "limit": limit})
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def help_request(conn: Any, help_request_id: str) -> tuple[str, str] | None:
    """(question, themes) of a live help request."""
    row = conn.execute(
        "SELECT question, themes FROM help_requests WHERE id = ? AND deleted_at IS NULL",
        (help_request_id,),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))
