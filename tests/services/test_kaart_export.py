"""Export: CSV that imports back without loss, and a self-contained HTML hand-out."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dorpsboek.domain.columns import KAART, guess_mapping, parse_row
from dorpsboek.domain.csvtable import read_table
from dorpsboek.domain.kaart import Entry
from dorpsboek.services import importing, kaart
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.kaart_export import grouped, hand_out_html, to_csv
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE


def fill(casebook: Casebook) -> None:
    wmo = kaart.save_entry(
        casebook,
        {
            "name": "Wmo-loket gemeente",
            "category": "Wmo-loket",
            "themes": "zorg, wonen",
            "description": 'Aanvragen; "hulp"\nen voorzieningen',
            "when_to_call": "Bij een aanvraag, bel eerst",
            "phone": "+31 50 123 4567",
            "email": "wmo@gemeente.invalid",
            "website": "https://gemeente.invalid/wmo",
            "address": "Markt 2",
            "postcode": "9700 AB",
            "city": "Groningen",
            "opening_hours": "ma-do 9-12",
            "remarks": "Vraag naar Ans, zij weet het",
            "last_checked_on": "2025-03-15",
        },
    )
    kaart.add_contact(casebook, wmo, "Ans de Vries", "consulent", "0612345678", "ans@x.invalid")
    kaart.add_contact(casebook, wmo, "Piet", "", "", "")
    kaart.save_entry(casebook, {"name": "Dorpshuis De Brink", "category": "dorpshuis"})
    kaart.save_entry(casebook, {"name": "Zonder categorie"})


def comparable(entries: list[Entry]) -> list[tuple[object, ...]]:
    out = []
    for e in entries:
        fields = dataclasses.asdict(e)
        fields.pop("id")
        fields["contacts"] = [(c.name, c.role, c.phone, c.email) for c in e.contacts]
        out.append(tuple(sorted((k, str(v)) for k, v in fields.items())))
    return sorted(out)


def test_csv_round_trip_loses_nothing(casebook: Casebook, tmp_path: Path) -> None:
    fill(casebook)
    original = kaart.list_entries(casebook)
    data = to_csv(original)
    with Book.create(tmp_path / "b" / "ander.db", PASSPHRASE) as other:
        fresh = Casebook(other, actor="x")
        result = importing.import_table(fresh, read_table(data), KAART)
        assert result.imported == 3 and not result.skipped and not result.warnings
        assert comparable(kaart.list_entries(fresh)) == comparable(original)


def test_csv_re_import_into_same_book_finds_duplicates(casebook: Casebook) -> None:
    fill(casebook)
    data = to_csv(kaart.list_entries(casebook))
    result = importing.import_table(casebook, read_table(data), KAART)
    assert result.imported == 0
    assert [s.reason for s in result.skipped] == ["duplicate_in_book"] * 3


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=30,
).map(str.strip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=_text.filter(bool),
    description=_text,
    remarks=st.lists(_text, max_size=3).map("\n".join).map(str.strip),
    themes=_text,
)
def test_csv_round_trip_any_text(name: str, description: str, remarks: str, themes: str) -> None:
    entry = Entry(id="x", name=name, description=description, remarks=remarks, themes=themes)
    table = read_table(to_csv([entry]))
    row = parse_row(KAART, guess_mapping(KAART, table.headers), 2, table.rows[0].cells)
    assert row.values.get("name") == name
    assert row.values.get("description", "") == description
    assert row.values.get("remarks", "") == remarks
    assert row.values.get("themes", "") == themes


def test_html_is_self_contained_grouped_and_private(casebook: Casebook) -> None:
    fill(casebook)
    page = hand_out_html(kaart.list_entries(casebook))
    assert "<style>" in page
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "url(" not in page and "@import" not in page
    assert "Vraag naar Ans" not in page  # her own notes stay out of the hand-out
    assert page.index("<h2>Dorpshuis</h2>") < page.index("<h2>Wmo-loket</h2>")
    assert page.index("<h2>Wmo-loket</h2>") < page.index("<h2>Zonder categorie</h2>")
    assert "050-1234567" in page and "Ans de Vries" in page
    assert "Aanvragen; &quot;hulp&quot;<br>en voorzieningen" in page


def test_grouping_puts_uncategorised_last() -> None:
    entries = [Entry("1", "B", "welzijn"), Entry("2", "A", ""), Entry("3", "C", "Welzijn")]
    assert [(c, [e.name for e in es]) for c, es in grouped(entries)] == [
        ("welzijn", ["B", "C"]),
        ("", ["A"]),
    ]


def test_formula_like_cells_are_guarded_and_come_back(casebook: Casebook, tmp_path: Path) -> None:
    entry = Entry(id="x", name="=HYPERLINK(1)", phone="+32 2 123 45 67", remarks="-", themes="@a")
    data = to_csv([entry])
    assert b"'=HYPERLINK(1)" in data and b"'+32 2 123 45 67" in data
    table = read_table(data)
    row = parse_row(KAART, guess_mapping(KAART, table.headers), 2, table.rows[0].cells)
    assert row.values["name"] == "=HYPERLINK(1)"
    assert row.values["phone"] == "+32 2 123 45 67"
    assert row.values["remarks"] == "-"
    assert row.values["themes"] == "@a"
