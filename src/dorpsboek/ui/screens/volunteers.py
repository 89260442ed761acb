"""The volunteers screen: who can do what and when, how busy each is, their limits up front."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.columns import VOLUNTEERS
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import Kind
from dorpsboek.domain.volunteers import Volunteer, parse_availability
from dorpsboek.printing.exports import write_volunteers
from dorpsboek.services import volunteers as service
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.ui import dialogs, failures
from dorpsboek.ui.daily_common import UndoButton, confirm_delete, session_undo
from dorpsboek.ui.export_action import ExportButton
from dorpsboek.ui.kaart.import_dialog import ImportDialog
from dorpsboek.ui.screens.base import Screen, ScreenContext
from dorpsboek.ui.volunteers.availability_grid import AvailabilityGrid
from dorpsboek.ui.volunteers.form import VolunteerDialog
from dorpsboek.ui.window_place import keep_splitter

ROLE = Qt.ItemDataRole.UserRole
LIMITS_STYLE = (
    "background: #fde7e9; border: 1px solid #c50f1f; padding: 8px; color: #3b0509; font-size: 11pt"
)


def limits_text(limits: str) -> str:
    """The limits as rich text for the coloured box (shown before any linking)."""
    shown = limits.strip() or QCoreApplication.translate("Kaart", "Geen grenzen genoteerd.")
    label = QCoreApplication.translate("Kaart", "Grenzen:")
    return "<b>" + html.escape(label) + "</b> " + html.escape(shown).replace("\n", "<br>")


class VolunteerPage(QWidget):
    """One volunteer in full; the limits stand at the top in a coloured box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.volunteer: Volunteer | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
        self.limits = QLabel(self)
        self.limits.setWordWrap(True)
        self.limits.setStyleSheet(LIMITS_STYLE)
        self.limits.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grid = AvailabilityGrid(self, editable=False)
        self.edit_button = QPushButton(self.tr("Bewerken"), self)
        self.pause_button = QPushButton(self.tr("Pauzeren"), self)
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.pause_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.limits)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        self.grid_heading = QLabel(
            "<b>" + html.escape(self.tr("Wanneer beschikbaar")) + "</b>", self
        )
        layout.addWidget(self.grid_heading)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        self.show_volunteer(None)

    def show_volunteer(self, v: Volunteer | None) -> None:
        self.volunteer = v
        for widget in (
            self.limits,
            self.grid_heading,
            self.grid,
            self.edit_button,
            self.pause_button,
        ):
            widget.setVisible(v is not None)
        self.delete_button.setVisible(v is not None)
        if v is None:
            self.title.setText("")
            self.details.setText(html.escape(self.tr("Kies links een vrijwilliger.")))
            return
        self.title.setText(
            v.name if v.active else self.tr("{name} (gepauzeerd)").format(name=v.name)
        )
        self.limits.setText(limits_text(v.limits))
        self.pause_button.setText(self.tr("Pauzeren") if v.active else self.tr("Weer actief"))
        self.grid.set_slots(parse_availability(v.availability))
        self.details.setText(self._details(v))

    def _details(self, v: Volunteer) -> str:
        rows = [
            (self.tr("Kan en wil"), v.skills),
            (self.tr("Telefoon"), v.phone),
            (self.tr("E-mail"), v.email),
            (self.tr("Adres"), v.address),
            (self.tr("Lopende hulpvragen"), str(v.load)),
            (self.tr("VOG"), self._vog(v)),
            (self.tr("Notities"), v.remarks),
        ]
        return "".join(
            f"<p><b>{html.escape(label)}:</b> {html.escape(value).replace(chr(10), '<br>')}</p>"
            for label, value in rows
            if value
        )

    def _vog(self, v: Volunteer) -> str:
        if not v.vog_on:
            return self.tr("geen")
        date = format_date(v.vog_on)
        return (
            self.tr("{date} — ouder dan toegestaan, vraag een nieuwe aan").format(date=date)
            if v.vog_old
            else date
        )


class VolunteersScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.volunteers: list[Volunteer] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek op naam, wat ze doen of grenzen"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken bij vrijwilligers"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("Op naam"), "name")
        self.sort.addItem(self.tr("Minst druk eerst"), "load")
        self.sort.setAccessibleName(self.tr("Volgorde"))
        self.sort.currentIndexChanged.connect(lambda _i: self.refresh())
        new = QPushButton(self.tr("Nieuwe vrijwilliger"), self)
        new.clicked.connect(self.new_volunteer)
        imp = QPushButton(self.tr("Inlezen…"), self)
        imp.clicked.connect(self.import_file)
        self.export_button = ExportButton(
            self,
            self.tr("Vrijwilligers opslaan"),
            self._export_job,
            self.tr("De lijst met vrijwilligers staat nu in {path}."),
            warn=("pdf", "html", "csv"),  # phone numbers, limits, VOG dates: all personal
            suggested="vrijwilligers",
        )
        undo = UndoButton(context.casebook, self)
        undo.undo.changed.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for widget in (self.sort, new, imp, self.export_button.bar, self.export_button, undo):
            top.addWidget(widget)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Kan en wil"),
                self.tr("Lopend"),
                self.tr("VOG"),
                self.tr("Status"),
            ]
        )
        vog_header = self.table.horizontalHeaderItem(3)
        if vog_header is not None:
            vog_header.setToolTip(
                self.tr(
                    "Verklaring Omtrent het Gedrag: bewijst dat iemand met kwetsbare mensen "
                    "mag werken. Na een paar jaar vraagt u een nieuwe aan."
                )
            )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # What they do takes the room that is left; the short columns fit their contents.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.page = VolunteerPage(self)
        self.page.edit_button.clicked.connect(self.edit_volunteer)
        self.page.pause_button.clicked.connect(self.toggle_active)
        self.page.delete_button.clicked.connect(self.delete_volunteer)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.page)
        split.setSizes([560, 440])
        keep_splitter(split, self.context.settings, "volunteers")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        keep = self.page.volunteer.id if self.page.volunteer else None
        self.volunteers = service.list_volunteers(
            self.context.casebook,
            self.context.settings,
            sort=str(self.sort.currentData()),
            query=self.search.text(),
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.volunteers))
        for row, v in enumerate(self.volunteers):
            self._fill_row(row, v)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        if not (keep and self._select(keep)):
            self.page.show_volunteer(None)

    def _fill_row(self, row: int, v: Volunteer) -> None:
        status = self.tr("actief") if v.active else self.tr("gepauzeerd")
        vog = self.tr("te oud") if v.vog_old else format_date(v.vog_on) or self.tr("geen")
        cells = (v.name, v.skills, str(v.load), vog, status)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ROLE, v.id)
            if not v.active:
                item.setForeground(QBrush(QColor("#777777")))
            if col == 3 and v.vog_old:
                item.setForeground(QBrush(QColor("#a40000")))
                item.setToolTip(self.tr("De VOG is ouder dan toegestaan"))
            if col == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, col, item)

    def _select(self, volunteer_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ROLE) == volunteer_id:
                self.table.selectRow(row)
                self._show_current()
                return True
        return False

    def _show_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.page.show_volunteer(None)
            return
        item = self.table.item(rows[0].row(), 0)
        vid = str(item.data(ROLE)) if item is not None else ""
        self.page.show_volunteer(next((v for v in self.volunteers if v.id == vid), None))

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "volunteer":
            return False
        self.search.clear()
        self.refresh()
        return self._select(record_id)

    def _try(self, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except Exception as exc:
            dialogs.warning(self, failures.sentence(exc))
            return False
        return True

    def new_volunteer(self) -> None:
        dialog = VolunteerDialog(self)
        if dialog.exec():
            made: list[str] = []
            if self._try(
                lambda: made.append(service.save_volunteer(self.context.casebook, dialog.values()))
            ):
                self.search.clear()
                self.refresh()
                self._select(made[0])

    def edit_volunteer(self) -> None:
        v = self.page.volunteer
        dialog = VolunteerDialog(self, v)
        if (
            v
            and dialog.exec()
            and self._try(
                lambda: service.save_volunteer(self.context.casebook, dialog.values(), v.id)
            )
        ):
            self.refresh()

    def toggle_active(self) -> None:
        v = self.page.volunteer
        if v and self._try(lambda: service.set_active(self.context.casebook, v.id, not v.active)):
            self.refresh()

    def delete_volunteer(self) -> None:
        v = self.page.volunteer
        if v and confirm_delete(self, self.tr("deze vrijwilliger")):
            undo = session_undo(self.context.casebook)
            self._try(lambda: undo.delete(Kind.VOLUNTEER, v.id, v.name))
            self.refresh()

    def import_file(self) -> None:
        ImportDialog(self.context, VOLUNTEERS, self).exec()
        self.refresh()

    def _export_job(self) -> Callable[[Path, str], None]:
        casebook, settings = self.context.casebook, self.context.settings
        language = str(settings.get("language"))
        return lambda target, fmt: write_export(casebook, settings, target, fmt, language)

    def export(self, fmt: str) -> None:
        """Ask for a file and write every volunteer to it in the worker (busy bar meanwhile)."""
        self.export_button.export(fmt)


def write_export(
    casebook: Casebook, settings: Settings, target: Path, fmt: str, language: str
) -> None:
    """All volunteers (not only what the search shows), by name; runs in the worker."""
    write_volunteers(service.list_volunteers(casebook, settings), target, fmt, language)


def create(context: ScreenContext, parent: QWidget | None = None) -> Screen:
    screen = VolunteersScreen(context, parent)
    screen.refresh()
    return screen
