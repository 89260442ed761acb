"""The "Gegevens" box of a resident's page: contact details, contact rhythm, kern, consent
(date and how) and remarks, loaded from and saved to the book in one write."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dorpsboek.domain.dates import format_date, parse_date
from dorpsboek.domain.records import Person
from dorpsboek.services import kernen, people
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import failures
from dorpsboek.ui.daily_common import person_status_labels
from dorpsboek.ui.form_drafts import FormDrafts
from dorpsboek.ui.residents.rhythm_field import RhythmField


class DetailsBox(QGroupBox):
    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gegevens"), parent)
        self.cb = casebook
        self.form = form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.reach = QLineEdit(self)
        self.reach.setPlaceholderText(self.tr("bijvoorbeeld: bellen na 10 uur"))
        self.status = QComboBox(self)
        for value, label in person_status_labels().items():
            self.status.addItem(label, value)
        meaning = {
            "active": self.tr("actief: u hebt nu contact of werkt aan een vraag"),
            "dormant": self.tr("slapend: nu geen vraag, maar de inwoner kan altijd weer bellen"),
            "closed": self.tr("afgesloten: het contact is klaar; de bewaartermijn loopt"),
        }
        for index in range(self.status.count()):
            tip = meaning.get(str(self.status.itemData(index)), "")
            self.status.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self.status.setToolTip(" · ".join(meaning.values()))
        self.consent_on = QLineEdit(self)
        self.consent_on.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.consent_how = QLineEdit(self)
        self.consent_how.setPlaceholderText(self.tr("bijvoorbeeld: mondeling"))
        self.remarks = QPlainTextEdit(self)
        self.remarks.setTabChangesFocus(True)
        self.remarks.setMaximumHeight(70)
        self.rhythm = RhythmField(self)
        self.kern = QComboBox(self)
        rows = (
            (self.tr("&Naam"), self.name),
            (self.tr("&Adres"), self.address),
            (self.tr("&Telefoon"), self.phone),
            (self.tr("&Bereikbaar"), self.reach),
            (self.tr("&Status"), self.status),
            (self.tr("&Contact"), self.rhythm),
            (self.tr("&Kern"), self.kern),
            (self.tr("Toestemming op"), self.consent_on),
            (self.tr("Toestemming hoe"), self.consent_how),
            (self.tr("Opmerkingen"), self.remarks),
        )
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Gegevens opslaan"), self)
        form.addRow("", self.save_button)
        # Its own full-width row: beside the button, a wrapped label got one letter's width.
        form.addRow(self.message)
        fields = ("name", "address", "phone", "reach", "status", "kern", "consent_on")
        self.drafts = FormDrafts(
            casebook,
            "person",
            {
                **{name: getattr(self, name) for name in fields},
                "consent_how": self.consent_how,
                "remarks": self.remarks,
            },
            self.message,
        )

    def load(self, person: Person) -> None:
        self.name.setText(person.name)
        self.address.setText(person.address)
        self.phone.setText(person.phone)
        self.reach.setText(person.reach)
        self.status.setCurrentIndex(max(0, self.status.findData(person.status)))
        self.consent_on.setText(format_date(person.consent_on))
        self.consent_how.setText(person.consent_how)
        self.remarks.setPlainText(person.remarks)
        self.rhythm.set_days(person.regular_contact)
        self._fill_kern(person.kern)
        self.message.setText("")

    def _fill_kern(self, current: str) -> None:
        """Her own kernen; the row is hidden while she works for one village."""
        names = kernen.kernen(self.cb)
        self.kern.clear()
        self.kern.addItem(self.tr("geen kern"), "")
        for name in [*names, *([current] if current and current not in names else [])]:
            self.kern.addItem(name, name)
        self.kern.setCurrentIndex(max(0, self.kern.findData(current)))
        visible = bool(names or current)
        self.kern.setVisible(visible)
        label = self.form.labelForField(self.kern)
        if label is not None:
            label.setVisible(visible)

    def save(self, person_id: str) -> bool:
        """Write what the form says; False (with one sentence shown) if it cannot."""
        values: dict[str, Any] = {
            "name": self.name.text(),
            "address": self.address.text().strip(),
            "phone": self.phone.text().strip(),
            "reach": self.reach.text().strip(),
            "status": str(self.status.currentData()),
            "consent_how": self.consent_how.text().strip(),
            "remarks": self.remarks.toPlainText().strip(),
            "regular_contact": self.rhythm.days(),
        }
        if self.kern.isVisibleTo(self):
            values["kern"] = str(self.kern.currentData() or "")
        consent = self.consent_on.text().strip()
        try:
            values["consent_on"] = parse_date(consent).isoformat() if consent else None
        except ValueError:
            self.message.setText(self.tr("Schrijf de datum als dd-mm-jjjj."))
            return False
        try:
            people.update_person(self.cb, person_id, **values)
        except Exception as exc:
            self.message.setText(failures.sentence(exc))
            return False
        return True
