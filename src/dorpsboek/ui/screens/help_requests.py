"""Hulpvragen: the list by status, and one help request with its volunteers and referrals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.daily import HelpRequestView
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import Kind
from dorpsboek.errors import NotFound
from dorpsboek.services import consent, people
from dorpsboek.services import help as help_service
from dorpsboek.ui import failures
from dorpsboek.ui.daily_common import (
    FetchTableModel,
    UndoButton,
    confirm_delete,
    help_status_labels,
    link_role_labels,
    mentionable_choices,
    resident_choices,
    session_undo,
    target_kind_labels,
)
from dorpsboek.ui.daily_dialogs import HelpRequestDialog, PickDialog
from dorpsboek.ui.help_outcomes import outcome_combo
from dorpsboek.ui.screens.base import Screen, ScreenContext
from dorpsboek.ui.window_place import keep_splitter

ID = Qt.ItemDataRole.UserRole
TARGET = Qt.ItemDataRole.UserRole + 1
OPEN_KIND = {"volunteers": "volunteer", "organisations": "organisation"}


def match_dialog_class() -> Any:
    """The matching dialog, imported when first asked for (it is not needed to paint)."""
    from dorpsboek.ui.volunteers.matching_dialog import MatchDialog

    return MatchDialog


class HelpModel(FetchTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        labels = help_status_labels()

        def cells(h: HelpRequestView) -> tuple[str, str, str, str, str]:
            last = format_date(h.last_contact) if h.last_contact else "—"
            status = labels.get(h.status, h.status)
            return (h.person_name, h.question, status, format_date(h.opened_on), last)

        headers = (
            self.tr("Inwoner"),
            self.tr("Vraag"),
            self.tr("Status"),
            self.tr("Sinds"),
            self.tr("Laatste contact"),
        )
        super().__init__(headers, cells, parent)


class HelpRequestsScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: HelpRequestView | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._table(split))
        split.addWidget(self._detail(split))
        # The list gets two thirds: with half, every question was cut after two words.
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 380])
        keep_splitter(split, self.context.settings, "help_requests")
        layout.addWidget(split, 1)
        session_undo(context.casebook).changed.connect(self.refresh)

    @property
    def cb(self) -> Any:
        return self.context.casebook

    # ----- building ---------------------------------------------------------------------------

    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Welke hulpvragen"))
        self.status_filter.addItem(self.tr("Alle hulpvragen"), None)
        for value, label in help_status_labels().items():
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.status_filter)
        self.count = QLabel(self)
        bar.addWidget(self.count, 1)
        new = QPushButton(self.tr("Nieuwe hulpvraag…"), self)
        new.clicked.connect(lambda: self.new_help_request())
        bar.addWidget(new)
        bar.addWidget(UndoButton(self.cb, self))
        return bar

    def _table(self, parent: QWidget) -> QTableView:
        self.model = HelpModel(self)
        self.table = QTableView(parent)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Hulpvragen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # The question takes the room that is left, so every column stays in view (no sideways
        # scrolling when the detail pane is wide).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Room for the question next to name, status and dates (font-relative, not pixels).
        self.table.setMinimumWidth(self.table.fontMetrics().averageCharWidth() * 85)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        return self.table

    def _detail(self, parent: QWidget) -> QStackedWidget:
        self.detail = QStackedWidget(parent)
        empty = QLabel(self.tr("Kies een hulpvraag in de lijst."), self.detail)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.empty_label = empty
        self.detail.addWidget(empty)
        page = QWidget(self.detail)
        box = QVBoxLayout(page)
        self.person_button = QPushButton(page)
        self.person_button.clicked.connect(self._open_person)
        top = QHBoxLayout()
        top.addWidget(self.person_button)
        top.addStretch(1)
        box.addLayout(top)
        box.addLayout(self._form(page))
        box.addWidget(self._links_box(page), 1)
        delete = QPushButton(self.tr("Hulpvraag verwijderen"), page)
        delete.clicked.connect(self.delete_current)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(delete)
        box.addLayout(row)
        self.detail.addWidget(page)
        return self.detail

    def _form(self, page: QWidget) -> QFormLayout:
        form = QFormLayout()
        self.question = QLineEdit(page)
        self.themes = QLineEdit(page)
        self.themes.setPlaceholderText(self.tr("bijvoorbeeld: vervoer, eenzaamheid"))
        self.status = QComboBox(page)
        for value, label in help_status_labels().items():
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.outcome = outcome_combo(page)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.dates = QLabel(page)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Opslaan"), page)
        save.clicked.connect(self.save_current)
        for label, widget in (
            (self.tr("&Vraag"), self.question),
            (self.tr("&Thema's"), self.themes),
            (self.tr("&Status"), self.status),
            (self.tr("&Uitkomst"), self.outcome),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        form.addRow(self.tr("Datums"), self.dates)
        form.addRow(self.message, save)
        return form

    def _links_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Vrijwilligers en organisaties"), page)
        layout = QVBoxLayout(box)
        self.links = QListWidget(box)
        self.links.setAccessibleName(self.tr("Vrijwilligers en organisaties"))
        self.links.itemActivated.connect(self._open_link)
        layout.addWidget(self.links, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Vrijwilliger koppelen…"), self.link_volunteer),
            (self.tr("Doorverwijzen…"), self.refer),
            (self.tr("Loskoppelen"), self.unlink),
        ):
            button = QPushButton(text, box)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.match_button = QPushButton(self.tr("Zoek vrijwilliger"), box)
        self.match_button.clicked.connect(self.find_volunteer)
        row.addWidget(self.match_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # ----- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        rows = help_service.help_requests(self.cb, self.status_filter.currentData())
        self.model.set_rows(rows)
        self._set_count(len(rows))
        if keep and not self._select(keep):
            self._show(None)
        elif keep:
            self._show(keep)

    def _set_count(self, n: int) -> None:
        if n:
            self.count.setText(self.tr("{n} hulpvragen").format(n=n))
        elif self.status_filter.currentData() is None:
            self.count.setText(self.tr("Nog geen hulpvragen. Maak er een bij een inwoner."))
        else:
            self.count.setText(self.tr("Geen hulpvragen met deze status."))

    def _select(self, help_id: str) -> bool:
        for row in range(self.model.total()):
            if self.model.row_at(row).id == help_id:
                while row >= self.model.rowCount():
                    self.model.fetchMore(self.table.rootIndex())
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if rows:
            self._show(self.model.row_at(min(rows)).id)

    def _show(self, help_id: str | None) -> None:
        try:
            self.current = help_service.help_request(self.cb, help_id) if help_id else None
        except NotFound:
            self.current = None
        if self.current is None:
            self.detail.setCurrentIndex(0)
            return
        h = self.current
        self._loading = True
        try:
            self.person_button.setText(self.tr("Naar {name}").format(name=h.person_name))
            self.question.setText(h.question)
            self.question.setCursorPosition(0)
            self.themes.setText(h.themes)
            self.status.setCurrentIndex(max(0, self.status.findData(h.status)))
            self._show_outcome(h.id, h.status)
            self.dates.setText(self._dates_text(h))
            self.message.setText("")
            self._load_links(h.id)
        finally:
            self._loading = False
        self.detail.setCurrentIndex(1)

    def _dates_text(self, h: HelpRequestView) -> str:
        text = self.tr("geopend {date}").format(date=format_date(h.opened_on))
        if h.closed_on:
            text += " · " + self.tr("klaar op {date}").format(date=format_date(h.closed_on))
        return text

    def _load_links(self, help_id: str) -> None:
        self.links.clear()
        roles, kinds = link_role_labels(), target_kind_labels()
        for link in help_service.links(self.cb, help_id):
            text = f"{link.to_name} ({kinds.get(link.to_kind, '')}, {roles.get(link.role, '')})"
            item = QListWidgetItem(text, self.links)
            item.setData(ID, link.id)
            item.setData(TARGET, f"{link.to_kind}:{link.to_id}")
        if not self.links.count():
            empty = QListWidgetItem(self.tr("Nog niemand gekoppeld."), self.links)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    # ----- actions ----------------------------------------------------------------------------

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "help_request":
            return False
        if not self._select(record_id):
            self.status_filter.setCurrentIndex(0)  # "all": it may be filtered out
            if not self._select(record_id):
                return False
        self._show(record_id)
        return True

    def new_help_request(self, person_id: str | None = None) -> None:
        choices = resident_choices(people.resident_names(self.cb))
        dialog = HelpRequestDialog(self, choices=choices)
        dialog.keep_drafts(self.cb, ("help_request", "new"))
        if person_id and dialog.person is not None:
            dialog.person.select_id(person_id)
        if dialog.exec() and dialog.person_id():
            help_id = help_service.create_help_request(
                self.cb, str(dialog.person_id()), dialog.question.text(), dialog.themes.text()
            )
            self.refresh()
            self.show_record("help_request", help_id)

    def _status_changed(self) -> None:
        if self._loading or self.current is None:
            return
        help_service.set_status(self.cb, self.current.id, str(self.status.currentData()))
        self.refresh()

    def _show_outcome(self, help_id: str, status: str) -> None:
        """Only a closed request has an outcome; picking one is never required."""
        current = help_service.outcome(self.cb, help_id) if status == "done" else ""
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self.outcome.setEnabled(status == "done")

    def _outcome_changed(self) -> None:
        if self._loading or self.current is None:
            return
        help_service.set_outcome(self.cb, self.current.id, str(self.outcome.currentData() or ""))

    def save_current(self) -> None:
        if self.current is None:
            return
        try:
            help_service.update_help_request(
                self.cb, self.current.id, self.question.text(), self.themes.text()
            )
        except Exception as exc:
            self.message.setText(failures.sentence(exc))
            return
        self.refresh()
        self.message.setText(self.tr("Opgeslagen."))

    def delete_current(self) -> None:
        h = self.current
        if h is not None and confirm_delete(self, self.tr("deze hulpvraag")):
            session_undo(self.cb).delete(Kind.HELP_REQUEST, h.id, h.question)

    def _pick_target(self, kind: str, title: str, role: str, hint: str = "") -> None:
        if self.current is None:
            return
        items = [m for m in help_service.mentionables(self.cb) if m.kind == kind]
        dialog = PickDialog(self, title, self.tr("Naam"), mentionable_choices(items), hint=hint)
        if dialog.exec() and dialog.chosen():
            to_kind, to_id = str(dialog.chosen()).split(":", 1)
            help_service.add_link(self.cb, "help_requests", self.current.id, to_kind, to_id, role)
            self._load_links(self.current.id)

    def link_volunteer(self) -> None:
        self._pick_target("volunteers", self.tr("Vrijwilliger koppelen"), "match")

    def refer(self) -> None:
        self._pick_target(
            "organisations", self.tr("Doorverwijzen naar"), "referral", self._consent_hint()
        )

    def _consent_hint(self) -> str:
        """What she noted about consent for this resident, so she refers within it."""
        if self.current is None:
            return ""
        allowed = consent.allowed(self.cb, self.current.person_id)
        if not allowed:
            return self.tr("Voor deze inwoner is geen toestemming per organisatie vastgelegd.")
        return self.tr("Toestemming om over {name} te praten met: {names}.").format(
            name=self.current.person_name, names=", ".join(c.organisation for c in allowed)
        )

    def unlink(self) -> None:
        item = self.links.currentItem()
        if item is None or not item.data(ID) or self.current is None:
            return
        if confirm_delete(self, self.tr("deze koppeling")):
            session_undo(self.cb).delete(Kind.LINK, str(item.data(ID)), item.text())

    def find_volunteer(self) -> None:
        if self.current is not None:
            dialog = match_dialog_class()(self.context, self.current.id, self)
            dialog.exec()
            self._load_links(self.current.id)

    def _open_person(self) -> None:
        if self.current is not None:
            self.open_record.emit("person", self.current.person_id)

    def _open_link(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET)
        if target:
            kind, record_id = str(target).split(":", 1)
            self.open_record.emit(OPEN_KIND[kind], record_id)


def create(context: ScreenContext, parent: QWidget | None = None) -> Screen:
    screen = HelpRequestsScreen(context, parent)
    screen.refresh()
    return screen
