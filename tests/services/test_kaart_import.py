"""Importing messy CSV files into a real book: counts, duplicates, skips, all-or-nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dorpsboek.domain.columns import KAART, VOLUNTEERS
from dorpsboek.errors import NotATable
from dorpsboek.services import importing, kaart, volunteers
from dorpsboek.services.casebook import Casebook

FIXTURES = Path(__file__).parents[1] / "fixtures" / "kaart"


def test_municipal_export_imports_with_line_numbered_skips(casebook: Casebook) -> None:
    result = importing.import_file(casebook, FIXTURES / "gemeente_cp1252_puntkomma.csv", KAART)
    assert result.imported == 4
    assert result.updated == 0
    assert [(s.line, s.reason) for s in result.skipped] == [
        (9, "no_name"),
        (10, "duplicate_in_file"),
    ]
    assert result.skipped[1].detail == "6"
    entries = {e.name: e for e in kaart.list_entries(casebook)}
    assert set(entries) == {
        "Huisartsenpraktijk Zuidwolde",
        "Wmo-loket gemeente",
        "Dorpshuis De Brink",
        "Coöperatie Zorg Dichtbij",
    }
    huisarts = entries["Huisartsenpraktijk Zuidwolde"]
    assert huisarts.phone == "0528-123456"
    assert [(c.name, c.role, c.phone) for c in huisarts.contacts] == [
        ("Marieke Smit", "POH", "06-12345678")
    ]
    assert entries["Wmo-loket gemeente"].phone == "050-1234567"
    assert (
        entries["Wmo-loket gemeente"].description == "Aanvragen voor hulp;\nook huishoudelijke hulp"
    )


def test_duplicates_against_the_book_skip_or_update(casebook: Casebook) -> None:
    path = FIXTURES / "gemeente_cp1252_puntkomma.csv"
    importing.import_file(casebook, path, KAART)
    again = importing.import_file(casebook, path, KAART)
    assert again.imported == 0
    assert {s.reason for s in again.skipped} == {"no_name", "duplicate_in_book"}
    updated = importing.import_file(casebook, path, KAART, update_duplicates=True)
    assert updated.imported == 0
    assert updated.updated == 5  # four entries, plus the in-file repeat updating the same one
    brink = next(e for e in kaart.list_entries(casebook) if e.name == "Dorpshuis De Brink")
    assert brink.description == "Dubbele regel"
    assert len(kaart.list_entries(casebook)) == 4
    huisarts = next(e for e in kaart.list_entries(casebook) if e.name.startswith("Huisarts"))
    assert len(huisarts.contacts) == 1


def test_same_name_with_other_phone_is_not_a_duplicate(casebook: Casebook) -> None:
    kaart.save_entry(casebook, {"name": "Dorpshuis De Brink", "phone": "0598-111111"})
    result = importing.import_file(casebook, FIXTURES / "gemeente_cp1252_puntkomma.csv", KAART)
    assert result.imported == 4


def test_dry_run_reports_but_changes_nothing(casebook: Casebook) -> None:
    result = importing.import_file(
        casebook, FIXTURES / "gemeente_cp1252_puntkomma.csv", KAART, dry_run=True
    )
    assert result.imported == 4
    assert kaart.list_entries(casebook) == []


@pytest.mark.parametrize("name", ["leeg.csv", "plaatje.png", "brief.txt"])
def test_not_a_table_changes_nothing(casebook: Casebook, name: str) -> None:
    kaart.save_entry(casebook, {"name": "Bestaand"})
    before = casebook.audit_trail()
    with pytest.raises(NotATable):
        importing.import_file(casebook, FIXTURES / name, KAART)
    assert [e.name for e in kaart.list_entries(casebook)] == ["Bestaand"]
    assert casebook.audit_trail() == before


def test_table_without_a_name_column_is_refused(casebook: Casebook, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Kolom A;Kolom B\n1;2\n", encoding="utf-8")
    with pytest.raises(NotATable):
        importing.import_file(casebook, path, KAART)


def test_chosen_mapping_overrides_the_guess(casebook: Casebook, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Kolom A;Kolom B\nBelbus;0598123456\n", encoding="utf-8")
    result = importing.import_file(casebook, path, KAART, mapping={0: "name", 1: "phone"})
    assert result.imported == 1
    assert kaart.list_entries(casebook)[0].phone == "0598-123456"


def test_preview_counts_duplicates(casebook: Casebook) -> None:
    path = FIXTURES / "spreadsheet_utf8_bom_komma.csv"
    importing.import_file(casebook, path, KAART)
    preview = importing.preview(casebook, importing.load(path), KAART)
    assert preview.duplicates == 2
    assert [r.name for r in preview.rows] == ["Belbus Eexterveen", "Tafeltje Dekje"]


def test_volunteers_import(casebook: Casebook) -> None:
    result = importing.import_file(casebook, FIXTURES / "vrijwilligers_puntkomma.csv", VOLUNTEERS)
    assert result.imported == 3
    assert [(s.line, s.reason, s.detail) for s in result.skipped] == [(6, "duplicate_in_file", "2")]
    assert [(w.line, w.reason) for w in result.warnings] == [(5, "bad_availability")]
    found = {v.name: v for v in volunteers.list_volunteers(casebook)}
    assert found["Jan van der Berg"].phone == "06-11122233"
    assert found["Els Mulder"].active is False
    assert found["Els Mulder"].limits.startswith("Geen persoonlijke verzorging.")


def test_thousand_rows_one_transaction(casebook: Casebook, tmp_path: Path) -> None:
    lines = ["Naam;Telefoon;Categorie"]
    lines += [f"Organisatie {i};0598-{100000 + i};welzijn" for i in range(1000)]
    path = tmp_path / "groot.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = importing.import_file(casebook, path, KAART)
    assert result.imported == 1000
    assert casebook.stats()["organisations"] == 1000
    assert len(casebook.search("Organisatie 999")) >= 1


def test_fixture_copy_unchanged(tmp_path: Path) -> None:
    # The import reads files; it never writes next to them.
    copy = tmp_path / "a.csv"
    shutil.copy(FIXTURES / "tab_utf8.tsv", copy)
    importing.load(copy)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]
