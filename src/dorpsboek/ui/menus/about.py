"""Help > Over Dorpsboek and Help > Sneltoetsen."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dorpsboek import __version__


def _dialog(parent: QWidget | None, title: str, html: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(460)
    layout = QVBoxLayout(dialog)
    label = QLabel(html, dialog)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)
    close = QDialogButtonBox(dialog)
    close.addButton(
        QCoreApplication.translate("About", "Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
    )
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    dialog.label = label  # type: ignore[attr-defined]
    return dialog


def about_dialog(parent: QWidget | None, book: Path) -> QDialog:
    html = (
        f"<h2>Dorpsboek {escape(__version__)}</h2>"
        + "<p>"
        + escape(
            QCoreApplication.translate(
                "About",
                "Het versleutelde dorpsboek voor de dorpsondersteuner. Werkt zonder internet.",
            )
        )
        + "</p><p>"
        + escape(
            QCoreApplication.translate(
                "About", "Licentie: EUPL-1.2 (European Union Public Licence)."
            )
        )
        + "</p><p>"
        + escape(QCoreApplication.translate("About", "Uw boek staat op:"))
        + f"<br><b>{escape(str(book))}</b></p>"
    )
    return _dialog(parent, QCoreApplication.translate("About", "Over Dorpsboek"), html)


def shortcuts_dialog(parent: QWidget | None) -> QDialog:
    rows = (
        ("Ctrl+N", QCoreApplication.translate("About", "Snel noteren")),
        ("Ctrl+Enter", QCoreApplication.translate("About", "Notitie opslaan")),
        ("Ctrl+K", QCoreApplication.translate("About", "Zoeken in alles")),
        ("Ctrl+L", QCoreApplication.translate("About", "Vergrendelen")),
        ("Ctrl+Z", QCoreApplication.translate("About", "Ongedaan maken (na verwijderen)")),
        ("F1", QCoreApplication.translate("About", "Handleiding")),
        ("Ctrl+Q", QCoreApplication.translate("About", "Afsluiten")),
        ("Esc", QCoreApplication.translate("About", "Venster sluiten; uw tekst blijft bewaard")),
    )
    body = "".join(
        f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
    )
    return _dialog(
        parent, QCoreApplication.translate("About", "Sneltoetsen"), f"<table>{body}</table>"
    )
