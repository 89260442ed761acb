"""Where the main window opens: where she left it, or the first time a sensible share of the
screen (not Qt's small default, in which every Vandaag panel is a tiny scroll box); and each
screen's dividers where she left them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from dorpsboek.settings import Settings

KEY = "window_geometry"
SHARE = 0.85  # of the screen's free area, the first time
COMFORT = (1280, 800)  # enough for Vandaag's panels; more is not needed


def place(window: QWidget, settings: Settings) -> None:
    saved = str(settings.get(KEY) or "")
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    window.resize(*first_size(free.width(), free.height()))
    frame = window.frameGeometry()
    frame.moveCenter(free.center())
    window.move(frame.topLeft())


def first_size(free_width: int, free_height: int) -> tuple[int, int]:
    """The size of the first start on a screen with this much free room."""
    width = min(free_width, max(int(free_width * SHARE), min(COMFORT[0], free_width)))
    height = min(free_height, max(int(free_height * SHARE), min(COMFORT[1], free_height)))
    return min(width, int(free_width * 0.95)), min(height, int(free_height * 0.95))


def remember(window: QWidget, settings: Settings) -> None:
    """On close: size and place (Qt's own format, per screen), for the next start."""
    settings.set(KEY, bytes(window.saveGeometry().toBase64().data()).decode("ascii"))


SPLITTERS = "splitters"
SETTLE_MS = 400  # a drag moves the divider many times; write once it rests


def keep_splitter(splitter: QSplitter, settings: Settings, name: str) -> None:
    """Put the divider where she left it, and remember where she leaves it next."""
    saved = settings.get(SPLITTERS).get(name)
    if isinstance(saved, str) and saved:
        splitter.restoreState(QByteArray.fromBase64(saved.encode("ascii")))
    timer = QTimer(splitter)
    timer.setSingleShot(True)
    timer.setInterval(SETTLE_MS)

    def write() -> None:
        states = settings.get(SPLITTERS)
        states[name] = bytes(splitter.saveState().toBase64().data()).decode("ascii")
        settings.set(SPLITTERS, states)

    timer.timeout.connect(write)
    splitter.splitterMoved.connect(lambda _pos, _index: timer.start())
