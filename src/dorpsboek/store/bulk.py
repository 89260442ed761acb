"""Bulk writes for generated data: one transaction, executemany, triggers keep the index."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import sqlcipher3

from dorpsboek.errors import RecordsExist
from dorpsboek.store import audit, dump, tables
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import now_iso

BULK_CACHE_MIB = 64


def insert_many(
    book: Book,
    batches: Mapping[str, Sequence[Mapping[str, Any]]],
    tags: Iterable[tuple[str, str]] = (),
    actor: str = "demo",
) -> None:
    """Insert records of several kinds (table name -> rows) plus note tags, atomically.

    Rows need their own `id`; stamps default to now. One audit line per batch says who filled
    the book, instead of one per generated row. An id already in the book (demo data with the
    same seed twice) raises RecordsExist and inserts nothing.
    """
    stamp = now_iso()
    with book.raw() as conn, large_cache(conn):
        try:
            for table, rows in batches.items():
                if not rows:
                    continue
                columns = list(tables.RECORD_TABLES[table].columns.keys())
                columns.remove("seq")
                sql = (
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
                # Defaults looked up once per table, not once per column of every row.
                defaults = {c: _default(table, c) for c in columns}
                defaults.update(created_at=stamp, updated_at=stamp, deleted_at=None)
                conn.executemany(sql, ([row.get(c, defaults[c]) for c in columns] for row in rows))
                line = audit.Line(stamp, actor, "bulk-create", table, "", str(len(rows)))
                audit.write(conn, [line])
            conn.executemany(dump.TAGS_SQL, _with_copies(tags, batches.get("notes", ())))
            conn.commit()
        except sqlcipher3.dbapi2.IntegrityError as exc:
            conn.rollback()  # nothing of the batch stays
            raise RecordsExist() from exc
        except BaseException:
            conn.rollback()
            raise


def _with_copies(
    tags: Iterable[tuple[str, str]], notes: Sequence[Mapping[str, Any]]
) -> Iterator[tuple[Any, ...]]:
    """(note id, tag) with the note's day, resident and minutes from the batch (m013), so the
    fill trigger need not look each note up; a note not in the batch is left to the trigger."""
    by_id = {str(n["id"]): n for n in notes}
    for note_id, tag in tags:
        note = by_id.get(note_id)
        if note is None:
            yield (note_id, tag, None, None, None)
        else:
            yield (note_id, tag, note.get("on_date"), note.get("person_id"), note.get("minutes"))


@contextlib.contextmanager
def large_cache(conn: Any, mib: int = BULK_CACHE_MIB) -> Iterator[Any]:
    """A larger page cache on this connection for a bulk write, given back afterwards.

    Rows arrive in UUID order, so every insert touches random pages of the `id` and person
    indexes; once those outgrow the default 8 MiB cache, each page is decrypted and encrypted
    again and again. 64 MiB halved demo-data at village scale (docs/performance.md).
    """
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-int(mib) * 1024}")
    try:
        yield conn
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _default(table: str, column: str) -> Any:
    col = tables.RECORD_TABLES[table].columns[column]
    default = col.default
    return None if default is None else getattr(default, "arg", None)
