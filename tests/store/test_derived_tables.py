"""What schema 13 keeps by triggers stays true whoever writes: each tag's copy of its note's
day, resident and minutes (the account and the radar read tags by day without the notes),
and each resident's newest live note (`last_notes`: the residents list by last contact,
Vandaag, the retention review)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.records import Kind
from dorpsboek.services import privacy, radar
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, derived_out_of_step, last_notes_out_of_step
from tests.store.old_books import book_at_schema


def _tags_on(book: Book, note_id: str) -> list[tuple[str, str, str, int | None]]:
    with book.raw() as conn:
        rows = conn.execute(
            "SELECT tag, on_date, person_id, minutes FROM note_tags WHERE note_id = ? ORDER BY tag",
            (note_id,),
        ).fetchall()
    return [tuple(r) for r in rows]


def test_a_note_edited_moved_and_deleted_keeps_its_tags_copies_true(casebook: Casebook) -> None:
    anna = casebook.add_person("Anna Tuinstra")
    bert = casebook.add_person("Bert Hoekstra")
    note = casebook.add_note(
        "Belde over #eenzaamheid en #vervoer",
        person_id=anna,
        on_date=dt.date(2026, 3, 2),
        minutes=20,
    ).id
    assert _tags_on(casebook.book, note) == [
        ("eenzaamheid", "2026-03-02", anna, 20),
        ("vervoer", "2026-03-02", anna, 20),
    ]
    casebook.update(Kind.NOTE, note, {"on_date": "2026-04-01", "minutes": 45})
    casebook.update(Kind.NOTE, note, {"person_id": bert})
    casebook.update(Kind.NOTE, note, {"text": "Nu alleen #vervoer"})
    assert _tags_on(casebook.book, note) == [("vervoer", "2026-04-01", bert, 45)]
    casebook.delete(Kind.NOTE, note)
    casebook.undelete(Kind.NOTE, note)
    casebook.update(Kind.NOTE, note, {"minutes": None})
    assert _tags_on(casebook.book, note) == [("vervoer", "2026-04-01", bert, None)]
    assert derived_out_of_step(casebook.book) == []


def test_the_radar_and_the_account_leave_out_deleted_notes(casebook: Casebook) -> None:
    day = dt.date(2026, 5, 20)
    notes = []
    for name in ("Cor Veenstra", "Dina Bosma", "Eef Wijbenga"):
        pid = casebook.add_person(name)
        note = casebook.add_note("#mantelzorg zwaar", person_id=pid, on_date=dt.date(2026, 5, 10))
        notes.append(note.id)
    assert [s["tag"] for s in radar.signal_suggestions(casebook, day, 3, 6)] == ["mantelzorg"]
    casebook.delete(Kind.NOTE, notes[0])
    assert radar.signal_suggestions(casebook, day, 3, 6) == []
    assert radar.suggestion_for(casebook, "mantelzorg", day)["notes"] == 2


def test_an_erased_resident_leaves_no_tag_behind(casebook: Casebook) -> None:
    pid = casebook.add_person("Fokje Dijkstra")
    casebook.add_note("#schulden gesprek", person_id=pid, on_date=dt.date(2026, 2, 2), minutes=30)
    privacy.erase_person(casebook, pid)
    with casebook.book.raw() as conn:
        assert conn.execute("SELECT count(*) FROM note_tags").fetchone()[0] == 0
    assert derived_out_of_step(casebook.book) == []


def test_bulk_demo_data_fills_the_copies(book: Book) -> None:
    generate(book, DemoSize(persons=60, notes=600, organisations=5, volunteers=5), seed=3)
    with book.raw() as conn:
        assert conn.execute("SELECT count(*) FROM note_tags").fetchone()[0] > 100
    assert derived_out_of_step(book) == []


def _schema_12_book_with_tags(path: Path) -> None:
    """A book as schema 12 wrote it: tags without copies."""
    conn = book_at_schema(path, 12)
    cur = conn.cursor()
    t = "2026-01-01T00:00:00Z"
    cur.execute(
        "INSERT INTO persons (id, created_at, updated_at, name) VALUES ('p1', ?, ?, 'Gea Mulder')",
        (t, t),
    )
    cur.execute(
        "INSERT INTO notes (id, created_at, updated_at, person_id, on_date, text, minutes) "
        "VALUES ('n1', ?, ?, 'p1', '2026-01-05', 'Over #wonen', 15)",
        (t, t),
    )
    cur.execute("INSERT INTO note_tags (note_id, tag) VALUES ('n1', 'wonen')")
    conn.commit()
    conn.close()


def test_a_book_from_schema_12_gets_its_copies_on_upgrade(book_path: Path) -> None:
    _schema_12_book_with_tags(book_path)
    with Book.open(book_path, PASSPHRASE) as book:
        assert _tags_on(book, "n1") == [("wonen", "2026-01-05", "p1", 15)]
        assert derived_out_of_step(book) == []


def _last(book: Book, person_id: str) -> str | None:
    with book.raw() as conn:
        row = conn.execute(
            "SELECT on_date FROM last_notes WHERE person_id = ?", (person_id,)
        ).fetchone()
    return None if row is None else str(row[0])


def test_the_last_note_follows_new_moved_deleted_and_restored_notes(casebook: Casebook) -> None:
    anna = casebook.add_person("Hanna Bouma")
    bert = casebook.add_person("Ids Kuipers")
    assert _last(casebook.book, anna) is None
    old = casebook.add_note("Eerste bezoek", person_id=anna, on_date=dt.date(2026, 1, 5)).id
    new = casebook.add_note("Gebeld", person_id=anna, on_date=dt.date(2026, 3, 9)).id
    casebook.add_note("Nagekomen, ouder", person_id=anna, on_date=dt.date(2025, 12, 1))
    assert _last(casebook.book, anna) == "2026-03-09"
    casebook.delete(Kind.NOTE, new)
    assert _last(casebook.book, anna) == "2026-01-05"
    casebook.undelete(Kind.NOTE, new)
    assert _last(casebook.book, anna) == "2026-03-09"
    casebook.update(Kind.NOTE, new, {"person_id": bert})  # written about the wrong resident
    assert (_last(casebook.book, anna), _last(casebook.book, bert)) == ("2026-01-05", "2026-03-09")
    casebook.update(Kind.NOTE, old, {"on_date": "2026-04-01"})
    assert _last(casebook.book, anna) == "2026-04-01"
    assert last_notes_out_of_step(casebook.book) == []


def test_the_residents_list_by_last_contact_reads_the_kept_day(casebook: Casebook) -> None:
    from dorpsboek.services import people

    first = casebook.add_person("Jelle Postma")
    second = casebook.add_person("Klaske Hiemstra")
    casebook.add_person("Lolke Zijlstra")  # never a note
    casebook.add_note("Langs geweest", person_id=first, on_date=dt.date(2026, 2, 1))
    late = casebook.add_note("Gebeld", person_id=second, on_date=dt.date(2026, 5, 1)).id
    rows = people.residents(casebook, order="last_contact_desc")
    assert [(r.name, r.last_contact) for r in rows] == [
        ("Klaske Hiemstra", "2026-05-01"),
        ("Jelle Postma", "2026-02-01"),
        ("Lolke Zijlstra", None),
    ]
    casebook.delete(Kind.NOTE, late)
    rows = people.residents(casebook, order="last_contact_desc")
    assert [r.name for r in rows][:2] == ["Jelle Postma", "Klaske Hiemstra"]
