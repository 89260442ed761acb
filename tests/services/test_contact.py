"""The contact rhythm: who is due, counted from real notes and activities, in a real book."""

from __future__ import annotations

import datetime as dt

import pytest

from dorpsboek.domain.activities import Participant
from dorpsboek.domain.records import Kind
from dorpsboek.errors import UsageError
from dorpsboek.handover import export
from dorpsboek.services import activities, contact, people
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def cb(book: Book) -> Casebook:
    return Casebook(book, actor="t")


def _note(cb: Casebook, pid: str, day: dt.date) -> None:
    cb.add_note("gebeld", person_id=pid, on_date=day)


def test_rhythm_is_set_and_switched_off_through_the_audited_path(cb: Casebook) -> None:
    pid = cb.add_person("Grietje Dagelijks")
    contact.set_every(cb, pid, 14)
    assert people.person(cb, pid).regular_contact == 14
    contact.set_every(cb, pid, 0)
    assert people.person(cb, pid).regular_contact == 0
    with pytest.raises(UsageError):
        contact.set_every(cb, pid, -1)
    with pytest.raises(UsageError):
        people.update_person(cb, pid, regular_contact=400)
    assert people.person(cb, pid).regular_contact == 0


def test_overdue_counts_the_newest_note_or_activity(cb: Casebook) -> None:
    daily = cb.add_person("Grietje Dagelijks")
    fortnight = cb.add_person("Hendrik Tweewekelijks")
    quiet = cb.add_person("Ietje Zonder Ritme")
    contact.set_every(cb, daily, 1)
    contact.set_every(cb, fortnight, 14)
    _note(cb, daily, TODAY - dt.timedelta(days=1))  # due today
    _note(cb, fortnight, TODAY - dt.timedelta(days=30))
    _note(cb, quiet, TODAY - dt.timedelta(days=300))
    due = {c.name: c for c in contact.overdue(cb, TODAY)}
    assert set(due) == {"Grietje Dagelijks", "Hendrik Tweewekelijks"}
    assert due["Grietje Dagelijks"].days_overdue == 0
    assert due["Hendrik Tweewekelijks"].days_overdue == 16
    assert contact.everyone(cb, TODAY)[0].name == "Hendrik Tweewekelijks"

    # A family meeting with Hendrik last week is contact too.
    met = TODAY - dt.timedelta(days=3)
    activities.save(
        cb,
        activities.NewActivity(
            "Familiegesprek", on_date=met, participants=(Participant("persons", fortnight, ""),)
        ),
    )
    due = {c.name: c for c in contact.overdue(cb, TODAY)}
    assert set(due) == {"Grietje Dagelijks"}
    hendrik = next(c for c in contact.everyone(cb, TODAY) if c.id == fortnight)
    assert hendrik.last_contact == met.isoformat() and hendrik.days_overdue == -11


def test_a_deleted_note_no_longer_counts_as_contact(cb: Casebook) -> None:
    pid = cb.add_person("Grietje Dagelijks")
    contact.set_every(cb, pid, 7)
    _note(cb, pid, TODAY - dt.timedelta(days=20))
    recent = cb.add_note("gebeld", person_id=pid, on_date=TODAY)
    assert contact.overdue(cb, TODAY) == []
    cb.delete(Kind.NOTE, recent.id)
    assert [c.days_overdue for c in contact.overdue(cb, TODAY)] == [13]


def test_closed_residents_and_kern_filter(cb: Casebook) -> None:
    a = cb.add_person("Aaltje Bosma")
    b = cb.add_person("Bertus de Wit")
    for pid in (a, b):
        contact.set_every(cb, pid, 7)
        _note(cb, pid, TODAY - dt.timedelta(days=10))
    people.set_kern(cb, a, "Elsloo")
    assert [c.name for c in contact.overdue(cb, TODAY, kern="Elsloo")] == ["Aaltje Bosma"]
    people.update_person(cb, b, status="closed")
    assert [c.name for c in contact.overdue(cb, TODAY)] == ["Aaltje Bosma"]


def test_handover_letter_lists_rhythm_and_last_contact(cb: Casebook) -> None:
    pid = cb.add_person("Grietje Dagelijks", phone="0516-123456")
    contact.set_every(cb, pid, 14)
    _note(cb, pid, dt.date(2026, 3, 2))
    cb.add_person("Ietje Zonder Ritme")
    letter = export.draft_letter(cb.book)
    section = letter.split("## Inwoners die geregeld contact nodig hebben")[1].split("##")[0]
    assert "Grietje Dagelijks: elke 2 weken, laatste contact" in section
    assert "0516-123456" in section
    assert "Ietje" not in section
