"""Her own introduction, name and villages at the top of the account: kept per year, in the
screen and every export, and never a resident's name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from dorpsboek.domain.report import Period
from dorpsboek.reports.html import account_html
from dorpsboek.reports.markdown import account_markdown
from dorpsboek.services import kernen
from dorpsboek.services import report as report_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import meta
from dorpsboek.ui import worker
from dorpsboek.ui.screens import report
from tests.ui.daily_helpers import context
from tests.ui.shots import shot

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_intro_name_and_villages_head_the_account(casebook: Casebook) -> None:
    casebook.add_note("Kennismaking", person_name="Grietje Zijlstra", on_date=dt.date(2026, 3, 1))
    meta.put(casebook.book, "owner_name", "Anna de Vries")
    kernen.set_kernen(casebook, ["Elsloo", "Makkinga"])
    report_service.set_intro(casebook, 2026, "Een jaar met veel vervoersvragen.\n\n"
                             "Grietje Zijlstra hielp mee met de wandelgroep.")  # fmt: skip
    account = report_service.make_account(casebook, YEAR)
    for text in (account_markdown(account), account_html(account)):
        assert "Door Anna de Vries, dorpsondersteuner voor Elsloo en Makkinga." in text
        assert "Een jaar met veel vervoersvragen." in text
        assert "Grietje" not in text and "[naam] hielp mee" in text
    assert report_service.get_intro(casebook, 2025) == ""  # per year


def test_the_screen_keeps_her_intro(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    screen = report.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    qtbot.waitUntil(lambda: screen.account is not None and not worker.busy(), timeout=10_000)
    screen.intro.text.setPlainText("Mijn eerste jaar in het dorp.")
    screen.intro.save()
    year = screen.intro.year
    assert report_service.get_intro(casebook, year) == "Mijn eerste jaar in het dorp."
    assert screen.account is not None and screen.account.intro == "Mijn eerste jaar in het dorp."
    shot(screen, "verantwoording-inleiding", tmp_path)
