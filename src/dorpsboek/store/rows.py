"""Raw DB-API record writes for bulk paths (CSV import): insert and change with audit lines.

Same rules as `store/records.py` (stamps, audit with field names only), without SQLAlchemy's
per-statement cost, so a 1,000-row import stays well under a second of SQL. The caller owns
the transaction (commit or rollback), which makes an import all-or-nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

from dorpsboek.errors import NotFound
from dorpsboek.store import audit, tables
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import new_id, now_iso


def _columns(kind: str, values: Mapping[str, Any]) -> list[str]:
    known = tables.RECORD_TABLES[kind].columns
    wrong = [k for k in values if k not in known or k in ("seq", "id", "created_at")]
    if wrong:
        raise ValueError(f"unknown columns for {kind}: {wrong}")
    return list(values)


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
    columns = _columns(kind, values)
    record_id, stamp = record_id or new_id(), now_iso()
    names = ", ".join(["id", "created_at", "updated_at", *columns])
    marks = ", ".join("?" * (len(columns) + 3))
    conn.execute(
        f"INSERT INTO {kind} ({names}) VALUES ({marks})",
        (record_id, stamp, stamp, *(values[c] for c in columns)),
    )
    audit.write(conn, [audit.Line(stamp, actor, "create", kind, record_id, audit.names(columns))])
    return record_id


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
    """Undo a tombstone (the row's values are as they were when it was deleted)."""
    stamp = now_iso()
    cur = conn.execute(
        f"UPDATE {kind} SET deleted_at = NULL, updated_at = ? WHERE id = ? "
        "AND deleted_at IS NOT NULL",
        (stamp, record_id),
    )
    if cur.rowcount == 0:
        raise NotFound(record_id)
    audit.write(conn, [audit.Line(stamp, actor, "restore", kind, record_id, audit.names([]))])


def change(
    conn: Any, actor: str, kind: str, record_id: str, values: Mapping[str, Any]
) -> list[str]:
    """Write the values that differ; returns the names of the changed fields."""
    _columns(kind, values)
    current = get(conn, kind, record_id)
    changed = sorted(k for k, v in values.items() if current.get(k) != v)
    if not changed:
        return []
    stamp = now_iso()
    sets = ", ".join(f"{k} = ?" for k in changed)
    conn.execute(
        f"UPDATE {kind} SET {sets}, updated_at = ? WHERE id = ?",
        (*(values[k] for k in changed), stamp, record_id),
    )
    audit.write(conn, [audit.Line(stamp, actor, "update", kind, record_id, audit.names(changed))])
    return changed


def tombstone(conn: Any, actor: str, kind: str, record_id: str) -> None:
    stamp = now_iso()
    cur = conn.execute(
        f"UPDATE {kind} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        (stamp, stamp, record_id),
    )
    if cur.rowcount == 0:
        raise NotFound(record_id)
    audit.write(conn, [audit.Line(stamp, actor, "delete", kind, record_id, audit.names([]))])


def live(conn: Any, kind: str, order: str = "seq") -> list[dict[str, Any]]:
    cur = conn.execute(f"SELECT * FROM {kind} WHERE deleted_at IS NULL ORDER BY {order}")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
