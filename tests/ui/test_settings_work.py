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


def test_the_radar_threshold_is_hers_and_kept_in_the_book(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    import datetime as dt

    from dorpsboek.services import radar
    from tests.ui.shots import shot

    today = dt.date.today()
    for who in ("An Aarts", "Bert Bos"):
        casebook.add_note("#eenzaamheid", person_name=who, on_date=today)
    casebook.add_note(
        "#eenzaamheid", person_name="Cor Claes", on_date=today - dt.timedelta(weeks=7)
    )
    assert radar.signal_suggestions(casebook, today) == []  # 3 in 6 weeks by default
    dialog = SettingsDialog(
        Settings(tmp_path / "settings.json"), casebook.book.path, None, casebook
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.work is not None
    assert (dialog.work.radar_residents.value(), dialog.work.radar_weeks.value()) == (3, 6)
    dialog.work.radar_weeks.setValue(8)
    shot(dialog, "instellingen-signaal", tmp_path)
    dialog.accept()
    assert radar.threshold(casebook) == (3, 8)
    assert radar.signal_suggestions(casebook, today) == [
        {"tag": "eenzaamheid", "residents": 3, "notes": 3}
    ]
