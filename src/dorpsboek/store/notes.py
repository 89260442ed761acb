"""Writing and reading contact notes: the most frequent write, kept on one raw transaction."""

from __future__ import annotations

from typing import Any

from dorpsboek.domain.records import Note
from dorpsboek.domain.tags import parse_tags
from dorpsboek.store.stamps import now_iso
from dorpsboek.store.unit import Unit

_INSERT_NOTE = (
    "INSERT INTO notes (id, created_at, updated_at, person_id, on_date, kind, minutes, text, "
    "help_request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def find_person_by_name(conn: Any, name: str) -> str | None:
    row = conn.execute(
        "SELECT id FROM persons WHERE name = ? AND deleted_at IS NULL ORDER BY seq LIMIT 1",
        (name,),
    ).fetchone()
    return None if row is None else str(row[0])


def insert_note(work: Unit, note: Note) -> None:
    """Insert a note with its tags and audit line in the unit of work.

    Its own statement rather than `Unit.insert`: the trail has always named only the fields
    she filled in (not `help_request_id`), and the tags go in the same transaction.
    """
    stamp = now_iso()
    work.conn.execute(
        _INSERT_NOTE,
        (
            note.id,
            stamp,
            stamp,
            note.person_id,
            note.on_date,
            note.kind,
            note.minutes,
            note.text,
            note.help_request_id,
        ),
    )
    replace_tags(work.conn, note.id, note.text)
    fields = (
        k
        for k in ("kind", "minutes", "on_date", "person_id", "text")
        if getattr(note, k) not in (None, "")
    )
    work.audit("create", "notes", note.id, fields, at=stamp)


def replace_tags(conn: Any, note_id: str, text: str) -> None:
    conn.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
    conn.executemany(
        "INSERT INTO note_tags (note_id, tag) VALUES (?, ?)",
        [(note_id, tag) for tag in parse_tags(text)],
    )


_NOTE_COLUMNS = "n.id, n.person_id, n.on_date, n.text, n.kind, n.minutes, n.help_request_id, p.name"


def _note(row: Any) -> Note:
    return Note(
        id=row[0],
        person_id=row[1],
        on_date=row[2],
        text=row[3],
        kind=row[4],
        minutes=row[5],
        help_request_id=row[6],
        tags=tuple(parse_tags(row[3])),
        person_name=row[7],
    )


def notes_for_person(conn: Any, person_id: str) -> list[Note]:
    rows = conn.execute(
        f"SELECT {_NOTE_COLUMNS} FROM notes n JOIN persons p ON p.id = n.person_id "
        "WHERE n.person_id = ? AND n.deleted_at IS NULL ORDER BY n.on_date DESC, n.seq DESC",
        (person_id,),
    )
    return [_note(r) for r in rows]


def recent_notes(conn: Any, limit: int = 20) -> list[Note]:
    rows = conn.execute(
        f"SELECT {_NOTE_COLUMNS} FROM notes n JOIN persons p ON p.id = n.person_id "
        "WHERE n.deleted_at IS NULL AND p.deleted_at IS NULL "
        "ORDER BY n.on_date DESC, n.seq DESC LIMIT ?",
        (limit,),
    )
    return [_note(r) for r in rows]
