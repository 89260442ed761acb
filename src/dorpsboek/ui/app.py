"""Starting the desktop app: the start window first, heavy imports while she types, then work.

`run(book, demo, package)` is called by `dorpsboek gui [--demo] [FILE]`. When Dorpsboek
already runs for this user, the new start hands FILE to it (ui/single_instance.py), the
running app comes to the front, and the new start quits without a window.

The start window needs only Qt and a few small modules; SQLAlchemy and the store are
imported by a background thread right after that window is painted, and the main window
is built once the book is open.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from dorpsboek.settings import Settings
from dorpsboek.ui import excepthook, i18n
from dorpsboek.ui.first_paint import after_first_paint
from dorpsboek.ui.start import StartWindow

if TYPE_CHECKING:
    # Only annotations here: importing any QEvent class makes PySide6 build QEvent.Type
    # (~180 members, ~2 ms) before the first window.
    from PySide6.QtCore import QEvent

log = logging.getLogger(__name__)
PROBE_ENV = "DORPSBOEK_STARTUP_PROBE"  # the cold-start benchmark and test (ui/startup_probe.py)
QUIT_ENV = "DORPSBOEK_QUIT_AFTER_MS"  # smoke test: quit this long after the main window shows
MAIN_SHOWN = "DORPSBOEK_MAIN_SHOWN"
INSTANCE_PROBE = "DORPSBOEK_INSTANCE_PROBE"  # test: say when listening and what came in


def preload() -> None:
    """Import what the main window needs, off the GUI thread, while the passphrase is typed."""
    import dorpsboek.services.opening
    import dorpsboek.ui.main_window
    import dorpsboek.ui.screens.today  # noqa: F401


def language(settings: Settings) -> str:
    return i18n.normalise(os.environ.get("DORPSBOEK_LANG") or str(settings.get("language")))


def book_to_open(book: Path, settings: Settings) -> Path:
    """The settings' book wins over the default location (an explicit --book wins over both)."""
    from dorpsboek.paths import default_book

    chosen = str(settings.get("book_path"))
    if chosen and Path(book) == default_book():
        return Path(chosen)
    return Path(book)


class Shell(QObject):
    """Owns the windows and the open book for the life of the app."""

    main_shown = Signal()

    def __init__(self, book: Path, settings: Settings, demo: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.opened: Any = None
        self.main: Any = None
        self.backups: Any = None
        self._backup_sentence = ""
        self.start = StartWindow(book)
        self.start.opened.connect(self.show_main)
        self.demo = demo
        self.pending_return: Path | None = None
        self.handover_dialog: Any = None
        if demo:
            self.start.start_demo()

    # ----- a package double-clicked, or handed over by a second start -------------------------

    def front(self) -> QWidget:
        """The window she works in now, brought to the front (un-minimised)."""
        from PySide6.QtCore import Qt  # here: Qt's enums cost ~20 ms before the first window

        window: QWidget = self.main if self.main is not None else self.start
        if self.handover_dialog is not None and self.handover_dialog.isVisible():
            window = self.handover_dialog
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
        return window

    def receive(self, file: Path | None) -> None:
        """A second start: come to the front, then open what it passed."""
        self.front()
        if file is not None:
            self.open_package(file)

    def open_package(self, path: Path) -> None:
        """The right window for a package: a handover (or emergency) package opens in the
        'Overdracht openen' window; a return package is processed in her open book."""
        from dorpsboek.handover import actions
        from dorpsboek.ui import dialogs, failures

        try:
            kind = actions.package_kind(path)
        except Exception as exc:
            dialogs.message(self.front(), failures.sentence(exc))
            return
        if kind == actions.RETURN:
            if self.main is None:
                self.pending_return = path  # processed once her book is open
                self.start.tell(self.tr("Open uw boek; daarna wordt het terugpakket verwerkt."))
                return
            self.main.show_screen("handover").take_back(path)
            return
        if self.main is not None:
            dialogs.message(
                self.main,
                self.tr("Er is al een boek open. Sluit Dorpsboek en open het pakket opnieuw."),
            )
            return
        self.open_handover(path)

    def open_handover(self, path: Path) -> Any:
        """The 'Overdracht openen' window with the package already chosen."""
        from dorpsboek.ui.handover.open_window import OpenHandoverDialog

        if self.handover_dialog is not None and self.handover_dialog.isVisible():
            self.handover_dialog.use_file(path)
            return self.handover_dialog
        dialog = OpenHandoverDialog(self.start)
        dialog.use_file(path)
        dialog.finished.connect(lambda _code: self.start.handover_result(dialog.result_value))
        self.handover_dialog = dialog
        dialog.open()
        return dialog

    def show(self) -> None:
        if os.environ.get(PROBE_ENV):
            # The start-up benchmark and test: report once painted, then quit, loading no more.
            from dorpsboek.ui import startup_probe

            startup_probe.report_after_paint(self.start, PROBE_ENV, self._probe_state)
            self.start.show()
            return
        self.start.show()
        QTimer.singleShot(0, self._shown)

    def _probe_state(self) -> dict[str, Any]:
        """What the probe adds about this window: which page, its icon and language."""
        app = QApplication.instance()
        return {
            "page": type(self.start.pages.currentWidget()).__name__,
            "icon": isinstance(app, QApplication) and not app.windowIcon().isNull(),
            "locale": QLocale().name(),
        }

    def _shown(self) -> None:
        """The start window is up: now load the heavy modules while she types."""
        threading.Thread(target=preload, daemon=True).start()
        self.show_first_run_guide()

    def show_first_run_guide(self) -> Any:
        """Once, before the very first book: a few pages about Dorpsboek."""
        if self.start.book.exists() or self.settings.get("first_run_done") or self.demo:
            return None
        from dorpsboek.ui.first_run import FirstRunGuide  # here: not needed for most starts

        guide = FirstRunGuide(parent=self.start)
        guide.finished.connect(lambda _code: self.settings.set("first_run_done", True))
        guide.open()
        return guide

    def show_main(self, opened: Any) -> None:
        from dorpsboek.services.opening import DEMO_PASSPHRASE
        from dorpsboek.ui.main_window import MainWindow, title_for
        from dorpsboek.ui.screens.base import ScreenContext

        self.opened = opened
        context = ScreenContext(opened.casebook, self.settings)
        hint = ""
        if opened.demo:
            hint = "\n" + self.tr("Het wachtwoord van het demoboek is: %1").replace(
                "%1", DEMO_PASSPHRASE
            )
        self.main = MainWindow(context, title_for(opened.path.name, opened.demo), hint)
        self.main.takeover_ended.connect(self.end_takeover)
        self.main.show()
        self.start.hide()
        self.start.forget_secrets()
        self._start_backups(opened)
        self.main_shown.emit()
        if self.pending_return is not None:
            path, self.pending_return = self.pending_return, None
            QTimer.singleShot(0, lambda: self.open_package(path))

    def _start_backups(self, opened: Any) -> None:
        """Automatic backups while the book is open (never of the demo book)."""
        if opened.demo:
            return
        from dorpsboek.ui.backups.auto_backup import AutoBackups

        self.backups = AutoBackups(opened.casebook, self.settings, self)
        self.backups.failed.connect(self._backup_failed)
        self.backups.made.connect(self._backup_made)
        self.backups.start()

    def _backup_failed(self, sentence: str) -> None:
        """One plain sentence in the status bar; it stays until a backup works again."""
        self._backup_sentence = sentence
        if self.main is not None:
            self.main.statusBar().showMessage(sentence)

    def _backup_made(self, _path: Path) -> None:
        bar = self.main.statusBar() if self.main is not None else None
        if (
            bar is not None
            and self._backup_sentence
            and bar.currentMessage() == self._backup_sentence
        ):
            bar.clearMessage()
        self._backup_sentence = ""

    def close(self) -> None:
        if self.main is not None:
            self.main.close()
        # Let running work (a search, a save) finish before the book closes under it.
        QThreadPool.globalInstance().waitForDone(5000)
        if self.opened is not None:
            if self.backups is not None:
                self.backups.on_close()  # never raises; waits for a running backup first
                self.backups = None
            self._refresh_emergency_kit()
            self.opened.close()
            self.opened = None

    def end_takeover(self, erase_plan: Any) -> None:
        """A colleague ends her takeover: close her book with no closing backup and no
        emergency refresh (both would write what is about to go), erase it, show the start."""
        from dorpsboek.errors import DorpsboekError
        from dorpsboek.handover import retire
        from dorpsboek.ui import dialogs
        from dorpsboek.ui.handover.retire_dialog import erase_failed_sentence, removed_sentence

        main, self.main = self.main, None
        if main is not None:
            main.close()
            main.deleteLater()
        QThreadPool.globalInstance().waitForDone(5000)
        if self.backups is not None:
            self.backups.stop()
            self.backups = None
        if self.opened is not None:
            self.opened.close()
            self.opened = None
        try:
            sentence = removed_sentence(retire.erase(erase_plan))
        except (DorpsboekError, OSError) as exc:
            sentence = erase_failed_sentence(exc)
        self.start.show_start()
        self.start.show()
        dialogs.message(self.start, sentence)

    def _refresh_emergency_kit(self) -> None:
        """On close, at most daily: renew the emergency bundle if she chose a folder for it."""
        folder = str(self.settings.get("emergency_dir"))
        if self.opened.demo or not folder:
            return
        from dorpsboek.handover import actions  # here: only needed when the book closes

        try:
            actions.emergency_refresh_if_due(self.opened.casebook, folder)
        except Exception as exc:  # a bug there must not keep the book from closing
            log.error("emergency kit refresh failed: %s", type(exc).__name__)


def _set_icon(app: QApplication) -> None:
    from dorpsboek.ui.resources import icon_path

    icon = icon_path(256)
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))


def _quit_after(ms: int) -> None:
    """The smoke test's hook: say the main window is up, then quit a little later."""
    print(MAIN_SHOWN, flush=True)
    QTimer.singleShot(ms, QApplication.quit)


class _FileOpener(QObject):
    """macOS hands a file double-clicked in Finder to the running app as an event."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtGui import QFileOpenEvent  # here: see TYPE_CHECKING above

        if isinstance(event, QFileOpenEvent) and event.file():
            self.shell.receive(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def _install_file_opener(app: QApplication, shell: Shell) -> _FileOpener | None:
    """On macOS only: elsewhere a file comes on the command line or from a second start, and
    a Python filter on the application would be called for every event of the session."""
    if sys.platform != "darwin":
        return None
    opener = _FileOpener(shell)
    app.installEventFilter(opener)
    return opener


def _probe(text: str) -> None:
    if os.environ.get(INSTANCE_PROBE):
        print(f"{INSTANCE_PROBE} {text}", flush=True)


def _listen(shell: Shell, servers: list[Any]) -> None:
    """Be the running app that later starts hand their files to."""
    from dorpsboek.ui import single_instance

    server = single_instance.InstanceServer(parent=shell)
    server.received.connect(shell.receive)
    server.received.connect(lambda file: _probe(f"received {json.dumps(str(file or ''))}"))
    servers.append(server)
    if server.listen():
        _probe("listening")


def run(book: Path, demo: bool = False, package: Path | None = None) -> int:
    """Start the app (or hand `package` to the one already running); returns the exit code."""
    from dorpsboek.ui import single_instance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not demo and single_instance.send_to_running(package):
        _probe("handed-over")
        return 0
    app.setApplicationName("Dorpsboek")
    _set_icon(app)
    settings = Settings()
    translators = i18n.install(app, language(settings))
    shell = Shell(book_to_open(book, settings), settings, demo)
    opener = _install_file_opener(app, shell)
    quit_after = os.environ.get(QUIT_ENV, "").strip()
    if quit_after.isdigit():
        shell.main_shown.connect(lambda: _quit_after(int(quit_after)))
    servers: list[Any] = []
    if not demo:
        # Listening loads QtNetwork (~7 ms), so it waits until the window is painted; a
        # second start in those milliseconds races as one during the rest of start-up does.
        after_first_paint(shell.start, lambda: _listen(shell, servers))
    shell.show()
    if package is not None:
        QTimer.singleShot(0, lambda: shell.open_package(package))
    try:
        with excepthook.installed():
            return int(app.exec())
    finally:
        if opener is not None:
            app.removeEventFilter(opener)
        for server in servers:
            server.close()
        shell.close()
        del translators
