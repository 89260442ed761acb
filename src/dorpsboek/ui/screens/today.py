"""Vandaag: reminders due today or overdue, quiet help requests and the latest notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.services import help as help_service
from dorpsboek.services import today as today_service
from dorpsboek.ui.daily_common import note_kind_labels, session_undo
from dorpsboek.ui.markdown_view import plain_preview
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.screens.base import Screen, ScreenContext

KIND = Qt.ItemDataRole.UserRole
RECORD = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#a33a00")


class TodayScreen(Screen):
    """Three short lists; every line opens its record (Enter or double-click)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        note = QPushButton(self.tr("Snel noteren"), self)
        note.clicked.connect(self._quick_note)
        top.addWidget(note)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.reminders_box, self.reminders = self._section(self.tr("Herinneringen"))
        self.reminders.itemChanged.connect(self._ticked)
        self.quiet_box, self.quiet = self._section(self.tr("Hulpvragen zonder recent contact"))
        row.addWidget(self.reminders_box)
        row.addWidget(self.quiet_box)
        layout.addLayout(row, 1)
        self.notes_box, self.notes = self._section(self.tr("Recente notities"))
        layout.addWidget(self.notes_box, 1)
        session_undo(context.casebook).changed.connect(self.refresh)

    def _section(self, title: str) -> tuple[QGroupBox, QListWidget]:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        widget = QListWidget(box)
        widget.setAccessibleName(title)
        widget.setWordWrap(True)
        widget.setSpacing(2)
        widget.itemActivated.connect(self._activated)
        inner.addWidget(widget)
        return box, widget

    # ----- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        weeks = int(self.context.settings.get("quiet_weeks"))
        view = today_service.overview(self.context.casebook, weeks)
        self.heading.setText(self._day_heading(view.today))
        self._loading = True
        try:
            self._fill_reminders(view)
            self._fill_quiet(view, weeks)
            self._fill_notes(view)
        finally:
            self._loading = False

    def _fill_reminders(self, view: today_service.TodayOverview) -> None:
        self.reminders.clear()
        today = view.today.isoformat()
        for r in view.reminders:
            who = f"{r.person_name}: " if r.person_name else ""
            if r.due_on < today:
                when = self.tr("te laat, {date}").format(date=format_date(r.due_on))
            else:
                when = self.tr("vandaag")
            item = _item(self.reminders, f"{who}{r.text}  ({when})", "reminder", r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Vink aan als het gedaan is; Enter opent de inwoner."))
            if r.due_on < today:
                item.setForeground(QBrush(LATE))
        self.reminders_box.setTitle(
            self.tr("Herinneringen voor vandaag en eerder ({n})").format(n=len(view.reminders))
        )
        if not view.reminders:
            _empty(self.reminders, self.tr("Geen herinneringen voor vandaag."))

    def _fill_quiet(self, view: today_service.TodayOverview, weeks: int) -> None:
        self.quiet.clear()
        for h in view.quiet:
            last = h.last_contact or h.opened_on
            text = self.tr("{name}: {question}  (laatste contact {date})").format(
                name=h.person_name, question=h.question, date=format_date(last)
            )
            _item(self.quiet, text, "help_request", h.id)
        self.quiet_box.setTitle(
            self.tr("Lopende hulpvragen, langer dan {weeks} weken geen contact ({n})").format(
                weeks=weeks, n=len(view.quiet)
            )
        )
        if not view.quiet:
            _empty(self.quiet, self.tr("Bij alle lopende hulpvragen was er kortgeleden contact."))

    def _fill_notes(self, view: today_service.TodayOverview) -> None:
        self.notes.clear()
        kinds = note_kind_labels()
        for n in view.recent_notes:
            kind = f" · {kinds.get(n.kind, n.kind)}" if n.kind else ""
            text = f"{format_date(n.on_date)}{kind} · {n.person_name}: {plain_preview(n.text)}"
            _item(self.notes, text, "note", n.id)
        if not view.recent_notes:
            _empty(
                self.notes,
                self.tr("Nog geen notities. Kies Snel noteren om de eerste te schrijven."),
            )

    def _day_heading(self, day: dt.date) -> str:
        names = (
            self.tr("maandag"),
            self.tr("dinsdag"),
            self.tr("woensdag"),
            self.tr("donderdag"),
            self.tr("vrijdag"),
            self.tr("zaterdag"),
            self.tr("zondag"),
        )
        return self.tr("Vandaag, {weekday} {date}").format(
            weekday=names[day.weekday()], date=format_date(day.isoformat())
        )

    # ----- actions ----------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(KIND), item.data(RECORD)
        if kind and record_id:
            self.open_record.emit(str(kind), str(record_id))

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._loading or item.data(KIND) != "reminder":
            return
        done = item.checkState() == Qt.CheckState.Checked
        help_service.set_reminder_done(self.context.casebook, str(item.data(RECORD)), done)
        font = item.font()
        font.setStrikeOut(done)
        item.setFont(font)

    def _quick_note(self) -> None:
        dialog = QuickNoteDialog(self.context, self)
        dialog.saved.connect(lambda _p, _n: self.refresh())
        dialog.open()


def _item(widget: QListWidget, text: str, kind: str, record_id: str) -> QListWidgetItem:
    item = QListWidgetItem(text, widget)
    item.setData(KIND, kind)
    item.setData(RECORD, record_id)
    return item


def _empty(widget: QListWidget, text: str) -> None:
    item = QListWidgetItem(text, widget)
    item.setFlags(Qt.ItemFlag.NoItemFlags)


def create(context: ScreenContext, parent: QWidget | None = None) -> Screen:
    screen = TodayScreen(context, parent)
    screen.refresh()
    return screen
