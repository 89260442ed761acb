"""Tab walks every form where she types in reading order: top to bottom, left to right within
a row, with no field skipped and none visited twice, and it reaches the buttons after the
fields. Real Tab key presses on the real dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.daily_dialogs import HelpRequestDialog, ReminderDialog
from dorpsboek.ui.kaart.forms import ContactDialog, EntryDialog
from dorpsboek.ui.menus.passphrase_dialog import PassphraseDialog
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.volunteers.form import VolunteerDialog
from tests.ui.daily_helpers import context

FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)
ROW = 12  # pixels: fields whose tops are this close share a row


def _field(widget: QWidget) -> bool:
    inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # part of a field
    return isinstance(widget, FIELDS) and not inner


def _owner(widget: QWidget | None) -> QWidget | None:
    """The field a focused widget belongs to (a combo's or spin box's inner line edit)."""
    while widget is not None and not _field(widget):
        widget = widget.parentWidget()
    return widget


def _walk(qtbot: QtBot, dialog: QDialog, first: QWidget) -> list[QWidget]:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    seen: list[QWidget] = []
    for _ in range(60):
        focused = dialog.focusWidget()
        assert focused is not None
        field = _owner(focused)
        if field is None and isinstance(focused, QAbstractButton) and seen:
            break  # past the fields: the buttons
        if field is not None and not (seen and field is seen[-1]):  # a date's day, month, year
            if field is seen[0] if seen else False:
                break
            seen.append(field)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def _reading_order(dialog: QDialog, fields: list[QWidget]) -> list[QWidget]:
    def place(w: QWidget) -> tuple[int, int]:
        p = w.mapTo(dialog, QPoint(0, 0))
        return (p.y() // ROW, p.x())

    return sorted(fields, key=place)


def _names(fields: list[QWidget]) -> list[str]:
    return [w.accessibleName() or type(w).__name__ for w in fields]


Make = Callable[[Casebook, Path], QDialog]

DIALOGS: dict[str, Make] = {
    "snel noteren": lambda cb, tmp: QuickNoteDialog(context(cb, tmp)),
    "hulpvraag": lambda cb, tmp: HelpRequestDialog(None, choices=[("a", "Aaltje Bosma")]),
    "herinnering": lambda cb, tmp: ReminderDialog(None, dt.date(2026, 12, 8)),
    "sociale kaart": lambda cb, tmp: EntryDialog(None, ["zorg"], kernen=["Elsloo", "Makkinga"]),
    "contactpersoon": lambda cb, tmp: ContactDialog(None),
    "vrijwilliger": lambda cb, tmp: VolunteerDialog(None),
    "wachtwoord wijzigen": lambda cb, tmp: PassphraseDialog(cb),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_tab_goes_through_the_fields_in_reading_order(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path, name: str
) -> None:
    dialog = DIALOGS[name](casebook, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    visible = [
        w
        for w in dialog.findChildren(QWidget)
        if _field(w) and w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.TabFocus
    ]
    walked = _walk(qtbot, dialog, _reading_order(dialog, visible)[0])
    assert len(walked) == len(set(walked)), f"{name}: a field is visited twice"
    assert set(walked) == set(visible), (
        f"{name}: Tab skips {_names([w for w in visible if w not in walked])}"
    )
    assert _names(walked) == _names(_reading_order(dialog, walked)), name
