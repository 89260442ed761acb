"""Instellingen > Bewaren: where backups and the emergency kit go, on real books and folders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.handover import actions
from dorpsboek.services.backups import AUTO, auto_backup, list_backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs
from dorpsboek.ui.app import Shell
from dorpsboek.ui.backups.restore_dialog import RestoreDialog
from dorpsboek.ui.main_window import MainWindow
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.screens.handover import HandoverScreen
from dorpsboek.ui.settings.dialog import SettingsDialog
from tests.helpers import PASSPHRASE
from tests.ui.shell_helpers import settle, start, type_and_enter, wait_main
from tests.ui.shots import shot

REFUSED = "Dorpsboek kan niet schrijven in {}; de vorige map blijft ingesteld."


@pytest.fixture
def opened(qtbot: QtBot, book_path: Path, tmp_path: Path) -> Iterator[tuple[Shell, MainWindow]]:
    Book.create(book_path, PASSPHRASE).close()
    shell = start(qtbot, book_path, tmp_path)
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    main = wait_main(qtbot, shell)
    yield shell, main
    settle(qtbot)
    shell.close()


def _dialog(qtbot: QtBot, settings: Settings, book: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, book)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_chosen_folder_gets_the_next_backup_and_old_copies_stay_listed(
    qtbot: QtBot, opened: tuple[Shell, MainWindow], book_path: Path, tmp_path: Path
) -> None:
    shell, main = opened
    settings = shell.settings
    standard = book_path.parent / "dorpsboek-backups"
    earlier = auto_backup(main.context.casebook, standard, now=dt.datetime(2026, 11, 1, 9))
    dialog = _dialog(qtbot, settings, book_path)
    folders = dialog.folders
    assert folders.backup_path.full_text() == f"naast het boek: {standard}"
    assert not folders.backup_default.isEnabled()  # already the standard folder
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    with dialogs.recording() as rec:
        rec.preset("folder", stick)
        folders.backup_choose.click()
    assert folders.backup_path.full_text() == str(stick)
    assert folders.told.text() == (
        f"De reservekopieën die er al zijn, blijven in {standard} staan; u kunt ze nog steeds "
        "terugzetten."
    )
    assert settings.get("backup_dir") == ""  # nothing stored before Opslaan
    dialog.accept()
    assert Settings(settings.path).get("backup_dir") == str(stick)

    assert shell.backups is not None
    shell.backups.run_now()  # what the timer does: the real backup service
    settle(qtbot)
    made = list_backups(stick, book_path.stem)
    assert [b.kind for b in made] == [AUTO]
    assert earlier is not None and earlier.exists()  # nothing was moved
    restore = RestoreDialog(main.context.casebook, settings)
    qtbot.addWidget(restore)
    listed = [item.toolTip(0) for item in restore.items()]
    assert listed == [str(made[0].path), str(earlier)]
    assert restore.elsewhere.text().endswith(str(standard))


def test_standaard_puts_backups_next_to_the_book_again(qtbot: QtBot, book_path: Path) -> None:
    settings = Settings(book_path.parent / "s.json")
    nas = book_path.parent / "nas"
    settings.set("backup_dir", str(nas))
    dialog = _dialog(qtbot, settings, book_path)
    folders = dialog.folders
    assert folders.backup_path.full_text() == str(nas)
    folders.backup_default.click()
    standard = book_path.parent / "dorpsboek-backups"
    assert folders.backup_path.full_text() == f"naast het boek: {standard}"
    assert str(nas) in folders.told.text()
    dialog.accept()
    again = Settings(settings.path)
    assert again.get("backup_dir") == ""
    assert again.get("backup_dirs_earlier") == [str(nas)]  # restore still looks there


def test_a_long_folder_is_shown_whole_never_cut_in_the_middle(
    qtbot: QtBot, book_path: Path, tmp_path: Path
) -> None:
    settings = Settings(book_path.parent / "s.json")
    deep = book_path.parent / "USB-stick van de cooperatie" / "Dorpsondersteuning Makkinga"
    settings.set("backup_dir", str(deep / "reservekopieen van het dorpsboek 2026"))
    dialog = _dialog(qtbot, settings, book_path)
    dialog.resize(640, dialog.height())
    qtbot.wait(50)
    shown = dialog.folders.backup_path
    assert shown.toPlainText() == settings.get("backup_dir")  # all of it, no "…"
    lines = int(shown.document().size().height())
    assert lines >= 2  # wrapped rather than shortened
    assert shown.height() >= lines * shown.fontMetrics().lineSpacing()
    shot(dialog, "instellingen-lange-map", tmp_path)


@pytest.mark.parametrize("where", ["under-a-file", "missing"])
def test_a_folder_dorpsboek_cannot_write_in_is_refused(
    qtbot: QtBot, book_path: Path, tmp_path: Path, where: str
) -> None:
    settings = Settings(tmp_path / "s.json")
    old = tmp_path / "oude-map"
    settings.set("backup_dir", str(old))
    blocker = tmp_path / "file.txt"
    blocker.write_text("een bestand, geen map")
    bad = blocker / "sub" if where == "under-a-file" else tmp_path / "weg"
    dialog = _dialog(qtbot, settings, book_path)
    folders = dialog.folders
    with dialogs.recording() as rec:
        rec.preset("folder", bad, bad)
        folders.backup_choose.click()
        assert folders.refused.text() == REFUSED.format(bad)
        assert folders.refused.isVisible() and not folders.told.isVisible()
        assert folders.backup_path.full_text() == str(old)
        folders.emergency_choose.click()
        assert folders.refused.text() == REFUSED.format(bad)
        assert folders.emergency_path.full_text() == "(nog geen map gekozen)"
    dialog.accept()
    again = Settings(settings.path)
    assert again.get("backup_dir") == str(old)
    assert again.get("emergency_dir") == ""
    assert not bad.exists()


def test_the_emergency_folder_is_the_same_in_settings_and_on_overdracht(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "s.json")
    actions.emergency_setup(casebook)
    screen = HandoverScreen(ScreenContext(casebook, settings))
    qtbot.addWidget(screen)
    screen.refresh()
    assert "Map: (nog geen map gekozen)" in screen.kit_state.text()
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = _dialog(qtbot, settings, casebook.book.path)
    assert dialog.folders.emergency_path.full_text() == "(nog geen map gekozen)"
    with dialogs.recording() as rec:
        rec.preset("folder", stick)
        dialog.folders.emergency_choose.click()
    dialog.accept()
    screen.refresh()
    assert f"Map: {stick}" in screen.kit_state.text()

    bad = tmp_path / "weg"
    with dialogs.recording() as rec:
        rec.preset("folder", bad)
        screen.choose_folder()  # Map kiezen... on the screen: the same check
    assert screen.message.text() == REFUSED.format(bad)
    assert settings.get("emergency_dir") == str(stick)
    again = _dialog(qtbot, settings, casebook.book.path)
    assert again.folders.emergency_path.full_text() == str(stick)
