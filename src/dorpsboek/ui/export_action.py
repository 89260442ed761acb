"""An "Opslaan als" button for a screen: choose a format and a file, then write it off the GUI
thread with a busy bar, and say where it went.

Used by the sociale kaart and the volunteer screens. The job reads the book and lays out the
PDF (QTextDocument, QPdfWriter) in Qt's thread pool; it touches no widget or pixmap, so the
window keeps painting and answering while a large kaart is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.widgets import busy_bar

Job = Callable[[Path, str], object]  # (target, format) -> anything; runs on a worker thread
MakeJob = Callable[[], Job]  # called on the GUI thread when she asks, so settings are current


def format_names() -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("Export", "PDF om te printen"),
        "html": QCoreApplication.translate("Export", "Webpagina (HTML)"),
        "csv": QCoreApplication.translate("Export", "CSV voor een rekenblad"),
    }


def file_filters() -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("Export", "PDF-bestand (*.pdf)"),
        "html": QCoreApplication.translate("Export", "Webpagina (*.html)"),
        "csv": QCoreApplication.translate("Export", "CSV-bestand (*.csv)"),
    }


def plaintext_warning() -> str:
    return QCoreApplication.translate(
        "Export",
        "Let op: dit bestand is niet versleuteld. Iedereen die het kan openen, kan het lezen. "
        "Bewaar het alleen waar dat mag, en gooi het weg als u het niet meer nodig hebt.",
    )


class ExportButton(QPushButton):
    """`ExportButton(parent, title, make_job, done_text, warn=("csv",), suggested="name")`.

    `title` heads the save dialog; `done_text` has `{path}`; formats in `warn` get the
    plaintext warning in the message afterwards. `bar` is the busy bar to place in the layout.
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        make_job: MakeJob,
        done_text: str,
        warn: tuple[str, ...] = (),
        suggested: str = "",
    ) -> None:
        super().__init__(QCoreApplication.translate("Export", "Opslaan als"), parent)
        self.title, self.make_job, self.done_text = title, make_job, done_text
        self.warn, self.suggested = warn, suggested
        self.running = False
        self.setToolTip(
            QCoreApplication.translate("Export", "Opslaan als PDF, webpagina of CSV-bestand")
        )
        self.bar = busy_bar(QCoreApplication.translate("Export", "Bezig met opslaan"), parent)
        self.bar.setMaximumWidth(self.bar.fontMetrics().averageCharWidth() * 16)
        menu = QMenu(self)
        for fmt, label in format_names().items():
            action = QAction(label, menu)
            action.triggered.connect(lambda _=False, f=fmt: self.export(f))
            menu.addAction(action)
        self.setMenu(menu)

    def ask_target(self, fmt: str) -> Path | None:
        suggested = f"{self.suggested}.{fmt}" if self.suggested else ""
        target = dialogs.save_file(self.window(), self.title, file_filters()[fmt], suggested)
        if target is not None and target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        return target

    def export(self, fmt: str) -> None:
        """Ask for a file, then write it in the worker; one export at a time."""
        if self.running:
            return
        target = self.ask_target(fmt)
        if target is None:
            return
        job = self.make_job()
        self._busy(True)
        worker.run(
            lambda: job(target, fmt),
            lambda _result: self._done(target, fmt),
            lambda sentence, _exc: self._failed(sentence),
        )

    def _busy(self, busy: bool) -> None:
        self.running = busy
        self.setEnabled(not busy)
        self.bar.setVisible(busy)

    def _done(self, target: Path, fmt: str) -> None:
        if not shiboken6.isValid(self):
            return  # the screen was closed (the book locked) while the file was written
        self._busy(False)
        text = self.done_text.format(path=target)
        if fmt in self.warn:
            text += "\n\n" + plaintext_warning()
        dialogs.message(self.window(), text)

    def _failed(self, sentence: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy(False)
        dialogs.warning(self.window(), sentence)
