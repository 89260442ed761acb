"""Small key/value facts about the book itself (its id, owner name, settings kept inside it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dorpsboek.store.book import Book


def get(book: Book, key: str) -> str | None:
    with book.raw() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(book: Book, key: str, value: str) -> None:
    with book.raw() as conn:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        conn.commit()
