"""The sociale kaart and volunteer screens driven like she uses them, on a real book."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.records import Kind
from dorpsboek.services import kaart, volunteers
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs
from dorpsboek.ui.daily_common import session_undo
from dorpsboek.ui.kaart.forms import ContactDialog, EntryDialog
from dorpsboek.ui.screens import kaart as kaart_screen
from dorpsboek.ui.screens import volunteers as volunteers_screen
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.volunteers.form import VolunteerDialog


@pytest.fixture
def context(casebook: Casebook, tmp_path: Path) -> ScreenContext:
    return ScreenContext(casebook, Settings(tmp_path / "settings.json"))


def texts(widget: object) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]  # type: ignore[attr-defined]


def answer_dialog(fill: Callable[[QDialog], None]) -> None:
    """Fill in the modal dialog that the next action opens, then let it close."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        fill(dialog)

    QTimer.singleShot(0, run)


def test_browse_narrow_check_today(qtbot: QtBot, book: Book, context: ScreenContext) -> None:
    generate(book, DemoSize(5, 5, 40, 0), seed=4)
    screen = kaart_screen.create(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    assert texts(screen.groups)[0] == "Alles (40)"
    assert any(t.startswith("Controleren (") for t in texts(screen.groups))
    # category browsing
    row = next(i for i, t in enumerate(texts(screen.groups)) if t.startswith("dorpshuis ("))
    screen.groups.setCurrentRow(row)
    assert texts(screen.list) and all("dorpshuis" in t for t in texts(screen.list))
    # by theme
    screen.mode.setCurrentIndex(1)
    assert "ontmoeting (" in " ".join(texts(screen.groups))
    screen.groups.setCurrentRow(0)
    # typing narrows without diacritics
    qtbot.keyClicks(screen.search, "cooperatie")
    assert [t.split("\n")[0] for t in texts(screen.list)] == ["Coöperatie Zorg Dichtbij"] * 2
    screen.search.clear()
    # the stale group, one click to mark checked
    stale_row = texts(screen.groups).index(
        next(t for t in texts(screen.groups) if t.startswith("Controleren"))
    )
    screen.groups.setCurrentRow(stale_row)
    before = screen.list.count()
    screen.list.setCurrentRow(0)
    assert screen.page.stale_banner.isVisibleTo(screen)
    name = screen.page.entry.name if screen.page.entry else ""
    qtbot.mouseClick(screen.page.check_button, qtbot_left())
    assert screen.list.count() == before - 1
    assert screen.page.entry is not None and screen.page.entry.name == name
    assert not screen.page.entry.stale
    assert screen.page.entry.last_checked_on == dt.date.today().isoformat()
    screen.grab().save(str(context.settings.path.with_name("kaart.png")))


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_new_entry_own_category_and_contacts(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook
) -> None:
    screen = kaart_screen.create(context)
    qtbot.addWidget(screen)
    assert texts(screen.groups)[0] == "Alles (0)"

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EntryDialog)
        dialog.fields["name"].setText("Repair Café De Brink")  # type: ignore[union-attr]
        dialog.fields["category"].setCurrentText("klussen")  # type: ignore[union-attr]
        dialog.fields["phone"].setText("+31 598 123 456")  # type: ignore[union-attr]
        dialog._accept()

    answer_dialog(fill)
    screen.new_entry()
    assert screen.page.entry is not None
    assert screen.page.entry.phone == "0598-123456"
    assert "klussen (1)" in texts(screen.groups)
    assert "Repair Café De Brink" in screen.page.text.toPlainText()

    def contact(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.name.setText("Henk Boer")
        dialog.role.setText("coördinator")
        dialog.phone.setText("0612345678")
        dialog._accept()

    answer_dialog(contact)
    screen.add_contact()
    assert texts(screen.page.contacts) == ["Henk Boer · coördinator · 06-12345678"]
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        screen.delete_contact(screen.page.entry.contacts[0].id)
    assert texts(screen.page.contacts) == []


def test_entry_dialog_refuses_empty_name_and_bad_date(qtbot: QtBot) -> None:
    dialog = EntryDialog(None, ["wonen"])
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.problem.text() == "Vul een naam in."
    dialog.fields["name"].setText("X")  # type: ignore[union-attr]
    dialog.checked.setText("gisteren")
    dialog._accept()
    assert "dd-mm-jjjj" in dialog.problem.text()
    dialog.checked.setText("01-02-2026")
    assert dialog.values()["last_checked_on"] == "2026-02-01"


def test_export_from_the_screen(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook, tmp_path: Path
) -> None:
    kaart.save_entry(casebook, {"name": "Belbus", "category": "vervoer"})
    screen = kaart_screen.create(context)
    qtbot.addWidget(screen)
    with dialogs.recording() as rec:
        rec.preset("save_file", str(tmp_path / "kaart"), str(tmp_path / "kaart.html"))
        for fmt in ("pdf", "html"):
            screen.export(fmt)  # written in the worker; the busy bar shows meanwhile
            qtbot.waitUntil(lambda: not screen.export_button.running, timeout=30_000)
    assert (tmp_path / "kaart.pdf").read_bytes().startswith(b"%PDF")
    assert "Belbus" in (tmp_path / "kaart.html").read_text(encoding="utf-8")
    assert rec.texts("message")[0].startswith("De sociale kaart staat nu in")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "kaart.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Belbus" in text


def test_show_record_selects_the_entry(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook
) -> None:
    kaart.save_entry(casebook, {"name": "Aaa"})
    target = kaart.save_entry(casebook, {"name": "Bbb"})
    screen = kaart_screen.create(context)
    qtbot.addWidget(screen)
    screen.search.setText("aaa")
    assert screen.show_record("organisation", target)
    assert screen.page.entry is not None and screen.page.entry.id == target
    assert not screen.show_record("person", target)


def vol(casebook: Casebook, name: str, **values: object) -> str:
    return volunteers.save_volunteer(casebook, {"name": name, **values})


def test_volunteer_list_load_vog_and_pause(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook
) -> None:
    anna = vol(
        casebook, "Anna", skills="vervoer", limits="Alleen korte ritten.", vog_on="2020-01-01"
    )
    vol(casebook, "Bert", skills="bezoek")
    person = casebook.add_person("Inwoner")
    hr = casebook.create(
        Kind.HELP_REQUEST,
        {"person_id": person, "question": "Rit", "status": "running", "opened_on": "2026-01-01"},
    )
    volunteers.link_volunteer(casebook, hr, anna)
    screen = volunteers_screen.create(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 650)
    screen.show()
    # Nobody chosen yet: only the hint, no empty availability heading.
    assert screen.page.details.text() == "Kies links een vrijwilliger."
    assert not screen.page.grid_heading.isVisible()
    rows = [[screen.table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert rows[0] == ["Anna", "vervoer", "1", "te oud", "actief"]
    screen.sort.setCurrentIndex(1)  # least busy first
    assert screen.table.item(0, 0).text() == "Bert"
    assert screen.show_record("volunteer", anna)
    assert "Alleen korte ritten." in screen.page.limits.text()
    assert "ouder dan toegestaan" in screen.page.details.text()
    assert screen.page.grid_heading.isVisible()
    screen.page.pause_button.click()
    assert screen.table.item(1, 4).text() == "gepauzeerd"
    assert screen.page.title.text() == "Anna (gepauzeerd)"
    assert screen.page.pause_button.text() == "Weer actief"
    screen.grab().save(str(context.settings.path.with_name("vrijwilligers.png")))


def test_new_volunteer_with_availability_grid(
    qtbot: QtBot, context: ScreenContext, casebook: Casebook
) -> None:
    screen = volunteers_screen.create(context)
    qtbot.addWidget(screen)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, VolunteerDialog)
        dialog.name.setText("Els Mulder")
        dialog.skills.setText("bezoek, wandelen")
        dialog.limits.setPlainText("Geen persoonlijke verzorging.")
        dialog.grid.boxes[("tue", "afternoon")].setChecked(True)
        dialog.grid.boxes[("sat", "morning")].setChecked(True)
        dialog.vog.setText("01-03-2025")
        dialog._accept()

    answer_dialog(fill)
    screen.new_volunteer()
    (els,) = volunteers.list_volunteers(casebook)
    assert json.loads(els.availability) == {"tue": ["afternoon"], "sat": ["morning"]}
    assert els.vog_on == "2025-03-01"
    assert screen.page.grid.boxes[("tue", "afternoon")].isChecked()
    assert "Geen persoonlijke verzorging." in screen.page.limits.text()


def test_delete_entry_and_undo(qtbot: QtBot, context: ScreenContext, casebook: Casebook) -> None:
    target = kaart.save_entry(casebook, {"name": "Weg ermee"})
    screen = kaart_screen.create(context)
    qtbot.addWidget(screen)
    assert screen.show_record("organisation", target)
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        screen.delete_entry()
    assert "dit adres" in rec.texts("confirm")[0]
    assert texts(screen.groups)[0] == "Alles (0)"
    assert screen.page.entry is None
    session_undo(casebook).undo()
    assert texts(screen.groups)[0] == "Alles (1)"
