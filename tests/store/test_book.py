"""The book file: create, open, wrong passphrase vs damage, lock, re-key, verify, backup."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dorpsboek.errors import (
    BookExists,
    BookInUse,
    DamagedFile,
    NewerFormat,
    NotABook,
    WrongPassphrase,
)
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import KdfParams, KeyHeader
from tests.helpers import PASSPHRASE


def _fill(book: Book, n: int = 30) -> set[str]:
    cb = Casebook(book, actor="t")
    return {cb.add_note(f"notitie {i} #test", person_name=f"Inwoner {i % 7}").id for i in range(n)}


def _note_ids(book: Book) -> set[str]:
    with book.raw() as conn:
        return {r[0] for r in conn.execute("SELECT id FROM notes")}


def test_create_then_open_keeps_records(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        ids = _fill(book)
    with Book.open(book_path, PASSPHRASE) as book:
        assert _note_ids(book) == ids


def test_create_refuses_to_overwrite(book: Book) -> None:
    with pytest.raises(BookExists):
        Book.create(book.path, PASSPHRASE)


def test_wrong_passphrase_is_told_apart_and_changes_nothing(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        _fill(book)
    before = book_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        Book.open(book_path, "niet het goede wachtwoord")
    assert book_path.read_bytes() == before


@pytest.mark.parametrize("offset", [20, 100, 4000])
def test_damaged_first_page_is_damage_not_wrong_passphrase(book_path: Path, offset: int) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        _fill(book)
    data = bytearray(book_path.read_bytes())
    data[offset] ^= 0x01
    book_path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        Book.open(book_path, PASSPHRASE)


def test_damaged_later_page_is_found_by_verify(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        _fill(book, 400)
    data = bytearray(book_path.read_bytes())
    assert len(data) > 5 * 4096
    data[4 * 4096 + 50] ^= 0x80
    book_path.write_bytes(bytes(data))
    try:
        with Book.open(book_path, PASSPHRASE) as book:
            report = book.verify()
    except DamagedFile:
        return  # detected already at open: also fine
    assert not report.ok
    assert any("HMAC" in p or "page" in p.lower() for p in report.problems)


def test_truncated_book_is_damaged(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        _fill(book)
    data = book_path.read_bytes()
    book_path.write_bytes(data[: len(data) - 1000])
    with pytest.raises(DamagedFile):
        Book.open(book_path, PASSPHRASE)


def test_random_and_plain_files_are_not_books(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(3 * 4096))
    with pytest.raises(DamagedFile):
        Book.open(junk, PASSPHRASE)
    text = tmp_path / "notes.txt"
    text.write_text("hallo\n" * 2000)
    with pytest.raises(NotABook):
        Book.open(text, PASSPHRASE)


def test_newer_format_version_is_refused(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE):
        pass
    data = bytearray(book_path.read_bytes())
    data[0] = 2
    book_path.write_bytes(bytes(data))
    with pytest.raises(NewerFormat):
        Book.open(book_path, PASSPHRASE)


def test_newer_schema_is_refused(book: Book) -> None:
    with book.raw() as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
    book.close()
    with pytest.raises(NewerFormat):
        Book.open(book.path, PASSPHRASE)


def test_second_opener_gets_book_in_use(book: Book) -> None:
    with pytest.raises(BookInUse):
        Book.open(book.path, PASSPHRASE)


def test_lock_is_free_again_after_close(book: Book) -> None:
    book.close()
    with Book.open(book.path, PASSPHRASE):
        pass


def test_change_passphrase_keeps_every_record(book: Book) -> None:
    ids = _fill(book)
    book.change_passphrase("een heel nieuw wachtwoord")
    assert _note_ids(book) == ids  # still usable in this session
    book.close()
    with pytest.raises(WrongPassphrase):
        Book.open(book.path, PASSPHRASE)
    with Book.open(book.path, "een heel nieuw wachtwoord") as again:
        assert _note_ids(again) == ids
        assert again.verify().ok


def test_header_stores_kdf_parameters_so_they_can_change(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        ids = _fill(book, 5)
        book.change_passphrase("ander wachtwoord!", params=KdfParams(6, 1, 1))
    header = KeyHeader.parse(book_path.read_bytes()[:16])
    assert header.params == KdfParams(6, 1, 1)
    with Book.open(book_path, "ander wachtwoord!") as book:
        assert _note_ids(book) == ids


def test_absurd_kdf_parameters_are_refused(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE):
        pass
    data = bytearray(book_path.read_bytes())
    data[1] = 40  # 2**40 MiB of memory
    book_path.write_bytes(bytes(data))
    with pytest.raises(NotABook):
        Book.open(book_path, PASSPHRASE)


def test_verify_passes_on_a_healthy_book(book: Book) -> None:
    _fill(book)
    report = book.verify()
    assert report.ok, report.problems
    assert "cipher_integrity_check" in report.checks and "integrity_check" in report.checks


def test_backup_opens_with_the_same_passphrase_and_holds_everything(
    book: Book, tmp_path: Path
) -> None:
    ids = _fill(book)
    target = tmp_path / "kopie.db"
    book.backup_to(target)
    with Book.open(target, PASSPHRASE) as copy:
        assert _note_ids(copy) == ids
        assert copy.verify().ok
    assert not list(tmp_path.glob(".*.tmp"))


def test_stale_temp_files_from_a_crash_are_cleaned(book: Book) -> None:
    stale = book.path.with_name(f".{book.path.name}.99999.tmp")
    stale.write_bytes(b"half a file")
    book.close()
    with Book.open(book.path, PASSPHRASE):
        assert not stale.exists()
