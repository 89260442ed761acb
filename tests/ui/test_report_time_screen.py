"""The account's time section on screen and in the PDF: bars for kind, tag, kern, month."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.domain.report import calendar_year
from dorpsboek.printing.report_export import write_account
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.report import make_account, set_contract_hours
from dorpsboek.ui import worker
from dorpsboek.ui.screens import report
from tests.services.test_report_time import _week
from tests.ui.daily_helpers import context


def test_time_section_shows_bars_against_contracted_hours(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    _week(casebook)
    set_contract_hours(casebook, 16)
    screen = report.ReportScreen(context(casebook, tmp_path), today=dt.date(2026, 2, 1))
    qtbot.addWidget(screen)
    screen.resize(1000, 2600)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: not worker.busy(), timeout=20_000)
    qtbot.wait(30)
    kind = {b.label: b.text for b in screen.charts["time_by_kind"].bars}
    assert kind["overleg met professionals"] == "1 u 30 min"
    assert {b.label: b.text for b in screen.charts["time_by_kern"].bars}["Elsloo"] == "2 u 15 min"
    march = {b.label: b.text for b in screen.charts["time_by_month"].bars}["mrt 25"]
    assert march == "2 u 55 min van 70 u 51 min"  # 16 h a week over 31 days: 4,251 min
    kern_people = {b.label: b.text for b in screen.charts["residents_by_kern"].bars}
    assert kern_people == {"zonder kern": "< 3", "Elsloo": "< 3", "Makkinga": "< 3"}
    screen.grab().save(str(tmp_path / "verantwoording-tijd.png"))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils")
def test_pdf_has_the_time_section(casebook: Casebook, tmp_path: Path) -> None:
    _week(casebook)
    target = tmp_path / "verslag.pdf"
    write_account(make_account(casebook, calendar_year(2025)), target, "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Tijd per soort werk" in text and "Tijd per kern" in text
    assert "aan werk zonder inwoner" in text and "Anna Zwartjes" not in text
