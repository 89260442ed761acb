"""The outcome of a help request she may pick when she closes it (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget


def outcome_labels() -> dict[str, str]:
    """Stored outcome -> the words she sees; "" is "not filled in"."""
    return {
        "": QCoreApplication.translate("HelpOutcome", "niet ingevuld"),
        "zelf opgelost": QCoreApplication.translate("HelpOutcome", "zelf opgelost"),
        "vrijwilliger gevonden": QCoreApplication.translate("HelpOutcome", "vrijwilliger gevonden"),
        "doorverwezen": QCoreApplication.translate("HelpOutcome", "doorverwezen"),
        "buiten mijn taak": QCoreApplication.translate("HelpOutcome", "buiten mijn taak"),
        "niet meer nodig": QCoreApplication.translate("HelpOutcome", "niet meer nodig"),
    }


def outcome_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in outcome_labels().items():
        combo.addItem(label, value)
    combo.setToolTip(
        QCoreApplication.translate("HelpOutcome", "Wat kwam eruit? Alleen als u dat wilt.")
    )
    return combo
