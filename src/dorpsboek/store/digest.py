"""One SHA-256 over every record of the book, so two books can be compared (`dorpsboek digest`).

Generic over `tables.RECORD_TABLES` (a record table added later counts without changes here).
Canonical order: kinds by name, rows by id, each row as canonical JSON of every column except
the book-local `seq`, one line per row. Tombstones count (they are records); book-local
metadata (meta, audit, tallies, handover and team state) does not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from dorpsboek.store import dump
from dorpsboek.store.book import Book


def row_line(kind: str, row: Mapping[str, Any]) -> bytes:
    """The canonical bytes of one record (also what a team exchange compares)."""
    doc = {"kind": kind, **row}
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def of_rows(rows_by_kind: Mapping[str, list[dict[str, Any]]]) -> str:
    h = hashlib.sha256()
    for kind in sorted(rows_by_kind):
        for row in sorted(rows_by_kind[kind], key=lambda r: str(r["id"])):
            h.update(row_line(kind, row))
            h.update(b"\n")
    return h.hexdigest()


def book_digest(book: Book) -> tuple[str, int]:
    """(hex digest, number of records)."""
    rows = dump.read_all(book)
    return of_rows(rows), sum(len(r) for r in rows.values())
