"""The settings dialog: language, auto-lock, quiet help requests, the book, where copies go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.ui import dialogs
from dorpsboek.ui.settings.folders import FolderSettings
from dorpsboek.ui.settings.work import WorkSettings
from dorpsboek.ui.widgets import note

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))  # each language in its own name


class SettingsDialog(QDialog):
    """Changes are written when she presses Opslaan; language and book apply after a restart."""

    def __init__(
        self,
        settings: Settings,
        book: Path,
        parent: QWidget | None = None,
        casebook: Casebook | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Instellingen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get("language")), 0))
        self.language.setAccessibleName(self.tr("Taal"))
        form.addRow(self.tr("Taal:"), self.language)
        self.autolock = QSpinBox()
        self.autolock.setRange(0, 240)
        self.autolock.setSuffix(self.tr(" minuten"))
        self.autolock.setSpecialValueText(self.tr("nooit"))
        self.autolock.setValue(int(settings.get("autolock_minutes")))
        self.autolock.setAccessibleName(self.tr("Vergrendelen na minuten zonder gebruik"))
        form.addRow(self.tr("Vergrendelen na:"), self.autolock)
        self.quiet = QSpinBox()
        self.quiet.setRange(1, 52)
        self.quiet.setSuffix(self.tr(" weken"))
        self.quiet.setValue(int(settings.get("quiet_weeks")))
        self.quiet.setAccessibleName(self.tr("Weken zonder contact voordat een hulpvraag stil is"))
        form.addRow(self.tr("Hulpvraag is stil na:"), self.quiet)
        row = QHBoxLayout()
        self.book = QLineEdit(str(Path(settings.get("book_path") or book)))
        self.book.setReadOnly(True)
        self._book_shown = self.book.text()
        if Path(book).parent.name.startswith("dorpsboek-demo-"):
            # The demo lives in a temporary folder: its raw path means nothing to her.
            self.book.setText(self.tr("het demoboek (tijdelijk: weg zodra u afsluit)"))
        self.book.setToolTip(self._book_shown)
        self.book.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.book.setAccessibleName(self.tr("Waar het boek staat"))
        self.choose = QPushButton(self.tr("Ander boek kiezen…"))
        self.choose.clicked.connect(self._choose_book)
        row.addWidget(self.book, 1)
        row.addWidget(self.choose)
        form.addRow(self.tr("Het boek staat in:"), row)
        layout.addLayout(form)
        self.folders = FolderSettings(settings, Path(book), self)
        layout.addWidget(self.folders)
        self.work = WorkSettings(casebook, self) if casebook is not None else None
        if self.work is not None:
            layout.addWidget(self.work)
        layout.addWidget(
            note(
                self.tr(
                    "Een andere taal of een ander boek gaat in als u Dorpsboek opnieuw start. "
                    "Zonder gebruik wordt Dorpsboek na de gekozen tijd vergrendeld; "
                    "kies ‘nooit’ om dat uit te zetten."
                )
            )
        )
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

    def _choose_book(self) -> None:
        chosen = dialogs.open_file(
            self, self.tr("Kies een boek"), self.tr("Dorpsboek-boek (*.db);;Alle bestanden (*)")
        )
        if chosen is not None:
            self.book.setText(str(chosen))

    def accept(self) -> None:
        self.settings.set("language", str(self.language.currentData()))
        self.settings.set("autolock_minutes", self.autolock.value())
        self.settings.set("quiet_weeks", self.quiet.value())
        if self.book.text() != self.tr("het demoboek (tijdelijk: weg zodra u afsluit)"):
            self.settings.set("book_path", self.book.text())
        self.folders.save()
        if self.work is not None:
            self.work.save()
        super().accept()
