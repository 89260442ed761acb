"""Vandaag's "Geregeld contact": residents whose call or visit is due, one click to a note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.rhythm import ContactDue
from dorpsboek.services import contact
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.today import rhythm_words
from dorpsboek.ui.today.list_items import batched

PERSON = Qt.ItemDataRole.UserRole
LATE = QColor("#a33a00")


class ContactBox(QGroupBox):
    """The due list; Enter opens the resident, "Notitie schrijven" writes the contact down."""

    open_person = Signal(str)
    write_note = Signal(str)
    show_missed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Geregeld contact"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        batched(self.list)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.note_button = QPushButton(self.tr("Notitie schrijven"), self)
        self.note_button.setToolTip(self.tr("Schrijf het contact op bij de gekozen inwoner."))
        self.note_button.clicked.connect(self._write)
        self.missed_button = QPushButton(self.tr("Wie mis ik?"), self)
        self.missed_button.setToolTip(
            self.tr("Alle inwoners met een vast ritme, wie het langst wacht bovenaan.")
        )
        self.missed_button.clicked.connect(self.show_missed.emit)
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.missed_button)
        layout.addLayout(buttons)
        self.due: list[ContactDue] = []

    def fill(self, cb: Casebook, today: dt.date) -> None:
        self.due = contact.overdue(cb, today)
        self.list.clear()
        for c in self.due:
            item = QListWidgetItem(rhythm_words.line(c), self.list)
            item.setData(PERSON, c.id)
            if c.days_overdue > 0:
                item.setForeground(QBrush(LATE))
        self.setTitle(self.tr("Geregeld contact, nu aan de beurt ({n})").format(n=len(self.due)))
        if not self.due:
            empty = QListWidgetItem(
                self.tr(
                    "Niemand is aan de beurt. Een vast ritme zet u bij de inwoner, bij Contact."
                ),
                self.list,
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(PERSON) if item is not None else None
        return str(value) if value else None

    def _update_buttons(self) -> None:
        self.note_button.setEnabled(self._selected() is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(PERSON):
            self.open_person.emit(str(item.data(PERSON)))

    def _write(self) -> None:
        person_id = self._selected()
        if person_id:
            self.write_note.emit(person_id)
