"""The weekday × ochtend/middag/avond grid of a volunteer's availability (view or edit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from dorpsboek.domain.volunteers import DAYS, PARTS, Availability
from dorpsboek.ui.kaart.labels import day_labels, part_labels


class AvailabilityGrid(QWidget):
    """Seven rows (days), three columns (parts of the day), one check box per moment."""

    def __init__(self, parent: QWidget | None = None, editable: bool = True) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        for col, label in enumerate(part_labels(), start=1):
            grid.addWidget(QLabel(label, self), 0, col, Qt.AlignmentFlag.AlignHCenter)
        for row, (day, name) in enumerate(zip(DAYS, day_labels(), strict=True), start=1):
            grid.addWidget(QLabel(name, self), row, 0)
            for col, part in enumerate(PARTS, start=1):
                box = QCheckBox(self)
                box.setAccessibleName(f"{name} {part_labels()[col - 1]}")
                if not editable:
                    # Read-only but not greyed out: she must be able to read it at a glance.
                    box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                self.boxes[(day, part)] = box
                grid.addWidget(box, row, col, Qt.AlignmentFlag.AlignHCenter)

    def set_slots(self, slots: Availability) -> None:
        for (day, part), box in self.boxes.items():
            box.setChecked(part in slots.get(day, ()))

    def slots(self) -> Availability:
        out: Availability = {}
        for day in DAYS:
            chosen = tuple(p for p in PARTS if self.boxes[(day, p)].isChecked())
            if chosen:
                out[day] = chosen
        return out
