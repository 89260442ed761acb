"""Tag counts for completion, fast at village scale (a covering index scan, no note reads)."""

from __future__ import annotations

from typing import Any

# Copies a new note's day, resident and minutes onto its tags (m013). A bulk load inserts the
# notes before their tags, and the tags with those copies (`dump.TAGS_SQL`): there it has
# nothing to update, yet runs one search of `note_tags` per note (`dump.load_tables`).
AFTER_NOTE_TRIGGER = "note_tags_after_note"


def tag_counts(conn: Any) -> list[tuple[str, int]]:
    """Tags of live notes with how often each is used, most used first.

    Scans the covering index `note_tags_tag` and leaves out the (few) tombstoned notes through
    the partial index `notes_deleted` (m006), instead of joining every tag to its note.
    """
    rows = conn.execute(
        "SELECT tag, count(*) FROM note_tags WHERE note_id NOT IN "
        "(SELECT id FROM notes WHERE deleted_at IS NOT NULL) "
        "GROUP BY tag ORDER BY count(*) DESC, tag"
    )
    return [(str(tag), int(n)) for tag, n in rows]


# Tags of live notes dated ?1..?2 from the covering index `note_tags_day` (m013): the note's
# day, resident and minutes sit beside each tag, so no note is read; the (few) tombstoned notes
# are left out through the partial index `notes_deleted`.
PERIOD_TAGS = (
    "FROM note_tags INDEXED BY note_tags_day WHERE on_date BETWEEN ?1 AND ?2 "
    "AND note_id NOT IN (SELECT id FROM notes WHERE deleted_at IS NOT NULL)"
)


def tag_spread(conn: Any, since: str, until: str, min_residents: int) -> list[tuple[str, int, int]]:
    """(tag, residents, notes) for tags in live notes dated `since`..`until` that were written
    about at least `min_residents` different residents; widest spread first. One GROUP BY."""
    rows = conn.execute(
        f"SELECT tag, count(DISTINCT person_id), count(*) {PERIOD_TAGS} "
        "GROUP BY tag HAVING count(DISTINCT person_id) >= ?3 ORDER BY 2 DESC, 3 DESC, tag",
        (since, until, min_residents),
    )
    return [(str(tag), int(people), int(n)) for tag, people, n in rows]


def tag_spread_in(
    book: Any, since: str, until: str, min_residents: int
) -> list[tuple[str, int, int]]:
    """`tag_spread` on a connection of its own from `book` (for the services' radar)."""
    with book.raw() as conn:
        return tag_spread(conn, since, until, min_residents)


def tag_note_ids(conn: Any, tag: str, since: str, until: str) -> list[str]:
    """Ids of the live notes dated `since`..`until` that carry `tag` (a signal's sources)."""
    rows = conn.execute(
        f"SELECT note_id {PERIOD_TAGS} AND tag = ?3 ORDER BY on_date, note_id",
        (since, until, tag),
    )
    return [str(r[0]) for r in rows]
