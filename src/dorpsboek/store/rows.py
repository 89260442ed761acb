"""Reading records on a raw DB-API connection: one live record, any row, a whole table.

The writes that used to live here (insert, change, tombstone, restore on the caller's
transaction) are `store/unit.py`'s now; the functions below with an `actor` hand on to it
until their last callers have moved.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from dorpsboek.errors import NotFound
from dorpsboek.store.book import Book

if TYPE_CHECKING:
    from dorpsboek.store.unit import Unit


def _unit(conn: Any, actor: str) -> Unit:
    from dorpsboek.store.unit import Unit  # the unit reads through this module

    return Unit(conn, actor)


@contextlib.contextmanager
def transaction(book: Book) -> Iterator[Any]:
    """A raw connection whose work is committed at the end, or rolled back on any error."""
    with book.raw() as conn:
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            raise


def insert(
    conn: Any, actor: str, kind: str, values: Mapping[str, Any], record_id: str | None = None
) -> str:
    return _unit(conn, actor).insert(kind, values, record_id)


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


def restore(conn: Any, actor: str, kind: str, record_id: str) -> None:
    _unit(conn, actor).restore(kind, record_id)


def change(
    conn: Any, actor: str, kind: str, record_id: str, values: Mapping[str, Any]
) -> list[str]:
    return _unit(conn, actor).change(kind, record_id, values)


def tombstone(conn: Any, actor: str, kind: str, record_id: str) -> None:
    _unit(conn, actor).delete(kind, record_id)


def live(conn: Any, kind: str, order: str = "seq") -> list[dict[str, Any]]:
    cur = conn.execute(f"SELECT * FROM {kind} WHERE deleted_at IS NULL ORDER BY {order}")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
