"""What the signal tab and the story tab share: their date fields and their record lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QListWidget, QListWidgetItem, QWidget

RECORD = Qt.ItemDataRole.UserRole
WARN = "color:#a33a00"


def qdate(iso: str) -> QDate:
    day = dt.date.fromisoformat(iso) if iso else dt.date.today()
    return QDate(day.year, day.month, day.day)


def iso(edit: QDateEdit) -> str:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day()).isoformat()


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
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
