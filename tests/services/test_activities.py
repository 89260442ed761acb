"""Activities: work not about one resident, or with several participants, in a real book."""

from __future__ import annotations

import datetime as dt

import pytest

from dorpsboek.domain.activities import Participant
from dorpsboek.domain.records import Kind
from dorpsboek.errors import UnknownParticipant, UsageError
from dorpsboek.services import activities, kernen, people
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book


@pytest.fixture
def cb(book: Book) -> Casebook:
    return Casebook(book, actor="t")


def _village(cb: Casebook) -> tuple[str, str, str, str]:
    a = cb.add_person("Aaltje Bosma")
    b = cb.add_person("Bertus de Wit")
    v = cb.create(Kind.VOLUNTEER, {"name": "Gerrit Visser"})
    o = cb.create(Kind.ORGANISATION, {"name": "Huisartsenpraktijk De Linde"})
    return a, b, v, o


def test_activity_without_anyone_is_stored_with_tags_and_audit(cb: Casebook) -> None:
    saved = activities.save(
        cb,
        activities.NewActivity(
            "Kernoverleg met #huisarts en wijkteam", "overleg", 90, dt.date(2026, 3, 4)
        ),
    )
    assert saved.participants == () and saved.tags == ("huisarts",)
    assert saved.minutes == 90 and saved.on_date == "2026-03-04" and saved.kind == "overleg"
    assert cb.stats()["activities"] == 1 and cb.stats()["notes"] == 0
    trail = [(a["action"], a["kind"]) for a in cb.audit_trail(saved.id)]
    assert trail == [("create", "activities")]
    hits = cb.search("kernoverleg")
    assert [(h.kind, h.id, h.title) for h in hits] == [
        ("activity", saved.id, "overleg · 04-03-2026")
    ]


def test_several_participants_show_on_each_page(cb: Casebook) -> None:
    a, b, v, o = _village(cb)
    who = activities.resolve(
        cb, ["Aaltje Bosma", "bertus de wit", "Gerrit Visser", "Huisartsenpraktijk De Linde"]
    )
    assert [p.kind for p in who] == ["persons", "persons", "volunteers", "organisations"]
    saved = activities.save(cb, activities.NewActivity("Familiegesprek", participants=who))
    assert {p.id for p in saved.residents} == {a, b}
    for record_id in (a, b, v, o):
        assert [x.id for x in activities.with_participant(cb, record_id)] == [saved.id]
    assert [x.id for x in activities.recent(cb)] == [saved.id]


def test_an_unknown_name_stores_nothing(cb: Casebook) -> None:
    _village(cb)
    with pytest.raises(UnknownParticipant):
        activities.resolve(cb, ["Aaltje Bosma", "Niemand Bekend"])
    assert cb.stats()["activities"] == 0


def test_bad_input_is_a_usage_error(cb: Casebook) -> None:
    for bad in (
        activities.NewActivity("  "),
        activities.NewActivity("x", kind="feest"),
        activities.NewActivity("x", minutes=-1),
    ):
        with pytest.raises(UsageError):
            activities.save(cb, bad)
    assert cb.stats()["activities"] == 0


def test_a_kern_joins_her_list_once_and_keeps_her_spelling(cb: Casebook) -> None:
    a, *_ = _village(cb)
    assert kernen.kernen(cb) == []
    kernen.set_kernen(cb, ["Oosterwolde", " ", "Makkinga", "oosterwolde"])
    assert kernen.kernen(cb) == ["Oosterwolde", "Makkinga"]
    saved = activities.save(cb, activities.NewActivity("Dorpsraad", "netwerk", kern="makkinga"))
    assert saved.kern == "Makkinga"
    assert people.set_kern(cb, a, "Elsloo") == "Elsloo"
    assert people.person(cb, a).kern == "Elsloo"
    assert kernen.kernen(cb) == ["Oosterwolde", "Makkinga", "Elsloo"]


def test_a_tombstoned_participant_is_no_longer_listed(cb: Casebook) -> None:
    a, b, *_ = _village(cb)
    who = (Participant("persons", a, "Aaltje Bosma"), Participant("persons", b, "Bertus de Wit"))
    saved = activities.save(cb, activities.NewActivity("Samen koffie", participants=who))
    cb.delete(Kind.PERSON, a)
    again = activities.get(cb, saved.id)
    assert again is not None and [p.id for p in again.participants] == [b]
