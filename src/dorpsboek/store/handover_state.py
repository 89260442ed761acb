"""The handover state kept inside the book: bundles it issued, the bundle it was opened from,
the change stamps at opening, and the emergency kit's public recipient."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dorpsboek.store import tables
from dorpsboek.store.book import Book

Row = dict[str, Any]

_ISSUED = (
    "handover_id",
    "kind",
    "created_at",
    "scope",
    "expected_return",
    "return_identity",
    "return_secret",
    "last_return_at",
    "last_return_bundle",
)
_OPENED = (
    "handover_id",
    "kind",
    "owner",
    "owner_book_id",
    "bundle_created_at",
    "opened_at",
    "expected_return",
    "return_recipient",
    "return_secret",
    "base_audit_seq",
)
_KIT = (
    "recipient",
    "handover_id",
    "created_at",
    "sealed_key",
    "last_refresh_at",
    "last_refresh_error",
)


def _one(book: Book, sql: str, names: tuple[str, ...], params: tuple[Any, ...] = ()) -> Row | None:
    with book.raw() as conn:
        row = conn.execute(sql, params).fetchone()
    return None if row is None else dict(zip(names, row, strict=True))


# ----- bundles this book issued ---------------------------------------------------------------


def add_issued(book: Book, values: Mapping[str, Any]) -> None:
    with book.raw() as conn:
        conn.execute(
            f"INSERT INTO handover_issued ({', '.join(_ISSUED)}) "
            f"VALUES ({', '.join('?' * len(_ISSUED))})",
            [values.get(c) for c in _ISSUED],
        )
        conn.commit()


def get_issued(book: Book, handover_id: str) -> Row | None:
    return _one(
        book,
        f"SELECT {', '.join(_ISSUED)} FROM handover_issued WHERE handover_id = ?",
        _ISSUED,
        (handover_id,),
    )


def all_issued(book: Book) -> list[Row]:
    with book.raw() as conn:
        cur = conn.execute(
            f"SELECT {', '.join(_ISSUED)} FROM handover_issued ORDER BY created_at DESC"
        )
        return [dict(zip(_ISSUED, row, strict=True)) for row in cur]


def set_last_return(conn: Any, handover_id: str, created_at: str, bundle_id: str) -> None:
    conn.execute(
        "UPDATE handover_issued SET last_return_at = ?, last_return_bundle = ? "
        "WHERE handover_id = ?",
        (created_at, bundle_id, handover_id),
    )


# ----- the bundle this book was opened from ---------------------------------------------------


def set_opened(conn: Any, values: Mapping[str, Any]) -> None:
    conn.execute(
        f"INSERT OR REPLACE INTO handover_opened (slot, {', '.join(_OPENED)}) "
        f"VALUES (1, {', '.join('?' * len(_OPENED))})",
        [values.get(c) for c in _OPENED],
    )


def get_opened(book: Book) -> Row | None:
    return _one(book, f"SELECT {', '.join(_OPENED)} FROM handover_opened", _OPENED)


def write_base_from_tables(conn: Any, kinds: Iterable[str]) -> None:
    """Every record now in these tables becomes the base, in one statement per table.

    For a book just built from a bundle: its tables hold exactly what arrived. Set-based,
    so 100,000 stamps do not pass through Python one by one.
    """
    for kind in kinds:
        if kind not in tables.RECORD_TABLES:
            raise KeyError(kind)
        conn.execute(
            "INSERT OR REPLACE INTO handover_base (kind, id, updated_at) "
            f"SELECT ?, id, updated_at FROM {kind}",
            (kind,),
        )


def read_base(book: Book) -> dict[tuple[str, str], str]:
    with book.raw() as conn:
        cur = conn.execute("SELECT kind, id, updated_at FROM handover_base")
        return {(str(k), str(i)): str(u) for k, i, u in cur}


# ----- the emergency kit ----------------------------------------------------------------------


def get_kit(book: Book) -> Row | None:
    return _one(book, f"SELECT {', '.join(_KIT)} FROM emergency_kit", _KIT)


def put_kit(book: Book, values: Mapping[str, Any]) -> None:
    with book.raw() as conn:
        conn.execute(
            f"INSERT OR REPLACE INTO emergency_kit (slot, {', '.join(_KIT)}) "
            f"VALUES (1, {', '.join('?' * len(_KIT))})",
            [
                values.get(c, "" if c in ("sealed_key", "last_refresh_error") else None)
                for c in _KIT
            ],
        )
        conn.commit()


def record_refresh(book: Book, at: str | None, error: str) -> None:
    """After a refresh: when it last succeeded (unchanged on failure) and the last error key."""
    with book.raw() as conn:
        if at is None:
            conn.execute("UPDATE emergency_kit SET last_refresh_error = ?", (error,))
        else:
            conn.execute(
                "UPDATE emergency_kit SET last_refresh_at = ?, last_refresh_error = ?", (at, error)
            )
        conn.commit()
