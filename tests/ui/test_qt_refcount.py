"""PySide6 6.12 on Python 3.11 drops a reference to None per void call; the app survives it."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import dorpsboek.ui  # applies the guard
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(200_000):
    label.setText("x")
print("survived")
"""


def test_many_void_qt_calls_do_not_abort_python() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
