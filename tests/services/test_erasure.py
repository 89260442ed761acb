"""Erasure keeps the numbers, removes every record, and leaves no readable trace anywhere."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dorpsboek.domain.records import Kind
from dorpsboek.domain.report import Period, calendar_year
from dorpsboek.errors import NotFound
from dorpsboek.services import privacy
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.report import numbers
from dorpsboek.store.book import Book
from tests.helpers import MARKER, PASSPHRASE
from tests.services.pages import book_plaintext, wal_plaintext
from tests.services.report_book import build

PERIODS = [
    calendar_year(2025),
    calendar_year(2024),
    Period(calendar_year(2025).first, calendar_year(2025).first),
    Period(calendar_year(2024).first, calendar_year(2026).last),
]


def _all_numbers(cb: Casebook) -> list[dict[str, object]]:
    out = []
    for period in PERIODS:
        n = dataclasses.asdict(numbers(cb, period))
        out.append(n)
    return out


@pytest.mark.parametrize("who", ["anna", "bert", "cor", "dina"])
def test_a_report_shows_the_same_numbers_before_and_after_an_erasure(
    casebook: Casebook, who: str
) -> None:
    built = build(casebook)
    before = _all_numbers(casebook)
    result = privacy.erase_person(casebook, getattr(built, who))
    assert result.checkpointed
    assert _all_numbers(casebook) == before


def test_two_erasures_in_a_row_keep_the_numbers(casebook: Casebook) -> None:
    built = build(casebook)
    before = _all_numbers(casebook)
    privacy.erase_person(casebook, built.anna)
    privacy.erase_person(casebook, built.bert)
    assert _all_numbers(casebook) == before


def test_erasure_removes_every_record_and_keeps_the_ids(casebook: Casebook) -> None:
    built = build(casebook)
    result = privacy.erase_person(casebook, built.anna)
    assert result.counts == {
        "persons": 1,
        "notes": 3,
        "help_requests": 1,
        "reminders": 1,
        "person_links": 1,
        "links": 2,
    }
    assert casebook.notes_for_person(built.anna) == []
    with pytest.raises(NotFound):
        casebook.get(Kind.PERSON, built.anna)
    assert casebook.search("Zwartjes") == []
    erased = {kind for _id, kind, _at in privacy.erased_records(casebook)}
    assert erased == set(result.counts)
    assert built.anna in {i for i, _k, _a in privacy.erased_records(casebook)}
    # Bert, linked to Anna as a neighbour, stays with his own records.
    assert len(casebook.notes_for_person(built.bert)) == 3
    with pytest.raises(NotFound):
        privacy.erase_person(casebook, built.anna)


def test_erasure_takes_the_residents_notes_in_the_bin_too(casebook: Casebook, book: Book) -> None:
    built = build(casebook)
    binned = casebook.add_note("Weggegooid verhaal", person_id=built.anna).id
    casebook.delete(Kind.NOTE, binned)
    result = privacy.erase_person(casebook, built.anna)
    assert result.counts["notes"] == 4  # three live notes and the one in the bin
    with book.raw() as conn:
        left = conn.execute("SELECT count(*) FROM notes WHERE person_id = ?", (built.anna,))
        assert left.fetchone()[0] == 0
    assert binned in {i for i, _k, _a in privacy.erased_records(casebook)}


def test_audit_trail_keeps_that_it_happened_never_the_name(casebook: Casebook) -> None:
    built = build(casebook)
    note_ids = [n.id for n in casebook.notes_for_person(built.anna)]
    privacy.erase_person(casebook, built.anna)
    trail = casebook.audit_trail()
    assert [a["action"] for a in trail if a["record_id"] == built.anna] == ["erase"]
    assert not [a for a in trail if a["record_id"] in note_ids]
    assert "Zwartjes" not in repr(trail)


def test_erasing_a_tombstoned_resident_works_and_adds_nothing(casebook: Casebook) -> None:
    built = build(casebook)
    casebook.delete(Kind.PERSON, built.cor)
    before = _all_numbers(casebook)
    privacy.erase_person(casebook, built.cor)
    assert _all_numbers(casebook) == before


def test_no_trace_of_the_marker_in_any_page_or_file(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        cb = Casebook(book, actor="t")
        other = cb.add_person("Gewone Buurvrouw")
        pid = cb.add_person(f"Jan {MARKER}", address=f"{MARKER}straat 1", phone="06-99887766")
        cb.add_note(f"Besproken met {MARKER} #vervoer", person_id=pid, kind="visit", minutes=10)
        hid = cb.create(
            Kind.HELP_REQUEST,
            {"person_id": pid, "question": f"Vraag {MARKER}", "opened_on": "2025-01-01"},
        )
        cb.create(Kind.REMINDER, {"person_id": pid, "due_on": "2025-02-01", "text": MARKER})
        cb.create(Kind.REMINDER, {"help_request_id": hid, "due_on": "2025-02-01", "text": "x"})
        cb.create(Kind.PERSON_LINK, {"person_id": other, "other_id": pid, "relation": MARKER})
        # Fold everything into the book file, then write more so pages churn.
        with book.raw() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cb.add_note(f"Nog een keer {MARKER}", person_id=pid)
        key = book._key
        marker = MARKER.encode()
        assert marker in book_plaintext(book_path, key) + wal_plaintext(book_path, key)
        privacy.erase_person(cb, pid)
        assert marker not in book_plaintext(book_path, key)
        assert marker not in wal_plaintext(book_path, key)
        assert cb.search("Buurvrouw")  # the rest of the book still works
        assert book.verify().ok
    for path in book_path.parent.rglob("*"):
        if path.is_file():
            assert marker not in path.read_bytes(), path
    assert book_plaintext(book_path, key).count(b"Buurvrouw") >= 1


def test_plaintext_export_of_the_book_holds_no_marker(book: Book, tmp_path: Path) -> None:
    """The issue's check: a plaintext copy (sqlcipher_export with an empty key) is clean."""
    cb = Casebook(book, actor="t")
    pid = cb.add_person(f"Piet {MARKER}")
    cb.add_note(f"Tekst {MARKER}", person_id=pid)
    privacy.erase_person(cb, pid)
    plain = tmp_path / "plain.db"
    with book.raw() as conn:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    assert plain.read_bytes().startswith(b"SQLite format 3")
    assert MARKER.encode() not in plain.read_bytes()


def test_erasures_from_another_book_are_repeated_here(book_path: Path, tmp_path: Path) -> None:
    """A handover: the colleague erased Anna in her copy; the owner's book follows suit."""
    with Book.create(book_path, PASSPHRASE) as owner:
        cb = Casebook(owner, actor="eigenaar")
        built = build(cb)
        before = _all_numbers(cb)
        with Book.create(tmp_path / "kopie" / "boek.db", PASSPHRASE) as other:
            theirs = Casebook(other, actor="waarnemer")
            gone = theirs.add_person("Iemand Anders")
            privacy.erase_person(theirs, gone)
            erased = privacy.erased_records(theirs)
        erased.append((built.anna, "persons", "2026-01-01T00:00:00Z"))
        assert privacy.apply_erasures(cb, erased) == 1
        assert _all_numbers(cb) == before
        assert privacy.is_erased(cb, built.anna) and privacy.is_erased(cb, gone)
        assert cb.notes_for_person(built.anna) == []
        assert privacy.apply_erasures(cb, erased) == 0  # twice is harmless
