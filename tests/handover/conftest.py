"""Fixtures for handover tests: a small village book and fast (X25519) bundles of it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.handover import emergency
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE

SMALL = DemoSize(persons=40, notes=160, organisations=15, volunteers=10)
BUNDLE_PASSPHRASE = "molen-kers-dansen-haven-blauw-pen"
NEW_PASSPHRASE = "wachtwoord van de collega"


@pytest.fixture
def village(book: Book) -> Book:
    generate(book, SMALL, seed=7)
    return book


@dataclass(frozen=True)
class Kit:
    secret: str
    data: bytes
    folder: Path


@pytest.fixture
def kit(village: Book, tmp_path: Path) -> Kit:
    """An emergency bundle of the village (X25519: no scrypt, so tests stay fast)."""
    setup = emergency.setup(village)
    folder = tmp_path / "stick"
    folder.mkdir()
    path = emergency.refresh(village, folder)
    return Kit(setup.secret, path.read_bytes(), folder)


@pytest.fixture
def other_book(tmp_path: Path) -> Iterator[Book]:
    opened = Book.create(tmp_path / "ander" / "boek.db", PASSPHRASE)
    try:
        yield opened
    finally:
        opened.close()
