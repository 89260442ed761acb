"""Vandaag's upkeep lines (sociale kaart to check, old VOGs, retention) and the resident's
rights on the resident page (inzage, vergeten), with real widgets on a real book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dorpsboek.domain.records import Kind
from dorpsboek.services import kaart, people, volunteers
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs
from dorpsboek.ui.daily_common import session_undo
from dorpsboek.ui.privacy.actions import InzageDialog, RetentionDialog
from dorpsboek.ui.screens import residents, today
from tests.ui.daily_helpers import context, items

TODAY = dt.date.today()
LONG_AGO = TODAY.replace(year=TODAY.year - 4, day=1)


def _button(widget: QWidget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in widget.findChildren(QPushButton)]
    return found[0]


def test_empty_book_shows_plain_sentences_and_no_retention_line(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert items(screen.kaart) == ["Geen adressen om te controleren."]
    assert items(screen.vog) == ["Geen vrijwilligers met een te oude VOG."]
    assert screen.kaart_box.title() == "Sociale kaart controleren (0)"
    assert screen.retention.isHidden()
    assert not screen.checked_button.isEnabled()


def test_stale_entry_and_old_vog_open_their_record_and_checked_today(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    old = kaart.save_entry(
        casebook,
        {"name": "Thuiszorg Oost", "category": "wijkverpleging", "last_checked_on": "2023-02-01"},
    )
    never = kaart.save_entry(casebook, {"name": "Dorpshuis De Klink"})
    kaart.save_entry(casebook, {"name": "Huisarts Veenstra", "last_checked_on": TODAY.isoformat()})
    vol = volunteers.save_volunteer(casebook, {"name": "Jelle Postma", "vog_on": "2020-05-04"})
    volunteers.save_volunteer(casebook, {"name": "Fenna Dijk", "vog_on": TODAY.isoformat()})
    volunteers.save_volunteer(casebook, {"name": "Zonder VOG"})
    volunteers.save_volunteer(
        casebook, {"name": "Gepauzeerd Oud", "vog_on": "2019-01-01", "active": False}
    )
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)

    assert items(screen.kaart) == [
        "Dorpshuis De Klink (nooit gecontroleerd)",
        "Thuiszorg Oost (wijkverpleging) (laatst gecontroleerd 01-02-2023)",
    ]
    assert screen.kaart_box.title() == "Sociale kaart controleren (2)"
    assert items(screen.vog) == ["Jelle Postma: VOG van 04-05-2020"]
    assert screen.vog_box.title() == "Vrijwilligers met een VOG ouder dan 3 jaar (1)"

    with qtbot.waitSignal(screen.open_record) as opened:
        screen.kaart.itemActivated.emit(screen.kaart.item(1))
    assert opened.args == ["organisation", old]
    with qtbot.waitSignal(screen.open_record) as opened:
        screen.vog.itemActivated.emit(screen.vog.item(0))
    assert opened.args == ["volunteer", vol]

    screen.kaart.setCurrentRow(0)
    assert screen.checked_button.isEnabled()
    screen.checked_button.click()
    assert kaart.get_entry(casebook, never).last_checked_on == TODAY.isoformat()
    assert items(screen.kaart) == [
        "Thuiszorg Oost (wijkverpleging) (laatst gecontroleerd 01-02-2023)"
    ]
    assert not screen.checked_button.isEnabled()  # nothing chosen after the refresh


def test_long_lists_stay_short_on_vandaag(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    for i in range(today.SHOWN + 3):
        kaart.save_entry(casebook, {"name": f"Adres {i:02d}"})
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    shown = items(screen.kaart)
    assert len(shown) == today.SHOWN + 1
    assert shown[-1] == "En nog 3. U vindt ze allemaal op de sociale kaart, bij Controleren."
    assert screen.kaart_box.title() == f"Sociale kaart controleren ({today.SHOWN + 3})"


def test_retention_line_only_when_someone_is_due_and_review_keeps(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    recent = people.add_person(casebook, "Recent Gezien")
    casebook.add_note("Koffie gedronken", person_id=recent)
    ctx = context(casebook, tmp_path)
    screen = today.create(ctx, None)
    qtbot.addWidget(screen)
    assert screen.retention.isHidden()

    quiet = people.add_person(casebook, "Al Lang Stil", status="closed")
    casebook.add_note("Laatste bezoek", person_id=quiet, on_date=LONG_AGO)
    screen.refresh()
    assert not screen.retention.isHidden()
    assert screen.retention.accessibleName() == "1 inwoner al lang zonder contact: bekijken"
    assert 'href="review"' in screen.retention.text()

    seen: list[list[str]] = []

    def keep_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RetentionDialog)
        seen.append(items(dialog.list))
        dialog.keep.click()
        dialog.reject()

    QTimer.singleShot(0, keep_when_shown)
    screen.retention.linkActivated.emit("review")
    assert seen == [[f"Al Lang Stil — afgesloten, laatste contact {LONG_AGO:%d-%m-%Y}"]]
    assert screen.retention.isHidden()  # kept: off the list for a full period


def test_inzage_from_the_resident_page_saves_the_overview(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker", address="Dorpsstraat 3")
    casebook.add_note("Zoekt vervoer naar de markt", person_id=anna)
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show_record("person", anna)
    _button(screen.page, "Inzage").click()
    dialog = screen.page.inzage_dialog
    assert isinstance(dialog, InzageDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    target = tmp_path / "uit" / "inzage-anna.html"
    target.parent.mkdir()
    with dialogs.recording() as rec:
        rec.preset("save_file", str(target))
        dialog.html.click()
    html = target.read_text(encoding="utf-8")
    assert "Anna Bakker" in html and "Zoekt vervoer naar de markt" in html
    assert rec.texts("message") == [f"Opgeslagen: {target}"]
    pdf = tmp_path / "uit" / "inzage-anna"  # no suffix: .pdf is added
    with dialogs.recording() as rec:
        rec.preset("save_file", str(pdf))
        dialog.pdf.click()
    assert pdf.with_name("inzage-anna.pdf").read_bytes().startswith(b"%PDF")


def test_vergeten_removes_the_resident_and_returns_to_the_list(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    people.add_person(casebook, "Bert Visser")
    casebook.add_note("Gebeld over de buurtbus", person_id=anna)
    deleted = casebook.add_note("Per ongeluk dubbel", person_id=anna)
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    session_undo(casebook).delete(Kind.NOTE, deleted.id, "Per ongeluk dubbel")
    screen.show_record("person", anna)
    forget = _button(screen.page, "Vergeten…")

    with dialogs.recording() as rec:
        rec.preset("confirm", False)
        forget.click()
    assert screen.stack.currentWidget() is screen.page
    assert [r.name for r in people.residents(casebook)] == ["Anna Bakker", "Bert Visser"]

    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        forget.click()
    [question] = rec.texts("confirm")
    assert question.startswith("Anna Bakker wordt voorgoed gewist, met alle notities (1)")
    assert "Dit kan niet ongedaan worden gemaakt." in question
    assert rec.texts("message")[0].startswith("De inwoner is gewist.")
    assert screen.stack.currentIndex() == 0
    shown = [screen.model.row_at(i).name for i in range(screen.model.total())]
    assert shown == ["Bert Visser"]
    assert screen.count.text() == "1 inwoner"
    assert [r.name for r in people.residents(casebook)] == ["Bert Visser"]
    # The deleted note went with her: undo has nothing to bring back.
    assert not session_undo(casebook).can_undo()
    assert session_undo(casebook).undo() is None
