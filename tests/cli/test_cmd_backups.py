"""`dorpsboek backups` lists, `dorpsboek rescue` repairs or restores a damaged book."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dorpsboek.services import backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli

ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}


def _book(path: Path) -> None:
    with Book.create(path, PASSPHRASE) as book:
        cb = Casebook(book, actor="t")
        for i in range(4):
            cb.add_note(f"notitie {i}", person_name="Wiebe")
        backups.auto_backup(Casebook(book), now=dt.datetime(2026, 3, 2, 9, 30))
        cb.add_note("na de kopie", person_name="Wiebe")


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1
    path.write_bytes(bytes(data))


def test_backups_lists_with_dates(book_path: Path) -> None:
    _book(book_path)
    r = run_cli("--book", str(book_path), "backups", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "02-03-2026 09:30" in r.stdout and "automatisch" in r.stdout
    listed = json.loads(run_cli("--book", str(book_path), "backups", "--json").stdout)
    assert [b["kind"] for b in listed["backups"]] == ["auto"]


def test_backups_also_lists_copies_left_in_an_earlier_folder(book_path: Path) -> None:
    _book(book_path)  # one copy next to the book
    settings = Settings()
    stick = book_path.parent / "stick"
    backups.set_backup_folder(settings, str(stick))
    with Book.open(book_path, PASSPHRASE) as book:
        backups.auto_backup(Casebook(book), stick, now=dt.datetime(2026, 3, 3, 9, 30))
    backups.set_backup_folder(settings, str(book_path.parent / "nieuw"))
    r = run_cli("--book", str(book_path), "backups", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "03-03-2026 09:30" in r.stdout and str(stick / "dorpsboek-auto-") in r.stdout
    assert "02-03-2026 09:30" in r.stdout


def test_rescue_restores_a_damaged_book(book_path: Path) -> None:
    _book(book_path)
    _flip(book_path, 200)
    assert run_cli("--book", str(book_path), "stats", env=ENV).returncode == 4
    r = run_cli("--book", str(book_path), "rescue", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "reservekopie van 02-03-2026" in r.stdout and "4 notities" in r.stdout
    assert "beschadigd-" in r.stdout
    stats = json.loads(run_cli("--book", str(book_path), "stats", "--json", env=ENV).stdout)
    assert stats["notes"] == 4
    assert len(list(book_path.parent.glob("dorpsboek.beschadigd-*.db"))) == 1


def test_rescue_repairs_a_damaged_header_without_loss(book_path: Path) -> None:
    _book(book_path)
    _flip(book_path, 7)
    assert run_cli("--book", str(book_path), "stats", env=ENV).returncode == 3
    r = run_cli("--book", str(book_path), "rescue", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "Er is niets verloren (5 notities)" in r.stdout
    assert run_cli("--book", str(book_path), "verify", env=ENV).returncode == 0


def test_rescue_of_a_healthy_book_changes_nothing(book_path: Path) -> None:
    _book(book_path)
    before = book_path.read_bytes()
    r = run_cli("--book", str(book_path), "rescue", env=ENV)
    assert r.returncode == 1
    assert r.stderr.strip() == "Het boek is niet beschadigd; er is niets veranderd."
    assert book_path.read_bytes() == before
