"""The issue's flow through the real shell: Ctrl+N, a note with a tag for a new resident,
Vandaag shows it, search finds it, lock and unlock, the resident page still has it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dorpsboek.store.book import Book
from dorpsboek.ui.app import Shell
from dorpsboek.ui.main_window import MainWindow
from dorpsboek.ui.quick_note import QuickNoteDialog
from tests.helpers import PASSPHRASE
from tests.ui.daily_helpers import items
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


def test_quick_note_search_lock_and_resident_page(
    qtbot: QtBot, opened: tuple[Shell, MainWindow]
) -> None:
    _, main = opened
    assert main.current_key() == "today"
    today = main.screens["today"]
    assert items(today.notes) == ["Nog geen notities. Kies Snel noteren om de eerste te schrijven."]

    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(main.quick_notes))
    dialog = main.quick_notes[0]
    assert isinstance(dialog, QuickNoteDialog)
    qtbot.keyClicks(dialog.person, "Wietske Hoogeveen")
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Kennismaking bij de koffie, vraagt naar #vervoer.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main.quick_notes, timeout=WAIT_MS)
    assert any("Wietske Hoogeveen: Kennismaking" in t for t in items(today.notes))

    main.focus_search()
    with qtbot.waitSignal(main.search.painted, timeout=WAIT_MS):
        qtbot.keyClicks(main.search, "hoogev")
    qtbot.keyClick(main.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.current_key() == "residents", timeout=WAIT_MS)
    residents = main.screens["residents"]
    assert residents.stack.currentWidget() is residents.page
    assert residents.page.title.text() == "Wietske Hoogeveen"

    main.lock()
    assert main.locker.is_locked
    main.locker.unlock()
    residents.refresh()
    assert residents.page.title.text() == "Wietske Hoogeveen"
    assert "#vervoer" in residents.page.timeline.toPlainText()
    assert residents.page.tabs.tabText(0) == "Contactmomenten (1)"


def test_vandaag_upkeep_lines_route_to_kaart_and_volunteers(
    qtbot: QtBot, book_path: Path, tmp_path: Path
) -> None:
    from dorpsboek.services import kaart, volunteers
    from dorpsboek.services.casebook import Casebook

    with Book.create(book_path, PASSPHRASE) as book:
        entry = kaart.save_entry(
            Casebook(book), {"name": "Thuiszorg Oost", "last_checked_on": "2023-02-01"}
        )
        vol = volunteers.save_volunteer(
            Casebook(book), {"name": "Jelle Postma", "vog_on": "2020-05-04"}
        )
    shell = start(qtbot, book_path, tmp_path)
    try:
        type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
        main = wait_main(qtbot, shell)
        today = main.screens["today"]
        today.kaart.itemActivated.emit(today.kaart.item(0))
        qtbot.waitUntil(lambda: main.current_key() == "kaart", timeout=WAIT_MS)
        kaart_screen = main.screens["kaart"]
        assert kaart_screen.list.currentItem().data(Qt.ItemDataRole.UserRole) == entry
        main.show_screen("today")
        today.vog.itemActivated.emit(today.vog.item(0))
        qtbot.waitUntil(lambda: main.current_key() == "volunteers", timeout=WAIT_MS)
        table = main.screens["volunteers"].table
        assert table.item(table.currentRow(), 0).data(Qt.ItemDataRole.UserRole) == vol
    finally:
        settle(qtbot)
        shell.close()
