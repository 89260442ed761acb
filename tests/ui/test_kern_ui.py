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
