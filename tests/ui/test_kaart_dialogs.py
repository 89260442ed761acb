"""The import dialog (file → columns → preview → summary) and the matching dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.domain.records import Kind
from dorpsboek.services import kaart, volunteers
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.ui import dialogs
from dorpsboek.ui.kaart.import_dialog import MAPPING, PREVIEW, SUMMARY, ImportDialog
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.volunteers.matching_dialog import MatchDialog

FIXTURES = Path(__file__).parents[1] / "fixtures" / "kaart"


@pytest.fixture
def context(casebook: Casebook, tmp_path: Path) -> ScreenContext:
    return ScreenContext(casebook, Settings(tmp_path / "settings.json"))


def to_preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.go_next()  # Volgende: the preview is made in the worker
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PREVIEW, timeout=10_000)


def finish(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.go_next()  # Inlezen
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == SUMMARY, timeout=10_000)


def test_import_flow_with_summary(qtbot: QtBot, context: ScreenContext, casebook: Casebook) -> None:
    dialog = ImportDialog(context, "kaart")
    qtbot.addWidget(dialog)
    with dialogs.recording() as rec:
        rec.preset("open_file", str(FIXTURES / "gemeente_cp1252_puntkomma.csv"))
        dialog.choose_file()
    assert dialog.stack.currentIndex() == MAPPING
    assert dialog.combos[0].currentText() == "Naam"
    assert dialog.combos[4].currentText() == "Telefoon"
    assert dialog.combos[10].currentText() == "Contactpersoon 1"
    to_preview(qtbot, dialog)
    assert (
        dialog.preview_note.text() == "6 regels in het bestand: 4 nieuw, 1 dubbel, 1 zonder naam."
    )
    assert dialog.preview_table.item(4, 1).text() == "er staat geen naam in"
    assert dialog.preview_table.item(5, 1).text() == "zelfde als regel 6"
    assert dialog.skip_radio.isChecked() and not dialog.update_radio.isHidden()
    dialog.grab().save(str(context.settings.path.with_name("import.png")))
    finish(qtbot, dialog)
    assert dialog.summary_label.text() == "4 nieuw, 0 bijgewerkt, 2 overgeslagen."
    assert dialog.summary_lines.toPlainText().splitlines() == [
        "Regel 9: overgeslagen, er staat geen naam in.",
        "Regel 10: overgeslagen, zelfde als regel 6.",
    ]
    assert dialog.close_button.text() == "Sluiten"
    assert len(kaart.list_entries(casebook)) == 4


def test_update_duplicates_choice(qtbot: QtBot, context: ScreenContext, casebook: Casebook) -> None:
    kaart.save_entry(casebook, {"name": "Belbus Eexterveen", "phone": "0598-123456"})
    dialog = ImportDialog(context, "kaart", path=FIXTURES / "spreadsheet_utf8_bom_komma.csv")
    qtbot.addWidget(dialog)
    to_preview(qtbot, dialog)
    assert "1 dubbel" in dialog.preview_note.text()
    dialog.update_radio.setChecked(True)
    finish(qtbot, dialog)
    assert dialog.summary_label.text() == "1 nieuw, 1 bijgewerkt, 0 overgeslagen."
    belbus = next(e for e in kaart.list_entries(casebook) if e.name == "Belbus Eexterveen")
    assert belbus.opening_hours == "ma-vr 9-17"


def test_not_a_table_stays_on_the_first_step(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook
) -> None:
    dialog = ImportDialog(context, "kaart", path=FIXTURES / "plaatje.png")
    qtbot.addWidget(dialog)
    assert dialog.stack.currentIndex() == 0
    assert "geen tabel" in dialog.problem.text()
    assert "niets veranderd" in dialog.problem.text()
    assert kaart.list_entries(casebook) == []


def test_changing_the_column_mapping(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook, tmp_path: Path
) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("Wie;Nummer;Soort\nBelbus;0598123456;vervoer\n", encoding="utf-8")
    dialog = ImportDialog(context, "kaart", path=path)
    qtbot.addWidget(dialog)
    dialog.go_next()
    assert dialog.problem.text() == "Kies welke kolom de naam is."
    assert dialog.stack.currentIndex() == MAPPING
    dialog.set_column(0, "name")
    dialog.set_column(1, "phone")
    dialog.set_column(2, "category")
    to_preview(qtbot, dialog)
    finish(qtbot, dialog)
    (entry,) = kaart.list_entries(casebook)
    assert (entry.name, entry.phone, entry.category) == ("Belbus", "0598-123456", "vervoer")


def test_volunteer_import_dialog(qtbot: QtBot, context: ScreenContext, casebook: Casebook) -> None:
    dialog = ImportDialog(context, "vrijwilligers", path=FIXTURES / "vrijwilligers_puntkomma.csv")
    qtbot.addWidget(dialog)
    assert [c.currentText() for c in dialog.combos[:3]] == [
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
    ]
    to_preview(qtbot, dialog)
    finish(qtbot, dialog)
    assert dialog.summary_label.text() == "3 nieuw, 0 bijgewerkt, 1 overgeslagen."
    assert "Regel 5: let op, beschikbaarheid 'als het uitkomt' niet herkend" in (
        dialog.summary_lines.toPlainText()
    )


def test_match_dialog_ranks_shows_limits_and_links(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook
) -> None:
    def vol(name: str, skills: str, limits: str, active: bool = True, **slots: list[str]) -> str:
        return volunteers.save_volunteer(
            casebook,
            {
                "name": name,
                "skills": skills,
                "limits": limits,
                "active": active,
                "availability": json.dumps(slots),
            },
        )

    vol("Anna", "bezoek", "Liever niet op zondag.", sat=["morning"])
    bert = vol("Bert", "boodschappen, vervoer", "Alleen korte ritten in de buurt.", sat=["morning"])
    vol("Cor", "boodschappen", "Geen zwaar tilwerk.", mon=["morning"])
    vol("Dirk", "boodschappen, vervoer", "Gepauzeerd tot mei.", active=False, sat=["morning"])
    person = casebook.add_person("Inwoner")
    hr = casebook.create(
        Kind.HELP_REQUEST,
        {
            "person_id": person,
            "question": "Boodschappen doen",
            "themes": "vervoer",
            "status": "running",
            "opened_on": "2026-11-01",
        },
    )
    dialog = MatchDialog(context, hr)
    qtbot.addWidget(dialog)
    dialog.resize(820, 520)
    dialog.day.setCurrentIndex(6)  # zaterdag
    dialog.part.setCurrentIndex(1)  # ochtend
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["Bert", "Cor", "Anna"]  # Dirk is paused
    assert dialog.table.item(0, 2).text() == "ja"
    assert dialog.table.item(1, 2).text() == "nee"
    assert dialog.table.item(0, 4).text() == "Alleen korte ritten in de buurt."
    assert "Alleen korte ritten in de buurt." in dialog.limits.text()
    assert dialog.link_button.text() == "Koppel Bert aan deze hulpvraag"
    dialog.grab().save(str(context.settings.path.with_name("matching.png")))
    dialog.table.selectRow(1)
    assert "Geen zwaar tilwerk." in dialog.limits.text()
    dialog.table.selectRow(0)
    dialog.link_button.click()
    assert dialog.linked_id == bert
    assert [v.name for v in volunteers.matched_volunteers(casebook, hr)] == ["Bert"]
    assert volunteers.get_volunteer(casebook, bert).load == 1
