"""The start window's page for a damaged book: find the newest good backup, confirm, put it back.

`services.backups.find_rescue` looks (nothing changes), `apply_rescue` keeps the damaged file
aside under a new name and puts the backup (or a repaired header) in place. Both run in the
worker. Afterwards the start window opens the book as usual.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from dorpsboek import errors
from dorpsboek.ui import worker
from dorpsboek.ui.backups.labels import counts_text, when
from dorpsboek.ui.widgets import alert, busy_bar, heading, note, set_by_name


def _backups() -> ModuleType:
    """Imported when first used: the rescue page is built at start, backups are rarely needed."""
    from dorpsboek.services import backups

    return backups


class RescuePage(QWidget):
    """'Het boek is beschadigd' with one way out: the newest good backup."""

    rescued = Signal(object)  # the RescueOffer once applied (kept_as = the damaged file's name)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book: Path | None = None
        self._passphrase = ""
        self.offer: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Het boek is beschadigd")))
        self.explanation = note()
        layout.addWidget(self.explanation)
        self.found = note()
        self.found.setFrameShape(self.found.Shape.StyledPanel)
        self.found.setMargin(self.found.fontMetrics().height() // 2)
        set_by_name(self.found, "textInteractionFlags", "TextSelectableByMouse")
        layout.addWidget(self.found)
        self.message = alert()
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        self.busy = busy_bar(self.tr("Bezig met de reservekopieën"))
        layout.addWidget(self.busy)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Terug"))
        self.find_button = QPushButton(self.tr("Nieuwste goede reservekopie terugzetten"))
        self.apply_button = QPushButton(self.tr("Ja, terugzetten"))
        self.find_button.setDefault(True)
        for button in (self.back_button, self.find_button, self.apply_button):
            button.setAccessibleName(button.text())
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.find_button)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.back_button.clicked.connect(self._back)
        self.find_button.clicked.connect(self.find_backup)
        self.apply_button.clicked.connect(self.apply)

    def start(self, book: Path, passphrase: str) -> None:
        """Show the page for this book; the passphrase is kept only while the page is used."""
        self.book, self._passphrase, self.offer = Path(book), passphrase, None
        self.explanation.setText(
            self.tr(
                "Dorpsboek kan dit boek niet openen, omdat het bestand beschadigd is. Het "
                "wachtwoord is wel goed. Dorpsboek kan de nieuwste goede reservekopie "
                "terugzetten. Het beschadigde bestand wordt niet weggegooid, maar apart "
                "bewaard.\n\nHet boek: %1"
            ).replace("%1", str(book))
        )
        self.found.hide()
        self.found.setText("")
        self.message.setText("")
        self._set_busy(False)
        self.find_button.show()
        self.apply_button.hide()
        self.find_button.setFocus()

    def forget(self) -> None:
        self._passphrase = ""
        self.offer = None

    def _back(self) -> None:
        self.forget()
        self.back.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.back_button, self.find_button, self.apply_button):
            button.setEnabled(not busy)

    # ----- find -------------------------------------------------------------------------------

    def find_backup(self) -> None:
        """Look for the newest good backup (nothing changes yet)."""
        assert self.book is not None
        book, passphrase = self.book, self._passphrase
        self.message.setText(self.tr("De reservekopieën worden bekeken…"))
        self._set_busy(True)
        worker.run(
            lambda: _backups().find_rescue(book, passphrase),
            self._found,
            self._find_failed,
        )

    def _found(self, offer: Any) -> None:
        self._set_busy(False)
        self.offer = offer
        self.message.setText("")
        if offer.method == _backups().REPAIR_HEADER:
            text = self.tr(
                "Alleen het begin van het bestand is beschadigd. Dat kan worden hersteld met "
                "een reservekopie van %1. Er gaat niets verloren: daarna staan er in het boek: "
                "%2."
            )
        else:
            text = self.tr(
                "Gevonden: de reservekopie van %1, met %2.\nWat u daarna hebt genoteerd, zit "
                "er niet in."
            )
        text = text.replace("%1", when(offer.backup.made_at)).replace(
            "%2", counts_text(offer.backup.counts)
        )
        if offer.skipped:
            text += "\n" + self.tr("Nieuwere reservekopieën die ook beschadigd waren: %1.").replace(
                "%1", str(len(offer.skipped))
            )
        self.found.setText(text)
        self.found.show()
        self.find_button.hide()
        self.apply_button.setText(
            self.tr("Ja, herstellen")
            if offer.method == _backups().REPAIR_HEADER
            else self.tr("Ja, terugzetten")
        )
        self.apply_button.show()
        self.apply_button.setDefault(True)
        self.apply_button.setFocus()

    def _find_failed(self, sentence: str, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, errors.NoGoodBackup):
            assert self.book is not None
            folders = _backups().backup_folders(self.book)
            sentence = self.tr(
                "Er is geen goede reservekopie van dit boek gevonden in: %1"
            ).replace("%1", "; ".join(str(f) for f in folders))
        elif isinstance(exc, errors.NotDamaged):
            sentence = self.tr("Het boek is niet beschadigd. Probeer het opnieuw te openen.")
        self.message.setText(sentence)

    # ----- apply ------------------------------------------------------------------------------

    def apply(self) -> None:
        if self.offer is None:
            return
        from dorpsboek.ui import dialogs  # here: the page is built at start, used rarely

        if not dialogs.confirm(
            self,
            self.tr(
                "Het beschadigde boek wordt apart bewaard onder een nieuwe naam, en de "
                "reservekopie komt op zijn plek. Doorgaan?"
            ),
            self.tr("Reservekopie terugzetten"),
            self.tr("Terugzetten"),
        ):
            return
        offer, passphrase = self.offer, self._passphrase
        self.message.setText(self.tr("Bezig met terugzetten…"))
        self._set_busy(True)
        worker.run(
            lambda: _backups().apply_rescue(offer, passphrase), self._applied, self._apply_failed
        )

    def _applied(self, done: Any) -> None:
        self._set_busy(False)
        self.message.setText("")
        kept = done.kept_as.name if done.kept_as is not None else ""
        from dorpsboek.ui import dialogs

        dialogs.message(
            self,
            self.tr(
                "Gelukt. Het beschadigde bestand is bewaard als:\n%1\nin dezelfde map. Het boek "
                "wordt nu geopend."
            ).replace("%1", kept),
            self.tr("Reservekopie teruggezet"),
        )
        self.rescued.emit(done)

    def _apply_failed(self, sentence: str, _exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(
            self.tr("Het terugzetten is niet gelukt; er is niets veranderd. %1").replace(
                "%1", sentence
            )
        )

    def passphrase(self) -> str:
        return self._passphrase
