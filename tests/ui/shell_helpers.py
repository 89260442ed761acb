"""Helpers for driving the desktop shell in tests: start it, unlock it, wait for workers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dorpsboek.settings import Settings
from dorpsboek.ui import worker
from dorpsboek.ui.app import Shell
from dorpsboek.ui.main_window import MainWindow

WAIT_MS = 10_000


def start(
    qtbot: QtBot, book: Path, tmp: Path, demo: bool = False, first_run: bool = False
) -> Shell:
    settings = Settings(tmp / "settings.json")
    settings.set("first_run_done", not first_run)
    shell = Shell(book, settings, demo=demo)
    qtbot.addWidget(shell.start)
    shell.show()
    qtbot.waitExposed(shell.start)
    return shell


def type_and_enter(qtbot: QtBot, field: Any, text: str) -> None:
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def wait_main(qtbot: QtBot, shell: Shell) -> MainWindow:
    qtbot.waitUntil(lambda: shell.main is not None, timeout=WAIT_MS)
    main: MainWindow = shell.main
    qtbot.addWidget(main)
    qtbot.waitExposed(main)
    return main


def settle(qtbot: QtBot) -> None:
    """Wait until every worker job has delivered its callbacks."""
    qtbot.waitUntil(lambda: not worker.busy(), timeout=WAIT_MS)
