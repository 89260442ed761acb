"""What every screen of the main window offers: refresh, show a record, ask to open one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.settings import Settings


@dataclass
class ScreenContext:
    """What a screen gets to work with: the services of the open book and the settings."""

    casebook: Casebook
    settings: Settings


class Screen(QWidget):
    """Base class of a main-window screen."""

    # (kind, record id), e.g. ("person", "<uuid>"); the main window routes it.
    open_record = Signal(str, str)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload from the book (called when the screen is shown and after changes)."""

    def show_record(self, kind: str, record_id: str) -> bool:
        """Show one record; return False if this screen cannot."""
        return False


def screen_title(key: str) -> str:
    titles = {
        "today": QCoreApplication.translate("Screens", "Vandaag"),
        "residents": QCoreApplication.translate("Screens", "Inwoners"),
        "help_requests": QCoreApplication.translate("Screens", "Hulpvragen"),
        "kaart": QCoreApplication.translate("Screens", "Sociale kaart"),
        "volunteers": QCoreApplication.translate("Screens", "Vrijwilligers"),
        "signals": QCoreApplication.translate("Screens", "Signalen"),
        "report": QCoreApplication.translate("Screens", "Verantwoording"),
        "handover": QCoreApplication.translate("Screens", "Overdracht"),
    }
    return titles.get(key, key)
