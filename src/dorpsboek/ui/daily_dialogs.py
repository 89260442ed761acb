"""Small dialogs of the daily screens: a help request, a reminder, a link to a person or helper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.daily_common import NamePicker
from dorpsboek.ui.drafts import drafts
from dorpsboek.ui.quick_note import date_edit, from_qdate
from dorpsboek.ui.repeat_field import RepeatField


class _FormDialog(QDialog):
    """A form with OK/cancel and a line for a plain sentence when something is missing."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def problem(self) -> str:
        return ""

    # ----- drafts: what she typed survives Annuleren and Escape (ui/drafts.py) ------------

    def keep_drafts(self, casebook: Casebook, key: tuple[str, str]) -> None:
        """Bring back what she typed last time she closed this form, and keep it next time."""
        self._draft_key: tuple[str, str] | None = key
        self._keeper = drafts(casebook)
        self._original = self._typed()
        found = self._keeper.fields(key)
        if not found:
            return
        for name, widget in self._text_fields().items():
            if found.get(name):
                widget.setText(found[name])
        self.error.setText(self.tr("Uw tekst van de vorige keer staat er weer."))
        self.error.setStyleSheet("color: #2d5a1e;")
        self.error.show()

    def _text_fields(self) -> dict[str, QLineEdit]:
        return {w.accessibleName(): w for w in self.findChildren(QLineEdit) if w.accessibleName()}

    def _typed(self) -> dict[str, str]:
        return {name: w.text() for name, w in self._text_fields().items()}

    def reject(self) -> None:
        key = getattr(self, "_draft_key", None)
        if key is not None:
            typed = self._typed()
            if typed != self._original:
                self._keeper.keep_fields(key, typed)
            else:
                self._keeper.drop_fields(key)
        super().reject()

    def accept(self) -> None:
        key = getattr(self, "_draft_key", None)
        if key is not None:
            self._keeper.drop_fields(key)
        super().accept()

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setStyleSheet("color: #b00020;")
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


class HelpRequestDialog(_FormDialog):
    """What is asked and its themes; with `choices`, also for whom."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        question: str = "",
        themes: str = "",
        choices: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(QCoreApplication.translate("HelpRequestDialog", "Hulpvraag"), parent)
        self.person: NamePicker | None = None
        if choices:
            self.person = NamePicker(self)
            self.person.set_choices(choices)
            self.person.setAccessibleName(self.tr("Voor wie"))
            self.form.addRow(self.tr("&Voor wie"), self.person)
        self.question = QLineEdit(question, self)
        self.question.setAccessibleName(self.tr("Wat is de vraag"))
        self.themes = QLineEdit(themes, self)
        self.themes.setPlaceholderText(self.tr("bijvoorbeeld: vervoer, eenzaamheid"))
        self.themes.setAccessibleName(self.tr("Thema's"))
        self.form.addRow(self.tr("&Wat is de vraag"), self.question)
        self.form.addRow(self.tr("&Thema's"), self.themes)
        (self.person or self.question).setFocus()

    def person_id(self) -> str | None:
        return None if self.person is None else self.person.chosen_id()

    def problem(self) -> str:
        if self.person is not None and self.person.chosen_id() is None:
            return self.tr("Kies een inwoner uit de lijst.")
        if not self.question.text().strip():
            return self.tr("Schrijf in een paar woorden wat de vraag is.")
        return ""


class ReminderDialog(_FormDialog):
    def __init__(
        self, parent: QWidget | None, due_on: dt.date, text: str = "", every: str = ""
    ) -> None:
        super().__init__(QCoreApplication.translate("ReminderDialog", "Herinnering"), parent)
        self.due_on = date_edit(self, due_on)
        self.due_on.setAccessibleName(self.tr("Wanneer"))
        self.text = QLineEdit(text, self)
        self.text.setAccessibleName(self.tr("Wat moet er gebeuren"))
        self.form.addRow(self.tr("&Wanneer"), self.due_on)
        self.form.addRow(self.tr("Wat moet er &gebeuren"), self.text)
        self.repeat = RepeatField(self, every)
        self.form.addRow(self.tr("&Herhalen"), self.repeat)
        self.text.setFocus()

    def day(self) -> dt.date:
        return from_qdate(self.due_on.date())

    def problem(self) -> str:
        return "" if self.text.text().strip() else self.tr("Schrijf op wat er moet gebeuren.")


class PickDialog(_FormDialog):
    """Pick a record by name, with a relation or role next to it."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        choices: Sequence[tuple[str, str]],
        roles: Sequence[tuple[str, str]] = (),
        relation_label: str = "",
        hint: str = "",
    ) -> None:
        super().__init__(title, parent)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.form.addRow(self.hint)
        self.picker = NamePicker(self)
        self.picker.set_choices(choices)
        self.picker.setAccessibleName(label)
        self.form.addRow(label, self.picker)
        self.role: QComboBox | None = None
        self.relation: QLineEdit | None = None
        if roles:
            self.role = QComboBox(self)
            for value, shown in roles:
                self.role.addItem(shown, value)
            self.form.addRow(self.tr("&Rol"), self.role)
        if relation_label:
            self.relation = QLineEdit(self)
            self.relation.setPlaceholderText(self.tr("bijvoorbeeld: mantelzorger, dochter"))
            self.relation.setAccessibleName(relation_label)
            self.form.addRow(relation_label, self.relation)
        self.picker.setFocus()

    def chosen(self) -> str | None:
        return self.picker.chosen_id()

    def role_value(self) -> str:
        return "" if self.role is None else str(self.role.currentData())

    def relation_text(self) -> str:
        return "" if self.relation is None else self.relation.text().strip()

    def problem(self) -> str:
        return "" if self.chosen() else self.tr("Kies iemand uit de lijst.")
