"""The main window opens at a sensible share of the screen the first time, and where she left
it after a restart (size and place remembered in the settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.ui import worker
from dorpsboek.ui.main_window import MainWindow
from dorpsboek.ui.screens.base import ScreenContext


def test_first_start_uses_the_screen_and_a_restart_keeps_her_size(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.json")
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    free = screen.availableGeometry()
    first = MainWindow(ScreenContext(casebook, settings), "boek")
    qtbot.addWidget(first)
    first.show()
    assert first.width() >= min(1280, int(free.width() * 0.85)) - 1
    assert first.height() >= min(800, int(free.height() * 0.85)) - 1
    least = first.minimumSizeHint()
    assert first.width() <= max(free.width(), least.width())
    assert first.height() <= max(free.height(), least.height())
    first.resize(first.width(), first.height() - 70)  # the test screen is only 800 wide
    chosen = (first.width(), first.height())
    first.close()
    assert settings.get("window_geometry")

    again = MainWindow(ScreenContext(casebook, Settings(tmp_path / "settings.json")), "boek")
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == chosen


def test_damaged_saved_geometry_falls_back_to_the_first_start_size(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("window_geometry", "bm9wZQ==")  # base64 of "nope": not Qt's format
    window = MainWindow(ScreenContext(casebook, settings), "boek")
    qtbot.addWidget(window)
    window.show()
    assert window.width() >= 680


def test_every_screen_fits_a_1366_by_768_laptop(qtbot: QtBot, tmp_path: Path) -> None:
    """With the demo village on every screen, the window may be made as small as such a
    screen allows (768 minus a taskbar): no screen forces it taller or wider."""
    from dorpsboek.services.opening import create_demo
    from dorpsboek.ui.screens import SCREEN_KEYS

    opened = create_demo()
    try:
        main = MainWindow(ScreenContext(opened.casebook, Settings(tmp_path / "s.json")), "demo")
        qtbot.addWidget(main)
        for key in SCREEN_KEYS:
            main.show_screen(key)
        least = main.minimumSizeHint()
        assert least.width() <= 1366 and least.height() <= 728, (least.width(), least.height())
        # The account counts in the worker: let it finish before the demo book goes away.
        qtbot.waitUntil(lambda: not worker.busy(), timeout=15_000)
        main.close()
    finally:
        opened.close()


def test_a_divider_she_moved_is_where_she_left_it_after_a_restart(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QSplitter

    from dorpsboek.ui.screens import help_requests

    path = tmp_path / "settings.json"
    first = help_requests.create(ScreenContext(casebook, Settings(path)), None)
    qtbot.addWidget(first)
    first.resize(1200, 700)
    first.show()
    split = first.findChild(QSplitter)
    assert split is not None
    default = split.sizes()
    split.moveSplitter(300, 1)  # far to the left, with splitterMoved as when she drags it
    moved = split.sizes()
    assert moved[0] < default[0] - 100
    qtbot.waitUntil(lambda: bool(Settings(path).get("splitters").get("help_requests")))
    first.close()

    again = help_requests.create(ScreenContext(casebook, Settings(path)), None)
    qtbot.addWidget(again)
    again.resize(1200, 700)
    again.show()
    restored = again.findChild(QSplitter)
    assert restored is not None
    assert abs(restored.sizes()[0] - moved[0]) <= 2
    assert restored.sizes()[0] < default[0] - 100  # not the default 2:1 split
