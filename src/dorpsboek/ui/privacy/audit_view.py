"""Logboek: who did what, when, filterable by person, kind of change and date (after a
handover she reads back what her colleague did)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.reports.inzage import FIELDS
from dorpsboek.services.privacy import AuditEntry, audit_entries
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.widgets import note

Index = QModelIndex | QPersistentModelIndex


def action_labels() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("AuditView", "toegevoegd"),
        "update": QCoreApplication.translate("AuditView", "gewijzigd"),
        "delete": QCoreApplication.translate("AuditView", "verwijderd"),
        "restore": QCoreApplication.translate("AuditView", "teruggezet"),
        "erase": QCoreApplication.translate("AuditView", "gewist (vergeten)"),
        "bulk-create": QCoreApplication.translate("AuditView", "in één keer toegevoegd"),
        "merge": QCoreApplication.translate("AuditView", "overgenomen uit overdracht"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "persons": QCoreApplication.translate("AuditView", "inwoner"),
        "person_links": QCoreApplication.translate("AuditView", "relatie"),
        "notes": QCoreApplication.translate("AuditView", "notitie"),
        "help_requests": QCoreApplication.translate("AuditView", "hulpvraag"),
        "reminders": QCoreApplication.translate("AuditView", "herinnering"),
        "organisations": QCoreApplication.translate("AuditView", "sociale kaart"),
        "contact_persons": QCoreApplication.translate("AuditView", "contactpersoon"),
        "volunteers": QCoreApplication.translate("AuditView", "vrijwilliger"),
        "signals": QCoreApplication.translate("AuditView", "signaal"),
        "stories": QCoreApplication.translate("AuditView", "verhaal"),
        "activities": QCoreApplication.translate("AuditView", "activiteit"),
        "links": QCoreApplication.translate("AuditView", "koppeling"),
    }


def local_time(at: str) -> str:
    """The UTC stamp as her local date and time (dd-mm-jjjj uu:mm)."""
    try:
        when = dt.datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return at
    return f"{format_date(when.date().isoformat())} {when:%H:%M}"


class AuditModel(QAbstractTableModel):
    """The filtered audit lines as a table model (plain data, no database access)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditEntry] = []
        self.headers = [
            QCoreApplication.translate("AuditView", "Wanneer"),
            QCoreApplication.translate("AuditView", "Wie"),
            QCoreApplication.translate("AuditView", "Wat"),
            QCoreApplication.translate("AuditView", "Soort"),
            QCoreApplication.translate("AuditView", "Over"),
            QCoreApplication.translate("AuditView", "Velden"),
        ]
        self.actions, self.kinds = action_labels(), kind_labels()

    def set_rows(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self.rows[index.row()]
        return (
            local_time(e.at),
            e.actor,
            self.actions.get(e.action, e.action),
            self.kinds.get(e.kind, e.kind),
            e.title or ("—" if e.action != "bulk-create" else ""),
            self._fields(e),
        )[index.column()]

    def _fields(self, e: AuditEntry) -> str:
        if e.action == "update":
            return ", ".join(dict.fromkeys(FIELDS.get(f, f) for f in e.fields))
        if e.action == "erase":  # "notes:3" -> "notitie: 3"
            parts = (f.partition(":") for f in e.fields)
            return ", ".join(f"{self.kinds.get(k, k)}: {n}" for k, _, n in parts)
        return ""


class AuditView(QDialog):
    """Filters on top (text, who, what, from a date), the lines below, newest first."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AuditView", "Logboek: wie deed wat"))
        self.entries = audit_entries(context.casebook)
        self._days = [local_date(e.at) for e in self.entries]  # once, not per keystroke
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "AuditView",
                    "Hier staat wie wat heeft veranderd en wanneer. De inhoud zelf staat er "
                    "niet in, alleen welke velden. Van gewiste inwoners staat alleen dat ze "
                    "gewist zijn.",
                ),
                self,
            )
        )
        layout.addLayout(self._filters())
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("AuditView", "Logboek"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 120, em * 60)
        self.apply()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(
            QCoreApplication.translate("AuditView", "Zoek op naam of woord")
        )
        self.text.setAccessibleName(
            QCoreApplication.translate("AuditView", "Zoeken in het logboek")
        )
        self.actor = QComboBox(self)
        self.actor.setAccessibleName(QCoreApplication.translate("AuditView", "Wie"))
        self.actor.addItem(QCoreApplication.translate("AuditView", "Iedereen"), "")
        for name in sorted({e.actor for e in self.entries}):
            self.actor.addItem(name, name)
        self.action = QComboBox(self)
        self.action.setAccessibleName(QCoreApplication.translate("AuditView", "Wat"))
        self.action.addItem(QCoreApplication.translate("AuditView", "Alle wijzigingen"), "")
        for key, label in action_labels().items():
            self.action.addItem(label, key)
        self.since = QDateEdit(self)
        self.since.setDisplayFormat("dd-MM-yyyy")
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(QCoreApplication.translate("AuditView", "Vanaf"))
        oldest = min((e.at[:10] for e in self.entries), default=dt.date.today().isoformat())
        first = dt.date.fromisoformat(oldest)
        self.since.setDate(QDate(first.year, first.month, first.day))
        for widget in (self.text,):
            widget.textChanged.connect(self.apply)
        self.actor.currentIndexChanged.connect(self.apply)
        self.action.currentIndexChanged.connect(self.apply)
        self.since.dateChanged.connect(self.apply)
        row.addWidget(self.text, 2)
        row.addWidget(self.actor, 1)
        row.addWidget(self.action, 1)
        row.addWidget(QLabel(QCoreApplication.translate("AuditView", "vanaf"), self))
        row.addWidget(self.since)
        return row

    def apply(self) -> None:
        words = self.text.text().strip().lower()
        actor, action = self.actor.currentData(), self.action.currentData()
        d = self.since.date()
        since = dt.date(d.year(), d.month(), d.day()).isoformat()
        kinds = kind_labels()
        rows = [
            e
            for e, day in zip(self.entries, self._days, strict=True)
            if (not actor or e.actor == actor)
            and (not action or e.action == action)
            and day >= since
            and (not words or words in f"{e.title} {e.actor} {kinds.get(e.kind, e.kind)}".lower())
        ]
        self.model.set_rows(rows)
        self.count.setText(
            QCoreApplication.translate("AuditView", "{n} van {total} regels").format(
                n=len(rows), total=len(self.entries)
            )
        )


def local_date(at: str) -> str:
    try:
        return dt.datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().date().isoformat()
    except ValueError:
        return at[:10]


def show_audit(context: ScreenContext, parent: QWidget | None = None) -> AuditView:
    """Open the audit-trail viewer (non-modal; returns it)."""
    view = AuditView(context, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
