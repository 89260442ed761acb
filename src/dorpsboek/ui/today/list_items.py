"""Vandaag's short lists: a titled box per list, and lines that open their record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

KIND = Qt.ItemDataRole.UserRole
RECORD = Qt.ItemDataRole.UserRole + 1


def section(
    parent: QWidget, title: str, activated: Callable[[QListWidgetItem], None]
) -> tuple[QGroupBox, QListWidget]:
    box = QGroupBox(title, parent)
    inner = QVBoxLayout(box)
    widget = QListWidget(box)
    widget.setAccessibleName(title)
    widget.setWordWrap(True)
    widget.setSpacing(2)
    batched(widget)
    widget.itemActivated.connect(activated)
    inner.addWidget(widget)
    return box, widget


def batched(widget: QListWidget) -> None:
    """Lay out a long list a batch at a time while the window paints: at 3x a village
    Vandaag holds ~900 reminders and ~1,000 due contacts, each a word-wrapped line whose
    height Qt would otherwise measure before the first paint. The lines stay the same."""
    widget.setLayoutMode(QListView.LayoutMode.Batched)
    widget.setBatchSize(50)


def item_for(widget: QListWidget, text: str, kind: str, record_id: str) -> QListWidgetItem:
    item = QListWidgetItem(text, widget)
    item.setData(KIND, kind)
    item.setData(RECORD, record_id)
    return item


def more_line(widget: QListWidget, hidden: int, text: str) -> None:
    if hidden > 0:
        item = QListWidgetItem(text.format(n=hidden), widget)
        item.setFlags(Qt.ItemFlag.NoItemFlags)


def empty_line(widget: QListWidget, text: str) -> None:
    item = QListWidgetItem(text, widget)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
