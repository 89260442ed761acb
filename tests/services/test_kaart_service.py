"""Sociale-kaart and volunteer services on a real book: browse, keep current, refer, match."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dorpsboek.domain.matching import Moment
from dorpsboek.domain.records import Kind
from dorpsboek.errors import NotFound, UsageError
from dorpsboek.services import kaart, volunteers
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings

TODAY = dt.date(2026, 11, 22)


def help_request(casebook: Casebook, question: str, themes: str, status: str = "running") -> str:
    person = casebook.add_person("Inwoner Een")
    return casebook.create(
        Kind.HELP_REQUEST,
        {
            "person_id": person,
            "question": question,
            "themes": themes,
            "status": status,
            "opened_on": "2026-11-01",
        },
    )


def test_browse_by_category_theme_and_typing(casebook: Casebook) -> None:
    kaart.save_entry(casebook, {"name": "Belbus", "category": "vervoer", "themes": "vervoer"})
    kaart.save_entry(
        casebook, {"name": "Woningstichting", "category": "wonen", "themes": "wonen, zorg"}
    )
    kaart.save_entry(casebook, {"name": "Repair Café", "category": "Klussen (eigen)"})
    assert [e.name for e in kaart.list_entries(casebook, category="WONEN")] == ["Woningstichting"]
    assert [e.name for e in kaart.list_entries(casebook, theme="zorg")] == ["Woningstichting"]
    assert [e.name for e in kaart.list_entries(casebook, query="cafe")] == ["Repair Café"]
    cats = dict(kaart.categories(casebook))
    assert cats["Klussen (eigen)"] == 1  # her own category
    assert cats["dementie"] == 0  # the usual ones are always offered
    assert kaart.themes(casebook) == [("vervoer", 1), ("wonen", 1), ("zorg", 1)]


def test_phone_is_stored_in_one_format(casebook: Casebook) -> None:
    eid = kaart.save_entry(casebook, {"name": "Huisarts", "phone": "+31 598 123 456"})
    assert kaart.get_entry(casebook, eid).phone == "0598-123456"
    with pytest.raises(UsageError):
        kaart.save_entry(casebook, {"name": "  "})
    with pytest.raises(UsageError):
        kaart.save_entry(casebook, {"name": ""}, eid)


def test_stale_list_and_checked_today(casebook: Casebook, tmp_path: Path) -> None:
    old = kaart.save_entry(casebook, {"name": "Oud", "last_checked_on": "2025-11-21"})
    kaart.save_entry(casebook, {"name": "Net goed", "last_checked_on": "2025-11-22"})
    never = kaart.save_entry(casebook, {"name": "Nooit"})
    settings = Settings(tmp_path / "s.json")
    stale = kaart.stale_entries(casebook, settings, today=TODAY)
    assert [e.name for e in stale] == ["Nooit", "Oud"]
    kaart.mark_checked(casebook, old, today=TODAY)
    assert [e.id for e in kaart.stale_entries(casebook, settings, today=TODAY)] == [never]
    settings.set("stale_months", 1)
    assert len(kaart.stale_entries(casebook, settings, today=TODAY)) == 2
    assert kaart.get_entry(casebook, old, today=TODAY).last_checked_on == "2026-11-22"


def test_contact_persons_crud(casebook: Casebook) -> None:
    eid = kaart.save_entry(casebook, {"name": "Huisartsenpraktijk"})
    cid = kaart.add_contact(casebook, eid, "Marieke", "POH", "0612345678")
    kaart.update_contact(casebook, cid, "Marieke Smit", "POH", "06 1234 5678", "m@x.invalid")
    (contact,) = kaart.get_entry(casebook, eid).contacts
    assert (contact.name, contact.phone, contact.email) == (
        "Marieke Smit",
        "06-12345678",
        "m@x.invalid",
    )
    kaart.delete_contact(casebook, cid)
    assert kaart.get_entry(casebook, eid).contacts == ()
    with pytest.raises(NotFound):
        kaart.add_contact(casebook, "geen-id", "X")


def test_referral_counts(casebook: Casebook) -> None:
    eid = kaart.save_entry(casebook, {"name": "Wmo-loket"})
    first = help_request(casebook, "Traplift", "wonen")
    second = help_request(casebook, "Huishoudelijke hulp", "zorg")
    kaart.link_referral(casebook, "help_requests", first, eid)
    kaart.link_referral(casebook, "help_requests", first, eid)  # once only
    kaart.link_referral(casebook, "help_requests", second, eid)
    assert kaart.get_entry(casebook, eid).referrals == 2
    assert [e.name for e in kaart.referrals_from(casebook, first)] == ["Wmo-loket"]
    kaart.unlink_referral(casebook, first, eid)
    assert kaart.list_entries(casebook)[0].referrals == 1


def test_delete_entry_hides_it(casebook: Casebook) -> None:
    eid = kaart.save_entry(casebook, {"name": "Weg"})
    kaart.delete_entry(casebook, eid)
    assert kaart.list_entries(casebook) == []
    with pytest.raises(NotFound):
        kaart.get_entry(casebook, eid)


def vol(casebook: Casebook, name: str, skills: str, active: bool = True, **slots: list[str]) -> str:
    return volunteers.save_volunteer(
        casebook,
        {
            "name": name,
            "skills": skills,
            "availability": json.dumps(slots),
            "active": active,
            "limits": f"Grens van {name}",
        },
    )


def test_load_sort_and_matching(casebook: Casebook) -> None:
    anna = vol(casebook, "Anna", "vervoer, boodschappen", mon=["morning"])
    bert = vol(casebook, "Bert", "vervoer, boodschappen", mon=["morning"])
    vol(casebook, "Cor", "vervoer", mon=["afternoon"])
    vol(casebook, "Dirk", "vervoer, boodschappen", active=False, mon=["morning"])
    busy = help_request(casebook, "Naar de markt", "vervoer")
    volunteers.link_volunteer(casebook, busy, anna)
    done = help_request(casebook, "Oud verzoek", "vervoer", status="done")
    volunteers.link_volunteer(casebook, done, bert)  # finished requests are no load
    loads = {v.name: v.load for v in volunteers.list_volunteers(casebook)}
    assert loads == {"Anna": 1, "Bert": 0, "Cor": 0, "Dirk": 0}
    by_load = [v.name for v in volunteers.list_volunteers(casebook, sort="load")]
    assert by_load[-1] == "Anna"

    wanted = help_request(casebook, "Boodschappen doen", "vervoer")
    ranked = volunteers.match_volunteers(casebook, wanted, Moment("mon", "morning"))
    assert [c.name for c in ranked] == ["Bert", "Anna", "Cor"]
    assert ranked[0].limits == "Grens van Bert"
    volunteers.link_volunteer(casebook, wanted, bert)
    again = volunteers.match_volunteers(casebook, wanted, Moment("mon", "morning"))
    assert [c.name for c in again] == ["Anna", "Cor"]  # already linked: not offered again
    assert [v.name for v in volunteers.matched_volunteers(casebook, wanted)] == ["Bert"]


def test_paused_volunteer_cannot_be_linked(casebook: Casebook) -> None:
    dirk = vol(casebook, "Dirk", "vervoer", active=False)
    hr = help_request(casebook, "Rit", "vervoer")
    with pytest.raises(UsageError):
        volunteers.link_volunteer(casebook, hr, dirk)
    volunteers.set_active(casebook, dirk, True)
    volunteers.link_volunteer(casebook, hr, dirk)
    assert volunteers.get_volunteer(casebook, dirk).load == 1


def test_vog_warnings(casebook: Casebook) -> None:
    old = volunteers.save_volunteer(casebook, {"name": "Oud", "vog_on": "2023-11-21"})
    volunteers.save_volunteer(casebook, {"name": "Nieuw", "vog_on": "2025-01-01"})
    volunteers.save_volunteer(casebook, {"name": "Geen"})
    warned = volunteers.vog_warnings(casebook, today=TODAY)
    assert [v.id for v in warned] == [old]
    assert volunteers.get_volunteer(casebook, old, today=TODAY).vog_old


def test_match_unknown_help_request(casebook: Casebook) -> None:
    with pytest.raises(NotFound):
        volunteers.match_volunteers(casebook, "bestaat-niet")
