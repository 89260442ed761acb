"""Snel noteren as an activity: no 'Over wie', participants by @, kern; seen where she looks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dorpsboek.domain.records import Kind
from dorpsboek.services import activities, kernen, people
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.quick_note import QuickNoteDialog
from tests.ui.daily_helpers import context


def _pick(qtbot: QtBot, dialog: QuickNoteDialog, typed: str) -> None:
    qtbot.keyClicks(dialog.text, typed)
    popup = dialog.text.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_quick_note_saves_an_activity_with_several_people(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    anna = people.add_person(casebook, "Anna Bakker")
    bert = people.add_person(casebook, "Bert Bakker")
    vol = casebook.create(Kind.VOLUNTEER, {"name": "Jelle Postma"})
    kernen.set_kernen(casebook, ["Elsloo", "Makkinga"])
    dialog = QuickNoteDialog(context(casebook, tmp_path), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activity.setChecked(True)
    assert not dialog.person.isVisible() and dialog.kern.isVisible()
    assert dialog.kind.itemText(dialog.kind.findData("overleg")) == "overleg met professionals"
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Familiegesprek met ")
    _pick(qtbot, dialog, "@Anna")
    _pick(qtbot, dialog, "@Bert")
    _pick(qtbot, dialog, "@Jel")
    qtbot.keyClicks(dialog.text, "#mantelzorg")
    dialog.kind.setCurrentIndex(dialog.kind.findData("vrijwilligers"))
    dialog.minutes.setValue(45)
    dialog.kern.setCurrentIndex(dialog.kern.findData("Makkinga"))
    dialog.grab().save(str(tmp_path / "activiteit.png"))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    person_id, activity_id = saved.args
    assert person_id == ""
    stored = activities.get(casebook, activity_id)
    assert stored is not None
    assert {p.id for p in stored.participants} == {anna, bert, vol}
    assert (stored.kind, stored.minutes, stored.kern) == ("vrijwilligers", 45, "Makkinga")
    assert casebook.stats()["notes"] == 0 and casebook.stats()["persons"] == 2


def test_an_activity_without_anyone_needs_only_text(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    dialog = QuickNoteDialog(context(casebook, tmp_path), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activity.setChecked(True)
    assert not dialog.kern.isVisible()  # no kernen defined: nothing to choose
    dialog.save_button.click()
    assert dialog.error.text() == "Schrijf eerst iets op."
    qtbot.keyClicks(dialog.text, "Kernoverleg met de huisarts")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert [a.text for a in activities.recent(casebook)] == ["Kernoverleg met de huisarts"]


def test_closing_a_help_request_may_record_its_outcome(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.services import help as help_service
    from dorpsboek.services.report import figures
    from dorpsboek.ui.screens import help_requests

    anna = people.add_person(casebook, "Anna Bakker")
    hid = help_service.create_help_request(casebook, anna, "Boodschappen", "vervoer")
    screen = help_requests.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    assert screen.show_record("help_request", hid)
    assert not screen.outcome.isEnabled()  # only a closed request has an outcome
    screen.status.setCurrentIndex(screen.status.findData("done"))
    assert screen.outcome.isEnabled() and screen.outcome.currentData() == ""
    screen.outcome.setCurrentIndex(screen.outcome.findData("vrijwilliger gevonden"))
    screen.grab().save(str(tmp_path / "uitkomst.png"))
    assert help_service.outcome(casebook, hid) == "vrijwilliger gevonden"
    import datetime as dt

    from dorpsboek.domain.report import Period

    today = dt.date.today()
    got = figures(casebook, Period(today, today))
    assert got["outcomes"] == {"vrijwilliger gevonden": 1} and got["help_requests_closed"] == 1
