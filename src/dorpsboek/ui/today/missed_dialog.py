"""'Wie mis ik?': every resident with a contact rhythm, the longest waiting first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.services import contact, kernen
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.today import rhythm_words

PERSON = Qt.ItemDataRole.UserRole
LATE = QColor("#a33a00")


class MissedDialog(QDialog):
    """A table she can sort by lateness; a kern filter where she works in several villages."""

    open_person = Signal(str)

    def __init__(self, cb: Casebook, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.cb = cb
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Wie mis ik?"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Inwoners met een vast ritme van contact. Wie het langst over tijd is, "
                "staat bovenaan. Dubbelklik om de inwoner te openen."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.kern = QComboBox(self)
        self.kern.setAccessibleName(self.tr("Kern"))
        names = kernen.kernen(cb)
        self.kern.addItem(self.tr("Alle kernen"), None)
        for name in names:
            self.kern.addItem(name, name)
        row = QHBoxLayout()
        kern_label = QLabel(self.tr("&Kern:"), self)
        kern_label.setBuddy(self.kern)
        row.addWidget(kern_label)
        row.addWidget(self.kern)
        row.addStretch(1)
        if names:  # one village: nothing to choose
            layout.addLayout(row)
        else:
            kern_label.hide()
            self.kern.hide()
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Naam"), self.tr("Ritme"), self.tr("Laatste contact"), self.tr("Stand")]
        )
        self.table.itemActivated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        close = QDialogButtonBox(self)
        close.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.kern.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        kern = self.kern.currentData()
        everyone = contact.everyone(self.cb, self.today, kern)
        self.table.clear()
        for c in everyone:
            item = QTreeWidgetItem(
                [c.name, rhythm_words.every(c.every_days), rhythm_words.last_date(c),
                 rhythm_words.lateness(c)]
            )  # fmt: skip
            item.setData(0, PERSON, c.id)
            if c.days_overdue > 0:
                for col in range(4):
                    item.setForeground(col, QBrush(LATE))
            self.table.addTopLevelItem(item)
        for col in range(3):
            self.table.resizeColumnToContents(col)
        self.table.setVisible(bool(everyone))
        self.empty.setText(
            ""
            if everyone
            else self.tr(
                "Nog niemand heeft een vast ritme. Open een inwoner en kies bij Contact "
                "hoe vaak u belt of langsgaat."
            )
        )
        self.empty.setVisible(not everyone)

    def _activated(self, item: QTreeWidgetItem) -> None:
        person_id = item.data(0, PERSON)
        if person_id:
            self.open_person.emit(str(person_id))
            self.accept()
