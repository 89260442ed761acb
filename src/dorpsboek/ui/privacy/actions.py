"""The residents' rights as dialogs any screen can call with a person id: inzage (what the
book holds, to save as PDF or webpage), vergeten (erase for good), the retention review, and
her list of words to write down less."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.printing.report_export import write_inzage
from dorpsboek.reports.inzage import subject_access_html
from dorpsboek.services import privacy
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.widgets import heading, note

# ----- inzage -------------------------------------------------------------------------------


class InzageDialog(QDialog):
    """Shows the overview as the resident will read it; saves it as PDF or webpage."""

    def __init__(
        self, context: ScreenContext, person_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.access = privacy.subject_access(context.casebook, person_id)
        self.setWindowTitle(QCoreApplication.translate("Privacy", "Inzage: wat het boek bewaart"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "Privacy",
                    "Dit is alles wat in het boek staat over deze inwoner. Sla het op en geef "
                    "het aan de inwoner. Let op: het opgeslagen bestand is niet versleuteld.",
                ),
                self,
            )
        )
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setHtml(subject_access_html(self.access))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.pdf = QPushButton(QCoreApplication.translate("Privacy", "Opslaan als PDF…"), self)
        self.pdf.clicked.connect(lambda: self.save("pdf"))
        self.html = QPushButton(
            QCoreApplication.translate("Privacy", "Opslaan als webpagina…"), self
        )
        self.html.clicked.connect(lambda: self.save("html"))
        close = QPushButton(QCoreApplication.translate("Privacy", "Sluiten"), self)
        close.clicked.connect(self.accept)
        row.addWidget(self.pdf)
        row.addWidget(self.html)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 100, em * 70)

    def save(self, fmt: str) -> Path | None:
        filters = {
            "pdf": QCoreApplication.translate("Privacy", "PDF (*.pdf)"),
            "html": QCoreApplication.translate("Privacy", "Webpagina (*.html)"),
        }
        target = dialogs.save_file(
            self,
            QCoreApplication.translate("Privacy", "Inzage opslaan"),
            filters[fmt],
            f"inzage.{fmt}",
        )
        if target is None:
            return None
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        write_inzage(self.access, target, fmt)
        dialogs.message(
            self, QCoreApplication.translate("Privacy", "Opgeslagen: {path}").format(path=target)
        )
        return target


def show_inzage(
    context: ScreenContext, person_id: str, parent: QWidget | None = None
) -> InzageDialog:
    """Open the inzage overview for one resident (non-modal; returns the dialog)."""
    dialog = InzageDialog(context, person_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


# ----- vergeten -----------------------------------------------------------------------------


def erase_question(access: privacy.SubjectAccess) -> str:
    return QCoreApplication.translate(
        "Privacy",
        "{name} wordt voorgoed gewist, met alle notities ({notes}), hulpvragen ({helps}) en "
        "herinneringen ({reminders}). Dit kan niet ongedaan worden gemaakt.\n\n"
        "De aantallen in de verantwoording blijven kloppen; er blijft geen naam of tekst "
        "bewaard. Reservekopieën en overdrachtspakketten van vóór vandaag bevatten de "
        "gegevens nog tot ze worden vervangen.",
    ).format(
        name=access.person["name"],
        notes=len(access.notes),
        helps=len(access.help_requests),
        reminders=len(access.reminders),
    )


def confirm_and_erase(
    context: ScreenContext, person_id: str, parent: QWidget | None = None
) -> bool:
    """Ask, then erase the resident with everything that belongs to them. True if erased."""
    access = privacy.subject_access(context.casebook, person_id)
    if not dialogs.confirm(
        parent,
        erase_question(access),
        QCoreApplication.translate("Privacy", "Inwoner wissen"),
        yes=QCoreApplication.translate("Privacy", "Voorgoed wissen"),
    ):
        return False
    # Off the GUI thread: 1 s on a village book, and the checkpoint may wait for a reader.
    result = worker.run_and_wait(
        parent,
        QCoreApplication.translate("Privacy", "Bezig met wissen…"),
        lambda: privacy.erase_person(context.casebook, person_id),
    )
    text = QCoreApplication.translate("Privacy", "De inwoner is gewist.")
    if not result.checkpointed:
        text += " " + QCoreApplication.translate(
            "Privacy", "Sluit Dorpsboek straks af, dan is ook het laatste spoor weg."
        )
    dialogs.message(parent, text, QCoreApplication.translate("Privacy", "Inwoner wissen"))
    return True


# ----- bewaartermijn ------------------------------------------------------------------------


class RetentionDialog(QDialog):
    """Residents without contact for longer than the retention period: keep or erase."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(QCoreApplication.translate("Privacy", "Bewaartermijn"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(QCoreApplication.translate("Privacy", "Bewaartermijn nakijken"), self, 1.2)
        )
        months = int(context.settings.get("retention_months"))
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "Privacy",
                    "Deze inwoners hebben al langer dan {months} maanden geen contact gehad. "
                    "Kies per inwoner: bewaren (dan komt de inwoner pas na {months} maanden "
                    "weer op deze lijst) of wissen.",
                ).format(months=months),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(
            QCoreApplication.translate("Privacy", "Inwoners om na te kijken")
        )
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.keep = QPushButton(QCoreApplication.translate("Privacy", "Bewaren"), self)
        self.keep.clicked.connect(self._keep)
        self.erase = QPushButton(QCoreApplication.translate("Privacy", "Wissen…"), self)
        self.erase.clicked.connect(self._erase)
        row.addWidget(self.keep)
        row.addWidget(self.erase)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Privacy", "Sluiten")
        )
        row.addWidget(buttons)
        layout.addLayout(row)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 80, em * 50)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        found = privacy.retention_candidates(self.context.casebook, self.context.settings)
        status = {
            "active": QCoreApplication.translate("Privacy", "actief"),
            "dormant": QCoreApplication.translate("Privacy", "rustig"),
            "closed": QCoreApplication.translate("Privacy", "afgesloten"),
        }
        for c in found:
            text = QCoreApplication.translate(
                "Privacy", "{name} — {status}, laatste contact {day}"
            ).format(
                name=c.name, status=status.get(c.status, c.status), day=format_date(c.last_contact)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.person_id)
            self.list.addItem(item)
        if not found:
            self.list.addItem(QCoreApplication.translate("Privacy", "Niemand om na te kijken."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)
        self.keep.setEnabled(bool(found))
        self.erase.setEnabled(bool(found))

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _keep(self) -> None:
        pid = self._selected()
        if pid:
            privacy.keep_person(self.context.casebook, pid)
            self.refresh()

    def _erase(self) -> None:
        pid = self._selected()
        if pid and confirm_and_erase(self.context, pid, self):
            self.refresh()


def retention_count(context: ScreenContext) -> int:
    """How many residents are due for review (for a line on Vandaag)."""
    return privacy.retention_count(context.casebook, context.settings)


def review_retention(context: ScreenContext, parent: QWidget | None = None) -> None:
    RetentionDialog(context, parent).exec()


# ----- woorden om op te letten --------------------------------------------------------------


class WordsDialog(QDialog):
    """Her own list of words the note editor gently warns about (one per line)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(QCoreApplication.translate("Privacy", "Woorden om op te letten"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "Privacy",
                    "Schrijf zo weinig mogelijk op. Bij het schrijven van een notitie krijgt u "
                    "een seintje als er een van deze woorden in staat, of iets dat lijkt op een "
                    "BSN of een rekeningnummer. Eén woord per regel.",
                ),
                self,
            )
        )
        self.words = QPlainTextEdit(self)
        self.words.setAccessibleName(
            QCoreApplication.translate("Privacy", "Woorden, één per regel")
        )
        self.words.setPlainText("\n".join(privacy.sensitive_words(context.casebook)))
        layout.addWidget(self.words, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("Privacy", "Opslaan")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Privacy", "Annuleren")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        privacy.set_sensitive_words(self.context.casebook, self.words.toPlainText().splitlines())
        self.accept()


def edit_sensitive_words(context: ScreenContext, parent: QWidget | None = None) -> None:
    WordsDialog(context, parent).exec()


# ----- menu ---------------------------------------------------------------------------------


def privacy_menu(context: ScreenContext, parent: QWidget, anchor: QWidget | None = None) -> QMenu:
    """Bewaartermijn, words and the audit trail, as a small menu under a button."""
    from dorpsboek.ui.privacy.audit_view import show_audit

    menu = QMenu(parent)
    menu.addAction(
        QCoreApplication.translate("Privacy", "Bewaartermijn nakijken…"),
        lambda: review_retention(context, parent),
    )
    menu.addAction(
        QCoreApplication.translate("Privacy", "Woorden om op te letten…"),
        lambda: edit_sensitive_words(context, parent),
    )
    menu.addAction(
        QCoreApplication.translate("Privacy", "Logboek: wie deed wat…"),
        lambda: show_audit(context, parent),
    )
    if anchor is not None:
        menu.popup(anchor.mapToGlobal(anchor.rect().bottomLeft()))
    return menu
