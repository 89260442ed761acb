"""Instellingen, 'Mijn werk': her kernen (villages) and contracted hours, kept in the book."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QPlainTextEdit, QWidget

from dorpsboek.services import kernen
from dorpsboek.services import report as report_service
from dorpsboek.services.casebook import Casebook


class WorkSettings(QGroupBox):
    """Both optional: no kernen means one village, nothing to choose anywhere."""

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.setTitle(self.tr("Mijn werk (in dit boek)"))
        form = QFormLayout(self)
        self.kernen = QPlainTextEdit(self)
        self.kernen.setPlaceholderText(
            self.tr("Eén kern per regel. Leeg laten als u voor één dorp werkt.")
        )
        self.kernen.setAccessibleName(self.tr("Kernen, één per regel"))
        self.kernen.setPlainText("\n".join(kernen.kernen(casebook)))
        self.kernen.setFixedHeight(self.fontMetrics().height() * 5)
        form.addRow(self.tr("Kernen (dorpen):"), self.kernen)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 80)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(1)
        self.hours.setSpecialValueText(self.tr("niet ingevuld"))
        self.hours.setSuffix(self.tr(" uur per week"))
        self.hours.setAccessibleName(self.tr("Contracturen per week"))
        self.hours.setValue(report_service.get_contract_hours(casebook) or 0)
        form.addRow(self.tr("Contracturen:"), self.hours)

    def save(self) -> None:
        kernen.set_kernen(self.casebook, self.kernen.toPlainText().splitlines())
        report_service.set_contract_hours(self.casebook, self.hours.value() or None)
