"""Bulk inserts of generated data: defaults filled, stamps set, same seed gives the same rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE

SIZE = DemoSize(persons=12, notes=40, organisations=5, volunteers=4)
DAY = dt.date(2026, 3, 2)


def _rows(book: Book, sql: str) -> list[tuple[object, ...]]:
    with book.raw() as conn:
        return [tuple(r) for r in conn.execute(sql)]


def test_column_defaults_and_stamps_are_filled(book: Book) -> None:
    generate(book, SIZE, seed=3, today=DAY)
    rows = _rows(book, "SELECT remarks, created_at, updated_at, deleted_at FROM persons")
    assert len(rows) == SIZE.persons
    for remarks, created, updated, deleted in rows:
        assert remarks == ""
        assert created and created == updated
        assert deleted is None
    assert _rows(book, "SELECT DISTINCT website, remarks FROM organisations") == [("", "")]
    assert _rows(book, "SELECT DISTINCT in_report FROM stories") == [(1,)]


def test_same_seed_gives_the_same_records(book: Book, tmp_path: Path) -> None:
    generate(book, SIZE, seed=3, today=DAY)
    with Book.create(tmp_path / "tweede" / "boek.db", PASSPHRASE) as other:
        generate(other, SIZE, seed=3, today=DAY)
        for table in ("persons", "notes", "organisations", "volunteers", "help_requests"):
            sql = f"SELECT * FROM {table} ORDER BY seq"
            strip = [r[:2] + r[5:] for r in _rows(book, sql)]  # stamps differ by the clock
            assert strip == [r[:2] + r[5:] for r in _rows(other, sql)], table


def test_bulk_cache_is_given_back(book: Book) -> None:
    with book.raw() as conn:
        before = conn.execute("PRAGMA cache_size").fetchone()[0]
    generate(book, SIZE, seed=3, today=DAY)
    with book.raw() as conn:
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == before
