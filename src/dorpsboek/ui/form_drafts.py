"""Unsaved edits in a form that stays on screen (a signal, a story, a resident's details)
survive looking at another record, "Nieuw", or a reload after a note was added.

The dialogs keep their drafts when they close (`daily_dialogs`, `quick_note`); these forms
never close, they are refilled. Before a refill the form hands what she changed to the
book's DraftKeeper (memory only, like every draft); after it, a draft for the record now
shown comes back, with a line that says it is not saved yet. No question is asked: a
question at the moment she clicks elsewhere is one she answers without reading.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.drafts import drafts

RESTORED_STYLE = "color: #2d5a1e;"


def value_of(widget: QWidget) -> str:
    """The field's value as text (the same shape `set_value` takes back)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QCheckBox):
        return "1" if widget.isChecked() else "0"
    raise TypeError(type(widget).__name__)  # a new kind of field: teach this module first


def set_value(widget: QWidget, value: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value == "1")


class FormDrafts:
    """One form's fields (name → widget), kept per record under (kind, record id or "new")."""

    def __init__(
        self, casebook: Casebook, kind: str, fields: dict[str, QWidget], notice: QLabel
    ) -> None:
        self._keeper = drafts(casebook)
        self._kind = kind
        self._fields = fields
        self._notice = notice
        self._record: str | None = None
        self._clean: dict[str, str] = {}

    def values(self) -> dict[str, str]:
        return {name: value_of(widget) for name, widget in self._fields.items()}

    def dirty(self) -> bool:
        return self._record is not None and self.values() != self._clean

    def leaving(self) -> None:
        """Before the form is refilled: keep what she changed and did not save."""
        if self._record is None:
            return
        key = (self._kind, self._record)
        if self.dirty():
            self._keeper.keep_fields(key, self.values())
        else:
            self._keeper.drop_fields(key)

    def loaded(self, record: str) -> bool:
        """After the form shows `record` as stored: bring back its draft, if there is one."""
        self._record = record
        self._clean = self.values()
        found = self._keeper.fields((self._kind, record))
        if not found or found == self._clean:
            self._notice.setText("")
            return False
        for name, value in found.items():
            if name in self._fields:
                set_value(self._fields[name], value)
        self._notice.setStyleSheet(RESTORED_STYLE)
        self._notice.setText(
            QCoreApplication.translate(
                "FormDrafts", "Nog niet opgeslagen: uw wijzigingen van eerder staan er weer."
            )
        )
        return True

    def saved(self, record: str) -> None:
        """What the form shows is now in the book (under `record`, new or not)."""
        self._notice.setText("")
        if self._record is not None:
            self._keeper.drop_fields((self._kind, self._record))
        self._keeper.drop_fields((self._kind, record))
        self._record = record
        self._clean = self.values()
