"""Snel noteren: who, what, and optionally kind, minutes and a follow-up date; Ctrl+Enter saves.

Also edits an existing note (`note_id`). A failed save shows one sentence and keeps the text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.privacy_checks import find_sensitive
from dorpsboek.services import activities as activity_service
from dorpsboek.services import help as help_service
from dorpsboek.services import kernen as kern_service
from dorpsboek.services import people
from dorpsboek.services import quick_note as note_service
from dorpsboek.ui import activity_fields, dialogs, failures
from dorpsboek.ui.daily_common import NamePicker, note_kind_labels, resident_choices
from dorpsboek.ui.drafts import Draft, drafts
from dorpsboek.ui.note_editor import NoteTextEdit
from dorpsboek.ui.screens.base import ScreenContext


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    return edit


class QuickNoteDialog(QDialog):
    """Write a note in seconds; `saved(person_id, note_id)` after it is stored."""

    saved = Signal(str, str)

    def __init__(
        self,
        context: ScreenContext,
        parent: QWidget | None = None,
        *,
        person_id: str | None = None,
        note_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.note_id = note_id
        self._words: list[str] = []
        self.setWindowTitle(self.tr("Bewerk notitie") if note_id else self.tr("Snel noteren"))
        self.setMinimumWidth(560)
        self._build()
        self._load(person_id)
        self._original = self.text.toPlainText()
        self._restore_draft(person_id)
        self._hint_timer = QTimer(self, singleShot=True, interval=300)
        self._hint_timer.timeout.connect(self._update_hints)
        self.text.textChanged.connect(self._hint_timer.start)
        self.person.textChanged.connect(self._update_person_hint)
        self._update_person_hint()

    # ----- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.activity = QCheckBox(
            self.tr("&Activiteit: niet over één inwoner (overleg, groep, vrijwilligers)"), self
        )
        self.activity.setToolTip(
            self.tr(
                "Wie meedeed zet u met @naam in de tekst: inwoners, vrijwilligers, sociale kaart."
            )
        )
        self.activity.toggled.connect(self._set_activity_mode)
        if not self.note_id:
            form.addRow("", self.activity)
        else:
            self.activity.hide()
        self.person = NamePicker(self)
        self.person.setPlaceholderText(self.tr("Typ een deel van de naam"))
        self.person.setAccessibleName(self.tr("Over wie"))
        self.person_hint = QLabel(self)
        self.person_hint.setWordWrap(True)
        form.addRow(self.tr("&Over wie"), self.person)
        form.addRow("", self.person_hint)
        self.text = NoteTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("Wat is er besproken of afgesproken? Gebruik #woord voor uw eigen indeling.")
        )
        self.text.setAccessibleName(self.tr("Notitie"))
        self.text.setMinimumHeight(150)
        self.text.submit.connect(self.save)
        form.addRow(self.tr("&Notitie"), self.text)
        self.hints = QLabel(self)
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet("color: #8a5300;")
        self.hints.hide()
        form.addRow("", self.hints)
        form.addRow(self.tr("Soort en &tijd"), self._kind_row())
        self._follow_up_row_widget = self._follow_up_row()
        form.addRow(self.tr("&Opvolgen"), self._follow_up_row_widget)
        self._form = form
        layout.addLayout(form)
        layout.insertWidget(0, self._draft_row())  # on top: the first thing she sees
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Opslaan (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    def _draft_row(self) -> QWidget:
        """ "Uw tekst van de vorige keer staat er weer." with a way to start empty."""
        self.draft_notice = QWidget(self)
        self.draft_notice.setStyleSheet("background: #eef5e8;")
        row = QHBoxLayout(self.draft_notice)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Uw tekst van de vorige keer staat er weer."), self.draft_notice)
        label.setWordWrap(True)
        self.start_empty = QPushButton(self.tr("Leeg beginnen"), self.draft_notice)
        self.start_empty.clicked.connect(self._start_empty)
        row.addWidget(label, 1)
        row.addWidget(self.start_empty)
        self.draft_notice.hide()
        return self.draft_notice

    def _kind_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(row)
        self.kind.setAccessibleName(self.tr("Soort contact"))
        for value, label in note_kind_labels().items():
            self.kind.addItem(label, value)
        self.minutes = QSpinBox(row)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(self.tr("geen minuten"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minuten"))
        self.on_date = date_edit(row, dt.date.today())
        self.on_date.setAccessibleName(self.tr("Datum van het contact"))
        self.kern = activity_fields.kern_combo(row, [])
        self.kern.hide()
        box.addWidget(self.kind)
        box.addWidget(self.minutes)
        box.addWidget(self.kern)
        box.addWidget(QLabel(self.tr("op"), row))
        box.addWidget(self.on_date)
        box.addStretch(1)
        return row

    def _set_activity_mode(self, on: bool) -> None:
        """An activity has no 'Over wie': participants are the @-names in the text."""
        for widget in (self.person, self.person_hint, self._follow_up_row_widget):
            widget.setVisible(not on)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(not on)
        self.kind.clear()
        labels = activity_fields.activity_kind_labels() if on else note_kind_labels()
        for value, label_text in labels.items():
            self.kind.addItem(label_text, value)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text.setPlaceholderText(
            self.tr(
                "Wat was het, en wie deed mee? Zet @naam voor inwoners, vrijwilligers en "
                "de sociale kaart, #woord voor uw eigen indeling."
            )
            if on
            else self.tr(
                "Wat is er besproken of afgesproken? Gebruik #woord voor uw eigen indeling."
            )
        )
        self.kern.setVisible(on and self.kern.count() > 1)
        extra = activity_fields.resident_mentionables(self._residents) if on else []
        self.text.set_mentionables([*self._mentionables, *extra])
        self.text.setFocus()

    def _follow_up_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.follow_up = QCheckBox(self.tr("op"), row)
        self.follow_up.setAccessibleName(self.tr("Herinnering maken"))
        self.follow_up_on = date_edit(row, dt.date.today() + dt.timedelta(days=7))
        self.follow_up_on.setEnabled(False)
        self.follow_up_on.setAccessibleName(self.tr("Datum van de herinnering"))
        self.follow_up_text = QLineEdit(row)
        self.follow_up_text.setPlaceholderText(self.tr("Wat moet er dan gebeuren?"))
        self.follow_up_text.setAccessibleName(self.tr("Wat moet er dan gebeuren"))
        self.follow_up_text.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.follow_up.toggled.connect(self.follow_up_text.setEnabled)
        self.follow_up_on.dateChanged.connect(lambda _d: self.follow_up.setChecked(True))
        box.addWidget(self.follow_up)
        box.addWidget(self.follow_up_on)
        box.addWidget(self.follow_up_text, 1)
        return row

    # ----- loading --------------------------------------------------------------------------

    def _load(self, person_id: str | None) -> None:
        cb = self.context.casebook
        self._residents = resident_choices(people.resident_names(cb))
        self.person.set_choices(self._residents)
        self.text.set_tag_source(lambda: [tag for tag, _n in note_service.tag_counts(cb)])
        self._mentionables = help_service.mentionables(cb)
        self.text.set_mentionables(self._mentionables)
        for kern in kern_service.kernen(cb):
            self.kern.addItem(kern, kern)
        self._words = note_service.sensitive_words(cb)
        if self.note_id:
            self._load_note(self.note_id)
        elif person_id:
            self.person.select_id(person_id)
            self.text.setFocus()
        else:
            self.person.setFocus()

    def _load_note(self, note_id: str) -> None:
        note = note_service.note(self.context.casebook, note_id)
        self.person.select_id(note.person_id)
        self.text.setPlainText(note.text)
        self.kind.setCurrentIndex(max(0, self.kind.findData(note.kind)))
        self.minutes.setValue(note.minutes or 0)
        self.on_date.setDate(to_qdate(dt.date.fromisoformat(note.on_date)))
        self._follow_up_row_widget.hide()
        label = self._form.labelForField(self._follow_up_row_widget)
        if label is not None:
            label.hide()
        self.text.setFocus()

    # ----- hints ----------------------------------------------------------------------------

    def _update_person_hint(self) -> None:
        name = self.person.text().strip()
        if self.note_id:
            self.person_hint.setText(
                self.tr("Op de verkeerde naam gezet? Kies hier de juiste inwoner uit de lijst.")
            )
        elif not name:
            self.person_hint.setText(
                self.tr("Kies een inwoner uit de lijst, of typ een nieuwe naam.")
            )
        elif self.person.chosen_id():
            self.person_hint.setText("")
        else:
            self.person_hint.setText(
                self.tr("Nieuwe inwoner: {name} wordt toegevoegd.").format(name=name)
            )

    def _update_hints(self) -> None:
        findings = find_sensitive(self.text.toPlainText(), self._words)
        if not findings:
            self.hints.hide()
            return
        parts = []
        for f in findings[:3]:
            if f.kind == "bsn":
                parts.append(self.tr("'{text}' lijkt op een BSN.").format(text=f.text))
            elif f.kind == "iban":
                parts.append(self.tr("'{text}' lijkt op een rekeningnummer.").format(text=f.text))
            else:
                parts.append(self.tr("'{text}' is gevoelig.").format(text=f.text))
        tip = self.tr("Schrijf alleen op wat nodig is; opslaan kan gewoon.")
        self.hints.setText(" ".join(parts) + " " + tip)
        self.hints.show()

    # ----- drafts ---------------------------------------------------------------------------

    def _draft_key(self) -> tuple[str, str]:
        return ("note", self.note_id or "new")

    def _restore_draft(self, person_id: str | None) -> None:
        found = drafts(self.context.casebook).get(self._draft_key())
        if found is None or found.text == self._original:
            return
        self.text.setPlainText(found.text)
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text.setTextCursor(cursor)
        if not self.note_id and person_id is None:
            if found.person_id:
                self.person.select_id(found.person_id)
            elif found.person_name:
                self.person.setText(found.person_name)
        self.draft_notice.show()
        self.text.setFocus()

    def _start_empty(self) -> None:
        drafts(self.context.casebook).drop(self._draft_key())
        self.text.setPlainText(self._original)
        self.draft_notice.hide()
        self.text.setFocus()

    def reject(self) -> None:
        """Escape, Annuleren or the window's close button: what she typed is kept."""
        text = self.text.toPlainText()
        keeper = drafts(self.context.casebook)
        if text.strip() and text != self._original:
            name = self.person.text().strip()
            keeper.keep(self._draft_key(), Draft(text, self.person.chosen_id(), name))
        else:
            keeper.drop(self._draft_key())
        super().reject()

    # ----- saving ---------------------------------------------------------------------------

    def draft(self) -> str:
        """The text as typed (kept by the window, e.g. across a lock)."""
        return self.text.toPlainText()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self._fail(self.tr("Schrijf eerst iets op."))
            self.text.setFocus()
            return
        if self.activity.isChecked():
            self._save_activity(text)
            return
        person_id = self.person.chosen_id()
        name = self.person.text().strip()
        if person_id is None and not name:
            self._fail(self.tr("Vul in over wie deze notitie gaat."))
            self.person.setFocus()
            return
        if person_id is None and self.note_id:
            self._fail(
                self.tr(
                    "Kies een inwoner uit de lijst; een notitie verhuist alleen naar "
                    "iemand die al in het boek staat."
                )
            )
            self.person.setFocus()
            return
        if person_id is None and not self.note_id and not self._new_person_ok(name):
            self.person.setFocus()
            return
        try:
            saved_person, saved_note = self._store(text, person_id, name)
        except Exception as exc:  # shown as one sentence; the text stays
            self._fail(failures.sentence(exc))
            return
        self.error.hide()
        drafts(self.context.casebook).drop(self._draft_key())
        self.saved.emit(saved_person, saved_note)
        self.accept()

    def _save_activity(self, text: str) -> None:
        new = activity_service.NewActivity(
            text,
            str(self.kind.currentData() or ""),
            self.minutes.value() or None,
            from_qdate(self.on_date.date()),
            str(self.kern.currentData() or ""),
            activity_fields.participants(note_service.mentioned(text, self.text.mentions())),
        )
        try:
            saved = activity_service.save(self.context.casebook, new)
        except Exception as exc:  # shown as one sentence; the text stays
            self._fail(failures.sentence(exc))
            return
        self.error.hide()
        drafts(self.context.casebook).drop(self._draft_key())
        self.saved.emit("", saved.id)
        self.accept()

    def _new_person_ok(self, name: str) -> bool:
        """Part of an existing name: ask once before adding a new resident by that name."""
        similar = self.person.similar(name)
        if not similar:
            return True
        text = self.tr(
            "Er is geen inwoner die precies '{name}' heet (wel bijvoorbeeld {other}). "
            "Wilt u '{name}' als nieuwe inwoner toevoegen?"
        ).format(name=name, other=similar[0])
        return dialogs.confirm(
            self,
            text,
            self.tr("Nieuwe inwoner"),
            self.tr("Toevoegen"),
            no=self.tr("Terug, een naam kiezen"),
            safe_default=True,
        )

    def _store(self, text: str, person_id: str | None, name: str) -> tuple[str, str]:
        cb = self.context.casebook
        kind = str(self.kind.currentData() or "")
        minutes = self.minutes.value() or None
        on_date = from_qdate(self.on_date.date())
        if self.note_id:
            note_service.update_note(cb, self.note_id, text, kind, minutes, on_date, person_id)
            return note_service.note(cb, self.note_id).person_id, self.note_id
        values: dict[str, Any] = {
            "text": text.strip(),
            "person_id": person_id,
            "new_person_name": "" if person_id else name,
            "kind": kind,
            "minutes": minutes,
            "on_date": on_date,
            "mentions": self.text.mentions(),
        }
        if self.follow_up.isChecked():
            values["follow_up_on"] = from_qdate(self.follow_up_on.date())
            values["follow_up_text"] = self.follow_up_text.text()
        saved = note_service.save(cb, note_service.QuickNote(**values))
        return saved.person_id, saved.note.id
