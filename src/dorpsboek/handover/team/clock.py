"""Version vectors per record, stamped lazily (docs/handover-format.md, section 9.2).

The app's screens do not know about teams: they change records as always, and triggers note
which records changed (`store/team_stream.py`). Before every exchange, `stamp` compares each
of those with the hash it had when last stamped; a record that changed (or is new) since gets
her member id with a fresh tick of her clock. Many edits between two exchanges are thus one
change, which is all the exchange needs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from dorpsboek.store import dump, team_stream
from dorpsboek.store import team as team_store
from dorpsboek.store.digest import row_line
from dorpsboek.store.team import VV, Key


def row_hash(kind: str, row: Mapping[str, Any]) -> str:
    return hashlib.sha256(row_line(kind, row)).hexdigest()[:32]


def leq(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """a happened before or equals b: b has seen every change a has."""
    return all(n <= b.get(m, 0) for m, n in a.items())


def join(a: Mapping[str, int], b: Mapping[str, int]) -> VV:
    return {m: max(a.get(m, 0), b.get(m, 0)) for m in sorted({*a, *b})}


def stamp(conn: Any, member_id: str) -> None:
    """Give her changes since the last exchange a new tick of her clock.

    Only the records the triggers noted as changed are looked at (`team_dirty`); one whose
    content is the same as when last stamped (written again unchanged) keeps its version.
    Versions of records that are no longer in the book (erased) are dropped with them.
    """
    dirty = team_stream.take_dirty(conn)
    known = team_stream.versions_of(conn, [(k, i) for k, ids in dirty.items() for i in ids])
    fresh: list[tuple[Key, VV, str]] = []
    gone: list[Key] = []
    tick = 0
    for kind, ids in dirty.items():
        rows = dump.rows_by_id(conn, kind, ids)
        for record_id in ids:
            key = (kind, record_id)
            row = rows.get(record_id)
            if row is None:  # erased since: its version goes with it
                if key in known:
                    gone.append(key)
                continue
            h = row_hash(kind, row)
            vv, old = known.get(key, ({}, ""))
            if old != h:
                tick = tick or team_store.tick(conn)
                fresh.append((key, {**vv, member_id: tick}, h))
    team_stream.put_versions(conn, fresh)
    team_store.drop_versions(conn, gone)
