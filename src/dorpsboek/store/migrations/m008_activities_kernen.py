"""Schema step 8: activities (work not about one resident), kernen (villages), outcomes.

An activity is its own record kind rather than a note with an empty resident: every query,
the erasure of a resident and the account rely on `notes.person_id` naming one resident, and
making it nullable would mean rebuilding the notes table of every book. Its participants
(residents, volunteers, kaart entries) are rows in `links` (from_kind 'activities', role
'participant'), so they travel through handover, return and merge like every other link.
"""

from __future__ import annotations

from typing import Any

KIND_BITS = 40  # as in m002: the search rowid is (kind << 40) + seq
_ACTIVITY_CODE = 5


def _search_insert(r: str) -> str:
    return (
        f"INSERT INTO search(rowid, title, body) SELECT ({_ACTIVITY_CODE} << {KIND_BITS}) "
        f"+ {r}.seq, '', {r}.text || ' ' || {r}.kern WHERE {r}.deleted_at IS NULL;"
    )


def upgrade(cur: Any) -> None:
    cur.execute(
        "CREATE TABLE activities ("
        "seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, "
        "updated_at TEXT NOT NULL, deleted_at TEXT, "
        "on_date TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', minutes INTEGER, "
        "text TEXT NOT NULL DEFAULT '', kern TEXT NOT NULL DEFAULT '')"
    )
    cur.execute("CREATE INDEX activities_live_date ON activities(on_date) WHERE deleted_at IS NULL")
    for table in ("persons", "organisations"):
        cur.execute(f"ALTER TABLE {table} ADD COLUMN kern TEXT NOT NULL DEFAULT ''")
    cur.execute("ALTER TABLE help_requests ADD COLUMN outcome TEXT NOT NULL DEFAULT ''")
    delete = f"DELETE FROM search WHERE rowid = ({_ACTIVITY_CODE} << {KIND_BITS}) + old.seq;"
    cur.execute(
        f"CREATE TRIGGER activities_search_ai AFTER INSERT ON activities BEGIN "
        f"{_search_insert('new')} END"
    )
    cur.execute(
        f"CREATE TRIGGER activities_search_au AFTER UPDATE ON activities BEGIN "
        f"{delete} {_search_insert('new')} END"
    )
    cur.execute(
        f"CREATE TRIGGER activities_search_ad AFTER DELETE ON activities BEGIN {delete} END"
    )
