"""Typed text is never lost in Snel noteren: Escape keeps it for the next Ctrl+N, "Leeg
beginnen" drops it, saving shows a quiet confirmation with "Ongedaan maken"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dorpsboek.services import people
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from dorpsboek.ui.app import Shell
from dorpsboek.ui.main_window import MainWindow
from dorpsboek.ui.quick_note import QuickNoteDialog
from tests.helpers import PASSPHRASE
from tests.ui.daily_helpers import context
from tests.ui.shell_helpers import WAIT_MS, settle, start, type_and_enter, wait_main
from tests.ui.shots import shot


@pytest.fixture
def opened(qtbot: QtBot, book_path: Path, tmp_path: Path) -> Iterator[tuple[Shell, MainWindow]]:
    Book.create(book_path, PASSPHRASE).close()
    shell = start(qtbot, book_path, tmp_path)
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    main = wait_main(qtbot, shell)
    yield shell, main
    settle(qtbot)
    shell.close()


def _ctrl_n(qtbot: QtBot, main: MainWindow) -> QuickNoteDialog:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(main.quick_notes), timeout=WAIT_MS)
    dialog = main.quick_notes[0]
    assert isinstance(dialog, QuickNoteDialog)
    return dialog


def test_escape_keeps_the_text_for_the_next_ctrl_n(
    qtbot: QtBot, opened: tuple[Shell, MainWindow], tmp_path: Path
) -> None:
    _, main = opened
    dialog = _ctrl_n(qtbot, main)
    qtbot.keyClicks(dialog.person, "Lies ter Visser")
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Belde over de thuiszorg, wil terugbellen")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not main.quick_notes, timeout=WAIT_MS)

    again = _ctrl_n(qtbot, main)
    assert again.text.toPlainText() == "Belde over de thuiszorg, wil terugbellen"
    assert again.person.text() == "Lies ter Visser"
    assert again.draft_notice.isVisible()
    shot(again, "snel-noteren-concept", tmp_path)
    again.start_empty.click()
    assert again.text.toPlainText() == "" and not again.draft_notice.isVisible()
    qtbot.keyClick(again.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not main.quick_notes, timeout=WAIT_MS)
    third = _ctrl_n(qtbot, main)
    assert third.text.toPlainText() == "" and not third.draft_notice.isVisible()


def test_saving_confirms_quietly_and_undo_takes_it_back(
    qtbot: QtBot, opened: tuple[Shell, MainWindow]
) -> None:
    _, main = opened
    cb = main.context.casebook
    pid = people.add_person(cb, "Lies ter Visser")
    dialog = _ctrl_n(qtbot, main)
    dialog.person.select_id(pid)
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Kennismaking bij de koffie")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main.quick_notes, timeout=WAIT_MS)
    assert main.saved_toast.isVisible()
    assert main.saved_toast.label.text() == "Notitie over Lies ter Visser opgeslagen."
    shot(main, "opgeslagen-melding", main.context.casebook.book.path.parent)
    assert len(cb.notes_for_person(pid)) == 1
    main.saved_toast.undo_button.click()
    assert cb.notes_for_person(pid) == []
    assert not main.saved_toast.isVisible()
    # a saved note leaves no draft behind
    assert _ctrl_n(qtbot, main).text.toPlainText() == ""


def test_an_unchanged_edit_keeps_no_draft(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    note = casebook.add_note("Eerste kennismaking", person_name="Lies ter Visser")
    dialog = QuickNoteDialog(context(casebook, tmp_path), None, note_id=note.id)
    qtbot.addWidget(dialog)
    dialog.reject()
    again = QuickNoteDialog(context(casebook, tmp_path), None, note_id=note.id)
    qtbot.addWidget(again)
    assert not again.draft_notice.isVisible() and again.text.toPlainText() == "Eerste kennismaking"
    again.text.setPlainText("Eerste kennismaking, vraagt naar vervoer")
    again.reject()
    third = QuickNoteDialog(context(casebook, tmp_path), None, note_id=note.id)
    qtbot.addWidget(third)
    assert third.text.toPlainText() == "Eerste kennismaking, vraagt naar vervoer"
    assert not third.draft_notice.isHidden()


def test_help_request_and_reminder_forms_keep_their_text(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.ui.daily_dialogs import HelpRequestDialog, ReminderDialog

    pid = people.add_person(casebook, "Lies ter Visser")
    first = HelpRequestDialog(None)
    qtbot.addWidget(first)
    first.keep_drafts(casebook, ("help_request", pid))
    first.question.setText("Vervoer naar de fysio, twee keer per week")
    first.reject()
    again = HelpRequestDialog(None)
    qtbot.addWidget(again)
    again.keep_drafts(casebook, ("help_request", pid))
    assert again.question.text() == "Vervoer naar de fysio, twee keer per week"
    assert again.error.text() == "Uw tekst van de vorige keer staat er weer."
    again.accept()  # saved: the draft goes
    third = HelpRequestDialog(None)
    qtbot.addWidget(third)
    third.keep_drafts(casebook, ("help_request", pid))
    assert third.question.text() == ""

    import datetime as dt

    reminder = ReminderDialog(None, dt.date.today(), "")
    qtbot.addWidget(reminder)
    reminder.keep_drafts(casebook, ("reminder", pid))
    reminder.text.setText("Terugbellen over de thuiszorg")
    reminder.reject()
    back = ReminderDialog(None, dt.date.today(), "")
    qtbot.addWidget(back)
    back.keep_drafts(casebook, ("reminder", pid))
    assert back.text.text() == "Terugbellen over de thuiszorg"


def test_the_daily_path_by_keyboard_only(qtbot: QtBot, opened: tuple[Shell, MainWindow]) -> None:
    """Ctrl+N, a few letters of the name, the completer, Tab, the text, Ctrl+Enter: saved,
    with the confirmation, and no mouse anywhere (keys go to whatever has the focus)."""
    _, main = opened
    cb = main.context.casebook
    lies = people.add_person(cb, "Lies ter Visser")
    people.add_person(cb, "Liesbeth Kramer")
    main.activateWindow()
    dialog = _ctrl_n(qtbot, main)
    qtbot.waitUntil(lambda: dialog.person.hasFocus(), timeout=WAIT_MS)  # the name comes first

    def focused() -> object:
        return dialog.focusWidget()

    qtbot.keyClicks(focused(), "ter v")
    popup = dialog.person.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.person.chosen_id() == lies
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.text  # Tab goes from the name straight to the text
    qtbot.keyClicks(focused(), "Belde over de boodschappen")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main.quick_notes, timeout=WAIT_MS)
    assert main.saved_toast.label.text() == "Notitie over Lies ter Visser opgeslagen."
    assert [n.text for n in cb.notes_for_person(lies)] == ["Belde over de boodschappen"]
