"""Snel noteren as an activity: work not about one resident, with whoever took part via `@`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from dorpsboek.domain.activities import Participant
from dorpsboek.domain.daily import Mentionable


def activity_kind_labels() -> dict[str, str]:
    """Stored activity kind -> the word she sees; "" is "no kind"."""
    return {
        "": QCoreApplication.translate("Activities", "geen soort"),
        "overleg": QCoreApplication.translate("Activities", "overleg met professionals"),
        "collectief": QCoreApplication.translate("Activities", "collectief, dorpsinitiatief"),
        "vrijwilligers": QCoreApplication.translate("Activities", "vrijwilligers ondersteunen"),
        "netwerk": QCoreApplication.translate("Activities", "netwerk"),
    }


def kern_combo(parent: QWidget, kernen: list[str], current: str = "") -> QComboBox:
    """Her kernen to choose from ("" first: no kern); hidden by the caller when she has none."""
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate("Activities", "Kern"))
    combo.addItem(QCoreApplication.translate("Activities", "geen kern"), "")
    for kern in kernen:
        combo.addItem(kern, kern)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def participants(mentions: tuple[Mentionable, ...]) -> tuple[Participant, ...]:
    """The `@` names still in the text, as participants of the activity."""
    return tuple(Participant(m.kind, m.id, m.name) for m in mentions)


def resident_mentionables(choices: list[tuple[str, str]]) -> list[Mentionable]:
    """Residents become `@`-names too while she writes an activity (a family meeting)."""
    return [Mentionable("persons", pid, name.strip()) for pid, name in choices]
