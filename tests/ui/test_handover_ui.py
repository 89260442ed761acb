"""Handover windows on real books: export wizard, open, merge with a conflict, emergency kit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.records import Kind
from dorpsboek.handover import actions, emergency, handback, merge
from dorpsboek.handover import open as opening
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store import dump
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.handover.export_wizard import ExportDialog
from dorpsboek.ui.handover.merge_dialog import MergeDialog
from dorpsboek.ui.handover.open_window import OpenHandoverDialog
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.screens.handover import HandoverScreen
from tests.ui.shots import shot

WAIT = 30_000
NEW = "wachtwoord van de collega"


@pytest.fixture
def village(book: Book) -> Casebook:
    generate(book, DemoSize(30, 90, 10, 8), seed=4)
    return Casebook(book, actor="Anna de Vries")


def _settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not worker.busy(), timeout=WAIT)


def test_export_wizard_writes_bundle_and_sleutelbrief(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    dialog = ExportDialog(village)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.owner.setText("Anna de Vries")
    dialog.read_first.setPlainText("De sleutel van het dorpshuis ligt bij Jan.")
    shot(dialog, "handover-export-1", tmp_path)
    dialog.forward()
    letter = dialog.letter.toPlainText()
    assert "De sleutel van het dorpshuis ligt bij Jan." in letter and "Lopende hulpvragen" in letter
    dialog.letter.setPlainText(letter + "\nExtra regel van Anna.")
    shot(dialog, "handover-export-2", tmp_path)
    dialog.forward()
    assert "Sterk genoeg" in dialog.strength.text()
    shot(dialog, "handover-export-3", tmp_path)
    bundle, sheet = tmp_path / "overdracht.dorpsboek", tmp_path / "sleutelbrief.pdf"
    with dialogs.recording() as rec:
        rec.preset("save_file", bundle, sheet)
        secret = dialog.secret.text()
        dialog.forward()
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
        _settle(qtbot)
        assert "Het pakket is klaar" in rec.texts("message")[0]
    assert sheet.stat().st_size > 1000
    opened = opening.read_with_passphrase(bundle.read_bytes(), secret)
    assert "Extra regel van Anna." in opening.letter_of(opened)
    assert opened.manifest["scope"] == "active"


def test_open_dialog_makes_a_book_and_shows_the_letter_first(
    qtbot: QtBot, village: Casebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    setup = emergency.setup(village.book)
    stick = tmp_path / "stick"
    stick.mkdir()
    path = emergency.refresh(village.book, stick)
    dialog = OpenHandoverDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "handover-open-1", tmp_path)
    with dialogs.recording() as rec:
        rec.preset("open_file", path)
        dialog.choose_button.click()
    assert dialog.key.isVisible() and not dialog.passphrase.isVisible()
    dialog.key.setText("AGE-SECRET-KEY-1QQQQ")  # a typo: caught, nothing made
    dialog.unlock()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT)
    assert "past niet" in dialog.message.text()
    dialog.key.setText(setup.secret.lower())  # typed from paper, any case
    shot(dialog, "handover-open-2", tmp_path)
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=WAIT)
    assert "Van Anna de Vries" in dialog.summary.text() or "Van " in dialog.summary.text()
    assert "inwoners" in dialog.summary.text()
    target = tmp_path / "bram.db"
    dialog.target.setText(str(target))
    dialog.name.setText("Bram")
    dialog.new1.setText(NEW)
    dialog.new2.setText(NEW)
    shot(dialog, "handover-open-3", tmp_path)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=WAIT)
    shot(dialog, "handover-open-4", tmp_path)
    assert "Lees dit eerst" in dialog.letter.toPlainText()
    opened = dialog.result_value
    try:
        assert opened.casebook.actor == "Bram"
        info = opened.casebook
        from dorpsboek.services.handover_state import current_handover

        assert current_handover(info) is not None
    finally:
        opened.close()


def test_open_dialog_remembers_the_package_for_ending_the_takeover(
    qtbot: QtBot, village: Casebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passphrase package opened in the window is the one file 'afsluiten' erases later."""
    from dorpsboek.handover import export, retire

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    package = tmp_path / "overdracht.dorpsboek"
    secret = "molen-kers-dansen-haven-blauw-pen"
    export.write_bundle(
        package, export.export_handover(village.book, secret, export.ExportOptions())
    )
    dialog = OpenHandoverDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with dialogs.recording() as rec:
        rec.preset("open_file", package)
        dialog.choose_button.click()
    assert dialog.passphrase.isVisible()
    dialog.passphrase.setText(secret)
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=WAIT)
    dialog.target.setText(str(tmp_path / "bram.db"))
    dialog.name.setText("Bram")
    dialog.new1.setText(NEW)
    dialog.new2.setText(NEW)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=WAIT)
    opened = dialog.result_value
    try:
        assert retire.plan(opened.casebook.book).opened_from == package.resolve()
    finally:
        opened.close()


def _colleague_with_conflict(village: Casebook, tmp_path: Path) -> tuple[bytes, str]:
    setup = emergency.setup(village.book)
    stick = tmp_path / "stick"
    stick.mkdir()
    data = emergency.refresh(village.book, stick).read_bytes()
    target = opening.open_into(emergency.read_bundle(data, setup.secret), tmp_path / "c.db", NEW)
    person = next(r for r in dump.read_all(village.book)["persons"] if not r["deleted_at"])
    with Book.open(target, NEW) as colleague:
        theirs = Casebook(colleague, actor="Bram")
        theirs.update(Kind.PERSON, person["id"], {"phone": "06-11111111"})
        gone = next(r for r in dump.read_all(colleague)["persons"][5:] if not r["deleted_at"])
        theirs.delete(Kind.PERSON, gone["id"])
        back = handback.make_return(colleague)
    village.update(Kind.PERSON, person["id"], {"phone": "06-22222222"})
    return back, person["id"]


def test_merge_dialog_shows_conflicts_side_by_side(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    back, person_id = _colleague_with_conflict(village, tmp_path)
    ret = merge.read_return(village.book, back)
    report = actions.apply_merge(village, ret)
    dialog = MergeDialog(village, ret, report, None)
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "handover-merge", tmp_path)
    cells = [dialog.table.item(0, c).text() for c in range(3)]
    assert cells[1] == "06-22222222" and cells[2] == "06-11111111"
    assert dialog.deletions.count() == 1
    assert village.get(Kind.PERSON, person_id)["phone"] == "06-22222222"  # nothing overwritten
    combo = dialog.choices[0][1]
    combo.setCurrentIndex(combo.findData(merge.THEIRS))
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: not dialog.report.conflicts, timeout=WAIT)
    assert village.get(Kind.PERSON, person_id)["phone"] == "06-11111111"
    assert dialog.report.pending_deletions  # still waiting: not ticked


def test_merge_dialog_keeping_mine_is_said_and_not_asked_again(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    back, person_id = _colleague_with_conflict(village, tmp_path)
    ret = merge.read_return(village.book, back)
    dialog = MergeDialog(village, ret, actions.apply_merge(village, ret), None)
    qtbot.addWidget(dialog)
    combo = dialog.choices[0][1]
    combo.setCurrentIndex(combo.findData(merge.MINE))
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: not dialog.report.conflicts, timeout=WAIT)
    assert "Uw eigen versie gehouden: 1." in dialog.summary.text()
    assert village.get(Kind.PERSON, person_id)["phone"] == "06-22222222"
    again = actions.apply_merge(village, merge.read_return(village.book, back))
    assert again.conflicts == [] and again.kept == []


def test_screen_sets_up_and_refreshes_the_emergency_kit(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.json")
    stick = tmp_path / "stick"
    stick.mkdir()
    settings.set("emergency_dir", str(stick))
    screen = HandoverScreen(ScreenContext(village, settings))
    qtbot.addWidget(screen)
    screen.resize(820, 760)
    screen.show()
    assert "nog geen noodpakket" in screen.kit_state.text()
    assert not screen.colleague_box.isVisible()
    shot(screen, "handover-screen-empty", tmp_path)
    with dialogs.recording() as rec:
        rec.preset("ask_text", "Anna de Vries")  # no name stored yet: asked once
        rec.preset("save_file", tmp_path / "noodblad.pdf")
        screen.setup_button.click()
        _settle(qtbot)
        assert "noodblad" in rec.texts("message")[0].lower()
    qtbot.waitUntil(lambda: "Laatst bijgewerkt" in screen.kit_state.text(), timeout=WAIT)
    assert (stick / emergency.BUNDLE_NAME).exists() and (tmp_path / "noodblad.pdf").exists()
    shot(screen, "handover-screen-kit", tmp_path)
    settings.set("emergency_dir", str(tmp_path / "stick-weg"))
    screen.refresh_button.click()
    _settle(qtbot)
    qtbot.waitUntil(lambda: "ging de laatste keer mis" in screen.kit_state.text(), timeout=WAIT)
    assert "niet beschrijfbaar" in screen.message.text()


def test_screen_in_a_colleagues_book_shows_waarneming(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    setup = emergency.setup(village.book)
    stick = tmp_path / "stick"
    stick.mkdir()
    data = emergency.refresh(village.book, stick).read_bytes()
    target = opening.open_into(emergency.read_bundle(data, setup.secret), tmp_path / "c.db", NEW)
    with Book.open(target, NEW) as colleague:
        screen = HandoverScreen(
            ScreenContext(Casebook(colleague, actor="Bram"), Settings(tmp_path / "s.json"))
        )
        qtbot.addWidget(screen)
        screen.resize(820, 900)
        screen.show()
        assert screen.colleague_box.isVisible()
        assert screen.colleague_text.text().startswith("Waarneming voor ")
        shot(screen, "handover-screen-colleague", tmp_path)
        with dialogs.recording() as rec:
            rec.preset("save_file", tmp_path / "terug.dorpsboek")
            screen.return_button.click()
            _settle(qtbot)
            assert "terugpakket" in rec.texts("message")[0]
        screen.close()
    assert merge.read_return(village.book, (tmp_path / "terug.dorpsboek").read_bytes())


def test_main_window_shows_the_waarneming_banner_only_in_a_colleagues_book(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.ui.main_window import MainWindow

    settings = Settings(tmp_path / "s.json")
    own = MainWindow(ScreenContext(village, settings), "eigen.db")
    qtbot.addWidget(own)
    own.show()
    assert not own.banner.isVisible()
    setup = emergency.setup(village.book)
    stick = tmp_path / "stick"
    stick.mkdir()
    data = emergency.refresh(village.book, stick).read_bytes()
    target = opening.open_into(emergency.read_bundle(data, setup.secret), tmp_path / "c.db", NEW)
    with Book.open(target, NEW) as colleague:
        window = MainWindow(ScreenContext(Casebook(colleague, actor="Bram"), settings), "c.db")
        qtbot.addWidget(window)
        window.show()
        assert window.banner.isVisible()
        assert window.banner.text().startswith("Waarneming voor ")
        assert "sinds " in window.banner.text() and "noodpakket" in window.banner.text()
        shot(window, "main-window-waarneming", tmp_path)
        window.close()


def test_screen_tests_the_emergency_kit_with_the_key(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.handover import crypto
    from dorpsboek.services import emergency_drill

    settings = Settings(tmp_path / "settings.json")
    stick = tmp_path / "stick"
    stick.mkdir()
    settings.set("emergency_dir", str(stick))
    setup = emergency.setup(village.book)
    emergency.refresh(village.book, stick)
    screen = HandoverScreen(ScreenContext(village, settings))
    qtbot.addWidget(screen)
    screen.resize(820, 760)
    screen.show()
    assert "Nog nooit getest" in screen.kit_state.text() and screen.test_button.isEnabled()
    with dialogs.recording() as rec:
        rec.preset("ask_text", crypto.new_identity()[0])
        screen.test_button.click()
        _settle(qtbot)
    qtbot.waitUntil(lambda: "opent het noodpakket niet" in screen.message.text(), timeout=WAIT)
    assert emergency_drill.last_test(village) is None
    with dialogs.recording() as rec:
        rec.preset("ask_text", setup.secret.lower())  # typed from paper: case does not matter
        screen.test_button.click()
        _settle(qtbot)
    qtbot.waitUntil(lambda: screen.message.text().startswith("Getest"), timeout=WAIT)
    assert "Laatst getest op" in screen.kit_state.text()
    assert emergency_drill.last_test(village) is not None
    shot(screen, "handover-screen-tested", tmp_path)
    screen.grab().save("/tmp/h13c-drill.png")
    (stick / emergency.BUNDLE_NAME).write_bytes(b"age-encryption.org/v1\n-> X25519 kapot\n")
    with dialogs.recording() as rec:
        rec.preset("ask_text", setup.secret)
        screen.test_button.click()
        _settle(qtbot)
    qtbot.waitUntil(lambda: "beschadigd" in screen.message.text(), timeout=WAIT)


def test_export_wizard_makes_a_stand_in_package(
    qtbot: QtBot, village: Casebook, tmp_path: Path
) -> None:
    import datetime as dt

    dialog = ExportDialog(village)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.owner.setText("Anna de Vries")
    dialog.scope_standin.setChecked(True)
    assert dialog.scope() == "standin"
    period = dialog.period()
    assert period is not None and period[0] == dt.date.today() and period[1] >= period[0]
    shot(dialog, "handover-export-invaller", tmp_path)
    dialog.forward()
    assert "Lopende hulpvragen" in dialog.letter.toPlainText()
    dialog.forward()
    bundle, sheet = tmp_path / "invaller.dorpsboek", tmp_path / "sleutelbrief.pdf"
    with dialogs.recording() as rec:
        rec.preset("save_file", bundle, sheet)
        secret = dialog.secret.text()
        dialog.forward()
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
        _settle(qtbot)
    opened = opening.read_with_passphrase(bundle.read_bytes(), secret)
    assert opened.manifest["scope"] == "standin"
    assert opened.manifest["counts"]["notes"] == 0
