"""Ending a takeover in the colleague's book: what is erased, and her clear "yes".

The dialog only asks; `handover.retire` does the work once the shell has closed the book.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.errors import BookInUse, NotARegularFile
from dorpsboek.handover.retire import ErasePlan
from dorpsboek.services.handover_state import ReturnMark
from dorpsboek.ui.widgets import heading, note

WARN = "color:#a33a00"


def confirm_word() -> str:
    """The word she types to confirm (translated, so the English window asks for ERASE)."""
    return QCoreApplication.translate("EraseCopyDialog", "WISSEN")


def when_text(mark: ReturnMark | None) -> str:
    """'dd-mm-jjjj om hh:mm' in local time, of the last return bundle."""
    if mark is None:
        return ""
    local = mark.written_at.astimezone()
    return QCoreApplication.translate("EraseCopyDialog", "{date} om {time}").format(
        date=format_date(local.date().isoformat()), time=local.strftime("%H:%M")
    )


class EraseCopyDialog(QDialog):
    """What goes, a warning about changes after the last return, and two ticks plus WISSEN."""

    def __init__(self, plan: ErasePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Waarneming afsluiten"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Waarneming afsluiten en dit boek wissen")))
        layout.addWidget(note(self._intro(), self))
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Bestanden die worden gewist"))
        self.files.addItems([str(p) for p in plan.files if p.exists()])
        self.files.setMaximumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.files)
        self.changes = note(
            self.tr(
                "Let op: na het laatste terugpakket heeft u nog iets veranderd. Die "
                "veranderingen gaan verloren. Maak liever eerst een nieuw terugpakket."
            ),
            self,
        )
        self.changes.setStyleSheet(WARN)
        layout.addWidget(self.changes)
        self.accept_loss = QCheckBox(
            self.tr("Ik weet het: wat ik na het laatste terugpakket deed, mag verloren gaan."),
            self,
        )
        layout.addWidget(self.accept_loss)
        changed = bool(plan.last_return and plan.last_return.changed_since)
        self.changes.setVisible(changed)
        self.accept_loss.setVisible(changed)
        self.processed = QCheckBox(
            self.tr("{owner} heeft mijn terugpakket verwerkt.").format(owner=plan.owner), self
        )
        layout.addWidget(self.processed)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(self.tr("Typ {word} om te bevestigen:").format(word=confirm_word()), self)
        )
        self.word = QLineEdit(self)
        self.word.setAccessibleName(self.tr("Bevestiging"))
        row.addWidget(self.word, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.erase_button = QPushButton(self.tr("Boek wissen"), self)
        self.erase_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        for box in (self.accept_loss, self.processed):
            box.toggled.connect(self._update)
        self.word.textChanged.connect(self._update)
        self._update()

    def _intro(self) -> str:
        if self.plan.opened_from is not None:
            return self.tr(
                "U heeft het terugpakket gemaakt op {when}. Als {owner} het heeft verwerkt, is "
                "dit boek niet meer nodig. Dorpsboek sluit het boek en wist deze bestanden van "
                "deze computer: het boek, de reservekopieën ervan, het noodpakket als u dat in "
                "dit boek had ingesteld, het terugpakket en het overdrachtspakket waaruit u dit "
                "boek opende. Dit kan niet ongedaan worden."
            ).format(when=when_text(self.plan.last_return), owner=self.plan.owner)
        return self.tr(
            "U heeft het terugpakket gemaakt op {when}. Als {owner} het heeft verwerkt, is "
            "dit boek niet meer nodig. Dorpsboek sluit het boek en wist deze bestanden van "
            "deze computer: het boek, de reservekopieën ervan, het noodpakket als u dat in "
            "dit boek had ingesteld, en het terugpakket. Dit kan niet ongedaan worden. Staat "
            "het overdrachtspakket zelf nog op deze computer? Wis dat dan ook."
        ).format(when=when_text(self.plan.last_return), owner=self.plan.owner)

    @property
    def discard_changes(self) -> bool:
        return self.accept_loss.isVisible() and self.accept_loss.isChecked()

    def ready(self) -> bool:
        changed = bool(self.plan.last_return and self.plan.last_return.changed_since)
        typed = self.word.text().strip().upper() == confirm_word().upper()
        loss_ok = not changed or self.accept_loss.isChecked()
        return typed and loss_ok and self.processed.isChecked()

    def _update(self) -> None:
        self.erase_button.setEnabled(self.ready())


def removed_sentence(removed: list[Path]) -> str:
    return QCoreApplication.translate(
        "EraseCopyDialog",
        "Het boek is gewist ({n} bestanden). De waarneming is afgesloten. Dank voor het waarnemen!",
    ).format(n=len(removed))


def erase_failed_sentence(exc: BaseException) -> str:
    """The book is closed but (part of it) still there: say so, and what to do."""
    if isinstance(exc, BookInUse):
        return QCoreApplication.translate(
            "EraseCopyDialog",
            "Het boek is nog open in een ander Dorpsboek-venster; er is niets gewist. Sluit "
            "dat venster en probeer het opnieuw.",
        )
    if isinstance(exc, NotARegularFile):
        return QCoreApplication.translate(
            "EraseCopyDialog",
            "Naast het boek staat iets dat geen gewoon bestand is ({path}); er is niets gewist.",
        ).format(path=getattr(exc, "detail", ""))
    return QCoreApplication.translate(
        "EraseCopyDialog",
        "Het boek kon niet (helemaal) worden gewist. Kijk in de map van het boek.",
    )
