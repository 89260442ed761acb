"""The casebook service: notes, tags, persons, tombstones and the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest

from dorpsboek.domain.records import Kind
from dorpsboek.errors import NotFound, UsageError
from dorpsboek.services.casebook import Casebook


def test_note_creates_the_resident_once_by_exact_name(casebook: Casebook) -> None:
    a = casebook.add_note("eerste", person_name="Jantje Bos")
    b = casebook.add_note("tweede", person_name="Jantje Bos")
    c = casebook.add_note("derde", person_name="Jantje Bosch")
    assert a.person_id == b.person_id != c.person_id
    assert casebook.stats()["persons"] == 2
    assert [n.text for n in casebook.notes_for_person(a.person_id)] == ["tweede", "eerste"]


def test_note_fields_and_tags(casebook: Casebook) -> None:
    note = casebook.add_note(
        "Hulp bij #Vervoer en #boodschappen, #vervoer nogmaals",
        person_name="Piet",
        kind="phone",
        on_date=dt.date(2026, 3, 4),
        minutes=15,
    )
    stored = casebook.notes_for_person(note.person_id)[0]
    assert (stored.kind, stored.on_date, stored.minutes) == ("phone", "2026-03-04", 15)
    assert stored.tags == ("vervoer", "boodschappen")
    assert casebook.tags() == [("boodschappen", 1), ("vervoer", 1)]


def test_note_needs_a_person(casebook: Casebook) -> None:
    with pytest.raises(UsageError):
        casebook.add_note("tekst", person_name="   ")
    assert casebook.stats()["notes"] == 0


def test_every_record_has_uuid_and_stamps(casebook: Casebook) -> None:
    pid = casebook.add_person("Riek")
    row = casebook.get(Kind.PERSON, pid)
    assert len(row["id"]) == 36 and row["created_at"] == row["updated_at"]
    casebook.update(Kind.PERSON, pid, {"phone": "0612345678"})
    changed = casebook.get(Kind.PERSON, pid)
    assert changed["updated_at"] > row["updated_at"]


def test_delete_is_a_tombstone_with_undo_and_audit(casebook: Casebook) -> None:
    pid = casebook.add_person("Sientje")
    casebook.delete(Kind.PERSON, pid)
    with pytest.raises(NotFound):
        casebook.get(Kind.PERSON, pid)
    assert casebook.stats()["persons"] == 0
    casebook.undelete(Kind.PERSON, pid)
    assert casebook.get(Kind.PERSON, pid)["name"] == "Sientje"
    actions = [(a["action"], a["actor"]) for a in casebook.audit_trail(pid)]
    assert actions == [
        ("create", "Test Ondersteuner"),
        ("delete", "Test Ondersteuner"),
        ("restore", "Test Ondersteuner"),
    ]


def test_audit_names_changed_fields_not_values(casebook: Casebook) -> None:
    pid = casebook.add_person("Klaasje")
    casebook.update(Kind.PERSON, pid, {"phone": "0501234567", "name": "Klaasje"})
    last = casebook.audit_trail(pid)[-1]
    assert last["action"] == "update" and last["fields"] == '["phone"]'


def test_stats_has_every_contract_key(casebook: Casebook) -> None:
    assert set(casebook.stats()) == {
        "persons",
        "notes",
        "help_requests",
        "reminders",
        "organisations",
        "volunteers",
        "signals",
        "stories",
        "activities",  # issue 12: work without a resident, not counted in notes
    }
