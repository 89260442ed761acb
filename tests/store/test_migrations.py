"""Schema migrations: a book made by the first schema version upgrades, with a backup first."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from dorpsboek.services.casebook import Casebook
from dorpsboek.store import migrations, tables
from dorpsboek.store.book import Book, backups_dir
from dorpsboek.store.connection import connect
from dorpsboek.store.keyheader import KeyHeader
from tests.helpers import PASSPHRASE
from tests.store.old_books import book_at_schema


def _make_v1_book(path: Path) -> None:
    """A book exactly as the first schema version wrote it, with a resident and a note."""
    conn = book_at_schema(path, 1)
    cur = conn.cursor()
    t = "2024-01-01T00:00:00Z"
    cur.execute(
        "INSERT INTO persons (id, created_at, updated_at, name) VALUES "
        "('p1', ?, ?, 'Geertruida Ömer')",
        (t, t),
    )
    cur.execute(
        "INSERT INTO notes (id, created_at, updated_at, person_id, on_date, text) "
        "VALUES ('n1', ?, ?, 'p1', '2024-01-02', 'Belde over de coöperatie')",
        (t, t),
    )
    conn.commit()
    conn.close()


def test_first_schema_book_upgrades_with_backup_and_keeps_data(book_path: Path) -> None:
    _make_v1_book(book_path)
    with Book.open(book_path, PASSPHRASE) as book:
        assert book.schema_version() == migrations.LATEST
        assert book.migrated_from == 1
        cb = Casebook(book, actor="t")
        assert [h.id for h in cb.search("omer")] == ["p1"]
        assert [h.id for h in cb.search("coop")] == ["n1"]
    backups = list(backups_dir(book_path).glob("*voor-update-v1*"))
    assert len(backups) == 1
    header = KeyHeader.parse(backups[0].read_bytes()[:16])
    old = connect(backups[0], header, header.derive_key(PASSPHRASE))
    try:  # the backup is the book as it was: still schema 1, with its note
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT text FROM notes").fetchall() == [("Belde over de coöperatie",)]
    finally:
        old.close()


def test_core_tables_match_the_migrated_schema(book: Book) -> None:
    inspector = inspect(book.engine)
    for table in tables.metadata.tables.values():
        actual = {c["name"] for c in inspector.get_columns(table.name)}
        assert actual == set(table.columns.keys()), table.name
