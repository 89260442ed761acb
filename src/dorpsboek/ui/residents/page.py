"""One resident's page: contact details, relatives and carers (`relatives`), notes,
help requests, reminders, and the resident's rights: inzage and vergeten."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import Kind, Note
from dorpsboek.services import help as help_service
from dorpsboek.services import people, recurring
from dorpsboek.ui import dialogs, repeat_words
from dorpsboek.ui.daily_common import (
    UndoButton,
    confirm_delete,
    help_status_labels,
    note_kind_labels,
    person_status_labels,
    session_undo,
)
from dorpsboek.ui.daily_dialogs import HelpRequestDialog, ReminderDialog
from dorpsboek.ui.markdown_view import MarkdownView, escape, plain_preview, render_markdown
from dorpsboek.ui.privacy import actions as privacy_actions
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.residents.consent_box import ConsentBox
from dorpsboek.ui.residents.details_box import DetailsBox
from dorpsboek.ui.residents.relatives import RelativesBox
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.window_place import keep_splitter

ID = Qt.ItemDataRole.UserRole


def _button(text: str, parent: QWidget, slot: Any) -> QPushButton:
    button = QPushButton(text, parent)
    button.clicked.connect(slot)
    return button


def _list(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setSpacing(2)
    widget.setAlternatingRowColors(True)
    return widget


def _selected_id(widget: QListWidget) -> str | None:
    item = widget.currentItem()
    return None if item is None else str(item.data(ID))


class ResidentPage(QWidget):
    """Everything about one resident on one page; changes go through the services."""

    back = Signal()
    open_record = Signal(str, str)
    changed = Signal()
    erased = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id = ""
        self._notes: list[Note] = []
        self._loading = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.details = DetailsBox(context.casebook, left)
        self.details.save_button.clicked.connect(self.save_details)
        # the form's fields, as the page's own (tests and the page's callers use them)
        self.rhythm, self.phone, self.consent_on = (
            self.details.rhythm,
            self.details.phone,
            self.details.consent_on,
        )
        self.details_message = self.details.message
        left_box.addWidget(self.details)
        self.relatives_box = RelativesBox(context.casebook, left)
        self.relatives_box.open_person.connect(lambda pid: self.open_record.emit("person", pid))
        self.relatives_box.changed.connect(self._changed)
        self.relatives = self.relatives_box.list
        left_box.addWidget(self.relatives_box, 1)
        self.consent_box = ConsentBox(context.casebook, left)
        self.consent_box.changed.connect(self._changed)
        left_box.addWidget(self.consent_box, 1)
        # Scrolls when the screen is short (a 768-pixel laptop): the form, the carers and the
        # consent together are taller than that, and the window must never outgrow the screen.
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        split.addWidget(scroll)
        split.addWidget(self._tabs(split))
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        keep_splitter(split, context.settings, "resident_page")
        layout.addWidget(split, 1)

    @property
    def cb(self) -> Any:
        return self.context.casebook

    # ----- building ---------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = _button(self.tr("← Alle inwoners"), self, self.back.emit)
        back.setObjectName("back")
        row.addWidget(back)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        row.addLayout(names, 1)
        row.addWidget(_button(self.tr("Snel noteren"), self, self.quick_note))
        inzage = _button(self.tr("Inzage"), self, self.inzage)
        inzage.setToolTip(self.tr("Alles wat het boek over deze inwoner bewaart, om mee te geven"))
        row.addWidget(inzage)
        forget = _button(self.tr("Vergeten…"), self, self.forget)
        forget.setToolTip(
            self.tr(
                "Deze inwoner voorgoed wissen, op verzoek van de inwoner: alles verdwijnt, "
                "alleen de tellingen voor de verantwoording blijven (zonder naam)."
            )
        )
        row.addWidget(forget)
        delete = _button(self.tr("Inwoner verwijderen"), self, self.delete_person)
        delete.setToolTip(
            self.tr(
                "Uit de lijst halen; met Ongedaan maken komt alles terug. "
                "Vergeten wist echt en voorgoed."
            )
        )
        row.addWidget(delete)
        row.addWidget(UndoButton(self.context.casebook, self))
        return row

    def _tabs(self, parent: QWidget) -> QTabWidget:
        self.tabs = QTabWidget(parent)
        self.tabs.addTab(self._notes_tab(), "")
        self.tabs.addTab(self._help_tab(), "")
        self.tabs.addTab(self._reminders_tab(), "")
        return self.tabs

    def _notes_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        split = QSplitter(Qt.Orientation.Vertical, tab)
        self.notes = _list(split, self.tr("Contactmomenten"))
        self.notes.currentItemChanged.connect(self._scroll_to_note)
        self.notes.itemActivated.connect(lambda _item: self.edit_note())
        self.timeline = MarkdownView(split)
        self.timeline.setAccessibleName(self.tr("Tijdlijn"))
        split.addWidget(self.notes)
        split.addWidget(self.timeline)
        split.setStretchFactor(1, 2)
        keep_splitter(split, self.context.settings, "resident_notes")
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(_button(self.tr("Bewerken…"), tab, self.edit_note))
        row.addWidget(_button(self.tr("Hulpvraag van maken…"), tab, self.help_from_note))
        row.addWidget(_button(self.tr("Verwijderen"), tab, self.delete_note))
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _help_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.helps = _list(tab, self.tr("Hulpvragen"))
        self.helps.itemActivated.connect(
            lambda item: self.open_record.emit("help_request", str(item.data(ID)))
        )
        layout.addWidget(self.helps, 1)
        row = QHBoxLayout()
        row.addWidget(_button(self.tr("Nieuwe hulpvraag…"), tab, self.new_help_request))
        row.addWidget(_button(self.tr("Openen"), tab, self._open_help))
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _reminders_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.reminders = _list(tab, self.tr("Herinneringen"))
        self.reminders.itemChanged.connect(self._reminder_ticked)
        self.reminders.itemActivated.connect(lambda _item: self.edit_reminder())
        layout.addWidget(self.reminders, 1)
        row = QHBoxLayout()
        row.addWidget(_button(self.tr("Nieuwe herinnering…"), tab, self.new_reminder))
        row.addWidget(_button(self.tr("Bewerken…"), tab, self.edit_reminder))
        row.addWidget(_button(self.tr("Verwijderen"), tab, self.delete_reminder))
        self.stop_series_button = _button(self.tr("Herhalen stoppen"), tab, self.stop_series)
        self.stop_series_button.setToolTip(
            self.tr("Deze herinnering komt dan niet meer terug; deze ene blijft staan.")
        )
        self.stop_series_button.setEnabled(False)
        self.reminders.currentItemChanged.connect(lambda *_: self._update_series_button())
        row.addWidget(self.stop_series_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _selected_series(self) -> str | None:
        reminder_id = _selected_id(self.reminders)
        if not reminder_id:
            return None
        found = help_service.reminders_for_person(self.cb, self.person_id)
        return reminder_id if any(r.id == reminder_id and r.every for r in found) else None

    def _update_series_button(self) -> None:
        self.stop_series_button.setEnabled(self._selected_series() is not None)

    def stop_series(self) -> None:
        """One action ends a series: the chosen reminder stays, once."""
        reminder_id = self._selected_series()
        if reminder_id is None:
            return
        recurring.stop(self.cb, reminder_id)
        self._changed()

    # ----- loading ----------------------------------------------------------------------------

    def show_person(self, person_id: str) -> None:
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        if not self.person_id:
            return
        self._loading = True
        try:
            self.details.drafts.leaving()
            self._load_details()
            self.details.drafts.loaded(self.person_id)
            self.relatives_box.load(self.person_id, self.title.text())
            self.consent_box.load(self.person_id)
            self._load_notes()
            self._load_helps()
            self._load_reminders()
        finally:
            self._loading = False

    def _load_details(self) -> None:
        person = people.person(self.cb, self.person_id)
        last = people.last_contact(self.cb, self.person_id)
        self.title.setText(person.name)
        status = person_status_labels().get(person.status, person.status)
        contact = (
            self.tr("laatste contact {date}").format(date=format_date(last))
            if last
            else self.tr("nog geen contact")
        )
        self.subtitle.setText(f"{status} · {contact}")
        self.details.load(person)

    def _load_notes(self) -> None:
        self._notes = self.cb.notes_for_person(self.person_id)
        kinds = note_kind_labels()
        self.notes.clear()
        parts = []
        for note in self._notes:
            head = self._note_heading(note, kinds)
            item = QListWidgetItem(f"{head} — {plain_preview(note.text, 90)}", self.notes)
            item.setData(ID, note.id)
            parts.append(
                f'<a name="n{note.id}"></a><h4>{escape(head)}</h4>{render_markdown(note.text)}'
            )
        self.tabs.setTabText(0, self.tr("Contactmomenten ({n})").format(n=len(self._notes)))
        if not self._notes:
            empty = self.tr("Nog geen contactmomenten. Kies Snel noteren om er een te schrijven.")
            self.timeline.set_notes_html(f"<p>{escape(empty)}</p>")
            return
        self.timeline.set_notes_html("<hr/>".join(parts))

    def _note_heading(self, note: Note, kinds: dict[str, str]) -> str:
        bits = [format_date(note.on_date)]
        if note.kind:
            bits.append(kinds.get(note.kind, note.kind))
        if note.minutes:
            bits.append(self.tr("{n} min").format(n=note.minutes))
        return " · ".join(bits)

    def _load_helps(self) -> None:
        self.helps.clear()
        labels = help_status_labels()
        found = help_service.help_requests_for_person(self.cb, self.person_id)
        for h in found:
            text = f"{labels.get(h.status, h.status)} · {h.question}"
            text += "  " + self.tr("(sinds {date})").format(date=format_date(h.opened_on))
            QListWidgetItem(text, self.helps).setData(ID, h.id)
        if not found:
            QListWidgetItem(self.tr("Geen hulpvragen."), self.helps).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.tabs.setTabText(1, self.tr("Hulpvragen ({n})").format(n=len(found)))

    def _load_reminders(self) -> None:
        self.reminders.clear()
        found = help_service.reminders_for_person(self.cb, self.person_id)
        for r in found:
            item = QListWidgetItem(
                f"{format_date(r.due_on)} · {r.text}{repeat_words.series(r)}", self.reminders
            )
            item.setData(ID, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.done else Qt.CheckState.Unchecked)
        if not found:
            QListWidgetItem(self.tr("Geen herinneringen."), self.reminders).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        open_count = sum(1 for r in found if not r.done)
        self.tabs.setTabText(2, self.tr("Herinneringen ({n})").format(n=open_count))

    def select_note(self, note_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        for row in range(self.notes.count()):
            if self.notes.item(row).data(ID) == note_id:
                self.notes.setCurrentRow(row)

    def select_reminder(self, reminder_id: str) -> None:
        self.tabs.setCurrentIndex(2)
        for row in range(self.reminders.count()):
            if self.reminders.item(row).data(ID) == reminder_id:
                self.reminders.setCurrentRow(row)

    def _scroll_to_note(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None and item.data(ID):
            self.timeline.scrollToAnchor(f"n{item.data(ID)}")

    # ----- actions ----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def save_details(self) -> None:
        if self.details.save(self.person_id):
            self.details.drafts.saved(self.person_id)
            self._changed()
            self.details.message.setText(self.tr("Opgeslagen."))

    def quick_note(self) -> None:
        dialog = QuickNoteDialog(self.context, self, person_id=self.person_id)
        dialog.saved.connect(lambda _p, _n: self._changed())
        dialog.open()

    def delete_person(self) -> None:
        name = self.title.text()
        if confirm_delete(self, self.tr("{name} met alle notities").format(name=name)):
            session_undo(self.cb).delete(Kind.PERSON, self.person_id, name)
            self.changed.emit()
            self.back.emit()

    def inzage(self) -> None:
        """Everything the book holds about this resident, to save and hand over."""
        self.inzage_dialog = privacy_actions.show_inzage(self.context, self.person_id, self)

    def forget(self) -> None:
        """Erase this resident for good (the dialog says it cannot be undone)."""
        if privacy_actions.confirm_and_erase(self.context, self.person_id, self):
            self.person_id = ""
            session_undo(self.cb).drop_erased()
            self.erased.emit()
            self.changed.emit()
            self.back.emit()

    def edit_note(self) -> None:
        note_id = _selected_id(self.notes)
        if not note_id:
            return
        dialog = QuickNoteDialog(self.context, self, note_id=note_id)
        dialog.saved.connect(lambda _p, _n: self._changed())
        dialog.open()

    def delete_note(self) -> None:
        note_id = _selected_id(self.notes)
        item = self.notes.currentItem()
        if note_id and item is not None and confirm_delete(self, self.tr("deze notitie")):
            session_undo(self.cb).delete(Kind.NOTE, note_id, item.text())
            self._changed()

    def help_from_note(self) -> None:
        note_id = _selected_id(self.notes)
        note = next((n for n in self._notes if n.id == note_id), None)
        if note is None:
            dialogs.message(self, self.tr("Kies eerst een notitie in de lijst."))
            return
        themes = ", ".join(note.tags)
        dialog = HelpRequestDialog(self, question=plain_preview(note.text, 80), themes=themes)
        if dialog.exec():
            help_service.create_help_request(
                self.cb,
                self.person_id,
                dialog.question.text(),
                dialog.themes.text(),
                from_note_id=note.id,
            )
            self._changed()
            self.tabs.setCurrentIndex(1)

    def new_help_request(self) -> None:
        dialog = HelpRequestDialog(self)
        dialog.keep_drafts(self.cb, ("help_request", self.person_id))
        if dialog.exec():
            help_id = help_service.create_help_request(
                self.cb, self.person_id, dialog.question.text(), dialog.themes.text()
            )
            self._changed()
            self.open_record.emit("help_request", help_id)

    def _open_help(self) -> None:
        help_id = _selected_id(self.helps)
        if help_id:
            self.open_record.emit("help_request", help_id)

    def new_reminder(self) -> None:
        dialog = ReminderDialog(self, dt.date.today() + dt.timedelta(days=7))
        dialog.keep_drafts(self.cb, ("reminder", self.person_id))
        if dialog.exec():
            help_service.add_reminder(
                self.cb,
                dialog.day(),
                dialog.text.text(),
                person_id=self.person_id,
                every=dialog.repeat.every(),
            )
            self._changed()

    def edit_reminder(self) -> None:
        reminder_id = _selected_id(self.reminders)
        if not reminder_id:
            return
        found = help_service.reminders_for_person(self.cb, self.person_id)
        current = next(r for r in found if r.id == reminder_id)
        dialog = ReminderDialog(
            self, dt.date.fromisoformat(current.due_on), current.text, current.every
        )
        if dialog.exec():
            help_service.update_reminder(
                self.cb, reminder_id, dialog.day(), dialog.text.text(), dialog.repeat.every()
            )
            self._changed()

    def delete_reminder(self) -> None:
        reminder_id = _selected_id(self.reminders)
        item = self.reminders.currentItem()
        if reminder_id and item is not None and confirm_delete(self, self.tr("deze herinnering")):
            session_undo(self.cb).delete(Kind.REMINDER, reminder_id, item.text())
            self._changed()

    def _reminder_ticked(self, item: QListWidgetItem) -> None:
        if self._loading or not item.data(ID):
            return
        done = item.checkState() == Qt.CheckState.Checked
        help_service.set_reminder_done(self.cb, str(item.data(ID)), done)
        self.changed.emit()
