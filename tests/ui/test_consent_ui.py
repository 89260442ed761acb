"""Consent per organisation on the resident page, and the referral dialog that shows it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dorpsboek.services import consent, kaart, people
from dorpsboek.services import help as help_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs
from dorpsboek.ui.daily_dialogs import PickDialog
from dorpsboek.ui.screens import help_requests, residents
from tests.ui.daily_helpers import context, items
from tests.ui.shots import shot


def test_consent_box_adds_and_withdraws(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    pid = people.add_person(casebook, "Aaltje Bosma")
    gp = kaart.save_entry(casebook, {"name": "Huisartsenpraktijk De Linde"})
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    assert screen.show_record("person", pid)
    box = screen.page.consent_box
    assert items(box.list)[0].startswith("Niets vastgelegd.")
    assert not box.remove_button.isEnabled()
    consent.allow(casebook, pid, gp)
    screen.page.reload()
    [line] = items(box.list)
    assert line.startswith("Huisartsenpraktijk De Linde (sinds ")
    shot(screen, "inwoner-toestemming", tmp_path)
    box.list.setCurrentRow(0)
    with dialogs.recording() as answers:
        answers.preset("confirm", True)
        box.remove()
    assert consent.allowed(casebook, pid) == []
    assert items(box.list)[0].startswith("Niets vastgelegd.")


def test_the_referral_dialog_says_what_she_may_share(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    pid = people.add_person(casebook, "Aaltje Bosma")
    gp = kaart.save_entry(casebook, {"name": "Huisartsenpraktijk De Linde"})
    consent.allow(casebook, pid, gp)
    help_id = help_service.create_help_request(casebook, pid, "Vervoer naar de fysio")
    screen = help_requests.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    assert screen.show_record("help_request", help_id)
    assert screen._consent_hint() == (
        "Toestemming om over Aaltje Bosma te praten met: Huisartsenpraktijk De Linde."
    )
    dialog = PickDialog(None, "Doorverwijzen naar", "Naam", [(gp, "Huisartsenpraktijk De Linde")],
                        hint=screen._consent_hint())  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hint.isVisible()
    shot(dialog, "doorverwijzen-toestemming", tmp_path)
