"""Schema step 12: team packages that carry only what the readers may not have (issue 15).

- `team.seq`: her book's change counter; every record version that changes in her book (her
  own edit, or one read in from a colleague) gets the next number in `team_versions.seq`.
- `team.audit_floor`: the last audit line that came with the invitation she joined from.
- `team_members` learns two marks per member: how far she has read that member's counter
  (`read_seq`, `read_audit`) and how far that member says she has read hers (`acked_seq`,
  `acked_audit`, from the package dated `acked_at`). NULL: not known, so send everything.
- `team_marks`: how far she has read members she has not heard from herself (learnt from the
  packages of those she did hear from).
- `team_dirty` and its triggers: the records changed since her last exchange, so an exchange
  looks at those instead of hashing every record of the book.

Frozen for this step: the record tables as they are at schema 12. A later step that adds a
record table adds its triggers too (tests/team/test_streams.py checks every record table).
A book that is already in a team gets its triggers here, and every record is marked changed
once, so the first exchange after the upgrade compares every record, as before.
"""

from __future__ import annotations

from typing import Any

KINDS = (
    "persons",
    "person_links",
    "notes",
    "help_requests",
    "reminders",
    "organisations",
    "contact_persons",
    "volunteers",
    "signals",
    "stories",
    "activities",
    "links",
)


def upgrade(cur: Any) -> None:
    cur.execute("ALTER TABLE team ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
    cur.execute("ALTER TABLE team ADD COLUMN audit_floor INTEGER NOT NULL DEFAULT 0")
    cur.execute("ALTER TABLE team_versions ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
    cur.execute("CREATE INDEX IF NOT EXISTS team_versions_seq ON team_versions (seq)")
    for column in ("read_seq", "read_audit", "acked_seq", "acked_audit"):
        cur.execute(f"ALTER TABLE team_members ADD COLUMN {column} INTEGER")
    cur.execute("ALTER TABLE team_members ADD COLUMN acked_at TEXT")
    cur.execute(
        "CREATE TABLE IF NOT EXISTS team_marks ("
        " member_id TEXT PRIMARY KEY, read_seq INTEGER NOT NULL, read_audit INTEGER NOT NULL)"
    )
    cur.execute(
        "CREATE TABLE IF NOT EXISTS team_dirty ("
        " kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )
    if cur.execute("SELECT count(*) FROM team").fetchone()[0]:
        for kind in KINDS:
            cur.execute(f"INSERT OR IGNORE INTO team_dirty SELECT '{kind}', id FROM {kind}")
            for sql in triggers(kind):
                cur.execute(sql)


def triggers(kind: str) -> list[str]:
    """The three triggers that note a changed record of `kind` in `team_dirty`."""
    mark = f"INSERT OR IGNORE INTO team_dirty (kind, id) VALUES ('{kind}', %s.id)"
    return [
        f"CREATE TRIGGER IF NOT EXISTS team_dirty_{kind}_{event.lower()} AFTER {event} ON {kind} "
        f"BEGIN {mark % row}; END"
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
    ]
