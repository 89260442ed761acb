"""'Uw inleiding': her own words at the top of the account, kept per year, with her name and
villages above them. Names of residents are taken out of the exported account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.report import Account
from dorpsboek.reports.layout import byline
from dorpsboek.services import report as report_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import failures
from dorpsboek.ui.widgets import note


class IntroBox(QGroupBox):
    saved = Signal()

    def __init__(self, casebook: Casebook, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Uw inleiding (bovenaan de verantwoording)"), parent)
        self.cb = casebook
        self.year = account.numbers.period.last.year
        layout = QVBoxLayout(self)
        self.byline = note(byline(account) or self.tr(
            "Uw naam komt hier te staan zodra u hem hebt ingevuld bij Overdracht maken."
        ), self)  # fmt: skip
        layout.addWidget(self.byline)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Uw inleiding"))
        self.text.setPlaceholderText(
            self.tr("Een paar zinnen van uzelf: wat dit jaar opviel, wat u wilt meegeven.")
        )
        self.text.setPlainText(report_service.get_intro(casebook, self.year))
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Inleiding opslaan"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.message = note("", self)
        row.addWidget(self.message, 1)
        layout.addLayout(row)

    def save(self) -> None:
        try:
            report_service.set_intro(self.cb, self.year, self.text.toPlainText())
        except Exception as exc:
            self.message.setText(failures.sentence(exc))
            return
        self.message.setText(self.tr("Opgeslagen voor {year}.").format(year=self.year))
        self.saved.emit()
