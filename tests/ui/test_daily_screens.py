"""Whole flows through the daily screens with real widgets on a real book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dorpsboek.domain.records import Kind
from dorpsboek.services import help as help_service
from dorpsboek.services import people
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.screens import help_requests, residents, today
from tests.ui.daily_helpers import context, items


def _note_dialog(qtbot: QtBot, ctx: object, **kw: object) -> QuickNoteDialog:
    dialog = QuickNoteDialog(ctx, None, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_quick_note_for_new_resident_shows_on_page_and_today(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    ctx = context(casebook, tmp_path)
    dialog = _note_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.person, "Aaltje Nieuwenhuis")
    assert "Nieuwe inwoner: Aaltje Nieuwenhuis wordt toegevoegd." in dialog.person_hint.text()
    qtbot.keyClicks(dialog.text, "Eerste kennismaking, zoekt #vervoer naar de markt.")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person_id, note_id = saved.args
    assert not dialog.isVisible()

    screen = residents.create(ctx, None)
    qtbot.addWidget(screen)
    assert screen.show_record("note", note_id)
    page = screen.page
    assert page.title.text() == "Aaltje Nieuwenhuis"
    assert (
        page.notes.currentItem()
        .text()
        .endswith("Eerste kennismaking, zoekt #vervoer naar de markt.")
    )
    assert "#vervoer" in page.timeline.toPlainText()
    assert ("vervoer", 1) in casebook.tags()

    vandaag = today.create(ctx, None)
    qtbot.addWidget(vandaag)
    assert any("Aaltje Nieuwenhuis: Eerste kennismaking" in t for t in items(vandaag.notes))
    assert person_id == people.residents(casebook)[0].id


def test_quick_note_picks_existing_resident_and_completes_tag_and_mention(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    people.add_person(casebook, "Bert Bakker")
    casebook.add_note("Over #vervoer gepraat", person_id=anna)
    vol = casebook.create(Kind.VOLUNTEER, {"name": "Jelle Postma"})
    dialog = _note_dialog(qtbot, context(casebook, tmp_path))
    qtbot.keyClicks(dialog.person, "anna b")
    assert dialog.person.chosen_id() is None  # still only part of the name
    dialog.person.setText("Anna Bakker")
    assert dialog.person.chosen_id() == anna
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Samen met ")
    qtbot.keyClicks(dialog.text, "@Jel")
    popup = dialog.text.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "naar de dokter #ver")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.text.toPlainText() == "Samen met @Jelle Postma naar de dokter #vervoer "
    dialog.kind.setCurrentIndex(dialog.kind.findData("phone"))
    dialog.minutes.setValue(20)
    dialog.follow_up.setChecked(True)
    dialog.follow_up_text.setText("Nabellen")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    person_id, note_id = saved.args
    assert person_id == anna
    links = help_service.links(casebook, note_id)
    assert [(x.to_kind, x.to_id, x.role) for x in links] == [("volunteers", vol, "mention")]
    reminders = help_service.reminders_for_person(casebook, anna)
    assert [r.text for r in reminders] == ["Nabellen"]
    stored = casebook.notes_for_person(anna)[0]
    assert (stored.kind, stored.minutes) == ("phone", 20)


def test_quick_note_keeps_text_when_the_disk_is_full(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from sqlalchemy import event

    people.add_person(casebook, "Anna Bakker")
    dialog = _note_dialog(qtbot, context(casebook, tmp_path))
    dialog.person.setText("Anna Bakker")
    long_text = "Een lang verhaal over de buurt. " * 2000
    dialog.text.setPlainText(long_text)
    casebook.book.engine.dispose()
    event.listen(
        casebook.book.engine,
        "connect",
        lambda conn, _rec: conn.execute("PRAGMA max_page_count = 1"),
    )
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "De schijf is vol; er is niets opgeslagen en er is niets verloren. "
        "Maak ruimte vrij en probeer het opnieuw."
    )
    assert dialog.text.toPlainText() == long_text


def test_quick_note_warns_gently_about_a_bsn(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    dialog = _note_dialog(qtbot, context(casebook, tmp_path))
    dialog.person.setText("Nieuwe Mevrouw")
    dialog.text.setPlainText("Haar nummer is 111222333, even bewaren")
    qtbot.waitUntil(lambda: dialog.hints.isVisible())
    assert "lijkt op een BSN" in dialog.hints.text()
    with qtbot.waitSignal(dialog.saved):
        dialog.save()  # never blocking


def test_edit_note_changes_text_and_tags(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    note = casebook.add_note("Over #vervoer", person_id=anna, on_date=dt.date(2026, 1, 2))
    dialog = _note_dialog(qtbot, context(casebook, tmp_path), note_id=note.id)
    assert dialog.windowTitle() == "Bewerk notitie"
    assert dialog.person.text() == "Anna Bakker"  # she may move it, see the next test
    dialog.text.setPlainText("Over #boodschappen")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert casebook.notes_for_person(anna)[0].text == "Over #boodschappen"
    assert [t for t, _ in casebook.tags()] == ["boodschappen"]


def test_a_note_on_the_wrong_name_moves_to_the_right_resident(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    piet = people.add_person(casebook, "Piet de Vries")
    request = casebook.create(
        Kind.HELP_REQUEST, {"person_id": anna, "question": "Vervoer", "opened_on": "2026-01-01"}
    )
    note = casebook.add_note("Belde over de rolstoel", person_id=anna, help_request_id=request)
    dialog = _note_dialog(qtbot, context(casebook, tmp_path), note_id=note.id)
    assert "verkeerde naam" in dialog.person_hint.text()
    dialog.person.setText("Iemand Anders")  # not in the book: refused, nothing changes
    dialog.save()
    assert "Kies een inwoner uit de lijst" in dialog.error.text()
    assert [n.id for n in casebook.notes_for_person(anna)] == [note.id]
    dialog.person.setText("Piet de Vries")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert casebook.notes_for_person(anna) == []
    moved = casebook.notes_for_person(piet)
    assert [n.text for n in moved] == ["Belde over de rolstoel"]
    assert moved[0].help_request_id is None  # Anna's request no longer holds it
    assert casebook.audit_trail()[-1]["action"] == "update"


def test_delete_a_note_and_undo(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    note = casebook.add_note("Koffie gedronken", person_id=anna)
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show_record("note", note.id)
    page = screen.page
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        page.delete_note()
    assert rec.texts("confirm") == [
        "Wilt u deze notitie verwijderen? Zolang Dorpsboek open is, kunt u dit ongedaan maken."
    ]
    assert casebook.notes_for_person(anna) == []
    assert page.tabs.tabText(0) == "Contactmomenten (0)"
    from dorpsboek.ui.daily_common import UndoButton

    button = page.findChild(UndoButton)
    assert button.isEnabled()
    button.click()
    assert [n.id for n in casebook.notes_for_person(anna)] == [note.id]
    assert page.tabs.tabText(0) == "Contactmomenten (1)"
    assert not button.isEnabled()
    actions = [a["action"] for a in casebook.audit_trail(note.id)]
    assert actions == ["create", "delete", "restore"]


def test_delete_cancelled_keeps_the_resident(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show_record("person", anna)
    with dialogs.recording() as rec:
        rec.preset("confirm", False)
        screen.page.delete_person()
    assert [r.name for r in people.residents(casebook)] == ["Anna Bakker"]
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        screen.page.delete_person()
    assert people.residents(casebook) == []
    assert screen.stack.currentIndex() == 0
    assert screen.count.text().startswith("Nog geen inwoners.")


def test_filter_and_sort_residents(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    for name, status in (("Anna", "active"), ("Bert", "dormant"), ("Cor", "closed")):
        people.add_person(casebook, f"{name} Bakker", status=status)
    for i in range(450):
        people.add_person(casebook, f"Zz Persoon {i:03}", status="active")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert screen.model.total() == 453
    assert screen.model.rowCount() == 200  # the rest comes as she scrolls
    assert screen.count.text() == "453 inwoners"
    screen.status.setCurrentIndex(screen.status.findText("slapend"))
    assert [screen.model.row_at(i).name for i in range(screen.model.rowCount())] == ["Bert Bakker"]
    assert screen.model.index(0, 1).data() == "slapend"
    screen.status.setCurrentIndex(0)
    qtbot.keyClicks(screen.filter_text, "bakk")
    assert screen.model.rowCount() == 3
    screen.filter_text.setText("niemand")
    assert screen.count.text() == "Niemand gevonden die hierbij past."
    screen.filter_text.setText("bert bak")
    qtbot.keyClick(screen.filter_text, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.page
    assert screen.page.title.text() == "Bert Bakker"
    qtbot.mouseClick(screen.page.findChild(QPushButton, "back"), Qt.MouseButton.LeftButton)
    assert screen.stack.currentIndex() == 0


def test_edit_contact_details_and_link_a_carer(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    mother = people.add_person(casebook, "Geesje Mulder")
    daughter = people.add_person(casebook, "Riek Mulder")
    people.link_persons(casebook, mother, daughter, "mantelzorger")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show_record("person", mother)
    page = screen.page
    assert items(page.relatives) == ["Riek Mulder (mantelzorger)"]
    page.relatives.setCurrentRow(0)
    with dialogs.recording() as rec:
        rec.preset("ask_text", "dochter")
        page.relatives_box.edit_relative()
    assert items(page.relatives) == ["Riek Mulder (dochter)"]
    page.phone.setText("0598-123456")
    page.consent_on.setText("3-2-2026")
    page.save_details()
    assert page.details_message.text() == "Opgeslagen."
    saved = people.person(casebook, mother)
    assert (saved.phone, saved.consent_on) == ("0598-123456", "2026-02-03")
    page.consent_on.setText("gisteren")
    page.save_details()
    assert page.details_message.text() == "Schrijf de datum als dd-mm-jjjj."
    page.relatives.itemActivated.emit(page.relatives.item(0))
    assert page.title.text() == "Riek Mulder"  # the carer's own page


def test_help_request_from_resident_status_and_links(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    hid = help_service.create_help_request(casebook, anna, "Vervoer naar ziekenhuis", "vervoer")
    org = casebook.create(Kind.ORGANISATION, {"name": "Wmo-loket"})
    screen = help_requests.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("lopend"))
    assert screen.count.text() == "Geen hulpvragen met deze status."
    assert screen.show_record("help_request", hid)
    assert screen.status_filter.currentIndex() == 0
    assert screen.question.text() == "Vervoer naar ziekenhuis"
    screen.status.setCurrentIndex(screen.status.findData("done"))
    done = help_service.help_request(casebook, hid)
    assert (done.status, done.closed_on) == ("done", dt.date.today().isoformat())
    assert "klaar op" in screen.dates.text()
    help_service.add_link(casebook, "help_requests", hid, "organisations", org, "referral")
    screen.refresh()
    assert items(screen.links) == ["Wmo-loket (sociale kaart, doorverwezen)"]
    with qtbot.waitSignal(screen.open_record) as opened:
        screen.links.itemActivated.emit(screen.links.item(0))
    assert opened.args == ["organisation", org]
    screen.links.setCurrentRow(0)
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        screen.unlink()
    assert help_service.links(casebook, hid) == []
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        screen.delete_current()
    assert help_service.help_requests(casebook) == []
    assert screen.detail.currentIndex() == 0


def test_help_request_from_a_note(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    from dorpsboek.ui import daily_dialogs

    anna = people.add_person(casebook, "Anna Bakker")
    note = casebook.add_note("Wil hulp bij de #tuin", person_id=anna)
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show_record("note", note.id)
    made: list[daily_dialogs.HelpRequestDialog] = []

    def accept_when_shown() -> None:
        dialog = screen.page.findChild(daily_dialogs.HelpRequestDialog)
        made.append(dialog)
        assert dialog.themes.text() == "tuin"
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, accept_when_shown)
    screen.page.help_from_note()
    [h] = help_service.help_requests_for_person(casebook, anna)
    assert h.question == "Wil hulp bij de #tuin"
    assert screen.page.tabs.tabText(1) == "Hulpvragen (1)"


def test_today_reminder_done_and_open_records(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    rid = help_service.add_reminder(casebook, yesterday, "Terugbellen", person_id=anna)
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert items(screen.reminders) == [
        f"Anna Bakker: Terugbellen (te laat, {yesterday.strftime('%d-%m-%Y')})"
    ]
    assert items(screen.quiet) == ["Bij alle lopende hulpvragen was er kortgeleden contact."]
    assert items(screen.notes) == [
        "Nog geen notities. Kies Snel noteren om de eerste te schrijven."
    ]
    with qtbot.waitSignal(screen.open_record) as opened:
        screen.reminders.itemActivated.emit(screen.reminders.item(0))
    assert opened.args == ["reminder", rid]
    screen.reminders.item(0).setCheckState(Qt.CheckState.Checked)
    assert help_service.due_reminders(casebook, dt.date.today()) == []
    screen.refresh()
    assert items(screen.reminders) == ["Geen herinneringen voor vandaag."]

    page_screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(page_screen)
    assert page_screen.show_record("reminder", rid)
    assert page_screen.page.tabs.currentIndex() == 2
    assert page_screen.page.reminders.currentItem().checkState() == Qt.CheckState.Checked


def test_today_lists_quiet_help_requests(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    long_ago = dt.date.today() - dt.timedelta(weeks=9)
    hid = help_service.create_help_request(casebook, anna, "Eenzaam", on_date=long_ago)
    help_service.set_status(casebook, hid, "running")
    ctx = context(casebook, tmp_path)
    ctx.settings.set("quiet_weeks", 8)
    screen = today.create(ctx, None)
    qtbot.addWidget(screen)
    assert items(screen.quiet) == [
        f"Anna Bakker: Eenzaam (laatste contact {long_ago.strftime('%d-%m-%Y')})"
    ]
    assert "langer dan 8 weken" in screen.quiet_box.title()
    ctx.settings.set("quiet_weeks", 10)
    screen.refresh()
    assert len(items(screen.quiet)) == 1 and "kortgeleden" in items(screen.quiet)[0]


def test_quick_note_asks_before_adding_a_resident_for_part_of_a_name(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    people.add_person(casebook, "Anna Bakker")
    dialog = _note_dialog(qtbot, context(casebook, tmp_path))
    dialog.person.setText("anna")
    dialog.text.setPlainText("Even gebeld")
    with dialogs.recording() as rec:
        rec.preset("confirm", False)
        dialog.save()
    assert dialog.isVisible()
    assert "wel bijvoorbeeld Anna Bakker" in rec.texts("confirm")[0]
    assert len(people.residents(casebook)) == 1
    with dialogs.recording() as rec, qtbot.waitSignal(dialog.saved):
        rec.preset("confirm", True)
        dialog.save()
    assert sorted(r.name for r in people.residents(casebook)) == ["Anna Bakker", "anna"]


def test_find_volunteer_opens_the_matching_dialog_when_there_is_one(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    from PySide6.QtWidgets import QDialog

    opened: list[tuple[object, str]] = []

    class MatchDialog(QDialog):
        """Stands in for the volunteers work's dialog: records how it was opened."""

        def __init__(self, context: object, help_request_id: str, parent: object) -> None:
            super().__init__(parent)  # type: ignore[arg-type]
            opened.append((context, help_request_id))

        def exec(self) -> int:
            return 1

    module = types.ModuleType("dorpsboek.ui.volunteers.matching_dialog")
    module.MatchDialog = MatchDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dorpsboek.ui.volunteers.matching_dialog", module)
    anna = people.add_person(casebook, "Anna Bakker")
    hid = help_service.create_help_request(casebook, anna, "Boodschappen")
    ctx = context(casebook, tmp_path)
    screen = help_requests.create(ctx, None)
    qtbot.addWidget(screen)
    screen.show_record("help_request", hid)
    assert screen.match_button is not None
    assert screen.match_button.text() == "Zoek vrijwilliger"
    screen.match_button.click()
    assert opened == [(ctx, hid)]
