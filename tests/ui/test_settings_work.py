"""Instellingen, 'Mijn werk': kernen and contracted hours stored in the book."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dorpsboek.services import kernen
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.report import get_contract_hours
from dorpsboek.settings import Settings
from dorpsboek.ui.settings.dialog import SettingsDialog


def test_kernen_and_hours_are_kept_in_the_book(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.json")
    dialog = SettingsDialog(settings, casebook.book.path, None, casebook)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.work is not None and dialog.work.kernen.toPlainText() == ""  # empty by default
    dialog.work.kernen.setPlainText("Elsloo\n\nMakkinga\nelsloo\n")
    dialog.work.hours.setValue(16)
    dialog.grab().save(str(tmp_path / "instellingen.png"))
    dialog.accept()
    assert kernen.kernen(casebook) == ["Elsloo", "Makkinga"]
    assert get_contract_hours(casebook) == 16
    again = SettingsDialog(settings, casebook.book.path, None, casebook)
    qtbot.addWidget(again)
    assert again.work is not None and again.work.kernen.toPlainText() == "Elsloo\nMakkinga"
    again.work.hours.setValue(0)
    again.accept()
    assert get_contract_hours(casebook) is None
