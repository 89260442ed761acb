"""Ending a takeover in the windows: she erases her copy; the supporter the return file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.handover import actions, emergency, handback, retire
from dorpsboek.handover import open as opening
from dorpsboek.services.backups import auto_backup
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store import dump
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs
from dorpsboek.ui.handover.merge_dialog import MergeDialog
from dorpsboek.ui.handover.retire_dialog import EraseCopyDialog
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.screens.handover import HandoverScreen
from tests.helpers import PASSPHRASE
from tests.ui.shell_helpers import WAIT_MS, settle, start, type_and_enter, wait_main
from tests.ui.shots import shot

NEW = "wachtwoord van de collega"
DAY = dt.datetime(2026, 11, 20, 10, 0, 0)


@pytest.fixture
def village(book: Book) -> Casebook:
    generate(book, DemoSize(20, 40, 5, 5), seed=4)
    return Casebook(book, actor="Anna de Vries")


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    folder.mkdir()
    return folder


def colleague_book(village: Casebook, tmp_path: Path, laptop: Path) -> Path:
    """Bram's book on his laptop, opened from Anna's emergency bundle."""
    setup = emergency.setup(village.book)
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    data = emergency.refresh(village.book, stick).read_bytes()
    bundle = emergency.read_bundle(data, setup.secret)
    return opening.open_into(bundle, laptop / "bram.db", NEW, actor="Bram")


def add_note(book: Book, text: str) -> None:
    Casebook(book, actor="Bram").add_note(text, person_name="Nieuwe Buurvrouw")


def test_screen_offers_erasing_only_after_a_return_and_warns_after_changes(
    qtbot: QtBot, village: Casebook, tmp_path: Path, laptop: Path
) -> None:
    path = colleague_book(village, tmp_path, laptop)
    with Book.open(path, NEW) as colleague:
        screen = HandoverScreen(
            ScreenContext(Casebook(colleague, actor="Bram"), Settings(tmp_path / "s.json"))
        )
        qtbot.addWidget(screen)
        screen.resize(820, 980)
        screen.show()
        assert not screen.erase_button.isEnabled()
        assert "Maak eerst het terugpakket" in screen.finish_state.text()
        with dialogs.recording() as rec:
            rec.preset("save_file", laptop / "terug.dorpsboek")
            screen.return_button.click()
            settle(qtbot)
        assert screen.erase_button.isEnabled()
        assert screen.finish_state.text().startswith("Laatste terugpakket: ")
        assert "verwerkt?" in screen.finish_state.text()
        shot(screen, "handover-colleague-after-return", tmp_path)
        add_note(colleague, "Na het terugpakket nog gebeld")
        screen.refresh()
        assert "Daarna heeft u nog iets veranderd" in screen.finish_state.text()
        qtbot.wait(50)  # let the layout follow the longer sentence before the picture
        shot(screen, "handover-colleague-changed", tmp_path)
        screen.close()


def test_dialog_needs_the_tick_the_word_and_for_later_changes_a_second_tick(
    qtbot: QtBot, village: Casebook, tmp_path: Path, laptop: Path
) -> None:
    path = colleague_book(village, tmp_path, laptop)
    with Book.open(path, NEW) as colleague:
        handback.write_return(colleague, laptop / "terug.dorpsboek")
        add_note(colleague, "Na het terugpakket nog gebeld")
        plan = retire.plan(colleague, Settings(tmp_path / "s.json"))
        dialog = EraseCopyDialog(plan, None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.changes.isVisible() and "gaan verloren" in dialog.changes.text()
        assert str(path.resolve()) in [
            dialog.files.item(i).text() for i in range(dialog.files.count())
        ]
        assert not dialog.erase_button.isEnabled()
        dialog.processed.setChecked(True)
        qtbot.keyClicks(dialog.word, "WISSEN")
        assert not dialog.erase_button.isEnabled()  # later changes not yet accepted
        dialog.accept_loss.setChecked(True)
        assert dialog.erase_button.isEnabled() and dialog.discard_changes
        shot(dialog, "handover-erase-dialog", tmp_path)
        dialog.word.setText("wis")
        assert not dialog.erase_button.isEnabled()
    assert path.exists()  # the dialog only asks


def test_colleague_erases_her_copy_and_the_app_returns_to_the_start(
    qtbot: QtBot, village: Casebook, tmp_path: Path, laptop: Path
) -> None:
    path = colleague_book(village, tmp_path, laptop)
    own = Book.create(laptop / "eigen.db", PASSPHRASE)  # her own book, same folder
    own_backup = auto_backup(Casebook(own), now=DAY)
    own.close()
    with Book.open(path, NEW) as colleague:
        backups = [
            auto_backup(Casebook(colleague), now=DAY + dt.timedelta(days=d)) for d in range(2)
        ]
        handback.write_return(colleague, laptop / "terug.dorpsboek")
    shell = start(qtbot, path, tmp_path)
    type_and_enter(qtbot, shell.start.unlock.field, NEW)
    main = wait_main(qtbot, shell)
    screen = main.show_screen("handover")
    assert isinstance(screen, HandoverScreen) and screen.erase_button.isEnabled()
    screen.erase_button.click()
    qtbot.waitUntil(lambda: getattr(screen, "erase_dialog", None) is not None, timeout=WAIT_MS)
    dialog = screen.erase_dialog
    assert not dialog.changes.isVisible()
    dialog.processed.setChecked(True)
    qtbot.keyClicks(dialog.word, "WISSEN")
    with dialogs.recording() as rec:
        dialog.erase_button.click()
        qtbot.waitUntil(lambda: bool(rec.texts("message")), timeout=WAIT_MS)
    assert "Het boek is gewist" in rec.texts("message")[0]
    assert shell.main is None and shell.opened is None
    assert shell.start.isVisible() and shell.start.pages.currentWidget() is shell.start.welcome
    shot(shell.start, "handover-erased-start", tmp_path)
    assert not [p for p in laptop.iterdir() if p.name.startswith("bram")]
    assert not (laptop / "terug.dorpsboek").exists()
    assert all(p is not None and not p.exists() for p in backups)
    assert (laptop / "eigen.db").exists() and own_backup is not None and own_backup.exists()
    shell.close()  # the app's own exit afterwards: nothing left to close, nothing written
    assert not [p for p in laptop.iterdir() if p.name.startswith("bram")]


def _merged(village: Casebook, tmp_path: Path, laptop: Path) -> tuple[Path, MergeDialog]:
    path = colleague_book(village, tmp_path, laptop)
    back = tmp_path / "van-bram" / "terug.dorpsboek"
    with Book.open(path, NEW) as colleague:
        add_note(colleague, "Kennisgemaakt")
        handback.write_return(colleague, back)
    ret = actions.read_return(village, back)
    report = actions.apply_merge(village, ret)
    assert not (report.conflicts or report.pending_deletions)
    return back, MergeDialog(village, ret, report, None, return_path=back)


def test_merge_dialog_offers_to_delete_the_return_and_names_the_colleagues_action(
    qtbot: QtBot, village: Casebook, tmp_path: Path, laptop: Path
) -> None:
    back, dialog = _merged(village, tmp_path, laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        dialog.finish()
    assert "terug.dorpsboek" in rec.texts("confirm")[0]
    assert "Waarneming afsluiten en dit boek wissen" in rec.texts("message")[0]
    assert not back.exists()
    assert "Kennisgemaakt" in _note_texts(village)  # merged before the file went


def test_merge_dialog_keeps_the_return_when_she_says_no(
    qtbot: QtBot, village: Casebook, tmp_path: Path, laptop: Path
) -> None:
    back, dialog = _merged(village, tmp_path, laptop)
    qtbot.addWidget(dialog)
    with dialogs.recording() as rec:
        rec.preset("confirm", False)
        dialog.finish()
    assert back.exists() and rec.texts("message")


def _note_texts(casebook: Casebook) -> set[str]:
    return {str(row.get("text")) for rows in dump.read_all(casebook.book).values() for row in rows}


def test_a_change_made_while_the_dialog_was_open_stops_the_erasing(
    qtbot: QtBot, village: Casebook, tmp_path: Path, laptop: Path
) -> None:
    path = colleague_book(village, tmp_path, laptop)
    with Book.open(path, NEW) as colleague:
        handback.write_return(colleague, laptop / "terug.dorpsboek")
        screen = HandoverScreen(
            ScreenContext(Casebook(colleague, actor="Bram"), Settings(tmp_path / "s.json"))
        )
        qtbot.addWidget(screen)
        ended: list[object] = []
        screen.takeover_ended.connect(ended.append)
        screen.show()
        screen.erase_button.click()
        qtbot.waitUntil(lambda: getattr(screen, "erase_dialog", None) is not None, timeout=WAIT_MS)
        dialog = screen.erase_dialog
        add_note(colleague, "Toch nog even gebeld")  # while the dialog is open
        dialog.processed.setChecked(True)
        qtbot.keyClicks(dialog.word, "WISSEN")
        dialog.erase_button.click()
        assert ended == []
        assert "er is niets gewist" in screen.message.text()
        assert "Daarna heeft u nog iets veranderd" in screen.finish_state.text()
        screen.close()
    assert path.exists() and (laptop / "terug.dorpsboek").exists()
