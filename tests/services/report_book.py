"""A hand-built book with known counts, shared by the report and erasure tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dorpsboek.domain.records import Kind
from dorpsboek.services.casebook import Casebook

D = dt.date


@dataclass
class Built:
    anna: str
    bert: str
    cor: str
    dina: str
    org_huisarts: str
    org_wmo: str
    vol_a: str
    vol_b: str


def build(cb: Casebook) -> Built:
    """2025 is the period under test; 2024 is the previous one.

    Notes in 2025: Anna 3 (visit 30 min, phone 15, phone no minutes), Bert 2 (visit 60,
    meeting), Cor 1 (message, on 31-12-2025), Dina 1 on 01-01-2025 (first ever note); Bert
    also had a note in 2024, so Bert is not new. A note on 01-01-2026 and one on 31-12-2024
    lie outside the period.
    """
    anna = cb.add_person("Anna Zwartjes", phone="06-11112222", address="Kerkweg 1")
    bert = cb.add_person("Bert van der Molenaar", phone="06-33334444")
    cor = cb.add_person("Cor Huizinga")
    dina = cb.add_person("Dina Oostingh")
    cb.add_note(
        "Bezoek #eenzaam #vervoer", person_id=anna, kind="visit", on_date=D(2025, 3, 1), minutes=30
    )
    cb.add_note("Belde #vervoer", person_id=anna, kind="phone", on_date=D(2025, 3, 15), minutes=15)
    cb.add_note("Belde nog eens", person_id=anna, kind="phone", on_date=D(2025, 6, 2))
    cb.add_note("Oud contact", person_id=bert, kind="phone", on_date=D(2024, 12, 31), minutes=10)
    cb.add_note("Bezoek #eenzaam", person_id=bert, kind="visit", on_date=D(2025, 2, 1), minutes=60)
    cb.add_note("Overleg", person_id=bert, kind="meeting", on_date=D(2025, 2, 3))
    cb.add_note("Bericht", person_id=cor, kind="message", on_date=D(2025, 12, 31), minutes=5)
    cb.add_note("Na de periode", person_id=cor, kind="visit", on_date=D(2026, 1, 1), minutes=99)
    cb.add_note("Eerste keer", person_id=dina, kind="visit", on_date=D(2025, 1, 1))
    huisarts = cb.create(Kind.ORGANISATION, {"name": "Huisarts", "category": "huisarts/POH"})
    wmo = cb.create(Kind.ORGANISATION, {"name": "Wmo", "category": "Wmo-loket"})
    vol_a = cb.create(Kind.VOLUNTEER, {"name": "Vrijwilliger A"})
    vol_b = cb.create(Kind.VOLUNTEER, {"name": "Vrijwilliger B", "active": 0})
    h1 = _help(
        cb, anna, "Vervoer naar ziekenhuis", "vervoer, zorg", "done", "2025-03-01", "2025-04-01"
    )
    h2 = _help(cb, bert, "Eenzaam", "eenzaamheid", "running", "2025-02-01", None)
    h3 = _help(cb, cor, "Wmo-aanvraag", "zorg, wonen", "new", "2025-12-31", None)
    _help(cb, dina, "Oude vraag", "wonen", "done", "2024-05-01", "2025-01-10")
    _link(cb, "help_requests", h1, "organisations", huisarts, "referral")
    _link(cb, "help_requests", h3, "organisations", wmo, "referral")
    _link(cb, "help_requests", h1, "volunteers", vol_a, "match")
    _link(cb, "help_requests", h2, "volunteers", vol_a, "match")
    _link(cb, "help_requests", h2, "volunteers", vol_b, "match")
    cb.create(Kind.REMINDER, {"person_id": anna, "due_on": "2025-04-01", "text": "Terugbellen"})
    cb.create(Kind.PERSON_LINK, {"person_id": anna, "other_id": bert, "relation": "buurman"})
    cb.create(
        Kind.SIGNAL,
        {"description": "Geen bus op zaterdag", "theme": "vervoer", "noted_on": "2025-05-01"},
    )
    cb.create(
        Kind.SIGNAL,
        {
            "description": "Eetpunt",
            "theme": "ontmoeting",
            "noted_on": "2025-09-01",
            "status": "initiative",
        },
    )
    cb.create(
        Kind.STORY,
        {"title": "Weer op de markt", "text": "Met de buurtbus.", "on_date": "2025-06-01"},
    )
    cb.create(
        Kind.STORY,
        {"title": "Niet in verslag", "text": "x", "on_date": "2025-06-02", "in_report": 0},
    )
    cb.create(Kind.STORY, {"title": "Vorig jaar", "text": "x", "on_date": "2024-06-02"})
    return Built(anna, bert, cor, dina, huisarts, wmo, vol_a, vol_b)


def _help(
    cb: Casebook,
    person: str,
    question: str,
    themes: str,
    status: str,
    opened: str,
    closed: str | None,
) -> str:
    values = {"person_id": person, "question": question, "themes": themes, "status": status}
    return cb.create(Kind.HELP_REQUEST, {**values, "opened_on": opened, "closed_on": closed})


def _link(cb: Casebook, fk: str, fid: str, tk: str, tid: str, role: str) -> str:
    return cb.create(
        Kind.LINK, {"from_kind": fk, "from_id": fid, "to_kind": tk, "to_id": tid, "role": role}
    )
