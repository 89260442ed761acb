"""Shared bits of the daily screens: Dutch labels, session undo of deletes, pickers, models."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QLineEdit, QPushButton, QWidget

from dorpsboek.domain.daily import Mentionable, ResidentRow
from dorpsboek.domain.records import Kind
from dorpsboek.domain.textfold import fold
from dorpsboek.services import privacy
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs


def note_kind_labels() -> dict[str, str]:
    """Stored note kind -> the Dutch word she sees; "" is "no kind"."""
    return {
        "": QCoreApplication.translate("Daily", "geen soort"),
        "visit": QCoreApplication.translate("Daily", "bezoek"),
        "phone": QCoreApplication.translate("Daily", "telefoon"),
        "meeting": QCoreApplication.translate("Daily", "overleg"),
        "message": QCoreApplication.translate("Daily", "bericht"),
        "other": QCoreApplication.translate("Daily", "anders"),
    }


def person_status_labels() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("Daily", "actief"),
        "dormant": QCoreApplication.translate("Daily", "slapend"),
        "closed": QCoreApplication.translate("Daily", "afgesloten"),
    }


def help_status_labels() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("Daily", "nieuw"),
        "running": QCoreApplication.translate("Daily", "lopend"),
        "done": QCoreApplication.translate("Daily", "klaar"),
    }


def link_role_labels() -> dict[str, str]:
    return {
        "mention": QCoreApplication.translate("Daily", "genoemd"),
        "match": QCoreApplication.translate("Daily", "koppeling"),
        "referral": QCoreApplication.translate("Daily", "doorverwezen"),
    }


def target_kind_labels() -> dict[str, str]:
    return {
        "volunteers": QCoreApplication.translate("Daily", "vrijwilliger"),
        "organisations": QCoreApplication.translate("Daily", "sociale kaart"),
    }


# ----- deleting with undo during the session ------------------------------------------------


@dataclass(frozen=True)
class Deleted:
    kind: Kind
    record_id: str
    label: str


class SessionUndo(QObject):
    """The deletes of this session, newest last; undo restores the tombstoned record."""

    changed = Signal()

    def __init__(self, casebook: Casebook) -> None:
        super().__init__()
        self.casebook = casebook
        self._done: list[Deleted] = []

    def delete(self, kind: Kind, record_id: str, label: str) -> None:
        self.casebook.delete(kind, record_id)
        self._done.append(Deleted(kind, record_id, label))
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._done)

    def last_label(self) -> str:
        return self._done[-1].label if self._done else ""

    def undo(self) -> Deleted | None:
        """Restore the newest delete; records erased meanwhile (vergeten) are skipped."""
        self.drop_erased()
        if not self._done:
            return None
        last = self._done.pop()
        self.casebook.undelete(last.kind, last.record_id)
        self.changed.emit()
        return last

    def drop_erased(self) -> None:
        """Forget deletes of records that were erased for good since: they cannot come back,
        and restoring one would write its id into the audit trail again."""
        kept = [d for d in self._done if not privacy.is_erased(self.casebook, d.record_id)]
        if len(kept) != len(self._done):
            self._done = kept
            self.changed.emit()


_undo_stacks: weakref.WeakKeyDictionary[Casebook, SessionUndo] = weakref.WeakKeyDictionary()


def session_undo(casebook: Casebook) -> SessionUndo:
    """One undo list per open book, shared by every screen (and the main window, if it likes)."""
    stack = _undo_stacks.get(casebook)
    if stack is None:
        stack = _undo_stacks[casebook] = SessionUndo(casebook)
    return stack


class UndoButton(QPushButton):
    """ "Ongedaan maken": restores the last record deleted in this session (Ctrl+Z too)."""

    def __init__(self, casebook: Casebook, parent: QWidget) -> None:
        super().__init__(self.tr("Ongedaan maken"), parent)
        self.undo = session_undo(casebook)
        self.clicked.connect(self.undo.undo)
        self.undo.changed.connect(self._update)
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo.undo)
        self._update()

    def _update(self) -> None:
        self.setEnabled(self.undo.can_undo())
        label = self.undo.last_label()
        self.setToolTip(self.tr("Zet terug: {what}").format(what=label) if label else "")


def confirm_delete(parent: QWidget | None, what: str) -> bool:
    """Ask once; `what` names the record, e.g. "deze notitie"."""
    text = QCoreApplication.translate(
        "Daily", "Wilt u {what} verwijderen? Zolang Dorpsboek open is, kunt u dit ongedaan maken."
    ).format(what=what)
    return dialogs.confirm(
        parent,
        text,
        QCoreApplication.translate("Daily", "Verwijderen"),
        QCoreApplication.translate("Daily", "Verwijderen"),
    )


# ----- a table model that hands rows to the view in batches ---------------------------------


class FetchTableModel(QAbstractTableModel):
    """Plain rows, shown in batches through canFetchMore/fetchMore: first paint stays cheap."""

    BATCH = 200

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self._rows: list[Any] = []
        self._shown = 0

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(self.BATCH, len(rows))
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._cells(self._rows[index.row()])[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class PagedTableModel(FetchTableModel):
    """The same, with the rows asked of the book a page at a time: `fetch(offset, limit)`
    gives a page and `total` says how many there are (counted in SQL), so the first paint
    costs one page whatever the size of the book. `row_at` fetches as far as it must."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(headers, cells, parent)
        self._fetch: Callable[[int, int], list[Any]] = lambda _offset, _limit: []
        self._total = 0

    def set_source(self, fetch: Callable[[int, int], list[Any]], total: int) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._rows = fetch(0, self.BATCH) if total else []
        self._total = len(self._rows) if len(self._rows) < self.BATCH else total
        self._shown = len(self._rows)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> Any:
        self._load_through(row)
        return self._rows[row]

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._shown < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        self._load_through(min(self._shown + self.BATCH, self._total) - 1)
        more = min(self.BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def _load_through(self, row: int) -> None:
        while len(self._rows) <= row < self._total:
            page = self._fetch(len(self._rows), max(self.BATCH, row + 1 - len(self._rows)))
            self._rows.extend(page)
            if not page:  # fewer than counted (the book changed meanwhile): stop there
                self._total = len(self._rows)


# ----- pickers: a line edit with completion over names ---------------------------------------


class NamePicker(QLineEdit):
    """Type part of a name and pick; `chosen_id()` is the picked record or None."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_activated)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(id, shown text) pairs; shown texts must be unique (see `resident_choices`)."""
        self._ids = {text: rid for rid, text in choices}
        self._model.setStringList([text for _, text in choices])

    def _on_activated(self, text: str) -> None:
        if text in self._ids:
            self.picked.emit(self._ids[text])

    def chosen_id(self) -> str | None:
        text = self.text().strip()
        if text in self._ids:
            return self._ids[text]
        folded = fold(text)
        matches = [rid for shown, rid in self._ids.items() if fold(shown) == folded]
        return matches[0] if len(matches) == 1 else None

    def similar(self, text: str) -> list[str]:
        """Shown names that contain `text` (folded): she may have meant one of them."""
        folded = fold(text)
        return [shown for shown in self._ids if folded and folded in fold(shown)]

    def select_id(self, record_id: str) -> None:
        for text, rid in self._ids.items():
            if rid == record_id:
                self.setText(text)
                return


def resident_choices(rows: Sequence[ResidentRow]) -> list[tuple[str, str]]:
    """Names, with the address added where two residents share a name."""
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.name] = counts.get(r.name, 0) + 1
    choices, used = [], set()
    for r in rows:
        shown = r.name if counts[r.name] == 1 else f"{r.name} ({r.address or r.phone or '…'})"
        while shown in used:
            shown += " "
        used.add(shown)
        choices.append((r.id, shown))
    return choices


def mentionable_choices(items: Sequence[Mentionable]) -> list[tuple[str, str]]:
    kinds = target_kind_labels()
    return [(f"{m.kind}:{m.id}", f"{m.name} ({kinds[m.kind]})") for m in items]
