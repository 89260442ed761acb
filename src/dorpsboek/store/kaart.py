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


# Never checked, or checked on or before the last too-old day (`domain.kaart.last_old_day`);
# iso_day reads the date as `is_stale` does; no date or an unreadable one is '' (stale).
_STALE = (
    "FROM organisations WHERE deleted_at IS NULL "
    "AND coalesce(iso_day(last_checked_on), '') <= :last_old"
)


def stale_count_in(book: Any, last_old: str) -> int:
    """How many live entries are stale (for Vandaag's heading), counted in SQL."""
    with book.raw() as conn:
        return int(conn.execute(f"SELECT count(*) {_STALE}", {"last_old": last_old}).fetchone()[0])


def stale_in(book: Any, last_old: str, limit: int = -1) -> list[dict[str, Any]]:
    """Stale entries, oldest check first (never checked before all), then by folded name, with
    their contacts and referral counts: the first `limit` only (-1: all)."""
    with book.raw() as conn:
        cur = conn.execute(
            f"SELECT * {_STALE} ORDER BY coalesce(last_checked_on, ''), fold(name), "
            "name COLLATE NOCASE, seq LIMIT :limit",
            {"last_old": last_old, "limit": limit},
        )
        names = [d[0] for d in cur.description]
        found = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        ids = [str(r["id"]) for r in found]
        for row, (contacts_of, referred) in zip(found, _details(conn, ids), strict=True):
            row["contacts"], row["referrals"] = contacts_of, referred
    return found


def _details(conn: Any, ids: list[str]) -> list[tuple[list[dict[str, Any]], int]]:
    """(contacts, referral count) per entry id, for a few entries: lookups by index."""
    return [(contacts(conn, rid), _referrals_to(conn, rid)) for rid in ids]


def _referrals_to(conn: Any, organisation_id: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM links WHERE to_id = ? AND to_kind = 'organisations' "
        "AND role = 'referral' AND deleted_at IS NULL",
        (organisation_id,),
    ).fetchone()
    return int(row[0])


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
