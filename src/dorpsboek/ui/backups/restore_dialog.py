"""Boek > Reservekopie terugzetten: the backups of the open book, restored as a NEW book.

The list (date, kind) needs no passphrase. With the passphrase typed once, each backup is
opened (in the worker) to show what it holds; the chosen one is checked and put in a new file
she picks. The open book is never touched.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek import errors
from dorpsboek.services import backups
from dorpsboek.settings import Settings
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.backups.labels import counts_text, kind_label, when
from dorpsboek.ui.widgets import alert, busy_bar, heading, note, passphrase_field

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole
OK_ROLE = Qt.ItemDataRole.UserRole + 1
_QUICK = "check" in inspect.signature(backups.inspect_backup).parameters


WRONG, DAMAGED, UNREADABLE = "wrong", "damaged", "unreadable"
Look = backups.BackupContents | str


def _look(path: Path, passphrase: str) -> Look:
    """One backup's contents, or why not (runs on the worker: no widget is touched here)."""
    try:
        return _inspect(path, passphrase)
    except errors.WrongPassphrase:
        return WRONG
    except errors.DamagedFile:
        return DAMAGED
    except OSError as exc:  # gone, unreadable, a stick pulled out
        log.info("backup %s could not be read: %s", path.name, type(exc).__name__)
        return UNREADABLE


def _inspect(path: Path, passphrase: str) -> backups.BackupContents:
    """Open and count (a quick look for the list; restoring checks every page anyway)."""
    if _QUICK:
        return backups.inspect_backup(path, passphrase, check=False)
    return backups.inspect_backup(path, passphrase)


class RestoreDialog(QDialog):
    """A list of backups with their contents; 'Terugzetten als nieuw boek…' for the chosen one."""

    def __init__(self, casebook: Any, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.book_path = Path(casebook.book.path)
        self.settings = settings
        self.folder = backups.backup_folder(self.book_path, settings)
        self.found: list[backups.BackupInfo] = []
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reservekopie terugzetten")))
        layout.addWidget(
            note(
                self.tr(
                    "Dorpsboek maakt elke dag een reservekopie van uw boek, en een bij het "
                    "afsluiten. U kunt een reservekopie terugzetten als een nieuw boek. Het boek "
                    "dat nu open is, blijft zoals het is."
                )
            )
        )
        layout.addWidget(
            note(self.tr("De reservekopieën staan in: %1").replace("%1", str(self.folder)))
        )
        self.elsewhere = note()
        layout.addWidget(self.elsewhere)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Reservekopieën"))
        self.table.setHeaderLabels([self.tr("Gemaakt op"), self.tr("Soort"), self.tr("Inhoud")])
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = note(
            self.tr(
                "Er zijn nog geen reservekopieën van dit boek. Dorpsboek maakt er vanzelf een, "
                "elke dag en bij het afsluiten."
            )
        )
        layout.addWidget(self.empty)
        self.hint = note(self.tr("Typ uw wachtwoord om te zien wat er in elke reservekopie staat."))
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        label = QLabel(self.tr("Wachtwoord van het boek:"))
        self.passphrase = passphrase_field(self.tr("Wachtwoord"))
        label.setBuddy(self.passphrase)
        self.show_button = QPushButton(self.tr("Inhoud tonen"))
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self.message = alert()
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        self.busy = busy_bar(self.tr("Bezig met de reservekopieën"))
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.restore_button = QPushButton(self.tr("Terugzetten als nieuw boek…"))
        self.restore_button.setDefault(True)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)
        self.show_button.clicked.connect(self.show_contents)
        self.passphrase.returnPressed.connect(self.show_contents)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.restored: Path | None = None
        self.fill()
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 100, em * 60)

    # ----- list ---------------------------------------------------------------------------------

    def fill(self) -> None:
        self.table.clear()
        self.found = found = backups.list_book_backups(self.book_path, self.settings)
        self._show_elsewhere(found)
        for info in found:
            item = QTreeWidgetItem([when(info.made_at), kind_label(info.kind), ""])
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setData(0, OK_ROLE, None)
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)
        for widget in (self.passphrase, self.show_button):
            widget.setEnabled(bool(found))
        self.hint.setVisible(bool(found))
        if found:
            self.table.setCurrentItem(self.items()[0])
            self.passphrase.setFocus()
        self._update_buttons()

    def _show_elsewhere(self, found: list[backups.BackupInfo]) -> None:
        """Copies from a folder used before are listed too; say where they are."""
        here = self.folder.resolve()
        other = sorted({str(i.path.parent) for i in found if i.path.parent.resolve() != here})
        self.elsewhere.setText(
            self.tr("Oudere reservekopieën uit een eerdere map staan ook in de lijst: %1").replace(
                "%1", "; ".join(other)
            )
        )
        self.elsewhere.setVisible(bool(other))

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _update_buttons(self) -> None:
        item = self.table.currentItem()
        self.restore_button.setEnabled(item is not None and self.passphrase.isEnabled())

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.show_button, self.restore_button, self.table):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _need_passphrase(self) -> str | None:
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Vul eerst het wachtwoord van het boek in."))
            self.passphrase.setFocus()
            return None
        return text

    # ----- contents -----------------------------------------------------------------------------

    def show_contents(self) -> None:
        """Open each backup with the passphrase (in the worker) and show what it holds."""
        passphrase = self._need_passphrase()
        if passphrase is None:
            return
        paths = [Path(item.data(0, PATH_ROLE)) for item in self.items()]
        self.message.setText("")
        self._set_busy(True)
        worker.run(
            lambda: [_look(p, passphrase) for p in paths], self._contents_shown, self._look_failed
        )

    def _look_failed(self, sentence: str, _exc: BaseException) -> None:
        """An error we did not foresee: said in one sentence (and logged), never swallowed."""
        self._set_busy(False)
        self.message.setText(sentence)

    def _contents_shown(self, looks: list[Look]) -> None:
        self._set_busy(False)
        for item, look in zip(self.items(), looks, strict=False):
            if isinstance(look, backups.BackupContents):
                item.setText(2, counts_text(look.counts))
            else:
                item.setText(2, self._problem(look))
            item.setData(0, OK_ROLE, isinstance(look, backups.BackupContents))
        if looks and not any(isinstance(look, backups.BackupContents) for look in looks):
            self.message.setText(
                self.tr("Geen enkele reservekopie gaat open met dit wachtwoord. Klopt het?")
            )

    def _problem(self, problem: object) -> str:
        if problem == WRONG:
            return self.tr("gaat niet open met dit wachtwoord")
        if problem == DAMAGED:
            return self.tr("beschadigd")
        return self.tr("kan niet worden gelezen")

    # ----- restoring ----------------------------------------------------------------------------

    def suggested_path(self, made_at: dt.datetime) -> Path:
        name = f"{self.book_path.stem}-teruggezet-{made_at:%Y%m%d-%H%M}.db"
        return self.book_path.with_name(name)

    def restore_selected(self) -> None:
        item = self.table.currentItem()
        if item is None:
            self.message.setText(self.tr("Kies eerst een reservekopie in de lijst."))
            return
        passphrase = self._need_passphrase()
        if passphrase is None:
            return
        source = Path(item.data(0, PATH_ROLE))
        info = next((b for b in self.found if b.path == source), None)
        made = info.made_at if info is not None else dt.datetime.now()
        into = dialogs.save_file(
            self,
            self.tr("Waar moet het teruggezette boek komen?"),
            self.tr("Boek van Dorpsboek (*.db)"),
            str(self.suggested_path(made)),
        )
        if into is None:
            return
        if into.suffix != ".db":
            into = into.with_name(into.name + ".db")
        if into.resolve() == self.book_path.resolve() or into.exists():
            self.message.setText(
                self.tr("Op die plek staat al een bestand. Kies een nieuwe naam voor het boek.")
            )
            return
        self.message.setText(self.tr("De reservekopie wordt gecontroleerd en teruggezet…"))
        self._set_busy(True)
        worker.run(
            lambda: backups.restore_backup(source, into, passphrase),
            lambda contents: self._restored(contents, made),
            self._restore_failed,
        )

    def _restored(self, contents: backups.BackupContents, made: dt.datetime) -> None:
        self._set_busy(False)
        self.restored = contents.path
        text = (
            self.tr(
                "De reservekopie van %1 staat nu als nieuw boek in:\n%2\n\nEr staan in: %3.\n"
                "Het boek dat nu open is, is niet veranderd. Wilt u verder met het teruggezette "
                "boek? Kies het bij Instellingen met 'Ander boek kiezen…' en start Dorpsboek "
                "opnieuw."
            )
            .replace("%1", when(made))
            .replace("%2", str(contents.path))
            .replace("%3", counts_text(contents.counts))
        )
        self.message.setText(self.tr("Teruggezet in: %1").replace("%1", str(contents.path)))
        dialogs.message(self, text, self.tr("Reservekopie teruggezet"))

    def _restore_failed(self, sentence: str, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, errors.WrongPassphrase):
            sentence = self.tr(
                "Deze reservekopie gaat niet open met dit wachtwoord. Misschien is hij gemaakt "
                "toen het boek nog een ander wachtwoord had: typ dan dat wachtwoord."
            )
        elif isinstance(exc, errors.DamagedFile):
            sentence = self.tr("Deze reservekopie is beschadigd. Kies een andere.")
        self.message.setText(sentence)
