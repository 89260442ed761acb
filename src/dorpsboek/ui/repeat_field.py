"""A reminder's repeat on its form: "niet herhalen", or "elke [2] [weken]"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from dorpsboek.domain.recurrence import MAX_COUNT, parse_every


class RepeatField(QWidget):
    """A number and a unit (days, weeks, months); 0 means once."""

    def __init__(self, parent: QWidget | None = None, every: str = "") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count = QSpinBox(self)
        self.count.setRange(0, MAX_COUNT)
        self.count.setSpecialValueText(self.tr("niet herhalen"))
        self.count.setAccessibleName(self.tr("Herhalen, hoe vaak"))
        self.unit = QComboBox(self)
        for code, label in (("d", self.tr("dagen")), ("w", self.tr("weken")),
                            ("m", self.tr("maanden"))):  # fmt: skip
            self.unit.addItem(label, code)
        self.unit.setAccessibleName(self.tr("Herhalen, dagen, weken of maanden"))
        self.count.valueChanged.connect(self._count_changed)
        layout.addWidget(self.count)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setToolTip(self.tr("Als u deze herinnering afvinkt, zet Dorpsboek de volgende klaar."))
        self.set_every(every)

    def every(self) -> str:
        """ "2w", or "" for once."""
        n = int(self.count.value())
        return f"{n}{self.unit.currentData()}" if n else ""

    def set_every(self, text: str) -> None:
        try:
            rule = parse_every(text)
        except ValueError:
            rule = None
        self.unit.setCurrentIndex(max(0, self.unit.findData(rule.unit if rule else "w")))
        self.count.setValue(rule.count if rule else 0)
        self._count_changed(self.count.value())

    def _count_changed(self, value: int) -> None:
        self.count.setPrefix(QCoreApplication.translate("RepeatField", "elke ") if value else "")
        self.unit.setEnabled(value > 0)
