"""The form of one volunteer: contact, what they can and like to do, when, their limits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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
from dorpsboek.domain.volunteers import (
    DEFAULT_SKILLS,
    Volunteer,
    dump_availability,
    parse_availability,
)
from dorpsboek.ui.kaart.labels import volunteer_labels
from dorpsboek.ui.volunteers.availability_grid import AvailabilityGrid


class VolunteerDialog(QDialog):
    """Add or change a volunteer; only the name is needed."""

    def __init__(self, parent: QWidget | None, volunteer: Volunteer | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Vrijwilliger bewerken") if volunteer else self.tr("Nieuwe vrijwilliger")
        )
        labels = volunteer_labels()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        v = volunteer
        self.name = QLineEdit(v.name if v else "", self)
        self.phone = QLineEdit(v.phone if v else "", self)
        self.email = QLineEdit(v.email if v else "", self)
        self.address = QLineEdit(v.address if v else "", self)
        self.skills = QLineEdit(v.skills if v else "", self)
        self.skills.setPlaceholderText(", ".join(DEFAULT_SKILLS[:4]) + ", …")
        self.limits = QPlainTextEdit(v.limits if v else "", self)
        self.limits.setPlaceholderText(
            self.tr("In eigen woorden, bijvoorbeeld: geen persoonlijke verzorging")
        )
        self.limits.setTabChangesFocus(True)
        self.limits.setFixedHeight(self.limits.fontMetrics().lineSpacing() * 3 + 12)
        # Made in the order they stand, so Tab walks the form top to bottom.
        self.grid = AvailabilityGrid(self)
        self.grid.set_slots(parse_availability(v.availability) if v else {})
        self.active = QCheckBox(self.tr("Actief (zonder vinkje: gepauzeerd)"), self)
        self.active.setChecked(v.active if v else True)
        self.vog = QLineEdit(format_date(v.vog_on) if v else "", self)
        self.vog.setPlaceholderText(self.tr("dd-mm-jjjj (mag leeg)"))
        self.remarks = QPlainTextEdit(v.remarks if v else "", self)
        self.remarks.setTabChangesFocus(True)
        self.remarks.setFixedHeight(self.remarks.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout()
        for key, widget in (
            ("name", self.name),
            ("phone", self.phone),
            ("email", self.email),
            ("address", self.address),
            ("skills", self.skills),
            ("limits", self.limits),
            ("availability", self.grid),
            ("active", self.active),
            ("vog_on", self.vog),
            ("remarks", self.remarks),
        ):
            widget.setAccessibleName(labels[key])
            form.addRow(self.tr("Status") if key == "active" else labels[key], widget)
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

    def values(self) -> dict[str, object]:
        vog = self.vog.text().strip()
        return {
            "name": self.name.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "address": self.address.text().strip(),
            "skills": self.skills.text().strip(),
            "limits": self.limits.toPlainText().strip(),
            "availability": dump_availability(self.grid.slots()),
            "active": self.active.isChecked(),
            "vog_on": parse_date(vog).isoformat() if vog else None,
            "remarks": self.remarks.toPlainText().strip(),
        }

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Vul een naam in."))
            return
        try:
            self.values()
        except ValueError:
            self.problem.setText(
                self.tr("Schrijf de datum van de VOG als dd-mm-jjjj, of laat hem leeg.")
            )
            return
        self.accept()
