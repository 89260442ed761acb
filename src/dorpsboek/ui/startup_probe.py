"""The start-up probe (cold-start benchmark and test): report once the start window is painted.

With `DORPSBOEK_STARTUP_PROBE` set (ui/app.py), the app prints one line, `<that name> {json}`,
right after the first paint of the start window has finished, and quits. "Painted", not
"show() returned": a window is there for her when Qt has drawn it, and a real window takes
longer to draw than the benchmark's minimal floor window, so stopping the clock at show()
would hide that difference. The floor in `benchmarks/bench_ui.py` waits the same way.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# What the start window must not wait for: the store and its libraries, the Markdown and
# crypto libraries, and the main window with the screens (all loaded while she types).
HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "cryptography",
    "markdown",
    "pyrage",
    "msgspec",
    "dateutil",
    "dorpsboek.store",
    "dorpsboek.services",
    "dorpsboek.handover",
    "dorpsboek.ui.main_window",
    "dorpsboek.ui.screens",
    "PySide6.QtNetwork",  # the single-instance server listens once the window is painted
)


def qt_namespace_built() -> bool:
    """Whether PySide6 has built `Qt` (all its enums as Python enums, ~20 ms): it makes each
    class on first use, and the start window should not need that one (widgets.set_by_name)."""
    return "Qt" in vars(QtCore)


def loaded_heavy() -> list[str]:
    """The modules of HEAVY (or their submodules) imported so far."""
    names = sys.modules.keys()
    return [h for h in HEAVY if any(n == h or n.startswith(h + ".") for n in names)]


class _FirstPaint(QObject):
    """Waits for the window's first paint event, then reports on the next turn of the loop
    (the paint itself, and the children's, run between the two)."""

    def __init__(self, window: QWidget, label: str, describe: Callable[[], dict[str, Any]]) -> None:
        super().__init__(window)
        self.window = window
        self.label = label
        self.describe = describe

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance rather than event.type(): comparing types would build QEvent.Type, a
        # Python enum of ~180 members, inside the measured time.
        if watched is self.window and isinstance(event, QPaintEvent):
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        state = {
            "shown": self.window.isVisible(),
            "painted": True,
            "sqlalchemy": "sqlalchemy" in sys.modules,
            "loaded": loaded_heavy(),
            "qt_namespace": qt_namespace_built(),
            **self.describe(),
        }
        print(f"{self.label} {json.dumps(state)}", flush=True)
        QApplication.quit()


def report_after_paint(window: QWidget, label: str, describe: Callable[[], dict[str, Any]]) -> None:
    """Call before `window.show()`: print `label` and the state once painted, then quit."""
    window.installEventFilter(_FirstPaint(window, label, describe))
