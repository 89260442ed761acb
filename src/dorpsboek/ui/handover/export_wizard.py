"""The export wizard: what goes in, the letter (drafted, editable), the passphrase, the file,
and the sleutelbrief for the colleague."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.passphrase import Strength
from dorpsboek.handover import actions
from dorpsboek.handover import passphrase as bundle_passphrase
from dorpsboek.handover.export import ExportOptions
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.form_drafts import FormDrafts
from dorpsboek.ui.widgets import alert, busy_bar, heading, note


class ExportDialog(QDialog):
    """Three pages: scope and return date; the letter; passphrase, file and sleutelbrief."""

    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Overdracht maken"))
        self.setMinimumSize(620, 520)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._scope_page())
        self.pages.addWidget(self._letter_page())
        self.pages.addWidget(self._secret_page())
        self.message = alert(self)
        self.restored = note("", self)
        self.bar = busy_bar(self.tr("Even geduld"), self)
        self.back = QPushButton(self.tr("Terug"), self)
        self.next = QPushButton(self.tr("Verder"), self)
        widest = max(self.tr("Pakket maken"), self.tr("Verder"), key=len)
        self.next.setMinimumWidth(self.next.fontMetrics().horizontalAdvance(widest) + 40)
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self.forward)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.restored)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # Her own words (the note for her colleague, the letter as she changed it) survive
        # Annuleren and Escape, and going back to the first page (ui/form_drafts.py).
        self._drafted_letter = ""
        self.drafts = FormDrafts(
            casebook,
            "handover",
            {"read_first": self.read_first, "letter": self.letter},
            self.restored,
        )
        self.go(0)
        self.drafts.loaded("export")

    # ----- pages --------------------------------------------------------------------------

    def _scope_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Van wie komt het pakket?")))
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("Uw naam:"), page)
        self.owner = QLineEdit(actions.stored_owner(self.casebook), page)
        self.owner.setAccessibleName(self.tr("Uw naam"))
        self.owner.setPlaceholderText(self.tr("Bijvoorbeeld: Anna de Vries"))
        name_label.setBuddy(self.owner)
        name_row.addWidget(name_label)
        name_row.addWidget(self.owner, 1)
        layout.addLayout(name_row)
        layout.addWidget(
            note(
                self.tr(
                    "Uw collega ziet deze naam bovenaan het boek en op de sleutelbrief. "
                    "Dorpsboek onthoudt hem ook voor het noodpakket."
                ),
                page,
            )
        )
        layout.addWidget(heading(self.tr("Wat geeft u mee?")))
        self.scope_all = QRadioButton(self.tr("Alles uit het boek"), page)
        self.scope_active = QRadioButton(self.tr("Alleen wat nu loopt"), page)
        self.scope_active.setChecked(True)
        layout.addWidget(self.scope_active)
        active_note = note(
            self.tr(
                "Actieve inwoners met hun notities, open hulpvragen en herinneringen, "
                "de hele sociale kaart en alle vrijwilligers."
            ),
            page,
        )
        active_note.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(active_note)
        layout.addWidget(self.scope_all)
        self.scope_standin = QRadioButton(
            self.tr("Alleen de belrondes, voor een vrijwilliger die invalt"), page
        )
        layout.addWidget(self.scope_standin)
        standin_note = note(
            self.tr(
                "Wie er tot de terugkeerdatum gebeld of bezocht moet worden: naam, telefoon, "
                "adres, wat en wanneer. Geen notities, geen hulpvragen, geen sociale kaart."
            ),
            page,
        )
        standin_note.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(standin_note)
        self.has_return = QCheckBox(self.tr("Ik verwacht terug te zijn op:"), page)
        self.return_date = QDateEdit(QDate.currentDate().addDays(28), page)
        self.return_date.setDisplayFormat("dd-MM-yyyy")
        self.return_date.setCalendarPopup(True)
        self.return_date.setAccessibleName(self.tr("Verwachte terugkeer"))
        self.has_return.setChecked(True)
        self.has_return.toggled.connect(self.return_date.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.has_return)
        row.addWidget(self.return_date)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Lees dit eerst (uw eigen woorden voor uw collega):")))
        self.read_first = QPlainTextEdit(page)
        self.read_first.setAccessibleName(self.tr("Lees dit eerst"))
        layout.addWidget(self.read_first, 1)
        return page

    def _letter_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("De overdrachtsbrief")))
        layout.addWidget(
            note(self.tr("Dorpsboek heeft de brief voor u opgesteld. U kunt alles aanpassen."))
        )
        self.letter = QPlainTextEdit(page)
        self.letter.setAccessibleName(self.tr("De overdrachtsbrief"))
        layout.addWidget(self.letter, 1)
        return page

    def _secret_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Wachtwoord van het pakket")))
        layout.addWidget(
            note(
                self.tr(
                    "Het pakket krijgt een eigen wachtwoord. Dit voorstel is sterk en makkelijk "
                    "over te typen. U mag ook zelf een wachtwoord kiezen."
                )
            )
        )
        self.secret = QLineEdit(bundle_passphrase.suggest(), page)
        self.secret.setAccessibleName(self.tr("Wachtwoord van het pakket"))
        self.secret.textChanged.connect(self._show_strength)
        another = QPushButton(self.tr("Ander voorstel"), page)
        another.clicked.connect(lambda: self.secret.setText(bundle_passphrase.suggest()))
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(another)
        layout.addLayout(row)
        self.strength = note("", page)
        layout.addWidget(self.strength)
        self.on_letter = QCheckBox(self.tr("Zet het wachtwoord ook op de sleutelbrief"), page)
        layout.addWidget(self.on_letter)
        layout.addWidget(
            note(
                self.tr(
                    "Geef het wachtwoord liever apart door, bijvoorbeeld door de telefoon. "
                    "Daarna kiest u waar het pakket en de sleutelbrief komen."
                )
            )
        )
        layout.addStretch(1)
        self._show_strength(self.secret.text())
        return page

    # ----- navigation ---------------------------------------------------------------------

    def go(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        last = index == self.pages.count() - 1
        self.next.setText(self.tr("Pakket maken") if last else self.tr("Verder"))
        self.message.clear()

    def forward(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            if not self.owner_name():
                self.message.setText(self.tr("Vul uw naam in; uw collega ziet van wie het komt."))
                self.owner.setFocus()
                return
            actions.remember_owner(self.casebook, self.owner_name())
            self._redraft_letter()
        if index < self.pages.count() - 1:
            self.go(index + 1)
        else:
            self.make()

    def _redraft_letter(self) -> None:
        """A fresh draft for what she chose, unless she has changed the letter herself."""
        if self.letter.toPlainText() not in ("", self._drafted_letter):
            return
        self._drafted_letter = actions.draft_letter(
            self.casebook,
            self.scope(),
            self.read_first.toPlainText(),
            self.expected(),
            self.period(),
        )
        self.letter.setPlainText(self._drafted_letter)

    def reject(self) -> None:
        if self._drafted_letter and self.letter.toPlainText() == self._drafted_letter:
            self.letter.clear()  # only her own changes are a draft; the rest is made again
        self.drafts.leaving()
        super().reject()

    def owner_name(self) -> str:
        return " ".join(self.owner.text().split())

    def scope(self) -> str:
        if self.scope_standin.isChecked():
            return "standin"
        return "all" if self.scope_all.isChecked() else "active"

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The stand-in's days: from today to her return (a week when she gave none)."""
        if self.scope() != "standin":
            return None
        today = dt.date.today()
        return today, max(today, self.expected() or today + dt.timedelta(days=7))

    def expected(self) -> dt.date | None:
        if not self.has_return.isChecked():
            return None
        d = self.return_date.date()
        return dt.date(d.year(), d.month(), d.day())

    def _show_strength(self, text: str) -> None:
        level = bundle_passphrase.strength(text).level
        if level >= bundle_passphrase.BUNDLE_MINIMUM:
            self.strength.setText(self.tr("Sterk genoeg voor een pakket."))
        elif level is Strength.TOO_SHORT:
            self.strength.setText(self.tr("Te kort."))
        else:
            self.strength.setText(self.tr("Te zwak voor een pakket: maak het langer."))

    # ----- making it ----------------------------------------------------------------------

    def make(self) -> None:
        secret = self.secret.text()
        if bundle_passphrase.strength(secret).level < bundle_passphrase.BUNDLE_MINIMUM:
            self.message.setText(self.tr("Kies een sterker wachtwoord voor het pakket."))
            return
        target = dialogs.save_file(
            self, self.tr("Pakket opslaan"), self.tr("Dorpsboek-pakket (*.dorpsboek)")
        )
        if target is None:
            return
        if target.suffix != ".dorpsboek":
            target = target.with_name(target.name + ".dorpsboek")
        options = ExportOptions(
            scope=self.scope(),
            expected_return=self.expected(),
            free_text=self.read_first.toPlainText(),
            letter_md=self.letter.toPlainText(),
            owner=self.owner_name(),
            period=self.period(),
        )
        self.bar.show()
        self.next.setEnabled(False)
        worker.run(
            lambda: actions.export_to(self.casebook, target, secret, options),
            lambda result: self._written(result, secret),
            self._failed,
        )

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self.bar.hide()
        self.next.setEnabled(True)
        self.message.setText(sentence)

    def _written(self, result: Any, secret: str) -> None:
        self.bar.hide()
        self.next.setEnabled(True)
        self.written = result.path
        sheet = dialogs.save_file(self, self.tr("Sleutelbrief opslaan"), self.tr("PDF (*.pdf)"))
        if sheet is not None:
            from dorpsboek.printing.handover_pdf import SleutelbriefInfo, write_sleutelbrief

            info = SleutelbriefInfo(
                owner=result.owner,
                bundle_name=result.path.name,
                expected_return=self.expected(),
                passphrase=secret if self.on_letter.isChecked() else None,
            )
            write_sleutelbrief(sheet, info)
        dialogs.message(
            self,
            self.tr(
                "Het pakket is klaar: {path}. Geef het pakket en de sleutelbrief aan uw collega."
            ).format(path=result.path),
        )
        self.drafts.saved("export")
        self.accept()
