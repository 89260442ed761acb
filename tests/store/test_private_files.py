"""Files only she can read: the book, its -wal/-shm/.lock, backups, restored books, handover
bundles and settings are created 0600, the folders the app creates 0700 (POSIX), even when
the process umask would allow more (022 here, as on most desktops)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from dorpsboek.atomic import write_bytes_atomic
from dorpsboek.handover.export import write_bundle
from dorpsboek.services import backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    """A permissive umask, so only the app's own care can make the files private."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_book_and_its_companions_are_hers_alone(tmp_path: Path) -> None:
    existing = tmp_path / "Documenten"
    existing.mkdir(mode=0o755)
    path = existing / "nieuw" / "map" / "dorpsboek.db"
    with Book.create(path, PASSPHRASE) as book:
        Casebook(book, actor="Test").add_note("Een korte notitie", person_name="Proef Persoon")
        companions = [path.with_name(path.name + s) for s in ("-wal", "-shm", ".lock")]
        assert all(p.exists() for p in companions)
        assert {p.name: mode(p) for p in [path, *companions]} == {
            p.name: 0o600 for p in [path, *companions]
        }
    assert mode(existing / "nieuw") == 0o700
    assert mode(existing / "nieuw" / "map") == 0o700
    assert mode(existing) == 0o755  # a folder that was already there is left as it was


def test_backups_and_restored_books_are_hers_alone(book: Book, tmp_path: Path) -> None:
    manual = tmp_path / "los" / "kopie.db"
    manual.parent.mkdir()
    book.backup_to(manual)
    assert mode(manual) == 0o600
    auto = backups.auto_backup(Casebook(book), tmp_path / "reservekopieen")
    assert auto is not None and mode(auto) == 0o600
    assert mode(tmp_path / "reservekopieen") == 0o700
    restored = tmp_path / "terug" / "boek.db"
    backups.restore_backup(manual, restored, PASSPHRASE)
    assert mode(restored) == 0o600
    assert mode(restored.parent) == 0o700


def test_bundles_settings_and_every_atomic_write_are_hers_alone(tmp_path: Path) -> None:
    bundle = tmp_path / "stick" / "overdracht.dorpsboek"
    write_bundle(bundle, b"age-encryption.org/v1 (proef)")
    assert mode(bundle) == 0o600 and mode(bundle.parent) == 0o700
    settings = Settings(tmp_path / "config" / "dorpsboek" / "settings.json")
    settings.set("language", "en")
    assert mode(settings.path) == 0o600 and mode(settings.path.parent) == 0o700
    export = tmp_path / "export.csv"
    write_bytes_atomic(export, b"naam\n")
    assert mode(export) == 0o600


def test_a_book_made_before_becomes_private_when_opened(book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    os.chmod(book_path, 0o644)
    with Book.open(book_path, PASSPHRASE):
        assert mode(book_path) == 0o600


def test_the_command_line_writes_private_files(tmp_path: Path) -> None:
    book = tmp_path / "cli" / "boek.db"
    env = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": PASSPHRASE}
    assert run_cli("--book", str(book), "init", env=env).returncode == 0
    assert run_cli("--book", str(book), "note", "Proef Persoon", "Kort", env=env).returncode == 0
    copy = tmp_path / "kopie.db"
    assert run_cli("--book", str(book), "backup", "-o", str(copy), env=env).returncode == 0
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    folders = [p for p in tmp_path.rglob("*") if p.is_dir()]
    assert {p.name: mode(p) for p in folders} == {p.name: 0o700 for p in folders}
