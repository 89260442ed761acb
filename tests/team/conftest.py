"""A team of three books: Anna's village book, and Bea's and Cor's books joined from her
invitation (X25519 invitations keep these tests fast; the passphrase path has its own test)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.handover.merge import MergeReport
from dorpsboek.handover.team import exchange, package, setup
from dorpsboek.store import digest, dump, replacing
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import now_iso
from tests.helpers import PASSPHRASE

TINY = DemoSize(persons=6, notes=12, organisations=3, volunteers=2)


@dataclass
class Team:
    books: list[Book]
    folder: Path

    def write(self, i: int) -> bytes:
        return package.write(self.books[i]).data

    def read(self, i: int, data: bytes, take: str | None = None) -> MergeReport:
        return exchange.apply(self.books[i], package.read(self.books[i], data), take=take)

    def digests(self) -> list[str]:
        return [digest.book_digest(b)[0] for b in self.books]


def make_team(folder: Path, size: DemoSize = TINY, seed: int = 5) -> Team:
    anna = Book.create(folder / "anna.db", PASSPHRASE)
    generate(anna, size, seed=seed)
    setup.create(anna, "Dorp", "Anna")
    books = [anna]
    for name in ("Bea", "Cor"):
        key = x25519.Identity.generate()
        data = setup.invite(anna, recipient=str(key.to_public()))
        bundle = setup.read_invite(data, identity=str(key))
        path = setup.join(bundle, folder / f"{name.lower()}.db", PASSPHRASE, member_name=name)
        books.append(Book.open(path, PASSPHRASE))
    return Team(books, folder)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path)
    try:
        yield made
    finally:
        for b in made.books:
            b.close()


def first(book: Book, kind: str, n: int = 0) -> dict[str, Any]:
    rows = [r for r in dump.read_all(book)[kind] if not r.get("deleted_at")]
    return rows[n]


def edit(book: Book, kind: str, record_id: str, **values: Any) -> None:
    """Change a record as the app does: new values and a fresh change stamp."""
    with book.raw() as conn:
        row = dump.rows_by_id(conn, kind, [record_id])[record_id]
        replacing.replace_row(conn, kind, {**row, **values, "updated_at": now_iso()})
        conn.commit()
