"""The colleague's changes already settled by a merge (taken, or kept her own against), per
handover, so merging the same change again never asks again, even after she edited the record
since (kept in the book's meta table as JSON)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

Key = tuple[str, str]  # (kind, id)


def _meta_key(handover_id: str) -> str:
    return f"merge_kept:{handover_id}"


def read(conn: Any, handover_id: str) -> dict[Key, str]:
    """(kind, id) -> the colleague's change stamp that was settled."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_meta_key(handover_id),)).fetchone()
    if row is None:
        return {}
    try:
        items = json.loads(str(row[0]))
    except ValueError:
        return {}
    return {(str(k), str(i)): str(stamp) for k, i, stamp in items}


def add(conn: Any, handover_id: str, kept: Mapping[Key, str]) -> None:
    """Remember more decisions, inside the caller's transaction."""
    if not kept:
        return
    merged = {**read(conn, handover_id), **kept}
    value = json.dumps(sorted([k, i, stamp] for (k, i), stamp in merged.items()))
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_meta_key(handover_id), value),
    )
