"""Schema step 14: two indexes of the notes fewer, and tombstones found by resident (issue 16).

Every index of `notes` is built again for each note written, and from scratch when a book is
made from a handover bundle or a team invitation. Two of the seven had no question left that
another index does not answer as well (checked with EXPLAIN QUERY PLAN over every statement
about notes that the test suite runs):

- `notes_date` (all notes by day): the newest notes of the book walk `notes_report` (live
  notes by day, m003) instead.
- `notes_person` (all notes by resident, tombstones too): the daily screens ask
  `notes_live_person` (m006). Only an erasure and a privacy export ask for a resident's
  tombstones as well, and those now come from `notes_deleted`, which gets the resident in
  front (it held the id alone, for leaving tombstones out of the account; it still does).

Village: 0.19 s less for a handover open (of ~1.9 s) and about 6 MiB less of the book.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = (
    "DROP INDEX IF EXISTS notes_date",
    "DROP INDEX IF EXISTS notes_person",
    "DROP INDEX IF EXISTS notes_deleted",
    "CREATE INDEX notes_deleted ON notes(person_id, id) WHERE deleted_at IS NOT NULL",
)


def upgrade(cur: Any) -> None:
    for statement in STATEMENTS:
        cur.execute(statement)
