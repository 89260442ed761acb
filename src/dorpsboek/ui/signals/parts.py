"""What the signal tab and the story tab share: their date fields and their record lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QListWidget, QListWidgetItem, QWidget

from dorpsboek.ui.quick_note import date_edit as day_edit
from dorpsboek.ui.quick_note import from_qdate, to_qdate

RECORD = Qt.ItemDataRole.UserRole
WARN = "color:#a33a00"


def qdate(iso: str) -> QDate:
    return to_qdate(dt.date.fromisoformat(iso) if iso else dt.date.today())


def iso(edit: QDateEdit) -> str:
    return from_qdate(edit.date()).isoformat()


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    """Snel noteren's date field (dd-mm-jjjj, a calendar), starting today, with its name."""
    edit = day_edit(parent, dt.date.today())
    edit.setAccessibleName(name)
    return edit


def record_list(parent: QWidget, name: str) -> QListWidget:
    """A list of whole sentences: wrapped, never scrolled sideways."""
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setSpacing(3)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def fill_list(widget: QListWidget, rows: list[tuple[str, Any]], current: str | None) -> None:
    """Refill without firing selection changes (they would reload the form she is in)."""
    widget.blockSignals(True)
    widget.clear()
    for text, record in rows:
        item = QListWidgetItem(text)
        item.setData(RECORD, record)
        widget.addItem(item)
        if record.id == current:
            widget.setCurrentItem(item)
    widget.blockSignals(False)
