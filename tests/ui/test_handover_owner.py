"""Her own name on a handover: asked on the wizard's first page, remembered in the book, and
shown to the colleague (manifest, banner) and on the noodblad."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.handover import actions
from dorpsboek.handover import open as opening
from dorpsboek.handover.owner import stored_owner_name
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.handover_state import current_handover
from dorpsboek.settings import Settings
from dorpsboek.store import meta as meta_store
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.handover.banner import handover_banner
from dorpsboek.ui.handover.export_wizard import ExportDialog
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.screens.handover import HandoverScreen
from tests.ui.shots import shot

WAIT = 30_000
NEW = "wachtwoord van de collega"


@pytest.fixture
def village(book: Book) -> Casebook:
    generate(book, DemoSize(20, 40, 5, 4), seed=5)
    return Casebook(book)


def _wizard(qtbot: QtBot, casebook: Casebook) -> ExportDialog:
    dialog = ExportDialog(casebook)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_name_is_empty_without_a_stored_name_never_the_login(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    dialog = _wizard(qtbot, village)
    assert dialog.owner.text() == ""
    assert dialog.owner.accessibleName() == "Uw naam"
    shot(dialog, "handover-export-name-empty", tmp_path)


def test_name_is_prefilled_from_the_book(qtbot: QtBot, village: Casebook) -> None:
    meta_store.put(village.book, "actor", "Anna")
    assert _wizard(qtbot, village).owner.text() == "Anna"
    actions.remember_owner(village, "  Anna  de Vries ")
    assert _wizard(qtbot, village).owner.text() == "Anna de Vries"


def test_wizard_refuses_to_go_on_without_a_name(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    dialog = _wizard(qtbot, village)
    dialog.owner.setText("   ")
    dialog.forward()
    assert dialog.pages.currentIndex() == 0
    assert dialog.message.text() == "Vul uw naam in; uw collega ziet van wie het komt."
    shot(dialog, "handover-export-name-missing", tmp_path)
    assert stored_owner_name(village.book) == ""


def test_typed_name_reaches_manifest_banner_and_next_wizard(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    dialog = _wizard(qtbot, village)
    qtbot.keyClicks(dialog.owner, "Anna de Vries")
    shot(dialog, "handover-export-name", tmp_path)
    dialog.forward()
    assert dialog.pages.currentIndex() == 1
    assert "Anna de Vries" in dialog.letter.toPlainText()
    dialog.forward()
    bundle = tmp_path / "overdracht.dorpsboek"
    with dialogs.recording() as rec:
        rec.preset("save_file", bundle, None)  # no sleutelbrief this time
        secret = dialog.secret.text()
        dialog.forward()
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: not worker.busy(), timeout=WAIT)
    opened = opening.read_with_passphrase(bundle.read_bytes(), secret)
    assert opened.manifest["created_by"] == "Anna de Vries"
    assert opening.summary(opened).created_by == "Anna de Vries"
    target = opening.open_into(opened, tmp_path / "bram.db", NEW, actor="Bram")
    with Book.open(target, NEW) as colleague:
        info = current_handover(Casebook(colleague))
        assert info is not None and info.owner == "Anna de Vries"
        banner = handover_banner(Casebook(colleague, actor="Bram"))
        qtbot.addWidget(banner)
        assert banner.text().startswith("Waarneming voor Anna de Vries sinds ")
    assert _wizard(qtbot, village).owner.text() == "Anna de Vries"  # remembered


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _screen(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> HandoverScreen:
    screen = HandoverScreen(ScreenContext(casebook, Settings(tmp_path / "settings.json")))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_emergency_setup_asks_her_name_once(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    screen = _screen(qtbot, village, tmp_path)
    sheet = tmp_path / "noodblad.pdf"
    with dialogs.recording() as rec:
        rec.preset("ask_text", "")  # nothing typed: no sheet, one sentence
        screen.setup_button.click()
        assert "Vul uw naam in" in screen.message.text() and not sheet.exists()
        rec.preset("ask_text", "Anna de Vries")
        rec.preset("save_file", sheet)
        screen.setup_button.click()
        qtbot.waitUntil(lambda: not worker.busy(), timeout=WAIT)
        assert [s.kind for s in rec.shown].count("ask_text") == 2
    assert "Anna de Vries" in _pdf_text(sheet)
    assert stored_owner_name(village.book) == "Anna de Vries"
    again = tmp_path / "noodblad-2.pdf"
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        rec.preset("save_file", again)
        screen.setup_button.click()  # the remembered name: not asked again
        qtbot.waitUntil(lambda: not worker.busy(), timeout=WAIT)
        assert "ask_text" not in [s.kind for s in rec.shown]
    assert "Anna de Vries" in _pdf_text(again)


def test_emergency_setup_cancelled_name_makes_nothing(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    screen = _screen(qtbot, village, tmp_path)
    with dialogs.recording() as rec:
        rec.preset("ask_text", None)
        screen.setup_button.click()
        assert "save_file" not in [s.kind for s in rec.shown]
    assert actions.emergency_status(village) is None
