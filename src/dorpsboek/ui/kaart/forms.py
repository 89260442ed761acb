"""Forms of the sociale kaart: an entry (all its fields) and one contact person."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date, parse_date
from dorpsboek.domain.kaart import ENTRY_FIELDS, ContactPerson, Entry
from dorpsboek.ui.kaart.labels import entry_labels

_LONG = ("description", "when_to_call", "remarks")


class EntryDialog(QDialog):
    """Add or change a sociale-kaart entry; only the name is needed."""

    def __init__(
        self,
        parent: QWidget | None,
        categories: Sequence[str],
        entry: Entry | None = None,
        kernen: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adres bewerken") if entry else self.tr("Nieuw adres"))
        labels = entry_labels()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        for key in ENTRY_FIELDS:
            widget: QLineEdit | QPlainTextEdit | QComboBox
            if key == "category":
                widget = QComboBox(self)
                widget.setEditable(True)  # she can type a category of her own
                widget.addItems(list(categories))
                widget.setCurrentText(entry.category if entry else "")
            elif key in _LONG:
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4)
                widget.setPlainText(getattr(entry, key) if entry else "")
            else:
                widget = QLineEdit(self)
                widget.setText(getattr(entry, key) if entry else "")
            widget.setAccessibleName(labels[key])
            self.fields[key] = widget
            form.addRow(labels[key], widget)
        self.kern: QComboBox | None = None
        current = entry.kern if entry else ""
        if kernen or current:  # one village: nothing to choose
            self.kern = QComboBox(self)
            self.kern.addItem(self.tr("geen kern"), "")
            for name in [*kernen, *([current] if current and current not in kernen else [])]:
                self.kern.addItem(name, name)
            self.kern.setCurrentIndex(max(0, self.kern.findData(current)))
            self.kern.setAccessibleName(self.tr("Kern"))
            form.addRow(self.tr("Kern"), self.kern)
        self.checked = QLineEdit(format_date(entry.last_checked_on) if entry else "", self)
        self.checked.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.checked.setAccessibleName(labels["last_checked_on"])
        form.addRow(labels["last_checked_on"], self.checked)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentText().strip()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText().strip()
            else:
                out[key] = widget.text().strip()
        if self.kern is not None:
            out["kern"] = str(self.kern.currentData() or "")
        checked = self.checked.text().strip()
        out["last_checked_on"] = parse_date(checked).isoformat() if checked else None
        return out

    def _accept(self) -> None:
        name = self.fields["name"]
        assert isinstance(name, QLineEdit)
        if not name.text().strip():
            self.problem.setText(self.tr("Vul een naam in."))
            return
        try:
            self.values()
        except ValueError:
            self.problem.setText(self.tr("Schrijf de datum als dd-mm-jjjj, of laat hem leeg."))
            return
        self.accept()


class ContactDialog(QDialog):
    """One contact person: name, role, direct phone and e-mail."""

    def __init__(self, parent: QWidget | None, contact: ContactPerson | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contactpersoon"))
        form = QFormLayout(self)
        self.name = QLineEdit(contact.name if contact else "", self)
        self.role = QLineEdit(contact.role if contact else "", self)
        self.role.setPlaceholderText(self.tr("bijvoorbeeld POH, consulent"))
        self.role.setToolTip(
            self.tr(
                "Wat deze persoon doet. POH: praktijkondersteuner van de huisarts; consulent: "
                "bijvoorbeeld van het Wmo-loket."
            )
        )
        self.phone = QLineEdit(contact.phone if contact else "", self)
        self.email = QLineEdit(contact.email if contact else "", self)
        for label, widget in (
            (self.tr("Naam"), self.name),
            (self.tr("Functie"), self.role),
            (self.tr("Telefoon (direct)"), self.phone),
            (self.tr("E-mail (direct)"), self.email),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.problem = QLabel(self)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.name.text().strip(),
            self.role.text().strip(),
            self.phone.text().strip(),
            self.email.text().strip(),
        )

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Vul een naam in."))
            return
        self.accept()
