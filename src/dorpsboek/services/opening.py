"""Opening, creating and demo books for the desktop app: each returns a ready Casebook.

Kept out of the UI so the widgets never touch the store; imported lazily by the app so the
unlock window appears before SQLAlchemy is loaded.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import MIN_LOG2_MIB, TEST_PARAMS, KdfParams, test_kdf_enabled

# The demo book holds invented data only; its passphrase is shown on its lock screen.
DEMO_PASSPHRASE = "demo"


@dataclass
class OpenedBook:
    """An unlocked book as the app holds it."""

    casebook: Casebook
    path: Path
    demo: bool = False
    demo_dir: Path | None = None

    def close(self) -> None:
        self.casebook.book.close()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def _wrap(book: Book) -> Casebook:
    try:
        return Casebook(book)
    except BaseException:
        book.close()
        raise


def open_book(path: Path, passphrase: str) -> OpenedBook:
    return OpenedBook(_wrap(Book.open(path, passphrase)), Path(path))


def create_book(path: Path, passphrase: str) -> OpenedBook:
    return OpenedBook(_wrap(Book.create(path, passphrase)), Path(path))


def create_demo(size: DemoSize | None = None, seed: int = 1) -> OpenedBook:
    """A fresh demo village in a temporary folder, removed again by `close()`."""
    folder = Path(tempfile.mkdtemp(prefix="dorpsboek-demo-"))
    path = folder / "demo.db"
    params = TEST_PARAMS if test_kdf_enabled() else KdfParams(log2_mib=MIN_LOG2_MIB)
    try:
        book = Book.create(path, DEMO_PASSPHRASE, params)
        try:
            generate(book, size or DemoSize(), seed)
        except BaseException:
            book.close()
            raise
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return OpenedBook(_wrap(book), path, demo=True, demo_dir=folder)
