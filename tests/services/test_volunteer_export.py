"""Volunteer export: CSV that `import vrijwilligers` reads back without loss, and the HTML list."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dorpsboek.domain.columns import VOLUNTEERS, guess_mapping, parse_row
from dorpsboek.domain.csvtable import read_table
from dorpsboek.domain.volunteers import Volunteer, dump_availability, parse_availability
from dorpsboek.services import importing, volunteers
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.volunteer_export import CSV_HEADERS, grouped, hand_out_html, to_csv
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE

TODAY = dt.date(2026, 11, 22)


def fill(casebook: Casebook) -> None:
    volunteers.save_volunteer(
        casebook,
        {
            "name": "Anna de Boer",
            "phone": "+31 6 1234 5678",
            "email": "anna@voorbeeld.invalid",
            "address": "Dorpsstraat 4, 9999 AA Oosterwierum",
            "skills": "vervoer, boodschappen",
            "availability": dump_availability(
                {"tue": ("morning", "afternoon"), "sat": ("evening",)}
            ),
            "limits": 'Alleen korte ritten;\n"niet" na donker',
            "vog_on": "2020-01-15",
            "remarks": "Belt liever dan mailt",
        },
    )
    volunteers.save_volunteer(
        casebook, {"name": "Bert Mulder", "skills": "klussen", "active": False, "vog_on": None}
    )
    volunteers.save_volunteer(casebook, {"name": "=Cor", "phone": "0598-123456"})


def comparable(found: list[Volunteer]) -> list[tuple[object, ...]]:
    out = []
    for v in found:
        fields = dataclasses.asdict(v)
        fields.pop("id")
        fields["availability"] = parse_availability(v.availability)
        out.append(tuple(sorted((k, str(val)) for k, val in fields.items())))
    return sorted(out)


def test_every_field_has_a_column_the_import_recognises() -> None:
    mapping = guess_mapping(VOLUNTEERS, list(CSV_HEADERS))
    assert sorted(mapping.values()) == sorted(volunteers.FIELDS)


def test_csv_round_trip_loses_nothing(casebook: Casebook, tmp_path: Path) -> None:
    fill(casebook)
    original = volunteers.list_volunteers(casebook)
    data = to_csv(original)
    assert data.startswith(b"\xef\xbb\xbfNaam;Telefoon;E-mail;Adres;Kan en wil;Beschikbaar;")
    assert b"Belt liever dan mailt" in data  # her notes are in her own copy
    with Book.create(tmp_path / "b" / "ander.db", PASSPHRASE) as other:
        fresh = Casebook(other, actor="x")
        result = importing.import_table(fresh, read_table(data), VOLUNTEERS)
        assert result.imported == 3 and not result.skipped and not result.warnings
        assert comparable(volunteers.list_volunteers(fresh)) == comparable(original)


def test_csv_re_import_into_same_book_finds_duplicates(casebook: Casebook) -> None:
    fill(casebook)
    data = to_csv(volunteers.list_volunteers(casebook))
    result = importing.import_table(casebook, read_table(data), VOLUNTEERS)
    assert result.imported == 0
    assert [s.reason for s in result.skipped] == ["duplicate_in_book"] * 3


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=30,
).map(str.strip)
_slots = st.dictionaries(
    st.sampled_from(("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    st.sets(st.sampled_from(("morning", "afternoon", "evening")), min_size=1).map(
        lambda parts: tuple(p for p in ("morning", "afternoon", "evening") if p in parts)
    ),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=_text.filter(bool),
    skills=_text,
    limits=st.lists(_text, max_size=3).map("\n".join).map(str.strip),
    remarks=_text,
    slots=_slots,
    active=st.booleans(),
    vog=st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
)
def test_csv_round_trip_any_text(
    name: str,
    skills: str,
    limits: str,
    remarks: str,
    slots: dict[str, tuple[str, ...]],
    active: bool,
    vog: dt.date,
) -> None:
    v = Volunteer(
        id="x",
        name=name,
        skills=skills,
        limits=limits,
        remarks=remarks,
        availability=dump_availability(slots),
        active=active,
        vog_on=vog.isoformat(),
    )
    table = read_table(to_csv([v]))
    row = parse_row(VOLUNTEERS, guess_mapping(VOLUNTEERS, table.headers), 2, table.rows[0].cells)
    assert not row.problems
    assert row.values.get("name") == name
    assert row.values.get("skills", "") == skills
    assert row.values.get("limits", "") == limits
    assert row.values.get("remarks", "") == remarks
    assert parse_availability(str(row.values.get("availability") or "")) == slots
    assert row.values["active"] == int(active)
    assert row.values["vog_on"] == vog.isoformat()


def test_empty_list_gives_headers_only() -> None:
    table = read_table(to_csv([]))
    assert table.headers == CSV_HEADERS and table.rows == ()
    page = hand_out_html([], today=TODAY)
    assert "Er staan nog geen vrijwilligers in het boek." in page
    assert "0 actief, 0 gepauzeerd" in page


def test_html_is_self_contained_grouped_and_without_notes(casebook: Casebook) -> None:
    fill(casebook)
    page = hand_out_html(volunteers.list_volunteers(casebook), today=TODAY)
    assert "<style>" in page
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", page, re.IGNORECASE)
    assert "url(" not in page and "@import" not in page and "href=" not in page
    assert "Belt liever dan mailt" not in page  # her notes stay out of the list
    assert "Dorpsstraat" not in page  # and so does the address
    assert page.index("<h2>Actief</h2>") < page.index("Anna de Boer")
    assert page.index("Anna de Boer") < page.index("<h2>Gepauzeerd</h2>")
    assert page.index("<h2>Gepauzeerd</h2>") < page.index("Bert Mulder")
    assert "06-12345678" in page and "vervoer, boodschappen" in page
    assert "di ochtend en middag; za avond" in page
    assert "Alleen korte ritten;<br>&quot;niet&quot; na donker" in page
    assert "15-01-2020, ouder dan toegestaan: vraag een nieuwe aan" in page
    assert "gepauzeerd: nu niet vragen" in page
    assert "2 actief, 1 gepauzeerd" in page


def test_html_in_english() -> None:
    page = hand_out_html([Volunteer("1", "Els", active=False)], "en", TODAY)
    assert "<h2>Paused</h2>" in page and "Made on 22-11-2026" in page


def test_grouping_active_first_then_by_name() -> None:
    found = [Volunteer("1", "bas"), Volunteer("2", "Ada", active=False), Volunteer("3", "Åge")]
    assert [(a, [v.name for v in vs]) for a, vs in grouped(found)] == [
        (True, ["Åge", "bas"]),
        (False, ["Ada"]),
    ]
