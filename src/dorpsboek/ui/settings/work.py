"""Instellingen, 'Mijn werk': her kernen (villages), contracted hours and when the signal radar
asks, all kept in the book (so the command line and a colleague see the same)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from dorpsboek.services import kernen, radar
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
        residents, weeks = radar.threshold(casebook)
        self.radar_residents = QSpinBox(self)
        self.radar_residents.setRange(2, 50)
        self.radar_residents.setSuffix(self.tr(" inwoners"))
        self.radar_residents.setValue(residents)
        self.radar_residents.setAccessibleName(self.tr("Signaal vragen vanaf zoveel inwoners"))
        self.radar_weeks = QSpinBox(self)
        self.radar_weeks.setRange(1, 52)
        self.radar_weeks.setPrefix(self.tr("in "))
        self.radar_weeks.setSuffix(self.tr(" weken"))
        self.radar_weeks.setValue(weeks)
        self.radar_weeks.setAccessibleName(self.tr("Binnen zoveel weken"))
        row = QHBoxLayout()
        row.addWidget(self.radar_residents)
        row.addWidget(self.radar_weeks)
        row.addStretch(1)
        self.radar_row = row
        form.addRow(self.tr("Vragen of iets een signaal is bij:"), row)

    def save(self) -> None:
        kernen.set_kernen(self.casebook, self.kernen.toPlainText().splitlines())
        report_service.set_contract_hours(self.casebook, self.hours.value() or None)
        radar.set_threshold(self.casebook, self.radar_residents.value(), self.radar_weeks.value())
