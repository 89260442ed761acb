"""Repeating reminders in a real book: tick off makes the next, untick takes it back, stop ends
the series, and the series travels through a handover bundle."""

from __future__ import annotations

import datetime as dt

import pytest

from dorpsboek.domain.records import Kind
from dorpsboek.errors import UsageError
from dorpsboek.handover import export
from dorpsboek.services import help as help_service
from dorpsboek.services import recurring
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump
from dorpsboek.store.book import Book

MONDAY = dt.date(2026, 12, 7)


@pytest.fixture
def cb(book: Book) -> Casebook:
    return Casebook(book, actor="t")


def _open(cb: Casebook, pid: str) -> list[tuple[str, str]]:
    return [(r.due_on, r.every) for r in help_service.reminders_for_person(cb, pid) if not r.done]


def test_ticking_off_makes_the_next_and_unticking_takes_it_back(cb: Casebook) -> None:
    pid = cb.add_person("Grietje Dagelijks")
    first = help_service.add_reminder(cb, MONDAY, "Rijden naar de dagbesteding",
                                      person_id=pid, every="1w")  # fmt: skip
    following = recurring.set_done(cb, first, True, today=MONDAY)
    assert following == recurring.next_id(first)
    assert _open(cb, pid) == [("2026-12-14", "1w")]
    nxt = cb.get(Kind.REMINDER, following)
    assert nxt["text"] == "Rijden naar de dagbesteding" and nxt["series_from"] == "2026-12-07"
    # ticked by mistake: unticking takes the next one away again
    recurring.set_done(cb, first, False, today=MONDAY)
    assert _open(cb, pid) == [("2026-12-07", "1w")]
    # ...and ticking again brings it back, the same record
    assert recurring.set_done(cb, first, True, today=MONDAY) == following
    assert _open(cb, pid) == [("2026-12-14", "1w")]
    actions = [a["action"] for a in cb.audit_trail(following)]
    assert actions[:3] == ["create", "delete", "restore"]


def test_a_one_off_reminder_makes_no_next(cb: Casebook) -> None:
    pid = cb.add_person("Hendrik Eenmalig")
    rid = help_service.add_reminder(cb, MONDAY, "Terugbellen", person_id=pid)
    assert help_service.set_reminder_done(cb, rid) is None
    assert _open(cb, pid) == []


def test_stopping_the_series_is_one_action(cb: Casebook) -> None:
    pid = cb.add_person("Grietje Dagelijks")
    rid = help_service.add_reminder(cb, MONDAY, "Bellen", person_id=pid, every="3d")
    recurring.stop(cb, rid)
    assert recurring.set_done(cb, rid, True, today=MONDAY) is None
    assert _open(cb, pid) == []


def test_a_bad_rule_is_a_usage_error_and_stores_nothing(cb: Casebook) -> None:
    pid = cb.add_person("Grietje Dagelijks")
    with pytest.raises(UsageError):
        help_service.add_reminder(cb, MONDAY, "Bellen", person_id=pid, every="elke week")
    assert help_service.reminders_for_person(cb, pid) == []


def test_next_dates_for_the_colleague(cb: Casebook) -> None:
    assert recurring.next_dates("1m", "2026-01-31", "2026-01-31", 2) == [
        dt.date(2026, 2, 28), dt.date(2026, 3, 31)
    ]  # fmt: skip
    assert recurring.next_dates("", None, "2026-01-31") == []


def test_the_series_travels_in_the_handover_bundle(cb: Casebook) -> None:
    pid = cb.add_person("Grietje Dagelijks")
    help_service.add_reminder(cb, dt.date.today(), "Rijden naar de dagbesteding",
                              person_id=pid, every="1w")  # fmt: skip
    rows = dump.read_all(cb.book)["reminders"]
    assert [(r["every"], r["series_from"]) for r in rows] == [("1w", dt.date.today().isoformat())]
    letter = export.draft_letter(cb.book)
    assert "Rijden naar de dagbesteding (elke week)" in letter
