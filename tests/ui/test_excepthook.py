"""A bug in a slot: one honest sentence on screen, and the note's text nowhere else."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from dorpsboek.ui import dialogs, excepthook

MARKER = "Lies ter Visser heeft schulden"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_one_sentence_and_leaks_no_text(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    def slot() -> None:
        raise ValueError(f"kan niet opslaan: {MARKER}")

    caplog.set_level(logging.DEBUG)
    before = sys.excepthook
    with dialogs.recording() as rec, excepthook.installed():
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(rec.texts("warning")), timeout=5_000)
    assert sys.excepthook is before
    assert rec.texts("warning") == [
        "Er ging iets mis in Dorpsboek zelf. Uw gegevens zijn niet aangetast."
    ]
    out, err = capfd.readouterr()
    assert MARKER not in out + err
    assert MARKER not in caplog.text
    assert "ValueError" in caplog.text and "test_excepthook.py" in caplog.text
