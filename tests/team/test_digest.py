"""`dorpsboek digest`: equal records give equal digests; any field, tombstone or record
changes it; book-local metadata does not."""

from __future__ import annotations

import json
from pathlib import Path

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.store import digest, dump
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli

SMALL = DemoSize(persons=5, notes=10, organisations=3, volunteers=2)


def _copy(source: Book, target: Book) -> None:
    rows = dump.read_all(source)
    with target.raw() as conn:
        conn.execute("BEGIN IMMEDIATE")
        for kind, batch in rows.items():
            dump.insert_rows(conn, kind, batch)
        conn.commit()


def test_equal_records_equal_digest_any_change_differs(book: Book, tmp_path: Path) -> None:
    generate(book, SMALL, seed=3)
    other = Book.create(tmp_path / "ander.db", PASSPHRASE)
    try:
        _copy(book, other)
        assert digest.book_digest(book) == digest.book_digest(other)
        # Book-local metadata (meta, audit) does not count.
        with other.raw() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
            conn.commit()
        assert digest.book_digest(book)[0] == digest.book_digest(other)[0]
        before = digest.book_digest(other)[0]
        with other.raw() as conn:
            conn.execute("UPDATE persons SET phone = '0612' WHERE seq = 1")
            conn.commit()
        assert digest.book_digest(other)[0] != before
    finally:
        other.close()


def test_cli_digest_json(book: Book, book_path: Path) -> None:
    generate(book, SMALL, seed=3)
    expected, records = digest.book_digest(book)
    book.close()
    env = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}
    done = run_cli("--book", str(book_path), "digest", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"digest": expected, "records": records}
    plain = run_cli("--book", str(book_path), "digest", env=env)
    assert expected in plain.stdout
    missing = run_cli("--book", str(book_path.with_name("nergens.db")), "digest", env=env)
    assert missing.returncode != 0 and missing.stderr.strip()
