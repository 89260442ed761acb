"""Automatic backups while the app runs: a timer while the book is open, and one on close.

`services.backups.auto_backup` does the work (at most one copy a day while open; on close it
refreshes today's copy). Here it runs in the worker while the window is open, and a failure
becomes one plain sentence for the main window; closing never waits on a failure and never
raises one.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from dorpsboek import errors
from dorpsboek.settings import Settings
from dorpsboek.ui import worker

if TYPE_CHECKING:
    from dorpsboek.services.casebook import Casebook

log = logging.getLogger(__name__)
FIRST_DELAY_MS = 3 * 60 * 1000  # once a few minutes after opening
EVERY_MS = 30 * 60 * 1000  # then every half hour (the service makes at most one a day)


def failure_sentence(exc: BaseException) -> str:
    """One plain Dutch sentence for a backup that did not work."""

    if isinstance(exc, errors.DiskFull) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    ):
        return QCoreApplication.translate(
            "Backups", "De reservekopie is niet gelukt: de schijf is vol."
        )
    if isinstance(exc, errors.DamagedFile):
        return QCoreApplication.translate(
            "Backups",
            "De reservekopie is niet gelukt: het boek lijkt beschadigd. De oudere "
            "reservekopieën blijven bewaard.",
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Backups",
            "De reservekopie is niet gelukt: Dorpsboek kan niet schrijven in de map voor "
            "reservekopieën.",
        )
    log.error("automatic backup failed: %s", type(exc).__name__)
    return QCoreApplication.translate("Backups", "De reservekopie is niet gelukt.")


class AutoBackups(QObject):
    """Backs up the open book now and then, and once more when it closes."""

    failed = Signal(str)  # one sentence for the main window
    made = Signal(object)  # the new backup's Path

    def __init__(
        self, casebook: Casebook, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.settings = settings
        # One backup at a time: closing waits for a running one instead of closing under it.
        self._busy = threading.Lock()
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.run_now)
        self._every = QTimer(self)
        self._every.timeout.connect(self.run_now)
        self.last_error = ""

    def folder(self) -> Path:
        from dorpsboek.services.backups import backup_folder

        return backup_folder(Path(self.casebook.book.path), self.settings)

    def start(self, first_ms: int = FIRST_DELAY_MS, every_ms: int = EVERY_MS) -> None:
        self._first.start(first_ms)
        self._every.start(every_ms)

    def stop(self) -> None:
        self._first.stop()
        self._every.stop()

    def _backup(self, closing: bool) -> Path | None:
        from dorpsboek.services.backups import auto_backup

        with self._busy:
            made: Path | None = auto_backup(self.casebook, self.folder(), closing=closing)
            return made

    def run_now(self) -> None:
        """Start a backup in the worker (skipped by the service when today's exists)."""
        if self._busy.locked():
            return
        worker.run(lambda: self._backup(False), self._done, self._failed)

    def _done(self, made: Path | None) -> None:
        self.last_error = ""
        if made is not None:
            self.made.emit(made)

    def _failed(self, _sentence: str, exc: BaseException) -> None:
        self.last_error = failure_sentence(exc)
        self.failed.emit(self.last_error)

    def on_close(self, report: Callable[[str], None] | None = None) -> Path | None:
        """The closing backup, on the calling thread; a failure is logged, never raised."""
        self.stop()
        try:
            return self._backup(True)
        except Exception as exc:  # closing must go on whatever happened
            sentence = failure_sentence(exc)
            log.warning("backup on close failed: %s", type(exc).__name__)
            if report is not None:
                report(sentence)
            return None
