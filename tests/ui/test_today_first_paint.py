"""Vandaag at unlock: the lists are there at once, the lines above them (signal radar,
retention review) arrive from a worker, and they say what a plain refresh says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dorpsboek.services import people
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import worker
from dorpsboek.ui.screens import today
from tests.ui.daily_helpers import context, items

TODAY = dt.date.today()


def _book_with_lines(cb: Casebook) -> None:
    for name in ("Aaltje Bosma", "Bertus de Wit", "Cor Veenstra"):
        cb.add_note("Geen vervoer naar de huisarts #vervoer", person_name=name, on_date=TODAY)
    quiet = people.add_person(cb, "Al Lang Stil", status="closed")
    cb.add_note("Laatste bezoek", person_id=quiet, on_date=TODAY.replace(year=TODAY.year - 4))


def test_lines_come_after_the_lists_and_match_a_plain_refresh(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    _book_with_lines(casebook)
    window = QWidget()
    qtbot.addWidget(window)
    screen = today.create(context(casebook, tmp_path), window)  # as the main window does
    assert len(items(screen.notes)) == 4  # the lists at once
    assert screen.radar.suggestions == [] and screen.retention_due == 0  # the lines not yet
    qtbot.waitUntil(lambda: not worker.busy(), timeout=15_000)
    assert [s["tag"] for s in screen.radar.suggestions] == ["vervoer"]
    assert screen.retention_due == 1
    assert screen.retention.accessibleName() == "1 inwoner al lang zonder contact: bekijken"

    alone = today.create(context(casebook, tmp_path), None)  # everything before it returns
    qtbot.addWidget(alone)
    assert alone.radar.suggestions == screen.radar.suggestions
    assert alone.retention.text() == screen.retention.text()


def test_an_older_answer_does_not_overwrite_a_newer_refresh(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    _book_with_lines(casebook)
    window = QWidget()
    qtbot.addWidget(window)
    screen = today.create(context(casebook, tmp_path), window)
    screen.refresh()  # a plain refresh before the worker answers: its lines count
    screen.radar.fill([])  # what the old answer would bring back, were it applied
    qtbot.waitUntil(lambda: not worker.busy(), timeout=15_000)
    assert screen.radar.suggestions == []
