"""Plain Dutch words for backups: when, what kind, what is in it (light: no store imports)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from dorpsboek.domain.dates import format_date


def when(made_at: dt.datetime) -> str:
    """dd-mm-jjjj uu:mm"""
    return f"{format_date(made_at.date().isoformat())} {made_at:%H:%M}"


def kind_label(kind: str) -> str:
    if kind == "auto":
        return QCoreApplication.translate("Backups", "automatisch")
    if kind == "update":
        return QCoreApplication.translate("Backups", "voor een update")
    return QCoreApplication.translate("Backups", "met de hand")


def _names() -> dict[str, tuple[str, str]]:
    """Singular and plural per key of `Casebook.stats()`."""
    return {
        "persons": (
            QCoreApplication.translate("Backups", "inwoner"),
            QCoreApplication.translate("Backups", "inwoners"),
        ),
        "notes": (
            QCoreApplication.translate("Backups", "notitie"),
            QCoreApplication.translate("Backups", "notities"),
        ),
        "help_requests": (
            QCoreApplication.translate("Backups", "hulpvraag"),
            QCoreApplication.translate("Backups", "hulpvragen"),
        ),
        "reminders": (
            QCoreApplication.translate("Backups", "herinnering"),
            QCoreApplication.translate("Backups", "herinneringen"),
        ),
        "organisations": (
            QCoreApplication.translate("Backups", "organisatie"),
            QCoreApplication.translate("Backups", "organisaties"),
        ),
        "volunteers": (
            QCoreApplication.translate("Backups", "vrijwilliger"),
            QCoreApplication.translate("Backups", "vrijwilligers"),
        ),
        "signals": (
            QCoreApplication.translate("Backups", "signaal"),
            QCoreApplication.translate("Backups", "signalen"),
        ),
        "stories": (
            QCoreApplication.translate("Backups", "verhaal"),
            QCoreApplication.translate("Backups", "verhalen"),
        ),
        "activities": (
            QCoreApplication.translate("Backups", "activiteit"),
            QCoreApplication.translate("Backups", "activiteiten"),
        ),
    }


def counts_text(counts: Mapping[str, int]) -> str:
    """ "12 inwoners, 40 notities, 1 hulpvraag" (kinds with none left out)."""
    names = _names()
    parts = []
    for key, number in counts.items():
        if number <= 0 or key not in names:
            continue
        one, many = names[key]
        parts.append(f"{number} {one if number == 1 else many}")
    return ", ".join(parts) if parts else QCoreApplication.translate("Backups", "leeg")
