"""The first-run guide walks through its pages in plain Dutch and can be skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from dorpsboek.ui.first_run import FirstRunGuide


def test_guide_covers_the_topics_in_order(qtbot: QtBot) -> None:
    guide = FirstRunGuide()
    qtbot.addWidget(guide)
    guide.show()
    titles = []
    for _ in range(5):
        titles.append(guide.currentPage().title())
        guide.next()
    assert titles == [
        "Welkom bij Dorpsboek",
        "Een goed wachtwoord",
        "Als u onverwacht uitvalt",
        "Reservekopieën",
        "Eerst even proberen?",
    ]
    assert not guide.pixmap(QWizard.WizardPixmap.LogoPixmap).isNull()


def test_guide_says_the_passphrase_cannot_be_recovered(qtbot: QtBot) -> None:
    guide = FirstRunGuide()
    qtbot.addWidget(guide)
    text = " ".join(label.text() for label in guide.page(1).findChildren(QLabel))
    assert "kan niemand het boek nog openen" in text
