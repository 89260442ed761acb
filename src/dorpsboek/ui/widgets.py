"""Small building blocks shared by the shell's windows: headings, notes, passphrase fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget


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
    label.setTextFormat(Qt.TextFormat.PlainText)
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
