"""One sociale-kaart entry shown in full: fields, contact persons, check state, actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.kaart import ContactPerson, Entry
from dorpsboek.ui.kaart.labels import entry_labels

_SHOWN = (
    "description",
    "when_to_call",
    "phone",
    "email",
    "website",
    "address",
    "opening_hours",
    "remarks",
)


class EntryPage(QWidget):
    """Read view of an entry with its buttons; the screen does the work on each signal."""

    checked_today = Signal()
    edit = Signal()
    delete = Signal()
    add_contact = Signal()
    edit_contact = Signal(str)
    delete_contact = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: Entry | None = None
        self.stale_banner = QLabel(self)
        self.stale_banner.setWordWrap(True)
        self.stale_banner.setStyleSheet(
            "background: #fff4ce; border: 1px solid #c19c00; padding: 6px; color: #3b2f00"
        )
        self.check_button = QPushButton(self.tr("Vandaag gecontroleerd"), self)
        self.check_button.clicked.connect(self.checked_today)
        self.edit_button = QPushButton(self.tr("Bewerken"), self)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.delete_button.clicked.connect(self.delete)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.contacts = QListWidget(self)
        self.contacts.setAccessibleName(self.tr("Contactpersonen"))
        self.contacts.itemDoubleClicked.connect(self._edit_contact)
        add = QPushButton(self.tr("Contactpersoon toevoegen"), self)
        add.clicked.connect(self.add_contact)
        change = QPushButton(self.tr("Wijzigen"), self)
        change.clicked.connect(lambda: self._edit_contact(self.contacts.currentItem()))
        remove = QPushButton(self.tr("Verwijderen"), self)  # one word per action, app-wide
        remove.clicked.connect(self._delete_contact)
        actions = QHBoxLayout()
        for button in (self.check_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        contact_actions = QHBoxLayout()
        for button in (add, change, remove):
            contact_actions.addWidget(button)
        contact_actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_banner)
        layout.addLayout(actions)
        layout.addWidget(self.text, 3)
        layout.addWidget(QLabel(self.tr("Contactpersonen"), self))
        layout.addWidget(self.contacts, 1)
        layout.addLayout(contact_actions)
        self.show_entry(None)

    def show_entry(self, entry: Entry | None) -> None:
        self.entry = entry
        for widget in (self.check_button, self.edit_button, self.delete_button, self.contacts):
            widget.setEnabled(entry is not None)
        self.contacts.clear()
        if entry is None:
            self.stale_banner.hide()
            self.text.setHtml(
                "<p>" + html.escape(self.tr("Kies links een adres om het hier te zien.")) + "</p>"
            )
            return
        self.stale_banner.setVisible(entry.stale)
        if entry.last_checked_on:
            when = self.tr("Laatst gecontroleerd op {date}. Klopt alles nog?")
            self.stale_banner.setText(when.format(date=format_date(entry.last_checked_on)))
        else:
            self.stale_banner.setText(self.tr("Nog nooit gecontroleerd. Klopt alles nog?"))
        self.text.setHtml(self._html(entry))
        for contact in entry.contacts:
            item = QListWidgetItem(contact_line(contact), self.contacts)
            item.setData(Qt.ItemDataRole.UserRole, contact.id)

    def _html(self, e: Entry) -> str:
        labels = entry_labels()
        head = f"<h2>{html.escape(e.name)}</h2>"
        sub = " · ".join(html.escape(p) for p in (e.category, e.themes) if p)
        rows = [f"<p style='color:#555'>{sub}</p>"] if sub else []
        place = " ".join(p for p in (e.postcode, e.city) if p)
        values = {**{k: getattr(e, k) for k in _SHOWN}}
        values["address"] = ", ".join(p for p in (e.address, place) if p)
        for key in _SHOWN:
            if values[key]:
                text = html.escape(values[key]).replace("\n", "<br>")
                rows.append(f"<p><b>{html.escape(labels[key])}:</b> {text}</p>")
        checked = format_date(e.last_checked_on) or self.tr("nooit")
        rows.append(f"<p><b>{html.escape(labels['last_checked_on'])}:</b> {checked}</p>")
        used = self.tr("Zo vaak naar doorverwezen: {n}").format(n=e.referrals)
        rows.append(f"<p style='color:#555'>{html.escape(used)}</p>")
        return head + "".join(rows)

    def _edit_contact(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.edit_contact.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _delete_contact(self) -> None:
        item = self.contacts.currentItem()
        if item is not None:
            self.delete_contact.emit(str(item.data(Qt.ItemDataRole.UserRole)))


def contact_line(c: ContactPerson) -> str:
    return " · ".join(p for p in (c.name, c.role, c.phone, c.email) if p)
