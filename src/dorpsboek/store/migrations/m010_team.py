"""Schema step 10: a team of books (issue 15). The book's own team identity, the members it
has heard from, and a version vector per record for the repeated exchange
(docs/handover-format.md, section 9)."""

from __future__ import annotations

from typing import Any


def upgrade(cur: Any) -> None:
    cur.execute(
        "CREATE TABLE IF NOT EXISTS team ("
        " slot INTEGER PRIMARY KEY CHECK (slot = 1),"
        " team_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
        " member_id TEXT NOT NULL, member_name TEXT NOT NULL DEFAULT '',"
        " identity TEXT NOT NULL, secret TEXT NOT NULL,"
        " clock INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"
    )
    cur.execute(
        "CREATE TABLE IF NOT EXISTS team_members ("
        " member_id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
        " last_read_at TEXT, last_package_at TEXT,"
        " last_in INTEGER NOT NULL DEFAULT 0)"
    )
    cur.execute(
        "CREATE TABLE IF NOT EXISTS team_versions ("
        " kind TEXT NOT NULL, id TEXT NOT NULL, vv TEXT NOT NULL, hash TEXT NOT NULL,"
        " PRIMARY KEY (kind, id))"
    )
