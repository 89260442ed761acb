"""Schema version 3: anonymous tallies that outlive an erasure, erased ids, retention reviews.

- `tallies`: what an erased resident contributed to the account, per day (`metric`, `key`,
  `n`), so a report for a past period shows the same numbers before and after an erasure.
  It never holds a name, a text or a record id of a resident (only a random token per erased
  resident for "residents reached", and volunteer ids for "volunteers matched").
- `erased_records`: the ids of every record removed by an erasure, so a handover merge can
  remove them from the other book too.
- `retention_reviews`: when she last decided to keep a closed or dormant resident.
- `notes_report`: a covering index, so a year's account never reads the notes' text pages.
- FTS5 `secure-delete`: removing a row from the search index also removes its words from the
  index pages at once, instead of leaving them in old segments until a merge.
"""

from __future__ import annotations

from typing import Any

_STATEMENTS = (
    "CREATE TABLE tallies ("
    " day TEXT NOT NULL,"
    " metric TEXT NOT NULL,"
    " key TEXT NOT NULL DEFAULT '',"
    " n INTEGER NOT NULL)",
    "CREATE INDEX tallies_metric_day ON tallies(metric, day)",
    "CREATE TABLE erased_records ("
    " id TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " erased_at TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE retention_reviews ("
    " person_id TEXT PRIMARY KEY,"
    " reviewed_on TEXT NOT NULL) WITHOUT ROWID",
    "INSERT INTO search(search, rank) VALUES ('secure-delete', 1)",
    # The account reads a year of notes from this index alone, never from the table.
    "CREATE INDEX notes_report ON notes(on_date, person_id, kind, minutes, id) "
    "WHERE deleted_at IS NULL",
)


def upgrade(cur: Any) -> None:
    for statement in _STATEMENTS:
        cur.execute(statement)
