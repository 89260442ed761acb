"""The "Familie en mantelzorgers" box of a resident's page: person links, from both sides."""

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

from dorpsboek.domain.records import Kind
from dorpsboek.services import people
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs
from dorpsboek.ui.daily_common import confirm_delete, resident_choices, session_undo
from dorpsboek.ui.daily_dialogs import PickDialog

LINK = Qt.ItemDataRole.UserRole
OTHER = Qt.ItemDataRole.UserRole + 1


class RelativesBox(QGroupBox):
    """Family and informal carers of one resident; Enter opens the other person's page."""

    open_person = Signal(str)
    changed = Signal()

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Familie en mantelzorgers"))
        self.cb = casebook
        self.person_id = ""
        self.person_name = ""
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Familie en mantelzorgers"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Koppelen…"), self.add_relative),
            (self.tr("Relatie wijzigen…"), self.edit_relative),
            (self.tr("Loskoppelen"), self.remove_relative),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self, person_id: str, person_name: str) -> None:
        self.person_id, self.person_name = person_id, person_name
        self.list.clear()
        for link in people.person_links(self.cb, person_id):
            text = f"{link.other_name} ({link.relation})" if link.relation else link.other_name
            if not link.outgoing:
                text = self.tr("{name} (heeft deze inwoner als {relation})").format(
                    name=link.other_name, relation=link.relation or self.tr("familie")
                )
            item = QListWidgetItem(text, self.list)
            item.setData(LINK, link.id)
            item.setData(OTHER, link.other_id)
        if not self.list.count():
            item = QListWidgetItem(self.tr("Nog niemand gekoppeld."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(OTHER):
            self.open_person.emit(str(item.data(OTHER)))

    def _selected(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None or not item.data(LINK):
            return None
        return str(item.data(LINK)), item.text()

    def _changed(self) -> None:
        self.load(self.person_id, self.person_name)
        self.changed.emit()

    def add_relative(self) -> None:
        rows = [r for r in people.resident_names(self.cb) if r.id != self.person_id]
        dialog = PickDialog(
            self,
            self.tr("Familie of mantelzorger koppelen"),
            self.tr("Wie"),
            resident_choices(rows),
            relation_label=self.tr("Wat is die persoon van {name}").format(name=self.person_name),
        )
        if dialog.exec() and dialog.chosen():
            people.link_persons(
                self.cb, self.person_id, str(dialog.chosen()), dialog.relation_text()
            )
            self._changed()

    def edit_relative(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        relation = dialogs.ask_text(
            self,
            self.tr("Wat is deze persoon, bijvoorbeeld mantelzorger of dochter?"),
            self.tr("Relatie wijzigen"),
        )
        if relation is not None:
            people.update_link(self.cb, selected[0], relation)
            self._changed()

    def remove_relative(self) -> None:
        selected = self._selected()
        if selected is not None and confirm_delete(self, self.tr("deze koppeling")):
            session_undo(self.cb).delete(Kind.PERSON_LINK, selected[0], selected[1])
            self._changed()
