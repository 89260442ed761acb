"""Forms that stay on screen keep unsaved edits: a signal or story she was typing survives
picking another one or "Nieuw", a resident's changed details survive looking at another
resident (and a reload after a note), and the handover letter she changed survives Escape and
going back a page. Nothing of it is written to the book until she saves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dorpsboek.domain.records import Kind
from dorpsboek.services import people, stories
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.handover.export_wizard import ExportDialog
from dorpsboek.ui.screens import residents, signals
from tests.ui.daily_helpers import context
from tests.ui.shots import shot

RESTORED = "Nog niet opgeslagen: uw wijzigingen van eerder staan er weer."


def _signals(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> signals.SignalsScreen:
    screen = signals.SignalsScreen(context(casebook, tmp_path))
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    screen.refresh()
    return screen


def test_a_new_signal_being_typed_survives_picking_another(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    casebook.create(
        Kind.SIGNAL,
        {"theme": "vervoer", "description": "Geen bus op zaterdag", "noted_on": "2026-01-05"},
    )
    screen = _signals(qtbot, casebook, tmp_path)
    screen.new_signal()
    qtbot.keyClicks(screen.theme, "eenzaamheid")
    qtbot.keyClicks(screen.description, "Veel alleenstaanden na de sluiting van de winkel")

    screen.signal_list.setCurrentRow(0)  # she looks at the old one
    assert screen.description.toPlainText() == "Geen bus op zaterdag"
    assert screen.signal_notice.text() == ""

    screen.new_signal()  # and comes back
    assert screen.theme.text() == "eenzaamheid"
    assert screen.description.toPlainText() == "Veel alleenstaanden na de sluiting van de winkel"
    assert screen.signal_notice.text() == RESTORED
    assert screen.signal_notice.isVisible()
    shot(screen, "signaal-concept", tmp_path)
    assert len(stories.list_signals(casebook)) == 1  # nothing stored until she saves

    screen.save_signal()
    assert len(stories.list_signals(casebook)) == 2
    assert screen.signal_notice.text() == ""
    screen.new_signal()  # saved: the next new one starts empty
    assert screen.description.toPlainText() == ""


def test_edits_to_a_stored_signal_and_story_come_back_unsaved(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    casebook.create(
        Kind.SIGNAL, {"theme": "vervoer", "description": "Geen bus", "noted_on": "2026-01-05"}
    )
    casebook.create(
        Kind.SIGNAL, {"theme": "wonen", "description": "Te weinig", "noted_on": "2026-01-06"}
    )
    stories.add_story(casebook, "Samen eten", "Het begon klein.")
    screen = _signals(qtbot, casebook, tmp_path)
    first = screen.signal_list.item(0).text()
    screen.signal_list.setCurrentRow(0)
    screen.description.appendPlainText("Ook niet op zondag.")
    screen.signal_list.setCurrentRow(1)
    screen.signal_list.setCurrentRow(0)
    assert screen.signal_list.item(0).text() == first
    assert screen.description.toPlainText().endswith("Ook niet op zondag.")
    assert screen.signal_notice.text() == RESTORED
    assert not any("zondag" in s.description for s in stories.list_signals(casebook))

    screen.tabs.setCurrentIndex(1)
    screen.story_list.setCurrentRow(0)
    screen.story_text.appendPlainText("Nu komen er twintig.")
    screen.new_story()
    assert screen.story_text.toPlainText() == ""
    screen.story_list.setCurrentRow(0)
    assert screen.story_text.toPlainText().endswith("Nu komen er twintig.")
    assert screen.story_notice.text() == RESTORED
    screen.save_story()
    assert stories.list_stories(casebook)[0].text.endswith("Nu komen er twintig.")
    assert screen.story_notice.text() == ""


def test_changed_details_survive_another_resident_and_a_reload(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    a = people.add_person(casebook, "Aaltje Bosma", phone="0516-111111")
    b = people.add_person(casebook, "Bertus de Wit")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    assert screen.show_record("person", a)
    form = screen.page.details
    form.phone.setText("06-12345678")
    form.remarks.setPlainText("Belt liever na tienen")

    screen.page.reload()  # what a note added from her page does
    assert form.phone.text() == "06-12345678"
    assert form.remarks.toPlainText() == "Belt liever na tienen"

    assert screen.show_record("person", b)
    assert form.phone.text() == ""
    assert form.message.text() == ""
    assert screen.show_record("person", a)
    assert form.phone.text() == "06-12345678"
    assert form.message.text() == RESTORED
    assert people.person(casebook, a).phone == "0516-111111"  # not saved behind her back

    form.save_button.click()
    assert people.person(casebook, a).phone == "06-12345678"
    assert screen.show_record("person", b) and screen.show_record("person", a)
    assert form.message.text() == ""


def test_the_handover_letter_she_changed_survives_escape_and_going_back(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    people.add_person(casebook, "Aaltje Bosma")
    dialog = ExportDialog(casebook)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.owner, "Anna de Vries")
    qtbot.keyClicks(dialog.read_first, "Bel eerst de huisarts.")
    dialog.forward()
    drafted = dialog.letter.toPlainText()
    assert drafted
    dialog.letter.appendPlainText("Mevrouw Bosma verwacht een telefoontje op dinsdag.")
    dialog.go(0)
    dialog.forward()  # going back and on again does not draft over her words
    assert dialog.letter.toPlainText().endswith("telefoontje op dinsdag.")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    again = ExportDialog(casebook)
    qtbot.addWidget(again)
    again.show()
    assert again.read_first.toPlainText() == "Bel eerst de huisarts."
    assert again.restored.text() == RESTORED
    again.forward()
    assert again.letter.toPlainText().endswith("telefoontje op dinsdag.")
    shot(again, "overdracht-brief-concept", tmp_path)


def test_an_untouched_drafted_letter_is_drafted_afresh(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    dialog = ExportDialog(casebook)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.owner, "Anna de Vries")
    dialog.forward()
    dialog.reject()
    again = ExportDialog(casebook)
    qtbot.addWidget(again)
    again.show()
    assert again.restored.text() == ""  # nothing of hers to bring back
    again.scope_all.setChecked(True)
    again.forward()
    assert again.letter.toPlainText()
