"""Vandaag's regular contact, "Wie mis ik?", the signal radar and the kit-test line, and the
rhythm on the resident form: real widgets over a real book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from dorpsboek.domain.records import Kind
from dorpsboek.services import contact, kernen, people, radar
from dorpsboek.services import stories as signal_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.screens import residents, today
from dorpsboek.ui.today.missed_dialog import MissedDialog
from tests.ui.daily_helpers import context, items
from tests.ui.shots import shot

TODAY = dt.date.today()


def _ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _rhythm(cb: Casebook, name: str, every: int, last_days_ago: int) -> str:
    pid = people.add_person(cb, name)
    cb.add_note("gebeld", person_id=pid, on_date=_ago(last_days_ago))
    contact.set_every(cb, pid, every)
    return pid


def test_due_residents_show_and_one_click_writes_the_note(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    grietje = _rhythm(casebook, "Grietje Dagelijks", 1, 3)
    _rhythm(casebook, "Hendrik Tweewekelijks", 14, 2)  # not due
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    box = screen.contact_box
    assert box.title() == "Geregeld contact, nu aan de beurt (1)"
    [line] = items(box.list)
    assert line.startswith("Grietje Dagelijks (elke dag): 2 dagen over tijd, laatste contact ")
    shot(screen, "vandaag-geregeld-contact", tmp_path)

    with qtbot.waitSignal(screen.open_record) as opened:
        box.list.itemActivated.emit(box.list.item(0))
    assert opened.args == ["person", grietje]

    box.note_button.click()
    [dialog] = [d for d in screen.findChildren(QuickNoteDialog) if d.isVisible()]
    assert dialog.person.text() == "Grietje Dagelijks"
    dialog.text.setPlainText("Vanmorgen gebeld, gaat goed.")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert box.title() == "Geregeld contact, nu aan de beurt (0)"
    assert items(box.list)[0].startswith("Niemand is aan de beurt.")


def test_wie_mis_ik_sorts_by_lateness_and_filters_by_kern(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    kernen.set_kernen(casebook, ["Elsloo", "Makkinga"])
    a = _rhythm(casebook, "Aaltje Bosma", 7, 30)
    _rhythm(casebook, "Bertus de Wit", 7, 10)
    _rhythm(casebook, "Cor Later", 28, 1)
    people.set_kern(casebook, a, "Elsloo")
    dialog = MissedDialog(casebook, None)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    assert [r.text(0) for r in rows] == ["Aaltje Bosma", "Bertus de Wit", "Cor Later"]
    assert [r.text(3) for r in rows] == [
        "23 dagen over tijd", "3 dagen over tijd", "over 27 dagen aan de beurt"
    ]  # fmt: skip
    assert rows[0].text(1) == "elke week"
    shot(dialog, "wie-mis-ik", tmp_path)
    dialog.kern.setCurrentIndex(dialog.kern.findData("Elsloo"))
    assert dialog.table.topLevelItemCount() == 1
    with qtbot.waitSignal(dialog.open_person) as opened:
        dialog.table.itemActivated.emit(dialog.table.topLevelItem(0), 0)
    assert opened.args == [a]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_wie_mis_ik_without_rhythms_says_how_to_start(qtbot: QtBot, casebook: Casebook) -> None:
    dialog = MissedDialog(casebook, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.isHidden() and dialog.kern.isHidden()
    assert dialog.empty.text().startswith("Nog niemand heeft een vast ritme.")


def _radar_notes(cb: Casebook, names: list[str]) -> None:
    for i, name in enumerate(names):
        cb.add_note(f"Geen vervoer naar de huisarts #vervoer {i}", person_name=name,
                    on_date=_ago(i + 1))  # fmt: skip


def test_radar_yes_makes_a_signal_with_counts_and_no_names(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    names = ["Aaltje Bosma", "Bertus de Wit", "Cor Veenstra", "Dirk Hoekstra"]
    _radar_notes(casebook, names)
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.radar.isVisible()
    assert [s["tag"] for s in screen.radar.suggestions] == ["vervoer"]
    shot(screen, "vandaag-signaal", tmp_path)
    with qtbot.waitSignal(screen.open_record) as opened:
        screen.radar.accepted.emit("vervoer")
    kind, signal_id = opened.args
    assert kind == "signal"
    [signal] = signal_service.list_signals(casebook)
    assert signal.id == signal_id and signal.theme == "vervoer"
    assert "4 inwoners, 4 notities" in signal.frequency
    assert not any(name.split()[0] in signal.description + signal.frequency for name in names)
    sources = [
        r for r in dump.read_all(casebook.book)["links"]
        if r["from_id"] == signal_id and r["role"] == radar.SOURCE_ROLE
    ]  # fmt: skip
    assert len(sources) == 4 and {r["to_kind"] for r in sources} == {Kind.NOTE.value}
    assert screen.radar.isHidden()  # it has become a signal: not asked again


def test_radar_no_is_remembered_in_the_book(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    _radar_notes(casebook, ["Aaltje Bosma", "Bertus de Wit", "Cor Veenstra"])
    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.radar.isVisible()
    screen.radar.dismissed.emit("vervoer")
    assert screen.radar.isHidden()
    assert signal_service.list_signals(casebook) == []
    again = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(again)
    assert again.radar.suggestions == []


def test_rhythm_on_the_resident_form_is_saved_and_shown_again(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    pid = people.add_person(casebook, "Grietje Dagelijks")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    assert screen.show_record("person", pid)
    page = screen.page
    assert page.rhythm.count.text() == "geen vast ritme" and not page.rhythm.unit.isEnabled()
    page.rhythm.count.setValue(2)
    page.rhythm.unit.setCurrentIndex(page.rhythm.unit.findData(7))
    assert page.rhythm.count.text() == "elke 2"
    page.save_details()
    assert people.person(casebook, pid).regular_contact == 14
    shot(screen, "inwoner-contactritme", tmp_path)
    page.rhythm.set_days(0)
    page.save_details()
    assert people.person(casebook, pid).regular_contact == 0
    page.rhythm.set_days(3)
    assert page.rhythm.unit.currentData() == 1 and page.rhythm.count.value() == 3


def test_a_repeating_reminder_from_the_resident_page_comes_back_when_ticked(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.services import help as help_service
    from dorpsboek.ui.daily_dialogs import ReminderDialog

    pid = people.add_person(casebook, "Grietje Dagelijks")
    dialog = ReminderDialog(None, TODAY, "Rijden naar de dagbesteding")
    qtbot.addWidget(dialog)
    assert dialog.repeat.count.text() == "niet herhalen" and dialog.repeat.every() == ""
    dialog.repeat.count.setValue(1)
    dialog.repeat.unit.setCurrentIndex(dialog.repeat.unit.findData("w"))
    assert dialog.repeat.every() == "1w"
    dialog.show()
    shot(dialog, "herinnering-herhalen", tmp_path)
    help_service.add_reminder(casebook, TODAY, dialog.text.text(), person_id=pid,
                              every=dialog.repeat.every())  # fmt: skip

    screen = today.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    [line] = items(screen.reminders)
    week = (TODAY + dt.timedelta(weeks=1)).strftime("%d-%m-%Y")
    assert f"Rijden naar de dagbesteding (elke week; daarna {week}," in line
    screen.reminders.item(0).setCheckState(Qt.CheckState.Checked)
    [open_one] = [r for r in help_service.reminders_for_person(casebook, pid) if not r.done]
    assert open_one.due_on == (TODAY + dt.timedelta(weeks=1)).isoformat()
    assert open_one.every == "1w"


def test_stopping_a_series_is_one_button(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    from dorpsboek.services import help as help_service

    pid = people.add_person(casebook, "Grietje Dagelijks")
    rid = help_service.add_reminder(casebook, TODAY, "Rijden naar de dagbesteding",
                                    person_id=pid, every="1w")  # fmt: skip
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert screen.show_record("person", pid)
    page = screen.page
    assert not page.stop_series_button.isEnabled()
    page.reminders.setCurrentRow(0)
    assert page.stop_series_button.isEnabled()
    page.stop_series_button.click()
    [left] = help_service.reminders_for_person(casebook, pid)
    assert left.id == rid and left.every == "" and not left.done
    assert "elke week" not in page.reminders.item(0).text()
