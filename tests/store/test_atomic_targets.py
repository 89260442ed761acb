"""Saving never replaces something that is not a regular file (a folder, a link, a device)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dorpsboek.atomic import write_bytes_atomic
from dorpsboek.errors import NotARegularFile
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli


def test_a_fifo_stands_in_for_a_device_and_is_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "apparaat"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile):
        write_bytes_atomic(fifo, b"x")
    assert fifo.exists() and not fifo.is_file()


def test_a_symlink_is_not_followed_or_replaced(tmp_path: Path) -> None:
    real = tmp_path / "echt.txt"
    real.write_text("blijft")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(NotARegularFile):
        write_bytes_atomic(link, b"x")
    assert link.is_symlink() and real.read_text() == "blijft"


def test_backup_onto_a_folder_is_refused_with_exit_2(book: Book, tmp_path: Path) -> None:
    book.close()
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "iets.txt").write_text("blijft")
    r = run_cli(
        "--book",
        str(book.path),
        "backup",
        "-o",
        str(folder),
        env={"DORPSBOEK_PASSPHRASE": PASSPHRASE},
    )
    assert r.returncode == 2
    assert "gewoon bestand" in r.stderr
    assert (folder / "iets.txt").read_text() == "blijft"


def test_backup_onto_a_fifo_is_refused(book: Book, tmp_path: Path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile):
        book.backup_to(fifo)
    assert not fifo.is_file()
