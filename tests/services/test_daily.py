"""The daily-screen services on a real book: residents list, help requests, reminders, notes."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from dorpsboek.domain.daily import Mentionable
from dorpsboek.domain.records import Kind
from dorpsboek.errors import DiskFull, NotFound, UsageError
from dorpsboek.services import help as help_service
from dorpsboek.services import people, quick_note, today
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book

DAY = dt.date(2026, 3, 10)


def test_residents_list_filters_sorts_and_shows_last_contact(casebook: Casebook) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    bert = people.add_person(casebook, "bert de Vries", status="dormant")
    people.add_person(casebook, "Cor Jansen", status="closed")
    casebook.add_note("Koffie gedronken", person_id=anna, on_date=dt.date(2026, 1, 5))
    casebook.add_note("Gebeld", person_id=anna, on_date=dt.date(2026, 2, 5))
    old = casebook.add_note("Lang geleden", person_id=bert, on_date=dt.date(2025, 1, 1))

    rows = people.residents(casebook)
    assert [r.name for r in rows] == ["Anna Bakker", "bert de Vries", "Cor Jansen"]
    assert rows[0].last_contact == "2026-02-05"
    assert [r.name for r in people.residents(casebook, "dormant")] == ["bert de Vries"]
    # Longest without contact first; never-contacted at the very top.
    assert [r.name for r in people.residents(casebook, order="last_contact")] == [
        "Cor Jansen",
        "bert de Vries",
        "Anna Bakker",
    ]
    casebook.delete(Kind.NOTE, old.id)
    assert people.residents(casebook, "dormant")[0].last_contact is None
    with pytest.raises(UsageError):
        people.residents(casebook, "weg")


def test_edit_person_and_links_in_both_directions(casebook: Casebook) -> None:
    mother = people.add_person(casebook, "Geesje Mulder")
    daughter = people.add_person(casebook, "Riek Mulder")
    people.update_person(casebook, mother, phone="0598-123456", reach="Via de dochter")
    people.link_persons(casebook, mother, daughter, "mantelzorger")
    assert people.person(casebook, mother).phone == "0598-123456"
    assert [(x.other_name, x.relation) for x in people.person_links(casebook, mother)] == [
        ("Riek Mulder", "mantelzorger")
    ]
    assert [x.other_name for x in people.person_links(casebook, daughter)] == ["Geesje Mulder"]
    with pytest.raises(UsageError):
        people.update_person(casebook, mother, name="  ")
    actions = [a["action"] for a in casebook.audit_trail(mother)]
    assert actions == ["create", "update"]


def test_help_request_from_note_status_and_close_date(casebook: Casebook) -> None:
    pid = people.add_person(casebook, "Harm Smit")
    note = casebook.add_note("Wil hulp bij #vervoer naar het ziekenhuis", person_id=pid)
    hid = help_service.create_help_request(
        casebook, pid, "Vervoer ziekenhuis", "vervoer", from_note_id=note.id
    )
    assert quick_note.note(casebook, note.id).help_request_id == hid
    assert help_service.help_request(casebook, hid).status == "new"
    help_service.set_status(casebook, hid, "running")
    help_service.set_status(casebook, hid, "done", on_date=DAY)
    done = help_service.help_request(casebook, hid)
    assert (done.status, done.closed_on) == ("done", "2026-03-10")
    help_service.set_status(casebook, hid, "running")
    assert help_service.help_request(casebook, hid).closed_on is None
    assert [h.id for h in help_service.help_requests(casebook, "running")] == [hid]
    assert help_service.help_requests(casebook, "new") == []


def test_links_to_volunteers_and_organisations(casebook: Casebook) -> None:
    pid = people.add_person(casebook, "Harm Smit")
    hid = help_service.create_help_request(casebook, pid, "Boodschappen")
    vol = casebook.create(Kind.VOLUNTEER, {"name": "Jelle Postma"})
    org = casebook.create(Kind.ORGANISATION, {"name": "Wmo-loket"})
    help_service.add_link(casebook, "help_requests", hid, "volunteers", vol, "match")
    lid = help_service.add_link(casebook, "help_requests", hid, "organisations", org, "referral")
    assert [(x.to_name, x.role) for x in help_service.links(casebook, hid)] == [
        ("Jelle Postma", "match"),
        ("Wmo-loket", "referral"),
    ]
    casebook.delete(Kind.LINK, lid)
    assert len(help_service.links(casebook, hid)) == 1
    casebook.undelete(Kind.LINK, lid)
    assert len(help_service.links(casebook, hid)) == 2


def test_today_overview(casebook: Casebook) -> None:
    pid = people.add_person(casebook, "Truus Kok")
    help_service.add_reminder(casebook, DAY - dt.timedelta(days=3), "Terugbellen", person_id=pid)
    due = help_service.add_reminder(casebook, DAY, "Langsgaan", person_id=pid)
    help_service.add_reminder(casebook, DAY + dt.timedelta(days=1), "Morgen", person_id=pid)
    quiet = help_service.create_help_request(
        casebook, pid, "Eenzaam", on_date=DAY - dt.timedelta(weeks=10)
    )
    help_service.set_status(casebook, quiet, "running")
    other = people.add_person(casebook, "Okke Bos")
    busy = help_service.create_help_request(
        casebook, other, "Tuin", on_date=DAY - dt.timedelta(weeks=10)
    )
    help_service.set_status(casebook, busy, "running")
    casebook.add_note("Tuin besproken", person_id=other, on_date=DAY - dt.timedelta(days=2))

    view = today.overview(casebook, quiet_weeks=4, today=DAY)
    assert [r.text for r in view.reminders] == ["Terugbellen", "Langsgaan"]
    assert [h.id for h in view.quiet] == [quiet]
    assert [n.text for n in view.recent_notes] == ["Tuin besproken"]
    help_service.set_reminder_done(casebook, due)
    assert [r.text for r in today.overview(casebook, 4, DAY).reminders] == ["Terugbellen"]


def test_quick_note_new_resident_tags_mentions_and_follow_up(casebook: Casebook) -> None:
    vol = casebook.create(Kind.VOLUNTEER, {"name": "Jelle Postma"})
    org = casebook.create(Kind.ORGANISATION, {"name": "Wmo-loket"})
    mentions = (
        Mentionable("volunteers", vol, "Jelle Postma"),
        Mentionable("organisations", org, "Wmo-loket"),
    )
    saved = quick_note.save(
        casebook,
        quick_note.QuickNote(
            text="Gesprek over #vervoer, @Jelle Postma rijdt dinsdag.",
            new_person_name="Nieuwe Inwoner",
            kind="phone",
            minutes=15,
            follow_up_on=DAY,
            mentions=mentions,
        ),
    )
    assert people.residents(casebook)[0].name == "Nieuwe Inwoner"
    assert saved.note.kind == "phone"
    assert ("vervoer", 1) in casebook.tags()
    assert [
        (x.to_kind, x.to_name, x.role) for x in help_service.links(casebook, saved.note.id)
    ] == [("volunteers", "Jelle Postma", "mention")]
    reminders = help_service.reminders_for_person(casebook, saved.person_id)
    assert [(r.due_on, r.text) for r in reminders] == [
        ("2026-03-10", "Gesprek over #vervoer, @Jelle Postma rijdt dinsdag.")
    ]
    with pytest.raises(UsageError):
        quick_note.save(casebook, quick_note.QuickNote(text="x"))


def test_quick_note_on_full_disk_changes_nothing(casebook: Casebook, book: Book) -> None:
    pid = people.add_person(casebook, "Anna Bakker")
    _fill_disk(book)
    with pytest.raises(DiskFull):
        quick_note.save(
            casebook,
            quick_note.QuickNote(
                text="lang verhaal " * 4000, new_person_name="Bea", follow_up_on=DAY
            ),
        )
    book.engine.dispose()
    assert [r.name for r in people.residents(casebook)] == ["Anna Bakker"]
    assert casebook.notes_for_person(pid) == []


def _fill_disk(book: Book) -> None:
    """Every new connection may not grow the file: SQLite then reports a full disk."""
    from sqlalchemy import event

    book.engine.dispose()

    def _limit(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute("PRAGMA max_page_count = 1")  # type: ignore[attr-defined]

    event.listen(book.engine, "connect", _limit)


@pytest.mark.slow
def test_residents_list_is_fast_at_village_scale(casebook: Casebook, book: Book) -> None:
    from dorpsboek.demo.generator import VILLAGE_SCALE, generate

    generate(book, VILLAGE_SCALE)
    people.residents(casebook)  # warm the page cache
    start = time.perf_counter()
    rows = people.residents(casebook, order="last_contact")
    elapsed = time.perf_counter() - start
    assert len(rows) == VILLAGE_SCALE.persons
    assert elapsed < 0.25


def test_tag_counts_match_casebook_tags_and_skip_deleted_notes(casebook: Casebook) -> None:
    pid = people.add_person(casebook, "Anna Bakker")
    casebook.add_note("#vervoer en #wmo", person_id=pid)
    casebook.add_note("weer #vervoer", person_id=pid)
    gone = casebook.add_note("#geheim", person_id=pid)
    casebook.delete(Kind.NOTE, gone.id)
    assert quick_note.tag_counts(casebook) == casebook.tags() == [("vervoer", 2), ("wmo", 1)]
    casebook.undelete(Kind.NOTE, gone.id)
    assert ("geheim", 1) in quick_note.tag_counts(casebook)


def test_a_note_moves_only_to_a_resident_in_the_book(casebook: Casebook) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    gone = people.add_person(casebook, "Weg Persoon")
    casebook.delete(Kind.PERSON, gone)
    note = casebook.add_note("Koffie gedronken", person_id=anna)
    day = dt.date(2026, 3, 4)
    with pytest.raises(NotFound):
        quick_note.update_note(casebook, note.id, "Koffie", "", None, day, person_id=gone)
    assert casebook.get(Kind.NOTE, note.id)["text"] == "Koffie gedronken"  # nothing changed
    quick_note.update_note(casebook, note.id, "Koffie", "", None, day, person_id=anna)
    assert casebook.get(Kind.NOTE, note.id)["person_id"] == anna  # the same resident: fine
