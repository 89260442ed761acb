"""SQL for the sociale kaart: entries with contact persons, categories, referral counts."""

from __future__ import annotations

from typing import Any

from dorpsboek.store import rows


def entries(conn: Any) -> list[dict[str, Any]]:
    return rows.live(conn, "organisations", order="name COLLATE NOCASE, seq")


def contacts(conn: Any, organisation_id: str | None = None) -> list[dict[str, Any]]:
    """Live contact persons (of one entry, or of every live entry)."""
    sql = (
        "SELECT c.id, c.organisation_id, c.name, c.role, c.phone, c.email FROM contact_persons c "
        "JOIN organisations o ON o.id = c.organisation_id "
        "WHERE c.deleted_at IS NULL AND o.deleted_at IS NULL"
    )
    args: tuple[str, ...] = ()
    if organisation_id is not None:
        sql += " AND c.organisation_id = ?"
        args = (organisation_id,)
    cur = conn.execute(sql + " ORDER BY c.seq", args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def referral_counts(conn: Any) -> dict[str, int]:
    """How often each entry was referred to (live links with role `referral`)."""
    cur = conn.execute(
        "SELECT to_id, count(*) FROM links WHERE to_kind = 'organisations' "
        "AND role = 'referral' AND deleted_at IS NULL GROUP BY to_id"
    )
    return {str(to_id): int(n) for to_id, n in cur.fetchall()}


def find_link(conn: Any, from_id: str, to_id: str, role: str) -> str | None:
    row = conn.execute(
        "SELECT id FROM links WHERE from_id = ? AND to_id = ? AND role = ? "
        "AND deleted_at IS NULL LIMIT 1",
        (from_id, to_id, role),
    ).fetchone()
    return None if row is None else str(row[0])


def links_from(conn: Any, from_id: str, to_kind: str, role: str) -> list[str]:
    cur = conn.execute(
        "SELECT to_id FROM links WHERE from_id = ? AND to_kind = ? AND role = ? "
        "AND deleted_at IS NULL ORDER BY seq",
        (from_id, to_kind, role),
    )
    return [str(r[0]) for r in cur.fetchall()]
