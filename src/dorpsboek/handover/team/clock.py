"""Version vectors per record, stamped lazily (docs/handover-format.md, section 9.2).

The app's screens do not know about teams: they change records as always. Before every
exchange, `stamp` compares each record with the hash it had when last stamped; a record that
changed (or is new) since gets her member id with a fresh tick of her clock. Many edits
between two exchanges are thus one change, which is all the exchange needs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

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


def stamp(
    conn: Any, member_id: str, rows: Mapping[str, list[dict[str, Any]]]
) -> dict[Key, tuple[VV, str]]:
    """Give her changes since the last exchange a new tick; returns every record's version.

    Versions of records that are no longer in the book (erased) are dropped with them.
    """
    known = team_store.versions(conn)
    current: dict[Key, tuple[VV, str]] = {}
    fresh: list[tuple[Key, VV, str]] = []
    tick = 0
    for kind, batch in rows.items():
        for row in batch:
            key = (kind, str(row["id"]))
            h = row_hash(kind, row)
            vv, old = known.get(key, ({}, ""))
            if old != h:
                tick = tick or team_store.tick(conn)
                vv = {**vv, member_id: tick}
                fresh.append((key, vv, h))
            current[key] = (vv, h)
    team_store.put_versions(conn, fresh)
    team_store.drop_versions(conn, [k for k in known if k not in current])
    return current
