"""Her time in the account: activities, kernen, contracted hours and outcomes (issue 12)."""

from __future__ import annotations

import datetime as dt

from dorpsboek.domain.records import Kind
from dorpsboek.domain.report import calendar_year
from dorpsboek.services import activities, people
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.report import numbers, set_contract_hours
from tests.services.report_book import build

Y2025 = calendar_year(2025)
D = dt.date


def _week(cb: Casebook) -> None:
    b = build(cb)
    people.set_kern(cb, b.anna, "Elsloo")
    people.set_kern(cb, b.bert, "Makkinga")
    save = activities.save
    new = activities.NewActivity
    save(cb, new("Kernoverleg #huisarts", "overleg", 90, D(2025, 3, 4), "Elsloo"))
    # Anna and Bert together with a volunteer: each reached once, the minutes counted once.
    who = activities.resolve(cb, ["Anna Zwartjes", "Bert van der Molenaar", "Vrijwilliger A"])
    save(cb, new("Familiegesprek #mantelzorg", "", 40, D(2025, 3, 20), participants=who))
    save(cb, new("Wandelgroep #eenzaam", "collectief", 20, D(2025, 5, 1)))
    save(cb, new("Te laat", "netwerk", 500, D(2026, 1, 2)))


def test_minutes_per_kind_tag_kern_and_without_resident(casebook: Casebook) -> None:
    _week(casebook)
    n = numbers(casebook, Y2025)
    t = n.time
    assert t.total == 110 + 90 + 40 + 20 and n.minutes == t.total
    assert t.without_resident == 90 + 20  # the family meeting had residents
    assert t.by_kind == {
        "visit": 90,
        "phone": 15,
        "message": 5,
        "overleg": 90,
        "": 40,
        "collectief": 20,
    }
    assert t.by_tag == {"eenzaam": 30 + 60 + 20, "vervoer": 45, "huisarts": 90, "mantelzorg": 40}
    assert t.by_kern == {"Elsloo": 45 + 90, "Makkinga": 60, "zonder kern": 5 + 40 + 20}
    assert t.by_month["2025-03"] == 30 + 15 + 90 + 40
    assert t.activities == 3 and t.activities_by_kind == {"overleg": 1, "": 1, "collectief": 1}
    assert n.residents_reached == 4  # Anna and Bert once each, though also in the activity
    assert t.residents_by_kern == {"Elsloo": 1, "Makkinga": 1, "zonder kern": 2}


def test_an_activity_reaches_a_resident_without_a_note(casebook: Casebook) -> None:
    _week(casebook)
    eva = casebook.add_person("Eva Nieuwenhuis")
    who = activities.resolve(casebook, ["Eva Nieuwenhuis"])
    activities.save(casebook, activities.NewActivity("Eetpunt", "collectief", participants=who,
                                                     on_date=D(2025, 9, 1)))  # fmt: skip
    n = numbers(casebook, Y2025)
    assert (n.residents_reached, n.residents_new) == (5, 4)
    casebook.delete(Kind.PERSON, eva)
    assert numbers(casebook, Y2025).residents_reached == 4


def test_contracted_hours_per_month(casebook: Casebook) -> None:
    _week(casebook)
    assert numbers(casebook, Y2025).time.contracted_by_month == {}
    set_contract_hours(casebook, 16)
    months = numbers(casebook, Y2025).time.contracted_by_month
    assert months["2025-02"] == round(16 * 60 * 28 / 7)
    assert months["2025-01"] == round(16 * 60 * 31 / 7) and len(months) == 12


def test_outcomes_of_requests_closed_in_the_period(casebook: Casebook) -> None:
    b = build(casebook)
    closed = [r for r in casebook_help(casebook) if r["closed_on"]]
    casebook.update(Kind.HELP_REQUEST, closed[0]["id"], {"outcome": "vrijwilliger gevonden"})
    n = numbers(casebook, Y2025)
    assert n.help_done == 2
    assert n.outcomes == {"vrijwilliger gevonden": 1, "niet ingevuld": 1}
    assert sum(n.outcomes.values()) == n.help_done  # the two figures count the same requests
    assert b.anna


def casebook_help(cb: Casebook) -> list[dict[str, object]]:
    from dorpsboek.store import rows

    with cb.book.raw() as conn:
        return rows.live(conn, "help_requests")


def test_erasing_a_resident_keeps_the_time_figures(casebook: Casebook) -> None:
    from dataclasses import asdict

    from dorpsboek.services import privacy

    _week(casebook)
    before = asdict(numbers(casebook, Y2025))
    anna = casebook.find_person_by_name("Anna Zwartjes")
    assert anna is not None
    privacy.erase_person(casebook, anna)
    assert asdict(numbers(casebook, Y2025)) == before
