"""Boek and Help menus: every entry a desktop user expects, and what each one does, on a real
book (backup now, a new passphrase, lock) and in real dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek import __version__
from dorpsboek.errors import WrongPassphrase
from dorpsboek.services import backups, book_actions
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from dorpsboek.ui import worker
from dorpsboek.ui.main_window import MainWindow
from dorpsboek.ui.menus.passphrase_dialog import PassphraseDialog
from dorpsboek.ui.screens.base import ScreenContext
from tests.helpers import MARKER, PASSPHRASE, files_containing
from tests.ui.shots import shot


@pytest.fixture
def window(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> MainWindow:
    main = MainWindow(ScreenContext(casebook, Settings(tmp_path / "settings.json")), "boek")
    qtbot.addWidget(main)
    main.show()
    return main


def _texts(menu: object) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]  # type: ignore[attr-defined]


def test_the_menus_hold_what_a_desktop_user_expects(window: MainWindow) -> None:
    boek, hulp = (a.menu() for a in window.menuBar().actions())
    assert _texts(boek) == [
        "Vergrendelen", "Reservekopie maken", "Reservekopie terugzetten…",
        "Wachtwoord wijzigen…", "Instellingen…", "Afsluiten",
    ]  # fmt: skip
    assert _texts(hulp) == ["Handleiding", "Sneltoetsen", "Over Dorpsboek"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_lock_from_the_menu(window: MainWindow) -> None:
    window.lock_action.trigger()
    assert window.locker.is_locked
    window.locker.unlock()


def test_backup_now_makes_a_copy_that_opens(
    qtbot: QtBot, window: MainWindow, casebook: Casebook
) -> None:
    casebook.add_note(f"{MARKER} gebeld", person_name="Lies ter Visser")
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not worker.busy(), timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Reservekopie gemaakt: ")
    [made] = backups.list_book_backups(casebook.book.path)
    with Book.open(made.path, PASSPHRASE) as copy:
        assert Casebook(copy).stats()["notes"] == 1
    assert files_containing(made.path.parent, MARKER.encode()) == []


def test_passphrase_change_needs_the_current_one_and_keeps_everything(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    casebook.add_note("gebeld", person_name="Lies ter Visser")
    dialog = PassphraseDialog(casebook, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("niet het goede wachtwoord")
    dialog.new.setText("paard batterij nietje correct")
    dialog.repeat.setText("paard batterij nietje correct")
    dialog.change()
    assert dialog.message.text() and dialog.isVisible()
    shot(dialog, "wachtwoord-wijzigen-fout", tmp_path)
    dialog.current.setText(PASSPHRASE)
    dialog.repeat.setText("iets anders")
    dialog.change()
    assert dialog.message.text() == "De twee nieuwe wachtwoorden zijn niet gelijk."
    dialog.repeat.setText("paard batterij nietje correct")
    dialog.change()
    assert not dialog.isVisible()
    path = casebook.book.path
    casebook.book.close()
    with pytest.raises(WrongPassphrase):
        Book.open(path, PASSPHRASE)
    with Book.open(path, "paard batterij nietje correct") as reopened:
        assert Casebook(reopened).stats()["notes"] == 1


def test_change_passphrase_service_refuses_and_changes_nothing(casebook: Casebook) -> None:
    with pytest.raises(WrongPassphrase):
        book_actions.change_passphrase(casebook, "fout", "paard batterij", "paard batterij")
    assert casebook.passphrase_matches(PASSPHRASE)


def test_about_and_shortcuts(window: MainWindow, tmp_path: Path) -> None:
    about = window.show_about()
    text = about.label.text()  # type: ignore[attr-defined]
    assert f"Dorpsboek {__version__}" in text and "EUPL-1.2" in text
    assert str(window.context.casebook.book.path) in text
    shot(about, "over-dorpsboek", tmp_path)
    keys = window.show_shortcuts()
    assert "Ctrl+N" in keys.label.text() and "Snel noteren" in keys.label.text()  # type: ignore[attr-defined]
    shot(keys, "sneltoetsen", tmp_path)
