"""Vandaag's question "Is dit een signaal?" when one #tag spreads over several residents.

Only the tag and counts are shown; which residents it came from stays in the notes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dorpsboek.services import radar

SHOWN = 3


class RadarBanner(QFrame):
    """One line per suggestion: "Ja, signaal maken" or "Nee, niet meer vragen"."""

    accepted = Signal(str)  # the tag she said yes to
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("radarBanner")
        self.setStyleSheet("#radarBanner { background: #fff6dc; border: 1px solid #e0c36a; }")
        self.rows = QVBoxLayout(self)
        self.suggestions: list[dict[str, Any]] = []
        self.weeks = radar.WEEKS
        self.hide()

    def fill(self, suggestions: list[dict[str, Any]], weeks: int = radar.WEEKS) -> None:
        self.suggestions = suggestions[:SHOWN]
        self.weeks = weeks
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for s in self.suggestions:
            self.rows.addWidget(self._row(s))
        self.setVisible(bool(self.suggestions))

    def _row(self, s: dict[str, Any]) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 2, 4, 2)
        text = self.tr(
            "Is dit een signaal? #{tag} staat in {notes} notities over {residents} "
            "verschillende inwoners, de afgelopen {weeks} weken."
        ).format(tag=s["tag"], notes=s["notes"], residents=s["residents"], weeks=self.weeks)
        label = QLabel(text, row)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        yes = QPushButton(self.tr("Ja, signaal maken"), row)
        no = QPushButton(self.tr("Nee, niet meer vragen"), row)
        yes.setAccessibleName(self.tr("Ja, signaal maken over #{tag}").format(tag=s["tag"]))
        no.setAccessibleName(self.tr("Nee, niet meer vragen over #{tag}").format(tag=s["tag"]))
        yes.clicked.connect(lambda _=False, tag=s["tag"]: self.accepted.emit(tag))
        no.clicked.connect(lambda _=False, tag=s["tag"]: self.dismissed.emit(tag))
        layout.addWidget(yes)
        layout.addWidget(no)
        return row
