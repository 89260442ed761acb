"""Kernen on the resident page and as a filter of the residents list: hidden with one village,
there as soon as she defines her kernen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dorpsboek.services import kernen, people
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.screens import residents
from tests.ui.daily_helpers import context
from tests.ui.shots import shot


def test_one_village_shows_no_kern_anywhere(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    pid = people.add_person(casebook, "Aaltje Bosma")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.kern.isHidden()
    assert screen.show_record("person", pid)
    assert screen.page.details.kern.isHidden()


def test_kern_on_the_form_and_the_list_filter(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    kernen.set_kernen(casebook, ["Elsloo", "Makkinga"])
    a = people.add_person(casebook, "Aaltje Bosma")
    people.add_person(casebook, "Bertus de Wit")
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    assert screen.show_record("person", a)
    form = screen.page.details
    assert form.kern.isVisible()
    form.kern.setCurrentIndex(form.kern.findData("Makkinga"))
    screen.page.save_details()
    assert people.person(casebook, a).kern == "Makkinga"
    shot(screen, "inwoner-kern", tmp_path)
    screen.show_list()
    screen.refresh()
    assert screen.kern.isVisible()
    screen.kern.setCurrentIndex(screen.kern.findData("Makkinga"))
    assert [screen.model.row_at(i).name for i in range(screen.model.total())] == ["Aaltje Bosma"]
    screen.kern.setCurrentIndex(screen.kern.findData(""))
    assert [screen.model.row_at(i).name for i in range(screen.model.total())] == ["Bertus de Wit"]
    screen.kern.setCurrentIndex(0)
    assert screen.model.total() == 2
    shot(screen, "inwoners-per-kern", tmp_path)


def test_a_kern_outside_her_list_is_refused_and_nothing_changes(casebook: Casebook) -> None:
    import pytest

    from dorpsboek.errors import UsageError

    kernen.set_kernen(casebook, ["Elsloo"])
    pid = people.add_person(casebook, "Aaltje Bosma")
    with pytest.raises(UsageError):
        people.update_person(casebook, pid, kern="Nergenshuizen", phone="0612345678")
    assert people.person(casebook, pid).phone == ""


def test_kaart_entries_get_a_kern_and_group_by_it(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from dorpsboek.services import kaart
    from dorpsboek.ui.kaart.forms import EntryDialog
    from dorpsboek.ui.screens import kaart as kaart_screen

    plain = EntryDialog(None, [])
    qtbot.addWidget(plain)
    assert plain.kern is None  # one village: no kern field at all
    kernen.set_kernen(casebook, ["Elsloo", "Makkinga"])
    dialog = EntryDialog(None, [], kernen=kernen.kernen(casebook))
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("Steunpunt Mantelzorg")  # type: ignore[union-attr]
    assert dialog.kern is not None
    dialog.kern.setCurrentIndex(dialog.kern.findData("Elsloo"))
    kaart.save_entry(casebook, dialog.values())
    kaart.save_entry(casebook, {"name": "Steunpunt Mantelzorg", "kern": "Makkinga"})
    kaart.save_entry(casebook, {"name": "Dorpshuis"})
    assert sorted(e.kern for e in kaart.list_entries(casebook)) == ["", "Elsloo", "Makkinga"]

    screen = kaart_screen.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    screen.mode.setCurrentIndex(screen.mode.findData("kern"))
    groups = [screen.groups.item(i).text() for i in range(screen.groups.count())]
    assert groups == [
        "Alles (3)",
        "Controleren (3)",
        "Elsloo (1)",
        "Makkinga (1)",
        "zonder kern (1)",
    ]
    screen.groups.setCurrentRow(2)
    assert [screen.list.item(i).text().split("\n")[0] for i in range(screen.list.count())] == [
        "Steunpunt Mantelzorg"
    ]
    screen.groups.setCurrentRow(4)
    assert screen.list.count() == 1
