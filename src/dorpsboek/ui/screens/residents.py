"""Inwoners: the residents list (fast at village scale) and each resident's page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.daily import ResidentRow
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import Kind
from dorpsboek.domain.textfold import fold
from dorpsboek.errors import NotFound
from dorpsboek.services import help as help_service
from dorpsboek.services import kernen, people
from dorpsboek.services import quick_note as note_service
from dorpsboek.ui import dialogs
from dorpsboek.ui.daily_common import (
    PagedTableModel,
    UndoButton,
    person_status_labels,
    session_undo,
)
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.residents.page import ResidentPage
from dorpsboek.ui.screens.base import Screen, ScreenContext


class ResidentsModel(PagedTableModel):
    """Residents as plain rows, asked of the book a page at a time as the view scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        statuses = person_status_labels()
        never = self.tr("nog geen")

        def cells(r: ResidentRow) -> tuple[str, str, str, str, str]:
            last = format_date(r.last_contact) if r.last_contact else never
            return (r.name, statuses.get(r.status, r.status), r.phone, r.address, last)

        headers = (
            self.tr("Naam"),
            self.tr("Status"),
            self.tr("Telefoon"),
            self.tr("Adres"),
            self.tr("Laatste contact"),
        )
        super().__init__(headers, cells, parent)


class ResidentsScreen(Screen):
    """List page and resident page in one stack; `show_record` opens a resident's page."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._list_page())
        self.page = ResidentPage(context, self.stack)
        self.page.back.connect(self.show_list)
        self.page.open_record.connect(self._open_from_page)
        self.page.changed.connect(self._reload_rows)
        self.stack.addWidget(self.page)
        layout.addWidget(self.stack)
        session_undo(context.casebook).changed.connect(self._after_undo_change)

    # ----- list page --------------------------------------------------------------------------

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.filter_text = QLineEdit(page)
        self.filter_text.setPlaceholderText(self.tr("Zoek in de lijst op naam, adres of telefoon"))
        self.filter_text.setAccessibleName(self.tr("Zoek in de lijst"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(self._apply_filter)
        self.filter_text.returnPressed.connect(self._open_first)
        self.status = QComboBox(page)
        self.status.setAccessibleName(self.tr("Welke inwoners"))
        self.status.addItem(self.tr("Alle inwoners"), None)
        for value, label in person_status_labels().items():
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(self._reload_rows)
        self.order = QComboBox(page)
        self.order.setAccessibleName(self.tr("Sorteren"))
        self.order.addItem(self.tr("Op naam"), "name")
        self.order.addItem(self.tr("Langst geen contact eerst"), "last_contact")
        self.order.addItem(self.tr("Laatste contact eerst"), "last_contact_desc")
        self.order.currentIndexChanged.connect(self._reload_rows)
        self.kern = QComboBox(page)
        self.kern.setAccessibleName(self.tr("Welke kern"))
        self.kern.currentIndexChanged.connect(self._reload_rows)
        bar.addWidget(self.filter_text, 2)
        bar.addWidget(self.status)
        bar.addWidget(self.kern)
        bar.addWidget(self.order)
        new = QPushButton(self.tr("Nieuwe inwoner…"), page)
        new.clicked.connect(self.new_resident)
        note = QPushButton(self.tr("Snel noteren"), page)
        note.clicked.connect(self._quick_note)
        bar.addWidget(new)
        bar.addWidget(note)
        bar.addWidget(UndoButton(self.context.casebook, page))
        layout.addLayout(bar)
        self.model = ResidentsModel(page)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Inwoners"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 90, 120, 260)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open_row)
        layout.addWidget(self.table, 1)
        self.count = QLabel(page)
        layout.addWidget(self.count)
        return page

    def refresh(self) -> None:
        self._fill_kernen()
        self._reload_rows()
        if self.stack.currentWidget() is self.page:
            self._reload_page()

    def _fill_kernen(self) -> None:
        """Her kernen as a filter; hidden while she works for one village (none defined)."""
        chosen = self.kern.currentData()
        names = kernen.kernen(self.context.casebook)
        self.kern.blockSignals(True)
        self.kern.clear()
        self.kern.addItem(self.tr("Alle kernen"), None)
        for name in names:
            self.kern.addItem(name, name)
        self.kern.addItem(self.tr("Zonder kern"), "")
        self.kern.setCurrentIndex(max(0, self.kern.findData(chosen)) if chosen is not None else 0)
        self.kern.blockSignals(False)
        self.kern.setVisible(bool(names))

    def _reload_rows(self) -> None:
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Status, kern, order and the typed words all go to SQL: one page and a count."""
        cb, status = self.context.casebook, self.status.currentData()
        order = str(self.order.currentData())
        kern = self.kern.currentData() if self.kern.isVisibleTo(self) else None
        words = fold(self.filter_text.text()).split()
        total = people.resident_count(cb, status, kern, words)

        def page(offset: int, limit: int) -> list[ResidentRow]:
            return people.residents(
                cb, status, order, kern, words=words, offset=offset, limit=limit
            )

        self.model.set_source(page, total)
        self._say_count(self.model.total(), bool(words), status, kern)

    def _say_count(self, shown: int, filtered: bool, status: str | None, kern: str | None) -> None:
        if shown == 1:
            self.count.setText(self.tr("1 inwoner"))
        elif shown:
            self.count.setText(self.tr("{n} inwoners").format(n=shown))
        elif filtered and people.resident_count(self.context.casebook, status, kern):
            self.count.setText(self.tr("Niemand gevonden die hierbij past."))
        else:
            self.count.setText(
                self.tr("Nog geen inwoners. Kies Nieuwe inwoner of Snel noteren om te beginnen.")
            )

    def _open_first(self) -> None:
        """Enter in the filter field: the only (or first) resident left in the list."""
        if self.model.total():
            self.show_person(self.model.row_at(0).id)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_person(self.model.row_at(index.row()).id)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def show_person(self, person_id: str) -> None:
        self.page.show_person(person_id)
        self.stack.setCurrentWidget(self.page)

    def _reload_page(self) -> None:
        try:
            self.page.reload()
        except NotFound:  # deleted meanwhile
            self.show_list()

    def _after_undo_change(self) -> None:
        self.refresh()

    def _open_from_page(self, kind: str, record_id: str) -> None:
        if kind == "person":
            self.show_person(record_id)
        else:
            self.open_record.emit(kind, record_id)

    def new_resident(self) -> None:
        name = dialogs.ask_text(
            self, self.tr("Naam van de nieuwe inwoner:"), self.tr("Nieuwe inwoner")
        )
        if name and name.strip():
            person_id = people.add_person(self.context.casebook, name)
            self._reload_rows()
            self.show_person(person_id)

    def _quick_note(self) -> None:
        dialog = QuickNoteDialog(self.context, self)
        dialog.saved.connect(lambda _p, _n: self.refresh())
        dialog.open()

    # ----- opening records from elsewhere -----------------------------------------------------

    def show_record(self, kind: str, record_id: str) -> bool:
        cb = self.context.casebook
        try:
            if kind == "person":
                self.show_person(record_id)
            elif kind == "note":
                self.show_person(note_service.note(cb, record_id).person_id)
                self.page.select_note(record_id)
            elif kind == "reminder":
                person_id = _reminder_person(cb, record_id)
                if person_id is None:
                    return False
                self.show_person(person_id)
                self.page.select_reminder(record_id)
            else:
                return False
        except NotFound:
            return False
        return True


def _reminder_person(cb: Any, reminder_id: str) -> str | None:
    row = cb.get(Kind.REMINDER, reminder_id)
    if row["person_id"]:
        return str(row["person_id"])
    if row["help_request_id"]:
        return help_service.help_request(cb, row["help_request_id"]).person_id
    return None


def create(context: ScreenContext, parent: QWidget | None = None) -> Screen:
    screen = ResidentsScreen(context, parent)
    screen.refresh()
    return screen
