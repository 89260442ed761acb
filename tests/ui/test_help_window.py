"""F1 help shows the Dutch manual from docs/handleiding.md, safely rendered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dorpsboek.ui.help_window import HelpWindow, manual_html


def test_manual_renders_every_chapter() -> None:
    html = manual_html()
    for chapter in (
        "Beginnen",
        "Elke dag",
        "De sociale kaart",
        "Vrijwilligers",
        "Verantwoording",
        "Overdracht",
        "De noodset",
        "Reservekopieën",
        "Privacy",
    ):
        assert chapter in html
    assert "<table>" in html  # the shortcut table renders as a table
    assert "<script" not in html and "http" not in html


def test_help_window_shows_the_manual(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    assert "Snel iets noteren" in window.view.toPlainText()
    window.grab()
