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
from typing import Any

from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QWidget

from dorpsboek.ui.first_paint import after_first_paint

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


def _report(window: QWidget, label: str, describe: Callable[[], dict[str, Any]]) -> None:
    state = {
        "shown": window.isVisible(),
        "painted": True,
        "sqlalchemy": "sqlalchemy" in sys.modules,
        "loaded": loaded_heavy(),
        "qt_namespace": qt_namespace_built(),
        **describe(),
    }
    print(f"{label} {json.dumps(state)}", flush=True)
    QApplication.quit()


def report_after_paint(window: QWidget, label: str, describe: Callable[[], dict[str, Any]]) -> None:
    """Call before `window.show()`: print `label` and the state once painted, then quit.

    One loop turn after the paint event: the paint itself, and the children's, run between."""
    after_first_paint(window, lambda: _report(window, label, describe), turns=1, at_latest_ms=None)
