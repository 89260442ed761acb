"""Small key/value facts about the book itself (its id, owner name, settings kept inside it)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol


class Book(Protocol):
    """What these helpers need of a book: its raw driver connection.

    A protocol rather than an import of store.book, which itself writes the first meta facts
    when it creates a book: importing it here made store.book and store.meta a circle.
    """

    def raw(self) -> AbstractContextManager[Any]: ...


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


def get_on(conn: Any, key: str) -> str | None:
    """`get` on a connection the caller holds (inside its own transaction)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put_on(conn: Any, key: str, value: str) -> None:
    """`put` inside the caller's transaction (the caller commits)."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
