"""Reading records on a raw DB-API connection: one live record, any row, a whole table.

Writes go through the unit of work (`store/unit.py`), which reads through here too.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from dorpsboek.errors import NotFound


def get(conn: Any, kind: str, record_id: str) -> dict[str, Any]:
    cur = conn.execute(f"SELECT * FROM {kind} WHERE id = ? AND deleted_at IS NULL", (record_id,))
    row = cur.fetchone()
    if row is None:
        raise NotFound(record_id)
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def find(conn: Any, kind: str, record_id: str) -> dict[str, Any] | None:
    """The row, tombstone or not; None when the book never had it."""
    cur = conn.execute(f"SELECT * FROM {kind} WHERE id = ?", (record_id,))
    row = cur.fetchone()
    return None if row is None else dict(zip([d[0] for d in cur.description], row, strict=True))


def live(conn: Any, kind: str, order: str = "seq") -> list[dict[str, Any]]:
    cur = conn.execute(f"SELECT * FROM {kind} WHERE deleted_at IS NULL ORDER BY {order}")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def values(rows: Iterable[Mapping[str, Any]], names: Sequence[str]) -> Iterator[Sequence[Any]]:
    """Each row's values in column order, for executemany; a column the row lacks (a bundle
    from before the column existed) is NULL. `itemgetter` builds the tuple in C: twice as
    fast per row."""
    whole = operator.itemgetter(*names)
    for row in rows:
        try:
            value = whole(row)
        except KeyError:
            yield [row.get(c) for c in names]
            continue
        yield value if len(names) > 1 else (value,)
