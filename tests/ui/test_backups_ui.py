"""Backups in the app: automatic on close and while open, restore as a new book, rescue at
unlock, Help (F1), and the smoke-test hook. Real books in tmp, real widgets offscreen."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dorpsboek.errors import DiskFull
from dorpsboek.services.backups import auto_backup, backup_folder, list_backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import HEADER_SIZE
from dorpsboek.ui import dialogs
from dorpsboek.ui.app import MAIN_SHOWN, QUIT_ENV
from dorpsboek.ui.backups.auto_backup import failure_sentence
from dorpsboek.ui.backups.restore_dialog import PATH_ROLE, RestoreDialog
from dorpsboek.ui.help_window import HelpWindow
from dorpsboek.ui.screens import SCREEN_FOR_KIND
from tests.faults.test_full_disk import _fill, small_fs  # noqa: F401 (a fixture)
from tests.helpers import MARKER, PASSPHRASE, run_cli
from tests.ui.shell_helpers import WAIT_MS, settle, start, type_and_enter, wait_main

DISK_FULL = "De reservekopie is niet gelukt: de schijf is vol."


def _book_with_notes(path: Path, n: int = 3) -> None:
    with Book.open(path, PASSPHRASE) if path.exists() else Book.create(path, PASSPHRASE) as book:
        casebook = Casebook(book, actor="Test")
        for i in range(n):
            casebook.add_note(f"Bezoek {i} {MARKER}", person_name="Anna de Vries")


def _notes_in(path: Path) -> int:
    with Book.open(path, PASSPHRASE) as book:
        return Casebook(book, actor="-").stats()["notes"]


def test_closing_the_app_makes_a_backup_that_opens(qtbot: QtBot, book_path: Path) -> None:
    _book_with_notes(book_path)
    shell = start(qtbot, book_path, book_path.parent)
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    wait_main(qtbot, shell)
    assert shell.backups is not None
    shell.close()
    made = list_backups(backup_folder(book_path, shell.settings), book_path.stem)
    assert [b.kind for b in made] == ["auto"]
    assert made[0].path.parent == book_path.parent / "dorpsboek-backups"
    assert _notes_in(made[0].path) == 3
    Book.open(book_path, PASSPHRASE).close()  # the book itself closed cleanly (lock released)


def test_unwritable_backup_folder_shows_one_sentence_and_closing_goes_on(
    qtbot: QtBot, book_path: Path
) -> None:
    _book_with_notes(book_path, 1)
    blocker = book_path.parent / "geen-map.txt"
    blocker.write_text("een bestand, geen map")
    shell = start(qtbot, book_path, book_path.parent)
    shell.settings.set("backup_dir", str(blocker / "backups"))  # cannot be made
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    main = wait_main(qtbot, shell)
    shell.backups.run_now()  # what the timer does
    settle(qtbot)
    shown = main.statusBar().currentMessage()
    assert shown.startswith("De reservekopie is niet gelukt: Dorpsboek kan niet schrijven")
    shell.close()  # the closing backup fails too: logged, never raised
    assert shell.opened is None
    assert _notes_in(book_path) == 1  # nothing lost, and the lock is released


def test_the_timer_backs_up_while_open_and_clears_an_old_failure(
    qtbot: QtBot, book_path: Path
) -> None:
    _book_with_notes(book_path, 2)
    shell = start(qtbot, book_path, book_path.parent)
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    main = wait_main(qtbot, shell)
    shell._backup_failed(DISK_FULL)
    assert main.statusBar().currentMessage() == DISK_FULL
    shell.backups.start(first_ms=10, every_ms=60_000)
    qtbot.waitUntil(
        lambda: bool(list_backups(book_path.parent / "dorpsboek-backups")), timeout=WAIT_MS
    )
    settle(qtbot)
    assert main.statusBar().currentMessage() == ""
    shell.backups.run_now()  # a second one the same day is skipped by the service
    settle(qtbot)
    assert len(list_backups(book_path.parent / "dorpsboek-backups")) == 1
    shell.close()


def test_a_full_backup_disk_shows_the_sentence_and_nothing_is_lost(
    qtbot: QtBot,
    book_path: Path,
    small_fs: Path,  # noqa: F811
) -> None:
    _book_with_notes(book_path, 3)
    shell = start(qtbot, book_path, book_path.parent)
    shell.settings.set("backup_dir", str(small_fs / "backups"))
    (small_fs / "backups").mkdir()
    filler = _fill(small_fs)
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    main = wait_main(qtbot, shell)
    shell.backups.run_now()
    settle(qtbot)
    assert main.statusBar().currentMessage() == DISK_FULL
    assert list((small_fs / "backups").iterdir()) == []  # no half file
    filler.unlink()  # room again: the next try works and the sentence goes away
    shell.backups.run_now()
    settle(qtbot)
    assert main.statusBar().currentMessage() == ""
    filler = _fill(small_fs)
    shell.close()  # the closing backup fails on the full disk: closing goes on
    assert _notes_in(book_path) == 3
    assert not [p for p in (small_fs / "backups").iterdir() if p.name.startswith(".")]
    filler.unlink()
    assert _notes_in(list_backups(small_fs / "backups")[0].path) == 3


def test_a_full_disk_is_one_plain_sentence() -> None:
    assert failure_sentence(DiskFull("/x")) == DISK_FULL
    assert failure_sentence(OSError(errno.ENOSPC, "full")) == DISK_FULL


def test_demo_book_is_never_backed_up(qtbot: QtBot, tmp_path: Path) -> None:
    shell = start(qtbot, tmp_path / "geen.db", tmp_path, demo=True)
    wait_main(qtbot, shell)
    assert shell.backups is None
    shell.close()


# ----- restore from the UI ----------------------------------------------------------------------


def _backups_of(book_path: Path) -> Path:
    folder = book_path.parent / "dorpsboek-backups"
    with Book.open(book_path, PASSPHRASE) as book:
        auto_backup(Casebook(book), folder, dt.datetime(2026, 11, 20, 9, 30))
    _book_with_notes(book_path, 2)
    with Book.open(book_path, PASSPHRASE) as book:
        auto_backup(Casebook(book), folder, dt.datetime(2026, 11, 21, 17, 5))
    return folder


def test_restore_dialog_lists_backups_and_restores_into_a_new_book(
    qtbot: QtBot, book_path: Path
) -> None:
    _book_with_notes(book_path, 1)
    _backups_of(book_path)
    _book_with_notes(book_path, 1)  # the open book now has 4 notes
    with Book.open(book_path, PASSPHRASE) as book:
        dialog = RestoreDialog(Casebook(book, actor="Test"), Settings(book_path.parent / "s.json"))
        qtbot.addWidget(dialog)
        dialog.show()
        rows = [(i.text(0), i.text(1)) for i in dialog.items()]
        assert rows == [("21-11-2026 17:05", "automatisch"), ("20-11-2026 09:30", "automatisch")]
        type_and_enter(qtbot, dialog.passphrase, PASSPHRASE)
        settle(qtbot)
        assert [i.text(2) for i in dialog.items()] == [
            "1 inwoner, 3 notities",
            "1 inwoner, 1 notitie",
        ]
        dialog.table.setCurrentItem(dialog.items()[1])
        into = book_path.parent / "oud" / "teruggezet.db"
        with dialogs.recording() as rec:
            rec.preset("save_file", book_path, into)
            dialog.restore_button.click()  # first she picks the open book: refused
            assert "Op die plek staat al een bestand" in dialog.message.text()
            dialog.restore_button.click()
            settle(qtbot)
        assert dialog.restored == into
        assert "De reservekopie van 20-11-2026 09:30" in rec.texts("message")[0]
        assert str(into) in rec.texts("message")[0]
        assert dialog.message.text() == f"Teruggezet in: {into}"
    assert _notes_in(into) == 1
    assert _notes_in(book_path) == 4  # the open book is untouched


def test_restore_dialog_wrong_passphrase_and_empty_folder(qtbot: QtBot, book_path: Path) -> None:
    _book_with_notes(book_path, 1)
    with Book.open(book_path, PASSPHRASE) as book:
        settings = Settings(book_path.parent / "s.json")
        empty = RestoreDialog(Casebook(book, actor="Test"), settings)
        qtbot.addWidget(empty)
        assert empty.empty.isVisibleTo(empty) and not empty.restore_button.isEnabled()
        auto_backup(Casebook(book), backup_folder(book_path, settings))
        dialog = RestoreDialog(Casebook(book, actor="Test"), settings)
        qtbot.addWidget(dialog)
        type_and_enter(qtbot, dialog.passphrase, "verkeerd wachtwoord")
        settle(qtbot)
        assert dialog.items()[0].text(2) == "gaat niet open met dit wachtwoord"
        assert "Geen enkele reservekopie" in dialog.message.text()


def test_main_window_has_restore_and_help(qtbot: QtBot, book_path: Path) -> None:
    _book_with_notes(book_path, 1)
    shell = start(qtbot, book_path, book_path.parent)
    type_and_enter(qtbot, shell.start.unlock.field, PASSPHRASE)
    main = wait_main(qtbot, shell)
    assert main.restore_action.text() == "Reservekopie terugzetten…"
    main.restore_action.trigger()  # Boek > Reservekopie terugzetten…
    dialog = main.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert main.open_restore() is dialog  # one at a time
    dialog.close()
    main.activateWindow()
    qtbot.keyClick(main, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: main.help_window is not None and main.help_window.isVisible())
    assert isinstance(main.help_window, HelpWindow)
    assert "Dorpsboek" in main.help_window.view.toPlainText()
    main.lock()
    assert not main.help_window.isVisible() and not main.menuBar().isEnabled()
    assert main.open_restore() is None and main.open_help() is None
    shell.close()


def test_start_window_opens_help_with_f1(qtbot: QtBot, tmp_path: Path) -> None:
    shell = start(qtbot, tmp_path / "nieuw.db", tmp_path)
    window = shell.start.open_help()
    assert window.isVisible()


# ----- a damaged book at unlock ------------------------------------------------------------------


def _damage(book_path: Path) -> None:
    data = bytearray(book_path.read_bytes())
    for i in range(HEADER_SIZE + 100, HEADER_SIZE + 140):
        data[i] ^= 0xFF  # page 1 no longer verifies
    book_path.write_bytes(bytes(data))


def test_damaged_book_offers_the_newest_good_backup_and_opens(
    qtbot: QtBot, book_path: Path
) -> None:
    _book_with_notes(book_path, 2)
    with Book.open(book_path, PASSPHRASE) as book:
        auto_backup(Casebook(book), None, dt.datetime(2026, 11, 21, 17, 5))
    _damage(book_path)
    shell = start(qtbot, book_path, book_path.parent)
    window = shell.start
    type_and_enter(qtbot, window.unlock.field, PASSPHRASE)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.rescue, timeout=WAIT_MS)
    page = window.rescue
    assert "beschadigd" in page.explanation.text()
    assert page.find_button.text() == "Nieuwste goede reservekopie terugzetten"
    page.find_button.click()
    settle(qtbot)
    assert "de reservekopie van 21-11-2026 17:05, met 1 inwoner, 2 notities" in page.found.text()
    assert page.apply_button.isVisible()
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        page.apply_button.click()
        settle(qtbot)
    kept = list(book_path.parent.glob("dorpsboek.beschadigd-*.db"))
    assert len(kept) == 1
    assert kept[0].name in rec.texts("message")[0]
    main = wait_main(qtbot, shell)
    assert main.context.casebook.stats()["notes"] == 2
    assert page.passphrase() == ""  # forgotten once the book is open
    shell.close()


def test_damaged_book_without_backup_says_so(qtbot: QtBot, book_path: Path) -> None:
    from dorpsboek.services.backups import set_backup_folder
    from dorpsboek.settings import Settings

    _book_with_notes(book_path, 1)
    _damage(book_path)
    chosen = book_path.parent / "stick"
    chosen.mkdir()
    set_backup_folder(Settings(), str(chosen))  # she chose another folder at some point
    shell = start(qtbot, book_path, book_path.parent)
    window = shell.start
    type_and_enter(qtbot, window.unlock.field, PASSPHRASE)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.rescue, timeout=WAIT_MS)
    window.rescue.find_button.click()
    settle(qtbot)
    assert window.rescue.message.text().startswith("Er is geen goede reservekopie")
    # It names every folder it looked in: the chosen one and the book's own.
    assert str(chosen) in window.rescue.message.text()
    assert f"{book_path.stem}-backups" in window.rescue.message.text()
    assert book_path.exists() and not list(book_path.parent.glob("*beschadigd*"))
    window.rescue.back_button.click()
    assert window.pages.currentWidget() is window.unlock


def test_stories_open_on_the_signals_screen() -> None:
    assert SCREEN_FOR_KIND["story"] == "signals"


def test_gui_demo_quits_by_itself_after_the_main_window(qapp: QApplication) -> None:
    result = run_cli("gui", "--demo", env={QUIT_ENV: "500"}, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert MAIN_SHOWN in result.stdout.splitlines()


def test_a_backup_gone_after_listing_is_said_and_the_dialog_is_not_stuck(
    qtbot: QtBot, book_path: Path
) -> None:
    """The stick is pulled out between listing and looking: one sentence, no endless busy bar."""
    _book_with_notes(book_path, 1)
    _backups_of(book_path)
    with Book.open(book_path, PASSPHRASE) as book:
        dialog = RestoreDialog(Casebook(book, actor="Test"), Settings(book_path.parent / "s.json"))
        qtbot.addWidget(dialog)
        dialog.show()
        gone = Path(dialog.items()[0].data(0, PATH_ROLE))
        gone.unlink()
        type_and_enter(qtbot, dialog.passphrase, PASSPHRASE)
        settle(qtbot)
        texts = [i.text(2) for i in dialog.items()]
        assert texts[1] == "1 inwoner, 1 notitie"
        assert texts[0] in ("kan niet worden gelezen", "beschadigd")
        assert dialog.passphrase.isEnabled()
