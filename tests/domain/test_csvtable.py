"""Reading CSV files as they really come: encodings, delimiters, headers, line breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from dorpsboek.domain.columns import KAART, VOLUNTEERS, guess_mapping, parse_row
from dorpsboek.domain.csvtable import Table, guard, read_table, unguard, write_table
from dorpsboek.errors import NotATable

FIXTURES = Path(__file__).parents[1] / "fixtures" / "kaart"


def table(name: str) -> Table:
    return read_table((FIXTURES / name).read_bytes())


def test_windows_1252_semicolons_with_quoted_line_break() -> None:
    t = table("gemeente_cp1252_puntkomma.csv")
    assert t.delimiter == ";"
    assert t.encoding == "cp1252"
    names = [r.cells[0] for r in t.rows]
    assert "Coöperatie Zorg Dichtbij" in names
    wmo = next(r for r in t.rows if r.cells[0] == "Wmo-loket gemeente")
    assert wmo.line == 4
    assert wmo.cells[3] == "Aanvragen voor hulp;\r\nook huishoudelijke hulp"
    # the row after the quoted line break starts on line 6; empty lines are skipped
    assert [r.line for r in t.rows] == [2, 4, 6, 8, 9, 10]


def test_utf8_bom_commas_english_headers() -> None:
    t = table("spreadsheet_utf8_bom_komma.csv")
    assert t.delimiter == ","
    assert t.headers[0] == "Name"
    mapping = guess_mapping(KAART, t.headers)
    assert mapping[0] == "name"
    assert mapping[4] == "phone"
    assert mapping[10] == "opening_hours"
    assert mapping[11] == "remarks"
    row = parse_row(KAART, mapping, t.rows[0].line, t.rows[0].cells)
    assert row.values["remarks"] == "line one\nline two"
    assert row.values["phone"] == "0598-123456"


@pytest.mark.parametrize("name", ["tab_utf16.csv", "tab_utf8.tsv"])
def test_tabs_in_utf16_and_utf8(name: str) -> None:
    t = table(name)
    assert t.delimiter == "\t"
    mapping = guess_mapping(KAART, t.headers)
    assert set(mapping.values()) == {"name", "phone", "email", "category", "last_checked_on"}
    first = parse_row(KAART, mapping, t.rows[0].line, t.rows[0].cells)
    assert first.values["last_checked_on"] == "2025-03-15"
    assert first.values["phone"] == "050-3112233"
    second = parse_row(KAART, mapping, t.rows[1].line, t.rows[1].cells)
    assert second.problems == [("bad_date", "gisteren")]


def test_dutch_header_spellings_map_to_fields() -> None:
    headers = [
        "Organisatie",
        "Telefoonnummer",
        "E-mailadres",
        "Thema's",
        "Omschrijving",
        "Contactpersoon",
        "Functie contactpersoon",
        "Telefoon contactpersoon",
        "Contactpersoon 2",
        "E-mail contactpersoon 2",
        "Iets anders",
    ]
    assert guess_mapping(KAART, headers) == {
        0: "name",
        1: "phone",
        2: "email",
        3: "themes",
        4: "description",
        5: "contact_name_1",
        6: "contact_role_1",
        7: "contact_phone_1",
        8: "contact_name_2",
        9: "contact_email_2",
    }


def test_volunteer_names_from_parts_and_availability() -> None:
    t = table("vrijwilligers_puntkomma.csv")
    mapping = guess_mapping(VOLUNTEERS, t.headers)
    jan = parse_row(VOLUNTEERS, mapping, t.rows[0].line, t.rows[0].cells)
    assert jan.values["name"] == "Jan van der Berg"
    assert jan.values["availability"] == '{"mon": ["morning"], "wed": ["afternoon"]}'
    assert jan.values["vog_on"] == "2024-02-01"
    els = parse_row(VOLUNTEERS, mapping, t.rows[1].line, t.rows[1].cells)
    assert els.values["active"] == 0
    assert els.values["limits"] == "Geen persoonlijke verzorging.\nLiever niet op zondag."
    kees = parse_row(VOLUNTEERS, mapping, t.rows[2].line, t.rows[2].cells)
    assert kees.values["remarks"] == "Beschikbaar: als het uitkomt"
    assert kees.problems == [("bad_availability", "als het uitkomt")]


@pytest.mark.parametrize("name", ["leeg.csv", "alleen_witruimte.csv", "plaatje.png", "brief.txt"])
def test_files_that_are_not_tables(name: str) -> None:
    with pytest.raises(NotATable) as caught:
        table(name)
    assert caught.value.exit_code == 4


def test_a_list_of_names_alone_is_a_table() -> None:
    t = table("een_kolom.csv")
    assert [r.cells for r in t.rows] == [("Dorpshuis",), ("Kerk",)]


def test_written_table_reads_back() -> None:
    data = write_table(["Naam", "Omschrijving"], [["A; B", 'zegt "ja"\nen nee']])
    t = read_table(data)
    assert t.headers == ("Naam", "Omschrijving")
    assert t.rows[0].cells == ("A; B", 'zegt "ja"\nen nee')


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Tel.nr", "phone"),
        ("E-mail address", "email"),
        ("Straat en huisnummer", "address"),
        ("Postal code", "postcode"),
        ("Laatste controle", "last_checked_on"),
        ("Opening hours", "opening_hours"),
        ("Contact 2 phone", "contact_phone_2"),
        ("Rol contactpersoon 3", "contact_role_3"),
        ("Wanneer inschakelen", "when_to_call"),
    ],
)
def test_more_kaart_header_spellings(header: str, field: str) -> None:
    assert guess_mapping(KAART, [header]) == {0: field}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Wat kan en wil ik", "skills"),
        ("Soort hulp", "skills"),
        ("VOG-datum", "vog_on"),
        ("Datum VOG", "vog_on"),
        ("Dagdelen", "availability"),
        ("Liefst niet", "limits"),
        ("Roepnaam", "first_name"),
    ],
)
def test_more_volunteer_header_spellings(header: str, field: str) -> None:
    assert guess_mapping(VOLUNTEERS, [header]) == {0: field}


@pytest.mark.parametrize("cell", ["=1+1", "'=1+1", "''=a", "'", "-", "+31", "@x", "'@", "plain"])
def test_guarded_cells_read_back_unchanged(cell: str) -> None:
    assert unguard(guard(cell)) == cell
