"""Each resident's last contact by note, as a lookup: `last_notes` (m013, kept by triggers).

The residents list sorted by last contact, Vandaag's contact rhythm and quiet help requests,
and the retention review all ask "the newest live note about this resident". As
`max(on_date)` over `notes_live_person` that was one index probe per resident, and at ten
villages (60,000 residents, 1,000,000 notes) the probes no longer fit the page cache: 1 s to
sort the residents list. `last_notes` holds one small row per resident with a live note.
"""

from __future__ import annotations


def last_note_of(person: str) -> str:
    """SQL for the day of the newest live note about `person` (a column expression), or NULL."""
    return f"(SELECT ln.on_date FROM last_notes ln WHERE ln.person_id = {person})"


# The whole table at once, for a book just loaded in bulk (store/dump.py): one walk over
# `notes_live_person`, which holds both columns in resident order. Running the insert
# trigger over the table instead upserts once per note and reads every page of the notes
# table again; at ten villages those pages have long left the cache (1.0-1.4 s, here ~0.1 s).
BULK_FILL = (
    "INSERT INTO last_notes (person_id, on_date) SELECT person_id, max(on_date) "
    "FROM notes INDEXED BY notes_live_person WHERE deleted_at IS NULL GROUP BY person_id"
)
BULK_TRIGGER = "last_notes_insert"
