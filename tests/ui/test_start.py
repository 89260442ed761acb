"""The start window: create a book through the welcome, unlock, and each failure in one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import HEADER_SIZE
from dorpsboek.store.pagecheck import PAGE_SIZE
from dorpsboek.ui.start import StartWindow
from tests.helpers import PASSPHRASE
from tests.ui.shell_helpers import WAIT_MS, settle, start, type_and_enter, wait_main


def unlock_window(qtbot: QtBot, path: Path) -> StartWindow:
    window = StartWindow(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_welcome_creates_a_book_with_strength_and_warning(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "boek" / "dorpsboek.db"
    shell = start(qtbot, path, tmp_path)
    try:
        window = shell.start
        assert window.pages.currentWidget() is window.welcome
        qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
        page = window.new_book
        assert window.pages.currentWidget() is page
        assert "zonder dit wachtwoord kan niemand het boek openen" in _all_text(page).lower()
        assert "noodpakket" in _all_text(page)
        qtbot.keyClicks(page.first, "kort")
        assert page.strength.text().startswith("Te kort")
        page.first.clear()
        qtbot.keyClicks(page.first, PASSPHRASE)
        assert page.strength.text() == "Sterk."
        type_and_enter(qtbot, page.second, "iets anders")
        assert page.message.text() == "De twee wachtwoorden zijn niet gelijk."
        type_and_enter(qtbot, page.second, PASSPHRASE)
        main = wait_main(qtbot, shell)
        assert main.windowTitle() == "Dorpsboek — dorpsboek.db"
        assert path.exists()
    finally:
        shell.close()
    with Book.open(path, PASSPHRASE) as book:
        assert book.schema_version() > 0


def _all_text(widget: object) -> str:
    from PySide6.QtWidgets import QLabel, QWidget

    assert isinstance(widget, QWidget)
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_wrong_passphrase_says_so_and_keeps_the_form_open(qtbot: QtBot, book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    window = unlock_window(qtbot, book_path)
    opened: list[object] = []
    window.opened.connect(opened.append)
    assert window.pages.currentWidget() is window.unlock
    type_and_enter(qtbot, window.unlock.field, "niet mijn wachtwoord")
    qtbot.waitUntil(lambda: "klopt niet" in window.unlock.message.text(), timeout=WAIT_MS)
    settle(qtbot)
    assert window.unlock.message.text() == "Het wachtwoord klopt niet. Probeer het nog eens."
    assert window.isVisible() and window.unlock.field.isEnabled()
    assert opened == []
    type_and_enter(qtbot, window.unlock.field, PASSPHRASE)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    opened[0].close()  # type: ignore[attr-defined]


def test_book_in_use_is_one_sentence(qtbot: QtBot, book: Book) -> None:
    window = unlock_window(qtbot, book.path)
    type_and_enter(qtbot, window.unlock.field, PASSPHRASE)
    qtbot.waitUntil(lambda: window.unlock.message.text() != "", timeout=WAIT_MS)
    assert (
        window.unlock.message.text()
        == "Het boek is al geopend, in een ander venster of proces van Dorpsboek."
    )


def test_damaged_book_is_one_sentence(qtbot: QtBot, book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    data = bytearray(book_path.read_bytes())
    data[HEADER_SIZE + 100 : HEADER_SIZE + 200] = bytes(100)  # page 1 no longer verifies
    book_path.write_bytes(bytes(data))
    window = unlock_window(qtbot, book_path)
    type_and_enter(qtbot, window.unlock.field, PASSPHRASE)
    qtbot.waitUntil(lambda: window.unlock.message.text() != "", timeout=WAIT_MS)
    assert window.unlock.message.text().startswith("Het boek is beschadigd")


def test_newer_format_is_one_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.db"
    path.write_bytes(bytes([2, 8, 3, 4]) + bytes(PAGE_SIZE * 2 - 4))
    window = unlock_window(qtbot, path)
    type_and_enter(qtbot, window.unlock.field, PASSPHRASE)
    qtbot.waitUntil(lambda: window.unlock.message.text() != "", timeout=WAIT_MS)
    assert "nieuwere versie" in window.unlock.message.text()


def test_empty_field_asks_for_the_passphrase(qtbot: QtBot, book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    window = unlock_window(qtbot, book_path)
    type_and_enter(qtbot, window.unlock.field, "")
    assert window.unlock.message.text() == "Vul eerst uw wachtwoord in."


def test_demo_book_opens_without_passphrase_and_is_removed(qtbot: QtBot, tmp_path: Path) -> None:
    shell = start(qtbot, tmp_path / "geen.db", tmp_path, demo=True)
    main = wait_main(qtbot, shell)
    assert main.windowTitle() == "Dorpsboek — demo"
    folder = shell.opened.demo_dir
    assert folder.exists()
    assert shell.opened.casebook.stats()["persons"] > 0
    shell.close()
    assert not folder.exists()


def test_handover_flow_results_are_taken_over(qtbot: QtBot, book_path: Path) -> None:
    """What `open_handover_flow` returns: None stays, a Path asks its passphrase, a book opens."""
    from dorpsboek.services.opening import open_book

    Book.create(book_path, PASSPHRASE).close()
    window = unlock_window(qtbot, book_path.with_name("nog-geen.db"))
    opened: list[object] = []
    window.opened.connect(opened.append)
    window.handover_result(None)
    assert window.pages.currentWidget() is window.welcome
    window.handover_result(book_path)
    assert window.pages.currentWidget() is window.unlock
    assert str(book_path) in window.unlock.explanation.text()
    book = open_book(book_path, PASSPHRASE)
    window.handover_result(book)
    assert opened == [book]
    book.close()


def test_first_start_shows_the_guide_once(qtbot: QtBot, tmp_path: Path) -> None:
    shell = start(qtbot, tmp_path / "boek.db", tmp_path, first_run=True)
    qtbot.waitUntil(lambda: shell.start.findChild(QWizard) is not None, timeout=WAIT_MS)
    guide = shell.start.findChild(QWizard)
    assert guide.isVisible()
    guide.reject()  # "Overslaan"
    assert shell.settings.get("first_run_done") is True
    assert shell.show_first_run_guide() is None
    shell.close()


def test_notes_show_their_text_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    """The start window sets its enum properties by name (cold start); they must still hold:
    a book path that looks like markup is shown as written, and the rescue text is selectable."""
    path = tmp_path / "<b>vet</b>" / "dorpsboek.db"
    window = StartWindow(path)
    qtbot.addWidget(window)
    assert window.unlock.explanation.textFormat() == Qt.TextFormat.PlainText
    assert window.unlock.message.textFormat() == Qt.TextFormat.PlainText
    assert window.rescue.found.textFormat() == Qt.TextFormat.PlainText
    assert window.rescue.found.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse
    )
