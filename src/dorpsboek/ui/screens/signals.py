"""Signalen en verhalen: what she notices for the sounding board (with its status flow), and
anonymised stories for the account, with a warning when a story names a resident."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.atomic import write_bytes_atomic
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import Kind
from dorpsboek.services import stories as service
from dorpsboek.ui import dialogs
from dorpsboek.ui.form_drafts import FormDrafts
from dorpsboek.ui.screens.base import Screen, ScreenContext
from dorpsboek.ui.signals.parts import RECORD, WARN, date_edit, fill_list, iso, qdate, record_list
from dorpsboek.ui.widgets import heading, note
from dorpsboek.ui.window_place import keep_splitter


class SignalsScreen(Screen):
    """Two tabs: Signalen and Verhalen, each a list on the left and the form on the right."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.signal_id: str | None = None
        self.story_id: str | None = None
        self._names: service.NameIndex | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Signalen en verhalen")))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._signals_tab(), self.tr("Signalen"))
        self.tabs.addTab(self._stories_tab(), self.tr("Verhalen"))
        layout.addWidget(self.tabs, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.check_names)
        cb = context.casebook
        self.signal_drafts = FormDrafts(
            cb,
            "signal",
            {
                "theme": self.theme,
                "description": self.description,
                "frequency": self.frequency,
                "status": self.status,
                "noted_on": self.noted_on,
            },
            self.signal_notice,
        )
        self.story_drafts = FormDrafts(
            cb,
            "story",
            {
                "title": self.title,
                "date": self.story_date,
                "in_report": self.in_report,
                "text": self.story_text,
            },
            self.story_notice,
        )
        self.signal_drafts.loaded("new")
        self.story_drafts.loaded("new")

    def status_labels(self) -> dict[str, str]:
        return {
            "noticed": self.tr("Opgemerkt"),
            "discussed": self.tr("Besproken met klankbordgroep"),
            "initiative": self.tr("Initiatief gestart"),
            "closed": self.tr("Afgesloten"),
        }

    # ----- signals ----------------------------------------------------------------------------

    def _signals_tab(self) -> QWidget:
        page = QWidget(self)
        split = QSplitter(page)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.addWidget(
            note(
                self.tr(
                    "Wat valt u op in het dorp dat meer mensen raakt? Noteer het zonder namen; "
                    "de klankbordgroep krijgt een overzicht."
                ),
                left,
            )
        )
        self.signal_list = record_list(left, self.tr("Signalen"))
        self.signal_list.currentItemChanged.connect(self._signal_selected)
        lv.addWidget(self.signal_list, 1)
        row = QHBoxLayout()
        new = QPushButton(self.tr("Nieuw signaal"), left)
        new.clicked.connect(self.new_signal)
        export = QPushButton(self.tr("Overzicht voor klankbordgroep…"), left)
        export.clicked.connect(self.export_signals)
        row.addWidget(new)
        row.addWidget(export)
        lv.addLayout(row)
        right = QWidget(split)
        form = QFormLayout(right)
        self.theme = QLineEdit(right)
        self.description = QPlainTextEdit(right)
        self.frequency = QLineEdit(right)
        self.frequency.setPlaceholderText(self.tr("bijvoorbeeld: drie keer gehoord deze maand"))
        self.status = QComboBox(right)
        for key, label in self.status_labels().items():
            self.status.addItem(label, key)
        self.noted_on = date_edit(right, self.tr("Opgemerkt op"))
        form.addRow(self.tr("Thema"), self.theme)
        form.addRow(self.tr("Wat valt op"), self.description)
        form.addRow(self.tr("Hoe vaak"), self.frequency)
        form.addRow(self.tr("Stand van zaken"), self.status)
        form.addRow(self.tr("Opgemerkt op"), self.noted_on)
        self.signal_warning = QLabel(right)
        self.signal_warning.setStyleSheet(WARN)
        self.signal_warning.setWordWrap(True)
        form.addRow(self.signal_warning)
        self.signal_notice = QLabel(right)
        self.signal_notice.setWordWrap(True)
        form.addRow(self.signal_notice)
        self.description.textChanged.connect(lambda: self._timer.start())
        buttons = QHBoxLayout()
        self.save_signal_button = QPushButton(self.tr("Opslaan"), right)
        self.save_signal_button.clicked.connect(self.save_signal)
        self.next_button = QPushButton(self.tr("Volgende stap"), right)
        self.next_button.clicked.connect(self.next_step)
        self.delete_signal_button = QPushButton(self.tr("Verwijderen"), right)
        self.delete_signal_button.clicked.connect(self.delete_signal)
        for b in (self.save_signal_button, self.next_button, self.delete_signal_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        split.addWidget(left)
        split.addWidget(right)
        keep_splitter(split, self.context.settings, "signals")
        QVBoxLayout(page).addWidget(split)
        return page

    def _signal_selected(self, item: QListWidgetItem | None) -> None:
        signal = item.data(RECORD) if item is not None else None
        if signal is None:
            return
        self.signal_drafts.leaving()
        self.signal_id = signal.id
        self.theme.setText(signal.theme)
        self.description.setPlainText(signal.description)
        self.frequency.setText(signal.frequency)
        self.status.setCurrentIndex(max(0, self.status.findData(signal.status)))
        self.noted_on.setDate(qdate(signal.noted_on))
        self.signal_drafts.loaded(signal.id)
        self._update_signal_buttons()

    def _update_signal_buttons(self) -> None:
        saved = self.signal_id is not None
        self.next_button.setEnabled(saved and self.status.currentData() != "closed")
        self.delete_signal_button.setEnabled(saved)
        # With nothing chosen the form writes a new one: the button says so.
        self.save_signal_button.setText(
            self.tr("Opslaan") if saved else self.tr("Opslaan als nieuw signaal")
        )

    def new_signal(self) -> None:
        self.signal_drafts.leaving()
        self.signal_id = None
        self.signal_list.setCurrentRow(-1)  # so picking the last one again loads it
        self.theme.clear()
        self.description.clear()
        self.frequency.clear()
        self.status.setCurrentIndex(0)
        self.noted_on.setDate(QDate.currentDate())
        self.signal_drafts.loaded("new")
        self._update_signal_buttons()
        self.description.setFocus()

    def save_signal(self) -> None:
        text = self.description.toPlainText().strip()
        if not text:
            dialogs.warning(self, self.tr("Schrijf eerst op wat u opvalt."))
            return
        values = {
            "theme": self.theme.text().strip(),
            "description": text,
            "frequency": self.frequency.text().strip(),
            "status": str(self.status.currentData()),
            "noted_on": iso(self.noted_on),
        }
        cb = self.context.casebook
        if self.signal_id is None:
            rest = {k: v for k, v in values.items() if k != "description"}
            self.signal_id = service.add_signal(cb, text, **rest)
        else:
            service.update_signal(cb, self.signal_id, **values)
        self.signal_drafts.saved(self.signal_id)
        self.refresh()

    def next_step(self) -> None:
        if self.signal_id is None:
            return
        following = service.next_status(str(self.status.currentData()))
        self.status.setCurrentIndex(self.status.findData(following))
        self.save_signal()

    def delete_signal(self) -> None:
        if self.signal_id and dialogs.confirm(self, self.tr("Dit signaal verwijderen?")):
            service.delete(self.context.casebook, Kind.SIGNAL, self.signal_id)
            self.signal_id = None
            self.refresh()
            self.new_signal()

    def export_signals(self) -> None:
        target = dialogs.save_file(
            self, self.tr("Overzicht voor klankbordgroep"), self.tr("Tekst (*.md)"), "signalen.md"
        )
        if target is None:
            return
        text = service.signals_for_sounding_board(self.context.casebook)
        write_bytes_atomic(target, text.encode("utf-8"))
        dialogs.message(self, self.tr("Opgeslagen: {path}").format(path=target))

    # ----- stories ----------------------------------------------------------------------------

    def _stories_tab(self) -> QWidget:
        page = QWidget(self)
        split = QSplitter(page)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.addWidget(
            note(
                self.tr(
                    "Verhalen laten zien wat uw werk betekent. Schrijf ze zonder namen; "
                    "aangevinkte verhalen komen in de verantwoording."
                ),
                left,
            )
        )
        self.story_list = record_list(left, self.tr("Verhalen"))
        self.story_list.currentItemChanged.connect(self._story_selected)
        lv.addWidget(self.story_list, 1)
        new = QPushButton(self.tr("Nieuw verhaal"), left)
        new.clicked.connect(self.new_story)
        lv.addWidget(new)
        right = QWidget(split)
        rv = QVBoxLayout(right)
        form = QFormLayout()
        self.title = QLineEdit(right)
        self.story_date = date_edit(right, self.tr("Datum"))
        self.in_report = QCheckBox(self.tr("In de verantwoording"), right)
        self.in_report.setChecked(True)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Datum"), self.story_date)
        form.addRow("", self.in_report)
        rv.addLayout(form)
        self.story_text = QPlainTextEdit(right)
        self.story_text.setAccessibleName(self.tr("Het verhaal"))
        self.story_text.textChanged.connect(lambda: self._timer.start())
        self.title.textChanged.connect(lambda: self._timer.start())
        rv.addWidget(self.story_text, 1)
        self.story_warning = QLabel(right)
        self.story_warning.setStyleSheet(WARN)
        self.story_warning.setWordWrap(True)
        rv.addWidget(self.story_warning)
        self.story_notice = QLabel(right)
        self.story_notice.setWordWrap(True)
        rv.addWidget(self.story_notice)
        buttons = QHBoxLayout()
        self.save_story_button = QPushButton(self.tr("Opslaan"), right)
        self.save_story_button.clicked.connect(self.save_story)
        self.delete_story_button = QPushButton(self.tr("Verwijderen"), right)
        self.delete_story_button.clicked.connect(self.delete_story)
        buttons.addWidget(self.save_story_button)
        buttons.addWidget(self.delete_story_button)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        keep_splitter(split, self.context.settings, "stories")
        QVBoxLayout(page).addWidget(split)
        return page

    def _story_selected(self, item: QListWidgetItem | None) -> None:
        story = item.data(RECORD) if item is not None else None
        if story is None:
            return
        self.story_drafts.leaving()
        self.story_id = story.id
        self.title.setText(story.title)
        self.story_date.setDate(qdate(story.on_date))
        self.in_report.setChecked(story.in_report)
        self.story_text.setPlainText(story.text)
        self.story_drafts.loaded(story.id)
        self.delete_story_button.setEnabled(True)
        self.save_story_button.setText(self.tr("Opslaan"))
        self.check_names()

    def new_story(self) -> None:
        self.story_drafts.leaving()
        self.story_id = None
        self.save_story_button.setText(self.tr("Opslaan als nieuw verhaal"))
        self.story_list.setCurrentRow(-1)
        self.title.clear()
        self.story_text.clear()
        self.in_report.setChecked(True)
        self.story_date.setDate(QDate.currentDate())
        self.story_drafts.loaded("new")
        self.delete_story_button.setEnabled(False)
        self.title.setFocus()

    def save_story(self) -> None:
        title = self.title.text().strip()
        if not title:
            dialogs.warning(self, self.tr("Geef het verhaal een titel."))
            return
        cb, text = self.context.casebook, self.story_text.toPlainText()
        when, keep = iso(self.story_date), self.in_report.isChecked()
        if self.story_id is None:
            self.story_id = service.add_story(cb, title, text, on_date=when, in_report=keep)
        else:
            service.update_story(
                cb, self.story_id, title=title, text=text, on_date=when, in_report=keep
            )
        self.story_drafts.saved(self.story_id)
        self.refresh()

    def delete_story(self) -> None:
        if self.story_id and dialogs.confirm(self, self.tr("Dit verhaal verwijderen?")):
            service.delete(self.context.casebook, Kind.STORY, self.story_id)
            self.story_id = None
            self.refresh()
            self.new_story()

    # ----- the name warning -------------------------------------------------------------------

    def names(self) -> service.NameIndex:
        if self._names is None:
            self._names = service.NameIndex.load(self.context.casebook)
        return self._names

    def check_names(self) -> None:
        """Warn (never block) when a story or signal names a resident of her book."""
        story = f"{self.title.text()}\n{self.story_text.toPlainText()}"
        self.story_warning.setText(self._warning(self.names().names_in_text(story)))
        signal = f"{self.theme.text()}\n{self.description.toPlainText()}"
        self.signal_warning.setText(self._warning(self.names().names_in_text(signal)))

    def _warning(self, found: list[str]) -> str:
        if not found:
            return ""
        return self.tr(
            "Let op: hier staat de naam van een inwoner uit uw boek ({names}). "
            "Maak het verhaal anoniem, bijvoorbeeld met 'een oudere inwoner'."
        ).format(names=", ".join(found[:3]))

    # ----- screen contract --------------------------------------------------------------------

    def refresh(self) -> None:
        self._names = None  # residents may have been added or erased
        cb = self.context.casebook
        labels = self.status_labels()
        fill_list(
            self.signal_list,
            [
                (
                    f"{s.theme or self.tr('Zonder thema')}: {s.description[:60]} — "
                    f"{labels.get(s.status, s.status)}",
                    s,
                )
                for s in service.list_signals(cb)
            ],
            self.signal_id,
        )
        fill_list(
            self.story_list,
            [
                (
                    f"{s.title} — {format_date(s.on_date)}"
                    + ("" if s.in_report else self.tr(" (niet in verslag)")),
                    s,
                )
                for s in service.list_stories(cb)
            ],
            self.story_id,
        )
        self._update_signal_buttons()
        self.delete_story_button.setEnabled(self.story_id is not None)
        self.save_story_button.setText(
            self.tr("Opslaan") if self.story_id else self.tr("Opslaan als nieuw verhaal")
        )
        self.check_names()

    def show_record(self, kind: str, record_id: str) -> bool:
        self.refresh()
        tab, widget = (0, self.signal_list) if kind == "signal" else (1, self.story_list)
        if kind not in ("signal", "story"):
            return False
        for i in range(widget.count()):
            item = widget.item(i)
            if item.data(RECORD).id == record_id:
                self.tabs.setCurrentIndex(tab)
                widget.setCurrentItem(item)
                return True
        return False


def create(context: ScreenContext, parent: Any = None) -> Screen:
    screen = SignalsScreen(context, parent)
    screen.refresh()  # as every screen's create(): the window refreshes only screens shown again
    return screen
