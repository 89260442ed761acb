"""Boek > Wachtwoord wijzigen…: the current passphrase, the new one twice, its strength."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.passphrase import Strength, estimate
from dorpsboek.services import book_actions
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import failures, worker


class PassphraseDialog(QDialog):
    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current, self.new, self.repeat = (QLineEdit(self) for _ in range(3))
        for field, label in (
            (self.current, self.tr("&Huidig wachtwoord")),
            (self.new, self.tr("&Nieuw wachtwoord")),
            (self.repeat, self.tr("Nieuw wachtwoord &nog eens")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(label.replace("&", ""))
            form.addRow(label, field)
        layout.addLayout(form)
        self.strength = QLabel(self)
        self.strength.setWordWrap(True)
        layout.addWidget(self.strength)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        note = QLabel(
            self.tr(
                "Dorpsboek schrijft het boek opnieuw met het nieuwe wachtwoord. Reservekopieën "
                "van eerder openen met het wachtwoord van toen."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Wijzigen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.new.textChanged.connect(self._show_strength)
        self.current.setFocus()

    def _show_strength(self, text: str) -> None:
        words = {
            Strength.TOO_SHORT: self.tr("Te kort: gebruik minstens 8 tekens."),
            Strength.WEAK: self.tr("Zwak: makkelijk te raden. Maak het langer."),
            Strength.FAIR: self.tr("Redelijk. Een paar woorden extra maken het sterker."),
            Strength.STRONG: self.tr("Sterk."),
            Strength.VERY_STRONG: self.tr("Heel sterk."),
        }
        self.strength.setText(words[estimate(text).level] if text else "")

    def problem(self) -> str:
        if not self.current.text():
            return self.tr("Typ eerst het wachtwoord dat u nu gebruikt.")
        if not estimate(self.new.text()).acceptable:
            return self.tr("Het nieuwe wachtwoord is te kort: gebruik minstens 8 tekens.")
        if self.new.text() != self.repeat.text():
            return self.tr("De twee nieuwe wachtwoorden zijn niet gelijk.")
        return ""

    def change(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        current, new = self.current.text(), self.new.text()
        try:
            worker.run_and_wait(
                self,
                self.tr("Het boek wordt opnieuw versleuteld…"),
                lambda: book_actions.change_passphrase(self.casebook, current, new, new),
            )
        except Exception as exc:
            self.message.setText(failures.sentence(exc))
            self.current.selectAll()
            self.current.setFocus()
            return
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.accept()
