"""Small things a first-day user trips over (issue 17, point 7), each pinned by a test."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.ui.main_window import MainWindow
from dorpsboek.ui.screens import handover, today
from dorpsboek.ui.screens.base import ScreenContext
from tests.ui.daily_helpers import context


def test_escape_in_the_search_field_takes_the_words_away(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    main = MainWindow(ScreenContext(casebook, Settings(tmp_path / "s.json")), "boek")
    qtbot.addWidget(main)
    main.show()
    main.search.setFocus()
    qtbot.keyClicks(main.search, "maaltijd")
    qtbot.keyClick(main.search, Qt.Key.Key_Escape)
    assert main.search.text() == ""


def test_vandaag_has_snel_noteren_once_in_the_window(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    main = MainWindow(ScreenContext(casebook, Settings(tmp_path / "s.json")), "boek")
    qtbot.addWidget(main)
    main.show()
    buttons = [b for b in main.findChildren(QPushButton) if b.text() == "Snel noteren"]
    assert [b for b in buttons if b.isVisible()] == [main.note_button]


def test_checked_today_says_why_it_waits(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert not screen.checked_button.isEnabled()
    assert screen.checked_button.toolTip() == "Kies eerst een adres in de lijst hierboven."


def test_one_noodblad_has_no_how_many_together(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    screen = handover.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.shares.setValue(0)
    assert not screen.threshold.isEnabled()
    screen.shares.setValue(3)
    assert screen.threshold.isEnabled() and screen.threshold.maximum() == 3


def test_words_that_made_her_hesitate_are_explained(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.services import people, volunteers
    from dorpsboek.ui.screens import residents
    from dorpsboek.ui.screens import volunteers as volunteer_screen

    pid = people.add_person(casebook, "Aaltje Bosma")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert screen.show_record("person", pid)
    tips = {b.text(): b.toolTip() for b in screen.page.findChildren(QPushButton)}
    assert "Ongedaan maken" in tips["Inwoner verwijderen"]
    assert "voorgoed" in tips["Vergeten…"]
    status = screen.page.details.status
    assert status.itemData(status.findData("dormant"), Qt.ItemDataRole.ToolTipRole).startswith(
        "slapend: "
    )
    volunteers.save_volunteer(casebook, {"name": "Jelle Postma"})
    vols = volunteer_screen.create(context(casebook, tmp_path), None)
    qtbot.addWidget(vols)
    assert vols.table.item(0, 3).text() == "geen"
    header = vols.table.horizontalHeaderItem(3)
    assert header is not None and header.toolTip().startswith("Verklaring Omtrent het Gedrag")


def test_the_lock_dialog_makes_room_for_an_error(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from dorpsboek.ui.locking import LockDialog
    from tests.ui.shots import shot

    hint = "\nHet wachtwoord van het demoboek is: correct paard batterij niet"
    dialog = LockDialog(hint)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.fail("Dit wachtwoord klopt niet. Probeer het nog eens, of vraag het uw collega.")
    qtbot.wait(50)
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
    for label in labels:  # nothing clipped: each label has the height its text needs
        need = (
            label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        )
        assert label.height() >= need, label.text()
    tops = sorted((w.mapTo(dialog, w.rect().topLeft()).y(), w.height()) for w in labels)
    for (y1, h1), (y2, _h2) in itertools.pairwise(tops):
        assert y1 + h1 <= y2, "labels overlap"
    shot(dialog, "vergrendeld-fout", tmp_path)


def test_signals_form_says_when_it_makes_a_new_one(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.services import stories
    from dorpsboek.ui.screens import signals

    screen = signals.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert screen.save_signal_button.text() == "Opslaan als nieuw signaal"
    assert screen.save_story_button.text() == "Opslaan als nieuw verhaal"
    sid = stories.add_signal(casebook, "Veel vragen over vervoer", theme="vervoer")
    screen.refresh()
    assert screen.show_record("signal", sid)
    assert screen.save_signal_button.text() == "Opslaan"


def test_settings_show_the_demo_book_in_words_and_do_not_keep_its_path(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.ui.settings.dialog import SettingsDialog

    demo = tmp_path / "dorpsboek-demo-abc123" / "demo.db"
    settings = Settings(tmp_path / "s.json")
    dialog = SettingsDialog(settings, demo, None)
    qtbot.addWidget(dialog)
    assert dialog.book.text() == "het demoboek (tijdelijk: weg zodra u afsluit)"
    assert dialog.book.toolTip() == str(demo)
    dialog.accept()
    assert settings.get("book_path") == ""  # the next start does not look for the demo


def test_greyed_kit_buttons_say_why(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    screen = handover.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    for button in (screen.folder_button, screen.refresh_button, screen.test_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Kies eerst Noodpakket instellen."
