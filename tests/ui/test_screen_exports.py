"""Saving the sociale kaart and the volunteer list from their screens: written on a worker thread
with a busy bar, the window keeps working meanwhile, and the file is what the CLI writes."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.csvtable import read_table
from dorpsboek.printing.exports import write_kaart
from dorpsboek.services import kaart, volunteers
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.kaart_export import to_csv
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs
from dorpsboek.ui.screens import kaart as kaart_screen
from dorpsboek.ui.screens import volunteers as volunteers_screen
from dorpsboek.ui.screens.base import Screen, ScreenContext

WAIT = 60_000


@pytest.fixture
def context(casebook: Casebook, tmp_path: Path) -> ScreenContext:
    return ScreenContext(casebook, Settings(tmp_path / "settings.json"))


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def watch_job(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str
) -> tuple[list[threading.Thread], threading.Event]:
    """Wrap the screen's writer: note its thread, and hold it until the GUI thread has run a
    timer. On the GUI thread this would wait in vain: the wrapper proves both at once."""
    threads: list[threading.Thread] = []
    gui_ran = threading.Event()
    real: Callable[..., Any] = getattr(module, name)

    def wrapped(*args: Any) -> Any:
        threads.append(threading.current_thread())
        assert gui_ran.wait(20), "the GUI thread did not run while the work was done"
        return real(*args)

    monkeypatch.setattr(module, name, wrapped)
    return threads, gui_ran


def export_and_wait(qtbot: QtBot, screen: Screen, fmt: str, gui_ran: threading.Event) -> None:
    button = screen.export_button  # type: ignore[attr-defined]
    screen.export(fmt)  # type: ignore[attr-defined]
    assert button.running and button.bar.isVisibleTo(screen) and not button.isEnabled()
    QTimer.singleShot(0, gui_ran.set)  # runs only if the GUI thread is free
    qtbot.waitUntil(lambda: not button.running, timeout=WAIT)
    assert not button.bar.isVisibleTo(screen) and button.isEnabled()


@pytest.mark.slow
def test_kaart_pdf_is_written_off_the_gui_thread_and_identical(
    qtbot: QtBot,
    book: Book,
    context: ScreenContext,
    casebook: Casebook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    generate(book, DemoSize(5, 5, 300, 0), seed=5)
    screen = kaart_screen.create(context)
    qtbot.addWidget(screen)
    threads, gui_ran = watch_job(monkeypatch, kaart_screen, "write_kaart")
    with dialogs.recording() as rec:
        rec.preset("save_file", str(tmp_path / "scherm.pdf"), str(tmp_path / "scherm"))
        export_and_wait(qtbot, screen, "pdf", gui_ran)
        gui_ran.clear()
        export_and_wait(qtbot, screen, "csv", gui_ran)
    assert len(threads) == 2 and threading.main_thread() not in threads
    # the same text as the command line writes on the main thread
    direct = tmp_path / "direct.pdf"
    write_kaart(kaart.list_entries(casebook), direct, "pdf", "nl")
    assert pdftotext(tmp_path / "scherm.pdf") == pdftotext(direct)
    assert (tmp_path / "scherm.csv").read_bytes() == to_csv(kaart.list_entries(casebook))
    messages = rec.texts("message")
    assert messages[0] == f"De sociale kaart staat nu in {tmp_path / 'scherm.pdf'}."
    assert "niet versleuteld" in messages[1]  # the CSV holds her own notes
    assert not rec.texts("warning")


def test_volunteer_list_saved_from_the_screen(
    qtbot: QtBot,
    context: ScreenContext,
    casebook: Casebook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    volunteers.save_volunteer(
        casebook,
        {
            "name": "Anna de Boer",
            "phone": "0612345678",
            "limits": "Geen trappen.",
            "vog_on": "2019-05-01",
        },
    )
    volunteers.save_volunteer(casebook, {"name": "Bert Mulder", "active": False})
    screen = volunteers_screen.create(context)
    qtbot.addWidget(screen)
    screen.search.setText("anna")  # the file holds everyone, not only what is shown
    threads, gui_ran = watch_job(monkeypatch, volunteers_screen, "write_volunteers")
    with dialogs.recording() as rec:
        rec.preset("save_file", str(tmp_path / "lijst"), str(tmp_path / "lijst.csv"))
        export_and_wait(qtbot, screen, "pdf", gui_ran)
        gui_ran.clear()
        export_and_wait(qtbot, screen, "csv", gui_ran)
    assert threading.main_thread() not in threads
    assert rec.shown[0].title == "Vrijwilligers opslaan" and "*.pdf" in rec.shown[0].text
    text = pdftotext(tmp_path / "lijst.pdf")
    assert "Anna de Boer" in text and "Bert Mulder" in text
    assert "Geen trappen." in text and "ouder dan toegestaan" in text
    assert text.index("Actief") < text.index("Gepauzeerd") < text.index("Bert Mulder")
    names = [r.cells[0] for r in read_table((tmp_path / "lijst.csv").read_bytes()).rows]
    assert names == ["Anna de Boer", "Bert Mulder"]
    messages = rec.texts("message")
    assert messages[0].startswith(
        f"De lijst met vrijwilligers staat nu in {tmp_path / 'lijst.pdf'}."
    )
    assert all("niet versleuteld" in m for m in messages)


def test_a_folder_as_target_gives_one_sentence(
    qtbot: QtBot, context: ScreenContext, tmp_path: Path
) -> None:
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    screen = volunteers_screen.create(context)
    qtbot.addWidget(screen)
    with dialogs.recording() as rec:
        rec.preset("save_file", str(folder))
        screen.export("pdf")
        qtbot.waitUntil(lambda: not screen.export_button.running, timeout=WAIT)
    assert rec.texts("warning") == [
        f"Kies een gewoon bestand om in op te slaan, geen map of apparaat: {folder}."
    ]
    assert not rec.texts("message") and folder.is_dir()
    assert screen.export_button.isEnabled()


def test_empty_list_and_cancel(qtbot: QtBot, context: ScreenContext, tmp_path: Path) -> None:
    screen = volunteers_screen.create(context)
    qtbot.addWidget(screen)
    with dialogs.recording() as rec:
        rec.preset("save_file", None, str(tmp_path / "leeg.html"))
        screen.export("html")  # she cancels the save dialog: nothing happens
        assert not screen.export_button.running
        screen.export("html")
        qtbot.waitUntil(lambda: not screen.export_button.running, timeout=WAIT)
    page = (tmp_path / "leeg.html").read_text(encoding="utf-8")
    assert "Er staan nog geen vrijwilligers in het boek." in page
    assert len(rec.texts("message")) == 1


def test_the_menu_offers_three_formats(qtbot: QtBot, context: ScreenContext) -> None:
    for module in (kaart_screen, volunteers_screen):
        screen = module.create(context)
        qtbot.addWidget(screen)
        button = screen.export_button  # type: ignore[attr-defined]
        assert button.text() == "Opslaan als"
        assert [a.text() for a in button.menu().actions()] == [
            "PDF om te printen",
            "Webpagina (HTML)",
            "CSV voor een rekenblad",
        ]


def test_import_preview_is_made_off_the_gui_thread(
    qtbot: QtBot, context: ScreenContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dorpsboek.services import importing
    from dorpsboek.ui.kaart.import_dialog import MAPPING, PREVIEW, ImportDialog

    source = tmp_path / "groot.csv"
    rows = [f"Vereniging {i};0598-{100000 + i};welzijn" for i in range(1000)]
    source.write_text("Naam;Telefoon;Categorie\n" + "\n".join(rows) + "\n", encoding="utf-8")
    threads, gui_ran = watch_job(monkeypatch, importing, "preview")
    dialog = ImportDialog(context, "kaart", path=source)
    qtbot.addWidget(dialog)
    dialog.go_next()
    assert dialog.running and dialog.bar.isVisibleTo(dialog) and not dialog.next.isEnabled()
    assert dialog.stack.currentIndex() == MAPPING
    dialog.reject()  # closing waits until the preview is there
    QTimer.singleShot(0, gui_ran.set)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PREVIEW, timeout=WAIT)
    assert threads and threading.main_thread() not in threads
    assert not dialog.bar.isVisibleTo(dialog) and dialog.next.isEnabled()
    assert dialog.preview_note.text().startswith("1000 regels in het bestand: 1000 nieuw")
    assert dialog.preview_table.rowCount() == 20
