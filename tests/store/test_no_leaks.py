"""Nothing readable leaks: a marker written into notes never appears in any file we wrote."""

from __future__ import annotations

from pathlib import Path

from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.helpers import MARKER, PASSPHRASE, files_containing


def test_marker_never_in_plaintext_in_book_wal_or_backup(tmp_path: Path) -> None:
    folder = tmp_path / "alles"
    book = Book.create(folder / "boek.db", PASSPHRASE)
    cb = Casebook(book, actor="t")
    for i in range(50):
        cb.add_note(f"{MARKER} notitie {i} #{MARKER.lower()}", person_name=f"{MARKER} {i}")
    # While open: book, -wal and -shm are all on disk.
    assert files_containing(folder, MARKER.encode()) == []
    book.backup_to(folder / "kopie.db")
    book.change_passphrase("nog een ander wachtwoord")
    book.close()
    assert files_containing(folder, MARKER.encode()) == []
    assert files_containing(folder, MARKER.lower().encode()) == []
    # and the data really is there (the scan is not vacuous)
    with Book.open(folder / "kopie.db", PASSPHRASE) as copy:
        assert len(Casebook(copy).search(MARKER)) > 0
