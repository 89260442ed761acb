"""The search index of a bulk-filled book, built on a second thread and taken over."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump, search
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import TEST_PARAMS
from dorpsboek.store.migrations.m002_search import KIND_BITS
from tests.helpers import derived_out_of_step

PASSPHRASE = "zoekwerk-op-de-tweede-kern"
TABLES = {1: "persons", 2: "organisations", 3: "volunteers", 4: "notes", 5: "activities"}


def _filled(book: Book) -> dict[str, list[dict[str, Any]]]:
    generate(book, DemoSize(40, 200, 12, 8), seed=11)
    casebook = Casebook(book)
    person = casebook.add_person("Ymkje Zoekmarker")  # no address, no reach: NULL columns
    kept = casebook.add_note("Sprak over de zoekmarker-tuin", person_id=person).id
    gone = casebook.add_note("Weggegooide zoekmarker-notitie", person_id=person).id
    casebook.delete("notes", gone)
    assert kept
    return dump.read_all(book)


def _index(book: Book) -> set[tuple[str, str, str, str]]:
    """Every entry of the search index as (table, record id, title, body): seqs differ
    between books, ids do not."""
    out = set()
    with book.raw() as conn:
        for rowid, title, body in conn.execute("SELECT rowid, title, body FROM search"):
            table = TABLES[rowid >> KIND_BITS]
            seq = rowid & ((1 << KIND_BITS) - 1)
            (record_id,) = conn.execute(f"SELECT id FROM {table} WHERE seq = ?", (seq,)).fetchone()
            out.add((table, str(record_id), str(title), str(body)))
    return out


def _loaded(path: Path, batches: dict[str, list[dict[str, Any]]]) -> Book:
    book = Book.create(path, PASSPHRASE, TEST_PARAMS)
    with book.raw() as raw, dump.unsynced_transaction(raw) as conn:
        dump.load_tables(conn, batches)
    return book


def test_the_copied_index_holds_what_row_by_row_triggers_wrote(book: Book, tmp_path: Path) -> None:
    batches = _filled(book)
    copy = _loaded(tmp_path / "kopie.db", batches)
    try:
        assert _index(copy) == _index(book)
        with copy.raw() as conn:
            conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
            hits = search.search(conn, "zoekmarker")
            assert [h.title for h in hits if h.kind == "note"] != []
            assert all("Weggegooide" not in h.snippet for h in hits)
            # The book's own settings came along (ranking weights, secure deletion).
            config = dict(conn.execute("SELECT k, v FROM search_config"))
            assert config["rank"] == "bm25(10.0, 1.0)" and config["secure-delete"] == 1
            assert "search_build" not in {row[1] for row in conn.execute("PRAGMA database_list")}
    finally:
        copy.close()


def test_the_copied_index_keeps_working_for_new_and_changed_records(tmp_path: Path) -> None:
    source = Book.create(tmp_path / "bron.db", PASSPHRASE, TEST_PARAMS)
    try:
        batches = _filled(source)
    finally:
        source.close()
    copy = _loaded(tmp_path / "kopie.db", batches)
    try:
        casebook = Casebook(copy)
        person = casebook.add_person("Wibren Nieuwkomer")
        casebook.add_note("Eerste gesprek met nieuwkomer", person_id=person)
        note = next(r["id"] for r in batches["notes"] if "zoekmarker-tuin" in r["text"])
        casebook.delete("notes", note)
        with copy.raw() as conn:
            assert {h.title for h in search.search(conn, "nieuwkomer")} >= {"Wibren Nieuwkomer"}
            assert not [h for h in search.search(conn, "zoekmarker tuin") if h.kind == "note"]
            conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
    finally:
        copy.close()


def test_a_failing_load_leaves_no_thread_behind(book: Book, tmp_path: Path) -> None:
    batches = _filled(book)
    batches["notes"].append(dict(batches["notes"][0]))  # the same id twice
    before = threading.active_count()
    target = Book.create(tmp_path / "kapot.db", PASSPHRASE, TEST_PARAMS)
    try:
        with (
            pytest.raises(sqlcipher3.dbapi2.IntegrityError),
            target.raw() as raw,
            dump.unsynced_transaction(raw) as conn,
        ):
            dump.load_tables(conn, batches)
        assert threading.active_count() == before
    finally:
        target.close()


def _schema(book: Book) -> set[tuple[str, str]]:
    with book.raw() as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return {(str(name), str(sql)) for name, sql in rows}


def test_a_bulk_load_puts_back_every_trigger_and_index_it_set_aside(tmp_path: Path) -> None:
    source = Book.create(tmp_path / "bron.db", PASSPHRASE, TEST_PARAMS)
    try:
        batches = _filled(source)
        schema = _schema(source)
    finally:
        source.close()
    copy = _loaded(tmp_path / "kopie.db", batches)
    try:
        assert _schema(copy) == schema
        assert derived_out_of_step(copy) == []
        # The trigger that was idle during the load works again: tags written before their
        # note (as a merge may) get the note's day, resident and minutes once it arrives.
        person = batches["persons"][0]["id"]
        with copy.raw() as conn:
            conn.execute("INSERT INTO note_tags (note_id, tag) VALUES ('late-note', 'laat')")
            dump.insert_rows(
                conn,
                "notes",
                [
                    {
                        **batches["notes"][0],
                        "id": "late-note",
                        "person_id": person,
                        "on_date": "2026-02-03",
                        "minutes": 7,
                        "text": "Later #laat",
                    }
                ],
                with_tags=False,
            )
            row = conn.execute(
                "SELECT on_date, person_id, minutes FROM note_tags WHERE note_id = 'late-note'"
            ).fetchone()
            conn.rollback()
        assert tuple(row) == ("2026-02-03", person, 7)
    finally:
        copy.close()
