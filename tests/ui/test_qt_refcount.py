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


PRINTING_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import dorpsboek.printing.a4 as a4  # what the command line imports to write a PDF
assert "dorpsboek.ui.screens" not in sys.modules  # not the desktop app
a4.ensure_app()
from PySide6.QtGui import QTextDocument
doc = QTextDocument()
for i in range(200_000):
    doc.setPlainText("x")
print("survived")
"""


def test_the_command_lines_pdf_printing_is_guarded_too() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PRINTING_SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
