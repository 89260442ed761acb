"""Reading residents for the daily screens: the residents list, relatives and carers.

The list is one query: each person's last contact is a min/max lookup in the partial index
`notes_live_person` (migration 6), never a query per row from the front end.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dorpsboek.domain.daily import PersonLinkView, ResidentRow
from dorpsboek.store.last_notes import last_note_of

_LAST_CONTACT = last_note_of("p.id")
_ORDERS = {
    "name": "p.name COLLATE NOCASE, p.seq",
    # Longest without contact first: that is who she should look at.
    "last_contact": "last_contact IS NOT NULL, last_contact, p.name COLLATE NOCASE, p.seq",
    "last_contact_desc": "last_contact IS NULL, last_contact DESC, p.name COLLATE NOCASE, p.seq",
}  # p.seq last: a total order, so pages asked one after another never overlap


def _where(status: str | None, kern: str | None, words: Sequence[str]) -> tuple[str, list[str]]:
    """Live residents, of one status and one kern if given, whose folded name, address and
    phone hold every folded word (the list's filter field)."""
    where, params = "p.deleted_at IS NULL", list[str]()
    if status:
        where, params = where + " AND p.status = ?", [*params, status]
    if kern is not None:
        where, params = where + " AND p.kern = ?", [*params, kern]
    for word in words:
        where += " AND instr(fold(p.name || ' ' || p.address || ' ' || p.phone), ?) > 0"
        params.append(word)
    return where, params


def resident_rows(
    conn: Any,
    status: str | None = None,
    order: str = "name",
    kern: str | None = None,
    *,
    words: Sequence[str] = (),
    offset: int = 0,
    limit: int = -1,
) -> list[ResidentRow]:
    """Live residents (see `_where`) as plain rows, in order: `limit` of them from `offset`
    (-1: all). By name the index `persons_name` gives a page without reading the rest."""
    where, params = _where(status, kern, words)
    sql = (
        f"SELECT p.id, p.name, p.status, p.phone, p.address, {_LAST_CONTACT} AS last_contact, "
        f"p.kern FROM persons p WHERE {where} ORDER BY {_ORDERS[order]} LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, [*params, limit, offset])
    return [ResidentRow(*row) for row in rows]


def resident_count_in(
    book: Any, status: str | None = None, kern: str | None = None, words: Sequence[str] = ()
) -> int:
    """How many rows `resident_rows` would give, counted in SQL (on a connection of its own)."""
    where, params = _where(status, kern, words)
    with book.raw() as conn:
        row = conn.execute(f"SELECT count(*) FROM persons p WHERE {where}", params).fetchone()
    return int(row[0])


def resident_names_in(book: Any) -> list[ResidentRow]:
    """Every live resident by name without the last contact (which reads the notes' index):
    for the name pickers, whose cost should follow the residents, not the notes."""
    with book.raw() as conn:
        rows = conn.execute(
            "SELECT id, name, status, phone, address, NULL, kern FROM persons "
            "WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, seq"
        )
        return [ResidentRow(*row) for row in rows]


def last_contact(conn: Any, person_id: str) -> str | None:
    row = conn.execute(
        "SELECT max(on_date) FROM notes WHERE person_id = ? AND deleted_at IS NULL", (person_id,)
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def person_links(conn: Any, person_id: str) -> list[PersonLinkView]:
    """Links in both directions: a carer linked to her mother shows on both pages."""
    rows = conn.execute(
        "SELECT l.id, l.other_id, p.name, l.relation, 1 FROM person_links l "
        "JOIN persons p ON p.id = l.other_id "
        "WHERE l.person_id = ? AND l.deleted_at IS NULL AND p.deleted_at IS NULL "
        "UNION ALL "
        "SELECT l.id, l.person_id, p.name, l.relation, 0 FROM person_links l "
        "JOIN persons p ON p.id = l.person_id "
        "WHERE l.other_id = ? AND l.deleted_at IS NULL AND p.deleted_at IS NULL "
        "ORDER BY 3 COLLATE NOCASE",
        (person_id, person_id),
    )
    return [PersonLinkView(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]
