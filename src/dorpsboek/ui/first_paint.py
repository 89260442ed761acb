"""Run a job once a window has been painted for the first time: work she need not wait for.

The job follows the paint event itself, `turns` turns of the event loop later (the paint of
the window and its children run in between), so a job waiting fewer turns on the same paint
comes first: the start-up probe reports after one turn (ui/startup_probe.py), the
single-instance server starts listening after two (ui/app.py), so the probe never times
the listening. A window that is not painted soon (started minimized) still gets the job
after `at_latest_ms`, unless that is None.
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
    def __init__(self, window: QWidget, job: Callable[[], None], turns: int) -> None:
        super().__init__(window)
        self.window = window
        self.job = job
        self.turns = turns
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance rather than event.type(): comparing types would build QEvent.Type, a
        # Python enum of ~180 members, before the first window is there.
        if watched is self.window and isinstance(event, QPaintEvent):
            self.window.removeEventFilter(self)
            self._after(self.turns)
        return False

    def _after(self, turns: int) -> None:
        if turns <= 0:
            self.run()
        else:
            QTimer.singleShot(0, lambda: self._after(turns - 1))

    def run(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        self.job()


def after_first_paint(
    window: QWidget, job: Callable[[], None], *, turns: int = 2, at_latest_ms: int | None = 1000
) -> None:
    """Call before `window.show()`: `job` runs once, `turns` loop turns after its first paint."""
    waiter = _OnFirstPaint(window, job, turns)
    window.installEventFilter(waiter)
    if at_latest_ms is not None:
        QTimer.singleShot(at_latest_ms, waiter.run)
