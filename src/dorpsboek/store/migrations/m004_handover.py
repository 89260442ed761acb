"""Schema version 4: handover state (bundles issued, the bundle a book was opened from, the
baseline of records at opening, and the emergency kit's public recipient).

Secrets kept here (return identities, return secrets) live inside the encrypted book only.
"""

from __future__ import annotations

from typing import Any

_TABLES = (
    # One row per handover or emergency kit this book issued; the return identity and secret
    # let a return bundle be decrypted and proven to belong to it.
    "CREATE TABLE handover_issued ("
    " handover_id TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " scope TEXT NOT NULL DEFAULT 'all',"
    " expected_return TEXT,"
    " return_identity TEXT NOT NULL,"
    " return_secret TEXT NOT NULL,"
    " last_return_at TEXT,"
    " last_return_bundle TEXT)",
    # At most one row: the bundle this book was opened from (the colleague's book).
    "CREATE TABLE handover_opened ("
    " slot INTEGER PRIMARY KEY CHECK (slot = 1),"
    " handover_id TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " owner TEXT NOT NULL DEFAULT '',"
    " owner_book_id TEXT NOT NULL DEFAULT '',"
    " bundle_created_at TEXT NOT NULL,"
    " opened_at TEXT NOT NULL,"
    " expected_return TEXT,"
    " return_recipient TEXT NOT NULL,"
    " return_secret TEXT NOT NULL,"
    " base_audit_seq INTEGER NOT NULL DEFAULT 0)",
    # The change stamp every record had when the book was opened from a bundle.
    "CREATE TABLE handover_base ("
    " kind TEXT NOT NULL,"
    " id TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " PRIMARY KEY (kind, id)) WITHOUT ROWID",
    # At most one row: the emergency kit (public recipient only; the secret is on paper).
    "CREATE TABLE emergency_kit ("
    " slot INTEGER PRIMARY KEY CHECK (slot = 1),"
    " recipient TEXT NOT NULL,"
    " handover_id TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " sealed_key TEXT NOT NULL DEFAULT '',"
    " last_refresh_at TEXT,"
    " last_refresh_error TEXT NOT NULL DEFAULT '')",
)


def upgrade(cur: Any) -> None:
    for statement in _TABLES:
        cur.execute(statement)
