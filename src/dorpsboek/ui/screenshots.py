"""Render every main screen and the shell's dialogs with the demo book into PNG files.

`python -m dorpsboek.ui.screenshots [OUTDIR] [--lang en]` (`make screenshots`): runs offscreen,
with an invented village, and never touches the user's own book or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from dorpsboek.errors import WrongPassphrase
from dorpsboek.ui import failures

SIZE = (1100, 720)


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(condition: Callable[[], bool], ms: int = 15_000) -> None:
    waited = 0
    while not condition() and waited < ms:
        _settle(50)
        waited += 50


def _idle() -> None:
    """Let screens that load in a worker (the account, lists) finish before the picture."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(15_000)
    _settle()


def _save(widget: QWidget, out: Path, name: str, saved: list[Path]) -> None:
    _settle()
    _idle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    saved.append(path)


def _start_pages(out: Path, saved: list[Path]) -> None:
    from dorpsboek.ui.start import StartWindow

    window = StartWindow(out / "bestaat-niet.db")
    window.resize(*_start_size(window))
    window.show()
    _save(window, out, "01-welkom", saved)
    window.pages.setCurrentWidget(window.new_book)
    window.new_book.first.setText("correct paard batterij niet")
    _save(window, out, "02-nieuw-boek", saved)
    from dorpsboek.ui.handover.open_window import OpenHandoverDialog

    dialog = OpenHandoverDialog(window)
    dialog.show()
    _save(dialog, out, "04-overdrachtspakket", saved)
    dialog.close()
    window.pages.setCurrentWidget(window.unlock)
    window.unlock.field.setText("geheim")
    window.unlock.fail(failures.sentence(WrongPassphrase()))
    _save(window, out, "03-ontgrendelen-fout-wachtwoord", saved)
    window.close()


def _start_size(window: QWidget) -> tuple[int, int]:
    hint = window.sizeHint()
    return max(hint.width(), 640), max(hint.height(), 520)


LAPTOP = (1366, 768)  # the most common laptop screen: every screen must work there too
TASK_BAR = 40  # what Windows' task bar takes off that screen


def _main_screens(main: Any, out: Path, saved: list[Path]) -> None:
    from dorpsboek.ui.screens import SCREEN_KEYS

    for number, key in enumerate(SCREEN_KEYS, start=10):
        main.show_screen(key)
        _save(main, out, f"{number}-{key}", saved)
    from dorpsboek.ui.window_place import first_size

    # The laptop itself, and the size the window takes there on the first start (the
    # screen less a task bar): what she sees on her first day.
    sizes = {"laptop": LAPTOP, "eerste-start": first_size(LAPTOP[0], LAPTOP[1] - TASK_BAR)}
    for prefix, size in sizes.items():
        main.resize(*size)
        for number, key in enumerate(SCREEN_KEYS, start=10):
            main.show_screen(key)
            _save(main, out, f"{prefix}-{number}-{key}", saved)
    main.resize(*SIZE)


def _search(main: Any, out: Path, saved: list[Path]) -> None:
    main.show_screen("today")
    word = "maaltijd"
    main.focus_search()
    main.search.setText(word)
    main.search.runner.ask(word)
    _wait(lambda: main.search.popup.isVisible())
    _save(main, out, "20-zoeken", saved)
    main.search.clear()
    main.search.close_popup()


def _dialogs(main: Any, out: Path, saved: list[Path]) -> None:
    from dorpsboek.ui.settings.dialog import SettingsDialog

    settings = SettingsDialog(main.context.settings, main.context.casebook.book.path, main)
    settings.show()
    _save(settings, out, "22-instellingen", saved)
    settings.reject()
    from dorpsboek.ui.today.missed_dialog import MissedDialog

    missed = MissedDialog(main.context.casebook, main)
    missed.show()
    _save(missed, out, "25-wie-mis-ik", saved)
    missed.close()
    quick = main.open_quick_note()
    if quick is not None:
        _save(quick, out, "21-snel-noteren", saved)
    main.lock()
    _save(main, out, "23-vergrendeld-venster", saved)
    if main.locker.dialog is not None:
        _save(main.locker.dialog, out, "24-vergrendeld-wachtwoord", saved)
    main.locker.unlock()
    if quick is not None:
        quick.close()


def render(out: Path, language: str = "nl") -> list[Path]:
    """Write the PNGs; returns their paths."""
    from dorpsboek.services.opening import create_demo
    from dorpsboek.settings import Settings
    from dorpsboek.ui import i18n
    from dorpsboek.ui.main_window import MainWindow, title_for
    from dorpsboek.ui.screens.base import ScreenContext

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = i18n.install(app, language)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    _start_pages(out, saved)
    opened = create_demo()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(Path(tmp) / "settings.json")
        main = MainWindow(ScreenContext(opened.casebook, settings), title_for("", True))
        main.resize(*SIZE)
        main.show()
        try:
            _main_screens(main, out, saved)
            _search(main, out, saved)
            _dialogs(main, out, saved)
        finally:
            main.close()
            opened.close()
    i18n.uninstall(app, translators)
    return saved


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    language = "en" if "--lang" in argv and argv[argv.index("--lang") + 1] == "en" else "nl"
    args = [a for a in argv if not a.startswith("--") and a not in ("en", "nl")]
    out = Path(args[0] if args else "screenshots")
    for path in render(out, language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
