"""A quiet line in the status bar after Snel noteren: "Notitie over Lies ter Visser opgeslagen."
with "Ongedaan maken", so she knows the ten seconds worked (and can take it back)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

SHOWN_MS = 10_000


class SavedToast(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel(self)
        self.undo_button = QPushButton(self.tr("Ongedaan maken"), self)
        self.undo_button.setFlat(True)
        self.undo_button.setStyleSheet("text-decoration: underline; color: #1a4d8f;")
        self.undo_button.clicked.connect(self._undo)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        self._undo_action: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_saved(self, text: str, undo: Callable[[], None] | None) -> None:
        self.label.setText(text)
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start()

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.hide()
        if action is not None:
            action()
