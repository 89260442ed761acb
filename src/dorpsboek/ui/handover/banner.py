"""The banner in a colleague's book: "Waarneming voor <naam> sinds <datum>"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from dorpsboek.domain.dates import format_date
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.handover_state import HandoverInfo, current_handover


def banner_text(info: HandoverInfo) -> str:
    text = (
        QCoreApplication.translate("HandoverBanner", "Waarneming voor %1 sinds %2")
        .replace("%1", info.owner or QCoreApplication.translate("HandoverBanner", "een collega"))
        .replace("%2", format_date(info.since.isoformat()))
    )
    if info.expected_return is not None:
        text += QCoreApplication.translate("HandoverBanner", " · terug verwacht op %1").replace(
            "%1", format_date(info.expected_return.isoformat())
        )
    if info.kind == "emergency":
        text += QCoreApplication.translate("HandoverBanner", " (geopend uit het noodpakket)")
    return text


def handover_banner(casebook: Casebook, parent: QWidget | None = None) -> QLabel:
    """A coloured line above the screens; hidden in an ordinary book."""
    label = QLabel(parent)
    label.setObjectName("handoverBanner")
    label.setAccessibleName(QCoreApplication.translate("HandoverBanner", "Waarneming"))
    label.setWordWrap(True)
    label.setStyleSheet(
        "#handoverBanner { background: #fff4d6; border: 1px solid #e0c36a; "
        "border-radius: 4px; padding: 6px; font-weight: bold; }"
    )
    info = current_handover(casebook)
    if info is None:
        label.hide()
    else:
        label.setText(banner_text(info))
    return label
