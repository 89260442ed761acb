"""One unit of work on the book: the single place where records are written.

`begin(book, actor)` opens a transaction on a pooled raw connection and hands out a `Unit`;
every write through it stamps the record (`id`, `created_at`, `updated_at`, `deleted_at` for
a tombstone) and adds its audit line (field names only) in the same transaction. Leaving the
block commits; any error rolls everything back, so a record never exists without its line
and an action is stored whole or not at all.

Raw DB-API statements, not SQLAlchemy's: a note is the most frequent write, and a 1,000-row
CSV import stays well under a second of SQL this way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from dorpsboek.errors import NotFound
from dorpsboek.store import audit, rows, tables
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import new_id, now_iso


def _columns(kind: str, values: Mapping[str, Any]) -> list[str]:
    known = tables.RECORD_TABLES[kind].columns
    wrong = [k for k in values if k not in known or k in ("seq", "id", "created_at")]
    if wrong:
        raise ValueError(f"unknown columns for {kind}: {wrong}")
    return list(values)


class Unit:
    """An open transaction as `actor`; `conn` is there for the store's own readers and writers
    of things that are not records (tags, meta, tallies), never for a caller's SQL."""

    def __init__(self, conn: Any, actor: str) -> None:
        self.conn = conn
        self.actor = actor

    def insert(self, kind: str, values: Mapping[str, Any], record_id: str | None = None) -> str:
        """A new record with these values; returns its id (a new one unless given)."""
        columns = _columns(kind, values)
        record_id, stamp = record_id or new_id(), now_iso()
        names = ", ".join(["id", "created_at", "updated_at", *columns])
        marks = ", ".join("?" * (len(columns) + 3))
        self.conn.execute(
            f"INSERT INTO {kind} ({names}) VALUES ({marks})",
            (record_id, stamp, stamp, *(values[c] for c in columns)),
        )
        self.audit("create", kind, record_id, columns, at=stamp)
        return record_id

    def change(self, kind: str, record_id: str, values: Mapping[str, Any]) -> list[str]:
        """Write the values that differ from the live record; returns the changed names."""
        _columns(kind, values)
        current = self.get(kind, record_id)
        changed = sorted(k for k, v in values.items() if current.get(k) != v)
        if not changed:
            return []
        stamp = now_iso()
        sets = ", ".join(f"{k} = ?" for k in changed)
        self.conn.execute(
            f"UPDATE {kind} SET {sets}, updated_at = ? WHERE id = ?",
            (*(values[k] for k in changed), stamp, record_id),
        )
        self.audit("update", kind, record_id, changed, at=stamp)
        return changed

    def delete(self, kind: str, record_id: str) -> None:
        """A tombstone (`deleted_at`): a handover merge needs it, and undo is trivial."""
        stamp = now_iso()
        cur = self.conn.execute(
            f"UPDATE {kind} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
            (stamp, stamp, record_id),
        )
        if cur.rowcount == 0:
            raise NotFound(record_id)
        self.audit("delete", kind, record_id, at=stamp)

    def restore(self, kind: str, record_id: str) -> None:
        """Undo a tombstone (the row's values are as they were when it was deleted)."""
        stamp = now_iso()
        cur = self.conn.execute(
            f"UPDATE {kind} SET deleted_at = NULL, updated_at = ? WHERE id = ? "
            "AND deleted_at IS NOT NULL",
            (stamp, record_id),
        )
        if cur.rowcount == 0:
            raise NotFound(record_id)
        self.audit("restore", kind, record_id, at=stamp)

    def get(self, kind: str, record_id: str) -> dict[str, Any]:
        """The live record (NotFound for an unknown or deleted one), as this unit sees it."""
        return rows.get(self.conn, kind, record_id)

    def find(self, kind: str, record_id: str) -> dict[str, Any] | None:
        """The row, tombstone or not; None when the book never had it."""
        return rows.find(self.conn, kind, record_id)

    def audit(
        self,
        action: str,
        kind: str,
        record_id: str,
        fields: Iterable[str] = (),
        *,
        at: str | None = None,
    ) -> None:
        """An audit line for a write this unit made by other means (a note, an erasure)."""
        line = audit.Line(at or now_iso(), self.actor, action, kind, record_id, audit.names(fields))
        audit.write(self.conn, [line])


@contextlib.contextmanager
def begin(
    book: Book, actor: str, *, immediate: bool = False, dry_run: bool = False
) -> Iterator[Unit]:
    """A unit of work, committed when the block ends (rolled back for a `dry_run`) or rolled
    back on any error. `immediate` takes the write lock at once (BEGIN IMMEDIATE), for work
    that reads first and must not see the book change under it."""
    with book.raw() as conn:
        try:
            if immediate:
                conn.execute("BEGIN IMMEDIATE")
            yield Unit(conn, actor)
            if dry_run:
                conn.rollback()
            else:
                conn.commit()
        except BaseException:
            conn.rollback()
            raise
