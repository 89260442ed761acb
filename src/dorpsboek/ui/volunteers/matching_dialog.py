""" "Zoek vrijwilliger": ranked volunteers for a help request, limits up front, one click links.

`MatchDialog(context, help_request_id, parent)`; the Hulpvragen screen opens it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.matching import Candidate, Moment
from dorpsboek.domain.records import Kind
from dorpsboek.domain.volunteers import DAYS, PARTS
from dorpsboek.services import volunteers as service
from dorpsboek.ui import dialogs, failures
from dorpsboek.ui.kaart.labels import day_labels, part_labels
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.screens.volunteers import LIMITS_STYLE, limits_text
from dorpsboek.ui.widgets import heading, note

ROLE = Qt.ItemDataRole.UserRole


class MatchDialog(QDialog):
    def __init__(
        self, context: ScreenContext, help_request_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.help_request_id = context, help_request_id
        self.candidates: list[Candidate] = []
        self.linked_id: str | None = None
        self.setWindowTitle(self.tr("Zoek vrijwilliger"))
        self.resize(820, 560)
        request = context.casebook.get(Kind.HELP_REQUEST, help_request_id)
        asked = " · ".join(p for p in (str(request["question"]), str(request["themes"])) if p)
        self.day = QComboBox(self)
        self.day.addItem(self.tr("elke dag"), "")
        for key, label in zip(DAYS, day_labels(), strict=True):
            self.day.addItem(label, key)
        self.part = QComboBox(self)
        self.part.addItem(self.tr("hele dag"), "")
        for key, label in zip(PARTS, part_labels(), strict=True):
            self.part.addItem(label, key)
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("extra woorden, bijvoorbeeld: boodschappen"))
        for widget, name in (
            (self.day, self.tr("Dag")),
            (self.part, self.tr("Dagdeel")),
            (self.words, self.tr("Extra woorden")),
        ):
            widget.setAccessibleName(name)
        self.day.currentIndexChanged.connect(lambda _i: self.refresh())
        self.part.currentIndexChanged.connect(lambda _i: self.refresh())
        self.words.textChanged.connect(lambda _t: self.refresh())
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Wanneer:"), self))
        when.addWidget(self.day)
        when.addWidget(self.part)
        when.addWidget(self.words, 1)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Past bij"),
                self.tr("Kan dan"),
                self.tr("Lopend"),
                self.tr("Grenzen"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.limits = QLabel(self)
        self.limits.setWordWrap(True)
        self.limits.setTextFormat(Qt.TextFormat.RichText)
        self.limits.setStyleSheet(LIMITS_STYLE)
        self.link_button = QPushButton(self)
        self.link_button.setDefault(True)
        self.link_button.clicked.connect(self.link_current)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.link_button)
        buttons.addWidget(close)
        self.empty = note(
            self.tr("Er is geen actieve vrijwilliger die nog niet gekoppeld is."), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Zoek vrijwilliger"), self, 1.3))
        layout.addWidget(note(self.tr("Hulpvraag: {asked}").format(asked=asked), self))
        layout.addLayout(when)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.limits)
        layout.addLayout(buttons)
        self.refresh()

    def moment(self) -> Moment | None:
        day = str(self.day.currentData() or "")
        return Moment(day, str(self.part.currentData() or "")) if day else None

    def refresh(self) -> None:
        self.candidates = service.match_volunteers(
            self.context.casebook,
            self.help_request_id,
            self.moment(),
            tags=self.words.text(),
            settings=self.context.settings,
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            self._fill_row(row, c)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not self.candidates)
        if self.candidates:
            self.table.selectRow(0)
        self._show_current()

    def _fill_row(self, row: int, c: Candidate) -> None:
        available = {None: "", True: self.tr("ja"), False: self.tr("nee")}[c.available]
        cells = (c.name, ", ".join(c.matched), available, str(c.load), c.limits.replace("\n", " "))
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ROLE, c.volunteer_id)
            if col == 4 and c.limits:
                item.setForeground(QBrush(QColor("#a40000")))
            self.table.setItem(row, col, item)

    def current(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _show_current(self) -> None:
        c = self.current()
        self.limits.setVisible(c is not None)
        self.link_button.setEnabled(c is not None)
        if c is None:
            self.link_button.setText(self.tr("Koppelen"))
            return
        self.limits.setText(
            "<b>"
            + html.escape(c.name)
            + "</b><br>"
            + limits_text(c.limits)
            + ("<br>" + self.tr("Let op: de VOG is ouder dan toegestaan.") if c.vog_old else "")
        )
        self.link_button.setText(self.tr("Koppel {name} aan deze hulpvraag").format(name=c.name))

    def link_current(self) -> None:
        c = self.current()
        if c is None:
            return
        try:
            service.link_volunteer(self.context.casebook, self.help_request_id, c.volunteer_id)
        except Exception as exc:
            dialogs.warning(self, failures.sentence(exc))
            return
        self.linked_id = c.volunteer_id
        self.accept()
