"""The main window: search as she types, open the best hit, lazy screens, lock and unlock."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from dorpsboek.domain.records import Kind
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs
from dorpsboek.ui.app import Shell
from dorpsboek.ui.main_window import MainWindow, Placeholder
from dorpsboek.ui.screens import SCREEN_KEYS
from dorpsboek.ui.search import SearchRunner
from dorpsboek.ui.settings.dialog import SettingsDialog
from tests.helpers import PASSPHRASE
from tests.ui.shell_helpers import WAIT_MS, settle, start, type_and_enter, wait_main


@pytest.fixture
def opened(qtbot: QtBot, book_path: Path, tmp_path: Path) -> Iterator[tuple[Shell, MainWindow]]:
    Book.create(book_path, PASSPHRASE).close()
    shell = start(qtbot, book_path, tmp_path)
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    main = wait_main(qtbot, shell)
    yield shell, main
    settle(qtbot)
    shell.close()


def search_for(qtbot: QtBot, main: MainWindow, text: str) -> None:
    main.focus_search()
    main.search.clear()
    with qtbot.waitSignal(main.search.painted, timeout=WAIT_MS):
        qtbot.keyClicks(main.search, text)
    qtbot.waitUntil(lambda: main.search.runner.waiting is None and not main.search.runner.running)


def popup_texts(main: MainWindow) -> list[str]:
    popup = main.search.popup
    return [popup.item(i).text() for i in range(popup.count())]


def test_add_find_lock_unlock_still_there(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    shell, main = opened
    assert shell.start.unlock.field.text() == ""  # no passphrase kept in a hidden field
    casebook: Casebook = main.context.casebook
    person = casebook.add_person("Geertje Zwanenburg")
    casebook.add_note("Boodschappen #vervoer geregeld", person_id=person)
    search_for(qtbot, main, "Zwanen")
    assert main.search.popup.isVisible()
    texts = popup_texts(main)
    assert texts[0] == "Inwoners" and texts[1] == "Geertje Zwanenburg"
    qtbot.keyClick(main.search, Qt.Key.Key_Return)
    assert main.current_key() == "residents"
    assert not main.search.popup.isVisible()

    main.lock()
    assert main.pages.currentWidget() is main.locked_page
    lock = main.locker.dialog
    assert lock is not None and lock.isVisible()
    type_and_enter(qtbot, lock.form.field, "fout wachtwoord")
    qtbot.waitUntil(lambda: "klopt niet" in lock.form.message.text(), timeout=WAIT_MS)
    assert main.locker.is_locked and lock.isVisible()
    type_and_enter(qtbot, lock.form.field, PASSPHRASE)
    qtbot.waitUntil(lambda: not main.locker.is_locked, timeout=WAIT_MS)
    assert main.pages.currentWidget() is main.content

    search_for(qtbot, main, "vervoer")
    assert "Notities" in popup_texts(main)
    assert any(t.startswith("Geertje Zwanenburg · ") for t in popup_texts(main))


def test_nothing_found_says_so(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    _, main = opened
    search_for(qtbot, main, "qqqxyz")
    assert popup_texts(main) == ["Niets gevonden voor ‘qqqxyz’."]
    qtbot.keyClick(main.search, Qt.Key.Key_Escape)
    assert not main.search.popup.isVisible()
    search_for(qtbot, main, "qqqxy")
    assert main.search.popup.isVisible()
    main.nav.setFocus()  # she clicks elsewhere: the list goes away
    qtbot.waitUntil(lambda: not main.search.popup.isVisible())


def test_results_are_grouped_and_arrows_choose(
    qtbot: QtBot, opened: tuple[Shell, MainWindow]
) -> None:
    _, main = opened
    casebook = main.context.casebook
    casebook.create(Kind.ORGANISATION, {"name": "Huisartsenpraktijk Wolkenveen"})
    casebook.create(Kind.VOLUNTEER, {"name": "Wolkenveen Henk"})
    casebook.add_person("Wolkenveen Anna")
    search_for(qtbot, main, "wolkenveen")
    texts = popup_texts(main)
    headers = [t for t in texts if t in ("Inwoners", "Notities", "Sociale kaart", "Vrijwilligers")]
    assert headers == ["Inwoners", "Sociale kaart", "Vrijwilligers"]
    first = main.search.popup.current_hit()
    qtbot.keyClick(main.search, Qt.Key.Key_Down)
    second = main.search.popup.current_hit()
    assert second is not first
    qtbot.keyClick(main.search, Qt.Key.Key_Return)
    assert main.current_key() == {"organisation": "kaart", "volunteer": "volunteers"}.get(
        second.kind, "residents"
    )


def test_older_keystrokes_never_paint_over_newer(qtbot: QtBot) -> None:
    gate = threading.Event()

    def search(query: str) -> list[Any]:
        if query == "a":
            gate.wait(5)  # the first query is slow
        return [query]

    runner = SearchRunner(search)
    painted: list[str] = []
    runner.results.connect(lambda query, hits: painted.append(query))
    runner.ask("a")
    runner.ask("ab")
    runner.ask("abc")  # "ab" is dropped while "a" runs
    gate.set()
    qtbot.waitUntil(lambda: painted == ["abc"], timeout=WAIT_MS)
    time.sleep(0.05)
    settle(qtbot)
    assert painted == ["abc"]


def test_screens_are_created_when_first_shown(opened: tuple[Shell, MainWindow]) -> None:
    _, main = opened
    assert list(main.screens) == ["today"]
    for row, key in enumerate(SCREEN_KEYS):
        main.nav.setCurrentRow(row)
        assert main.stack.currentWidget() is main.screens[key]
    assert not any(isinstance(s, Placeholder) for s in main.screens.values())


def test_open_record_goes_to_the_screen_of_its_kind(opened: tuple[Shell, MainWindow]) -> None:
    _, main = opened
    org = main.context.casebook.create(Kind.ORGANISATION, {"name": "Dorpshuis"})
    main.open_record("organisation", org)
    assert main.current_key() == "kaart"
    main.open_record("help_request", "x")
    assert main.current_key() == "help_requests"


def _dialog_with_text(parent: QWidget, modal: bool) -> tuple[QDialog, QTextEdit]:
    dialog = QDialog(parent)
    edit = QTextEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    if modal:
        dialog.open()
    else:
        dialog.show()
    return dialog, edit


def test_autolock_hides_dialogs_and_typed_text_survives(
    qtbot: QtBot, opened: tuple[Shell, MainWindow]
) -> None:
    _, main = opened
    modeless, edit = _dialog_with_text(main, modal=False)
    qtbot.keyClicks(edit, "Nog niet bewaarde notitie")
    main.idle.set_seconds(0.3)
    qtbot.waitUntil(lambda: main.locker.is_locked, timeout=WAIT_MS)
    assert not modeless.isVisible()
    assert main.pages.currentWidget() is main.locked_page
    lock = main.locker.dialog
    assert lock is not None
    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # cannot be escaped
    assert lock.isVisible()
    main.idle.set_seconds(0)
    type_and_enter(qtbot, lock.form.field, PASSPHRASE)
    qtbot.waitUntil(lambda: not main.locker.is_locked, timeout=WAIT_MS)
    assert modeless.isVisible()
    assert edit.toPlainText() == "Nog niet bewaarde notitie"


def test_modal_dialog_is_covered_not_closed(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    _, main = opened
    modal, edit = _dialog_with_text(main, modal=True)
    qtbot.keyClicks(edit, "Halve zin")
    main.lock()
    covers = main.locker.covers
    assert len(covers) == 1 and covers[0].isVisible()
    assert covers[0].geometry() == modal.rect()
    main.locker.unlock()
    assert modal.isVisible() and modal.result() == 0
    assert not main.locker.covers and edit.toPlainText() == "Halve zin"
    modal.reject()


def test_quick_note_text_survives_lock(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    _, main = opened
    dialog = main.open_quick_note()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    edits = dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit)
    edit = edits[0]
    edit.setFocus()
    qtbot.keyClicks(edit, "Tekst die blijft")
    main.lock()
    assert not dialog.isVisible() or main.locker.covers
    lock = main.locker.dialog
    assert lock is not None
    type_and_enter(qtbot, lock.form.field, PASSPHRASE)
    qtbot.waitUntil(lambda: not main.locker.is_locked, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert "Tekst die blijft" in edit.toPlainText()
    dialog.close()


def test_shortcuts_lock_and_focus_search(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    _, main = opened
    main.activateWindow()
    main.nav.setFocus()
    qtbot.keyClick(main.nav, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert main.search.hasFocus()
    qtbot.keyClick(main.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main.locker.is_locked
    main.locker.unlock()


def test_settings_dialog_saves_and_applies_autolock(
    qtbot: QtBot, opened: tuple[Shell, MainWindow], tmp_path: Path
) -> None:
    _, main = opened
    settings: Settings = main.context.settings
    dialog = SettingsDialog(settings, main.context.casebook.book.path, main)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Nederlands"
    assert dialog.autolock.value() == 10
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.autolock.setValue(3)
    dialog.quiet.setValue(6)
    with dialogs.recording() as rec:
        rec.preset("open_file", str(tmp_path / "ander.db"))
        dialog.choose.click()
    dialog.accept()
    again = Settings(settings.path)
    assert again.get("language") == "en"
    assert again.get("autolock_minutes") == 3
    assert again.get("quiet_weeks") == 6
    assert again.get("book_path") == str(tmp_path / "ander.db")


def test_closing_refreshes_the_emergency_kit_when_a_folder_is_set(
    qtbot: QtBot, book_path: Path, tmp_path: Path
) -> None:
    from dorpsboek.handover import emergency

    with Book.create(book_path, PASSPHRASE) as book:
        emergency.setup(book)
    stick = tmp_path / "usb"
    stick.mkdir()
    shell = start(qtbot, book_path, tmp_path)
    shell.settings.set("emergency_dir", str(stick))
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    wait_main(qtbot, shell)
    shell.close()
    assert [p for p in stick.iterdir() if p.is_file()]


def test_enter_before_results_opens_the_best_hit_when_they_come(
    qtbot: QtBot, opened: tuple[Shell, MainWindow]
) -> None:
    _, main = opened
    person = main.context.casebook.add_person("Hendrika Pluimveld")
    main.focus_search()
    qtbot.keyClicks(main.search, "pluimv")
    qtbot.keyClick(main.search, Qt.Key.Key_Return)  # at once, results may not be there yet
    qtbot.waitUntil(lambda: main.current_key() == "residents", timeout=WAIT_MS)
    assert not main.search.popup.isVisible()
    assert person and main.statusBar().currentMessage() == ""  # the screen could show it


def test_typing_keeps_the_app_unlocked(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    _, main = opened
    main.idle.set_seconds(1.5)
    main.focus_search()
    for _ in range(16):  # 2.4 s of typing, never 1.5 s idle (with room for a slow machine)
        qtbot.keyClick(main.search, Qt.Key.Key_A)
        qtbot.wait(150)
    assert not main.locker.is_locked
    qtbot.waitUntil(lambda: main.locker.is_locked, timeout=WAIT_MS)  # then she stops
    main.idle.set_seconds(0)
    main.locker.unlock()


def test_ctrl_q_quits_from_the_boek_menu(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    _shell, window = opened
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
