"""Small building blocks shared by the shell's windows: headings, notes, passphrase fields."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget


def set_by_name(widget: QWidget, prop: str, value: str) -> None:
    """Set a Qt enum property by its key name (Qt converts it), for widgets of the start window.

    The first use of any `Qt.…` enum makes PySide6 build the whole Qt namespace as Python
    enums, ~20 ms before the unlock window could paint; the main window pays that later,
    in the background import while she types. By name the value stays in C++.
    """
    widget.setProperty(prop, value)


def heading(text: str, parent: QWidget | None = None, scale: float = 1.5) -> QLabel:
    """A title that grows with the system font instead of a fixed pixel size."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def note(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapped paragraph of explanation."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_by_name(label, "textFormat", "PlainText")
    return label


def passphrase_field(accessible: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 32)
    return field


def busy_bar(accessible: str, parent: QWidget | None = None) -> QProgressBar:
    """An indeterminate bar shown while slow work (key derivation) runs off the GUI thread."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(accessible)
    bar.setMaximumHeight(bar.fontMetrics().height())
    bar.hide()
    return bar


def alert(parent: QWidget | None = None) -> QLabel:
    """A message line for what went wrong: bold, so one sentence is enough."""
    label = note("", parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label
