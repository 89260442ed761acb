"""The "Mag over deze inwoner praten met" box: organisations she has consent for (AVG)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import Kind
from dorpsboek.services import consent, kaart
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs, failures
from dorpsboek.ui.daily_common import confirm_delete, session_undo
from dorpsboek.ui.daily_dialogs import PickDialog

LINK = Qt.ItemDataRole.UserRole


class ConsentBox(QGroupBox):
    """Optional: empty means she has noted no consent per organisation for this resident."""

    changed = Signal()

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mag over deze inwoner praten met"))
        self.cb = casebook
        self.person_id = ""
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Mag over deze inwoner praten met"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Toestemming toevoegen…"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Intrekken"), self)
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self, person_id: str) -> None:
        self.person_id = person_id
        self.list.clear()
        for c in consent.allowed(self.cb, person_id):
            text = self.tr("{name} (sinds {date})").format(
                name=c.organisation, date=format_date(c.since)
            )
            QListWidgetItem(text, self.list).setData(LINK, c.link_id)
        if not self.list.count():
            empty = QListWidgetItem(
                self.tr(
                    "Niets vastgelegd. Voeg een organisatie toe als de inwoner dat goed vindt."
                ),
                self.list,
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.remove_button.setEnabled(bool(consent.allowed(self.cb, person_id)))

    def add(self) -> None:
        taken = {c.organisation_id for c in consent.allowed(self.cb, self.person_id)}
        choices = [(e.id, e.name) for e in kaart.list_entries(self.cb) if e.id not in taken]
        if not choices:
            dialogs.message(self, self.tr("Er staan geen (andere) adressen op de sociale kaart."))
            return
        dialog = PickDialog(
            self, self.tr("Toestemming per organisatie"), self.tr("Organisatie"), choices
        )
        if dialog.exec() and dialog.chosen():
            try:
                consent.allow(self.cb, self.person_id, str(dialog.chosen()))
            except Exception as exc:
                dialogs.warning(self, failures.sentence(exc))
                return
            self.load(self.person_id)
            self.changed.emit()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(LINK):
            return
        if confirm_delete(self, self.tr("deze toestemming")):
            session_undo(self.cb).delete(Kind.LINK, str(item.data(LINK)), item.text())
            self.load(self.person_id)
            self.changed.emit()
