"""The sociale kaart screen: browse by category or theme, narrow as she types, keep current."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.columns import KAART
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.kaart import Entry, matches_query, themes_of
from dorpsboek.domain.records import Kind
from dorpsboek.domain.textfold import fold
from dorpsboek.errors import NotFound
from dorpsboek.printing.exports import write_kaart
from dorpsboek.services import kaart as service
from dorpsboek.services import kernen
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs, failures
from dorpsboek.ui.daily_common import UndoButton, confirm_delete, session_undo
from dorpsboek.ui.export_action import ExportButton
from dorpsboek.ui.kaart.forms import ContactDialog, EntryDialog
from dorpsboek.ui.kaart.import_dialog import ImportDialog
from dorpsboek.ui.kaart.page import EntryPage
from dorpsboek.ui.screens.base import Screen, ScreenContext
from dorpsboek.ui.window_place import keep_splitter

ALL, STALE = "\x00all", "\x00stale"
ROLE = Qt.ItemDataRole.UserRole


NO_KERN = "\x00zonder-kern"  # the group of entries without a kern (no kern has this name)


def _kern_groups(entries: list[Entry]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.kern] = counts.get(e.kern, 0) + 1
    named = sorted((k, n) for k, n in counts.items() if k)
    return named + ([(NO_KERN, counts[""])] if "" in counts else [])


class KaartScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.entries: list[Entry] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek in de sociale kaart (naam, soort, plaats)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in de sociale kaart"))
        self.search.textChanged.connect(self._fill_entries)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Per categorie"), "category")
        self.mode.addItem(self.tr("Per thema"), "theme")
        self.mode.setAccessibleName(self.tr("Indelen"))
        self.mode.currentIndexChanged.connect(self._fill_groups)
        new = QPushButton(self.tr("Nieuw adres"), self)
        new.clicked.connect(self.new_entry)
        imp = QPushButton(self.tr("Inlezen…"), self)
        imp.setToolTip(
            self.tr("Adressen inlezen uit een CSV-bestand (bijvoorbeeld van de gemeente)")
        )
        imp.clicked.connect(self.import_file)
        self.export_button = ExportButton(
            self,
            self.tr("Sociale kaart opslaan"),
            self._export_job,
            self.tr("De sociale kaart staat nu in {path}."),
            warn=("csv",),  # the CSV holds her own notes; the hand-outs do not
            suggested="sociale-kaart",
        )
        undo = UndoButton(context.casebook, self)
        undo.undo.changed.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for widget in (self.mode, new, imp, self.export_button.bar, self.export_button, undo):
            top.addWidget(widget)
        self.groups = QListWidget(self)
        self.groups.setAccessibleName(self.tr("Categorieën"))
        self.groups.currentItemChanged.connect(lambda *_: self._fill_entries())
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Adressen"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._show_current)
        self.page = EntryPage(self)
        self.page.checked_today.connect(self.checked_today)
        self.page.edit.connect(self.edit_entry)
        self.page.delete.connect(self.delete_entry)
        self.page.add_contact.connect(self.add_contact)
        self.page.edit_contact.connect(self.edit_contact)
        self.page.delete_contact.connect(self.delete_contact)
        split = QSplitter(self)
        for pane, stretch in ((self.groups, 1), (self.list, 2), (self.page, 3)):
            split.addWidget(pane)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setSizes([180, 300, 460])
        keep_splitter(split, self.context.settings, "kaart")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # ----- loading and narrowing ---------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.page.entry.id if self.page.entry else None
        self._offer_kern_mode()
        self.entries = service.list_entries(self.context.casebook, self.context.settings)
        self._fill_groups()
        if keep:
            # The page keeps showing her entry, even when it left the current group.
            try:
                entry = service.get_entry(self.context.casebook, keep, self.context.settings)
            except NotFound:
                self.page.show_entry(None)
            else:
                self.page.show_entry(entry)

    def _group_key(self) -> str:
        item = self.groups.currentItem()
        return str(item.data(ROLE)) if item is not None else ALL

    def _fill_groups(self) -> None:
        chosen = self._group_key()
        self.groups.blockSignals(True)
        self.groups.clear()
        stale = sum(1 for e in self.entries if e.stale)
        self._group_item(self.tr("Alles ({n})").format(n=len(self.entries)), ALL)
        if stale:
            item = self._group_item(self.tr("Controleren ({n})").format(n=stale), STALE)
            item.setForeground(QBrush(QColor("#8a5a00")))
        if self.mode.currentData() == "theme":
            groups = service.themes(self.context.casebook)
        elif self.mode.currentData() == "kern":
            groups = _kern_groups(self.entries)
        else:
            groups = service.categories(self.context.casebook)
        for name, count in groups:
            label = self.tr("zonder kern") if name == NO_KERN else name
            self._group_item(f"{label} ({count})", name)
        self.groups.blockSignals(False)
        found = [i for i in range(self.groups.count()) if self.groups.item(i).data(ROLE) == chosen]
        self.groups.setCurrentRow(found[0] if found else 0)
        self._fill_entries()

    def _group_item(self, text: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.groups)
        item.setData(ROLE, key)
        return item

    def _in_group(self, entry: Entry, key: str) -> bool:
        if key == ALL:
            return True
        if key == STALE:
            return entry.stale
        if self.mode.currentData() == "theme":
            return fold(key) in {fold(t) for t in themes_of(entry.themes)}
        if self.mode.currentData() == "kern":
            return entry.kern == (key if key != NO_KERN else "")
        return fold(entry.category) == fold(key)

    def _kernen(self) -> list[str]:
        return kernen.kernen(self.context.casebook)

    def _offer_kern_mode(self) -> None:
        """'Per kern' among the ways to group, once she has kernen (hidden with one village)."""
        has = self.mode.findData("kern") >= 0
        if self._kernen() and not has:
            self.mode.addItem(self.tr("Per kern"), "kern")
        elif not self._kernen() and has and self.mode.currentData() != "kern":
            self.mode.removeItem(self.mode.findData("kern"))

    def _fill_entries(self) -> None:
        keep = self.page.entry.id if self.page.entry else None
        key, query = self._group_key(), self.search.text()
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            if self._in_group(entry, key) and matches_query(entry, query):
                self._entry_item(entry)
        self.list.blockSignals(False)
        if keep:
            self._select(keep, quiet=True)

    def _entry_item(self, entry: Entry) -> None:
        details = [p for p in (entry.category, entry.city) if p]
        if entry.stale:
            details.append(self.tr("controleren"))
        item = QListWidgetItem(entry.name + ("\n" + " · ".join(details) if details else ""))
        item.setData(ROLE, entry.id)
        if entry.stale:
            item.setForeground(QBrush(QColor("#8a5a00")))
            since = format_date(entry.last_checked_on) or self.tr("nooit")
            item.setToolTip(self.tr("Laatst gecontroleerd: {date}").format(date=since))
        self.list.addItem(item)

    def _select(self, entry_id: str, quiet: bool = False) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE) == entry_id:
                if quiet:
                    self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                return True
        return False

    def _show_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            self.page.show_entry(None)
            return
        entry = service.get_entry(
            self.context.casebook, str(item.data(ROLE)), self.context.settings
        )
        self.page.show_entry(entry)

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "organisation":
            return False
        self.search.clear()
        self.refresh()
        self.groups.setCurrentRow(0)
        return self._select(record_id)

    # ----- actions -----------------------------------------------------------------------------

    def _try(self, action: str, fn: Callable[[], object]) -> bool:
        """Run a service call; an expected failure becomes one sentence in a warning."""
        try:
            fn()
        except Exception as exc:
            dialogs.warning(self, failures.sentence(exc), action)
            return False
        return True

    def checked_today(self) -> None:
        entry = self.page.entry
        if entry and self._try("", lambda: service.mark_checked(self.context.casebook, entry.id)):
            self.refresh()

    def new_entry(self) -> None:
        dialog = EntryDialog(
            self, [c for c, _ in service.categories(self.context.casebook)], kernen=self._kernen()
        )
        if dialog.exec():
            values = dialog.values()
            new_id: list[str] = []
            if self._try(
                "", lambda: new_id.append(service.save_entry(self.context.casebook, values))
            ):
                self.search.clear()
                self.refresh()
                self.groups.setCurrentRow(0)
                self._select(new_id[0])

    def edit_entry(self) -> None:
        entry = self.page.entry
        if entry is None:
            return
        dialog = EntryDialog(
            self,
            [c for c, _ in service.categories(self.context.casebook)],
            entry,
            kernen=self._kernen(),
        )
        if dialog.exec():
            values = dialog.values()
            if self._try("", lambda: service.save_entry(self.context.casebook, values, entry.id)):
                self.refresh()

    def delete_entry(self) -> None:
        entry = self.page.entry
        if entry and confirm_delete(self, self.tr("dit adres")):
            undo = session_undo(self.context.casebook)
            self._try("", lambda: undo.delete(Kind.ORGANISATION, entry.id, entry.name))
            self.page.show_entry(None)
            self.refresh()

    def add_contact(self) -> None:
        entry = self.page.entry
        dialog = ContactDialog(self)
        if entry and dialog.exec():
            values = dialog.values()
            self._try("", lambda: service.add_contact(self.context.casebook, entry.id, *values))
            self.refresh()

    def edit_contact(self, contact_id: str) -> None:
        entry = self.page.entry
        found = [c for c in entry.contacts if c.id == contact_id] if entry else []
        if not found:
            return
        dialog = ContactDialog(self, found[0])
        if dialog.exec():
            values = dialog.values()
            self._try(
                "", lambda: service.update_contact(self.context.casebook, contact_id, *values)
            )
            self.refresh()

    def delete_contact(self, contact_id: str) -> None:
        if confirm_delete(self, self.tr("deze contactpersoon")):
            undo = session_undo(self.context.casebook)
            self._try("", lambda: undo.delete(Kind.CONTACT_PERSON, contact_id, ""))
            self.refresh()

    def import_file(self) -> None:
        ImportDialog(self.context, KAART, self).exec()
        self.refresh()

    def _export_job(self) -> Callable[[Path, str], None]:
        casebook, language = self.context.casebook, str(self.context.settings.get("language"))
        return lambda target, fmt: write_export(casebook, target, fmt, language)

    def export(self, fmt: str) -> None:
        """Ask for a file and write the whole kaart to it in the worker (busy bar meanwhile)."""
        self.export_button.export(fmt)


def write_export(casebook: Casebook, target: Path, fmt: str, language: str) -> None:
    """The whole kaart (not only what is filtered) to CSV, HTML or PDF; runs in the worker."""
    write_kaart(service.list_entries(casebook), target, fmt, language)


def create(context: ScreenContext, parent: QWidget | None = None) -> Screen:
    screen = KaartScreen(context, parent)
    screen.refresh()
    return screen
