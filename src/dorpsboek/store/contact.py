"""Who has a contact rhythm and when they were last in touch, in one query.

Last contact is the newest live note about the resident or live activity she took part in
(both walk an index: `notes_live_person`, `links_to`). Only residents with a rhythm are read,
a few dozen in a village, through the partial index `persons_rhythm` (m013), so neither the
lookups nor the walk grow with the residents without one.
"""

from __future__ import annotations

from typing import Any

from dorpsboek.store.last_notes import last_note_of

_LAST_NOTE = last_note_of("p.id")
_LAST_ACTIVITY = (
    "(SELECT max(a.on_date) FROM links l JOIN activities a ON a.id = l.from_id "
    "AND a.deleted_at IS NULL WHERE l.to_id = p.id AND l.to_kind = 'persons' "
    "AND l.from_kind = 'activities' AND l.deleted_at IS NULL)"
)


def with_rhythm_in(book: Any, kern: str | None = None) -> list[tuple[Any, ...]]:
    """`with_rhythm` on a connection of its own from `book` (for services.contact)."""
    with book.raw() as conn:
        return with_rhythm(conn, kern)


def with_rhythm(conn: Any, kern: str | None = None) -> list[tuple[Any, ...]]:
    """(id, name, every_days, last_contact, since, kern, phone) of residents with a rhythm.

    Closed residents are left out: their file is finished, nobody needs to call.
    """
    where = "p.deleted_at IS NULL AND p.regular_contact > 0 AND p.status != 'closed'"
    params: tuple[Any, ...] = ()
    if kern is not None:
        where += " AND p.kern = ?"
        params = (kern,)
    sql = (
        f"SELECT p.id, p.name, p.regular_contact, max(coalesce({_LAST_NOTE}, ''), "
        f"coalesce({_LAST_ACTIVITY}, '')), p.created_at, p.kern, p.phone "
        f"FROM persons p WHERE {where} ORDER BY p.name COLLATE NOCASE"
    )
    return [tuple(r) for r in conn.execute(sql, params)]
