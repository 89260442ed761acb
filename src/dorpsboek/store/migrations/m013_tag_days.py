"""Schema step 13: a note's day, resident and minutes beside each of its tags (issue 16).

`note_tags` is derived from the notes' text. The account (tags and their minutes over a year)
and the signal radar (tags over six weeks, by how many residents) joined every note of the
period to its tags by note id: one random probe per note, 1.5 s per question at ten villages.
With the note's `on_date`, `person_id` and `minutes` copied beside the tag, the covering
index `note_tags_day` answers both from one range of pages in day order.

Triggers keep the copy true whoever writes: a tag inserted without its note's values gets them
(`note_tags_fill`), a note inserted after its tags hands them out (`note_tags_after_note`), and
a note whose day, resident or minutes change passes the change on (`note_tags_follow`).
Writers that know the values (the bulk loads) pass them and skip the fill.

Two partial indexes of residents come along: those in the bin (`persons_deleted`, left out
of the account) and those with a contact rhythm (`persons_rhythm`, Vandaag's contact list).
`last_notes` holds each resident's newest live note (store/last_notes.py), kept by triggers.
"""

from __future__ import annotations

from typing import Any

_COPY = "(SELECT on_date, person_id, minutes FROM notes WHERE id = NEW.note_id)"
# A note changed or went: its resident's (or residents') last note asked again of the index.
_AGAIN = (
    "DELETE FROM last_notes WHERE person_id IN ({who}); "
    "INSERT INTO last_notes (person_id, on_date) SELECT person_id, max(on_date) "
    "FROM notes WHERE person_id IN ({who}) AND deleted_at IS NULL GROUP BY person_id;"
)

STATEMENTS = (
    "ALTER TABLE note_tags ADD COLUMN on_date TEXT",
    "ALTER TABLE note_tags ADD COLUMN person_id TEXT",
    "ALTER TABLE note_tags ADD COLUMN minutes INTEGER",
    "UPDATE note_tags SET (on_date, person_id, minutes) = "
    "(SELECT n.on_date, n.person_id, n.minutes FROM notes n WHERE n.id = note_tags.note_id)",
    "CREATE INDEX note_tags_day ON note_tags(on_date, tag, person_id, minutes, note_id)",
    "CREATE TRIGGER note_tags_fill AFTER INSERT ON note_tags WHEN NEW.on_date IS NULL BEGIN "
    f"UPDATE note_tags SET (on_date, person_id, minutes) = {_COPY} "
    "WHERE note_id = NEW.note_id AND tag = NEW.tag; END",
    "CREATE TRIGGER note_tags_after_note AFTER INSERT ON notes BEGIN "
    "UPDATE note_tags SET on_date = NEW.on_date, person_id = NEW.person_id, "
    "minutes = NEW.minutes WHERE note_id = NEW.id; END",
    "CREATE TRIGGER note_tags_follow AFTER UPDATE OF on_date, person_id, minutes ON notes "
    "BEGIN UPDATE note_tags SET on_date = NEW.on_date, person_id = NEW.person_id, "
    "minutes = NEW.minutes WHERE note_id = NEW.id; END",
    # The account leaves out the (few) residents in the bin; a partial index lists them
    # without reading every resident.
    "CREATE INDEX IF NOT EXISTS persons_deleted ON persons(id) WHERE deleted_at IS NOT NULL",
    # Vandaag's contact list and "Wie mis ik?" read the residents with a rhythm in name
    # order: walking every resident's name to find them was 60,000 lookups at ten villages.
    "CREATE INDEX IF NOT EXISTS persons_rhythm ON persons(name COLLATE NOCASE) "
    "WHERE deleted_at IS NULL AND regular_contact > 0",
    # Each resident's newest live note (store/last_notes.py).
    "CREATE TABLE last_notes (person_id TEXT PRIMARY KEY, on_date TEXT NOT NULL) WITHOUT ROWID",
    "INSERT INTO last_notes (person_id, on_date) SELECT person_id, max(on_date) FROM notes "
    "WHERE deleted_at IS NULL GROUP BY person_id",
    # One INSERT ... SELECT over `new`: a bulk load runs it once over the table (store/dump.py).
    "CREATE TRIGGER last_notes_insert AFTER INSERT ON notes BEGIN "
    "INSERT INTO last_notes (person_id, on_date) SELECT new.person_id, new.on_date "
    "WHERE new.deleted_at IS NULL "
    "ON CONFLICT (person_id) DO UPDATE SET on_date = max(on_date, excluded.on_date); END",
    f"CREATE TRIGGER last_notes_update AFTER UPDATE OF on_date, person_id, deleted_at ON notes "
    f"BEGIN {_AGAIN.format(who='OLD.person_id, NEW.person_id')} END",
    f"CREATE TRIGGER last_notes_delete AFTER DELETE ON notes "
    f"BEGIN {_AGAIN.format(who='OLD.person_id')} END",
)


def upgrade(cur: Any) -> None:
    for statement in STATEMENTS:
        cur.execute(statement)
