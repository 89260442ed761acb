"""The contact rhythm on the resident form: "elke [2] [weken]", or "geen vast ritme"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from dorpsboek.domain.rhythm import MAX_DAYS, rhythm_words


class RhythmField(QWidget):
    """A number and a unit; 0 (shown as "geen vast ritme") means no rhythm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count = QSpinBox(self)
        self.count.setRange(0, MAX_DAYS)
        self.count.setSpecialValueText(self.tr("geen vast ritme"))
        self.count.setPrefix(self.tr("elke "))
        self.count.setAccessibleName(self.tr("Contact, hoe vaak"))
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("dagen"), 1)
        self.unit.addItem(self.tr("weken"), 7)
        self.unit.setAccessibleName(self.tr("Contact, dagen of weken"))
        self.count.valueChanged.connect(self._count_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        layout.addWidget(self.count)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setToolTip(
            self.tr(
                "Hoe vaak u deze inwoner belt of bezoekt. Vandaag laat zien wie aan de beurt is."
            )
        )
        self._count_changed(0)

    def days(self) -> int:
        return int(self.count.value()) * int(self.unit.currentData())

    def set_days(self, days: int) -> None:
        unit, n = rhythm_words(days) if days > 0 else ("day", 0)
        self.unit.setCurrentIndex(1 if unit == "week" else 0)
        self.count.setValue(n)

    def _count_changed(self, value: int) -> None:
        # "elke geen vast ritme" would read oddly: the prefix only with a number.
        self.count.setPrefix(self.tr("elke ") if value else "")
        self.unit.setEnabled(value > 0)

    def _unit_changed(self) -> None:
        self.count.setMaximum(MAX_DAYS // int(self.unit.currentData()))
