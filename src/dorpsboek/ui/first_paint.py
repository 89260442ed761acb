"""Run a job once a window has been painted for the first time: work she need not wait for.

Guessing "two turns of the event loop after show()" ran the job before anything else that
waited for the paint, such as the start-up probe (ui/startup_probe.py), which then measured
the job too. Here the job follows the paint itself, two turns later, so a reaction to the
same paint that takes one turn comes first. A window that is not painted soon (started
minimized) still gets the job after `at_latest_ms`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


class _OnFirstPaint(QObject):
    def __init__(self, window: QWidget, job: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.job = job
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance rather than event.type(): comparing types would build QEvent.Type, a
        # Python enum of ~180 members, before the first window is there.
        if watched is self.window and isinstance(event, QPaintEvent):
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.run))
        return False

    def run(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        self.job()


def after_first_paint(window: QWidget, job: Callable[[], None], at_latest_ms: int = 1000) -> None:
    """Call before `window.show()`: `job` runs once, two turns after its first paint."""
    waiter = _OnFirstPaint(window, job)
    window.installEventFilter(waiter)
    QTimer.singleShot(at_latest_ms, waiter.run)
