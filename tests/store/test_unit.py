"""The unit of work: records stamped and audited, committed together or not at all."""

from __future__ import annotations

import pytest

from dorpsboek.errors import NotFound
from dorpsboek.store import records, unit
from dorpsboek.store.book import Book


def _trail(book: Book) -> list[tuple[str, str, str, str]]:
    with book.engine.connect() as conn:
        return [
            (a["actor"], a["action"], a["kind"], a["fields"]) for a in records.audit_lines(conn)
        ]


def test_a_unit_stamps_audits_and_commits(book: Book) -> None:
    with unit.begin(book, "ik") as work:
        pid = work.insert("persons", {"name": "Anna"})
        assert work.change("persons", pid, {"name": "Anna", "phone": "06"}) == ["phone"]
        assert work.change("persons", pid, {"phone": "06"}) == []
    with book.raw() as conn:
        row = conn.execute("SELECT created_at, updated_at, deleted_at FROM persons").fetchone()
    assert row[0] <= row[1] and row[2] is None
    assert _trail(book) == [
        ("ik", "create", "persons", '["name"]'),
        ("ik", "update", "persons", '["phone"]'),
    ]


def test_any_error_leaves_the_book_as_it_was(book: Book) -> None:
    with pytest.raises(RuntimeError), unit.begin(book, "ik") as work:
        work.insert("persons", {"name": "Anna"})
        raise RuntimeError
    with pytest.raises(NotFound), unit.begin(book, "ik") as work:
        work.insert("persons", {"name": "Bert"})
        work.delete("persons", "not-there")
    assert _trail(book) == []
    with book.raw() as conn:
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 0


def test_a_dry_run_writes_nothing(book: Book) -> None:
    with unit.begin(book, "ik", dry_run=True) as work:
        work.insert("persons", {"name": "Anna"})
    assert _trail(book) == []


def test_delete_and_restore_are_tombstones_with_a_line_each(book: Book) -> None:
    with unit.begin(book, "ik", immediate=True) as work:
        pid = work.insert("persons", {"name": "Anna"})
        work.delete("persons", pid)
        assert work.find("persons", pid) is not None
        with pytest.raises(NotFound):
            work.get("persons", pid)
        work.restore("persons", pid)
        with pytest.raises(NotFound):
            work.restore("persons", pid)
    assert [t[1] for t in _trail(book)] == ["create", "delete", "restore"]


def test_unknown_columns_are_refused(book: Book) -> None:
    with pytest.raises(ValueError), unit.begin(book, "ik") as work:
        work.insert("persons", {"name": "Anna", "created_at": "gisteren"})
