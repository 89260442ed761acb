"""Choosing where backups go: the folder check, remembering earlier folders, finding old copies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dorpsboek.services import backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.folders import is_writable_folder
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE

T0 = dt.datetime(2026, 3, 2, 9, 0)


def test_a_folder_is_writable_only_when_a_file_can_really_be_made_there(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand.txt"
    blocker.write_text("geen map")
    assert is_writable_folder(tmp_path)
    assert list(tmp_path.iterdir()) == [blocker]  # the test file is gone again
    assert not is_writable_folder(tmp_path / "weg")  # missing: never created here
    assert not (tmp_path / "weg").exists()
    assert not is_writable_folder(blocker)  # a file, not a folder
    assert not is_writable_folder(blocker / "sub")  # cannot exist (even for root)
    assert not is_writable_folder("")


def test_changing_the_folder_remembers_the_old_one_for_restore(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    book = tmp_path / "boek" / "dorpsboek.db"
    default = book.parent / "dorpsboek-backups"
    assert backups.backup_folders(book, settings) == [default]
    backups.set_backup_folder(settings, str(tmp_path / "stick"))
    assert settings.get("backup_dirs_earlier") == []  # the standard folder is always looked in
    assert backups.backup_folders(book, settings) == [tmp_path / "stick", default]
    backups.set_backup_folder(settings, str(tmp_path / "nas"))
    backups.set_backup_folder(settings, "")
    again = Settings(settings.path)
    assert again.get("backup_dir") == ""
    assert again.get("backup_dirs_earlier") == [str(tmp_path / "nas"), str(tmp_path / "stick")]
    assert backups.backup_folders(book, again) == [default, tmp_path / "nas", tmp_path / "stick"]


def test_backups_in_every_folder_of_the_book_are_listed_once(book_path: Path) -> None:
    settings = Settings(book_path.parent / "s.json")
    stick = book_path.parent / "stick"
    with Book.create(book_path, PASSPHRASE) as book:
        first = backups.auto_backup(
            Casebook(book), backups.backup_folder(book_path, settings), now=T0
        )
        backups.set_backup_folder(settings, str(stick))
        second = backups.auto_backup(
            Casebook(book), backups.backup_folder(book_path, settings), now=T0
        )
        other = backups.auto_backup(
            Casebook(book), stick / "elders", now=T0 + dt.timedelta(days=1)
        )  # not one of its folders: not listed
    assert first is not None and second is not None and other is not None
    listed = [b.path for b in backups.list_book_backups(book_path, settings)]
    assert sorted(listed) == sorted([first, second])
    assert first.parent == book_path.parent / "dorpsboek-backups" and second.parent == stick


def test_rescue_finds_a_backup_in_the_folder_used_before(book_path: Path) -> None:
    settings = Settings()  # the rescue without a folder reads the user's settings
    backups.set_backup_folder(settings, str(book_path.parent / "stick"))
    with Book.create(book_path, PASSPHRASE) as book:
        made = backups.auto_backup(
            Casebook(book), backups.backup_folder(book_path, settings), now=T0
        )
    assert made is not None and made.parent == book_path.parent / "stick"
    backups.set_backup_folder(settings, str(book_path.parent / "leeg"))
    with open(book_path, "r+b") as fh:  # damage a page past the header
        fh.seek(5000)
        fh.write(b"\xff" * 64)
    offer = backups.find_rescue(book_path, PASSPHRASE)
    assert offer.backup.path == made
