"""Every standard dialog goes through here, so tests can preset answers instead of patching Qt.

In the app these show real Qt dialogs. Inside `recording()` nothing is shown: each call is
recorded (kind, title, text) and answered from the preset queue of its kind; a question without
a preset answer fails loudly, so a test never hangs on an invisible modal dialog.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


@dataclass
class Shown:
    kind: str  # message | warning | confirm | ask_text | open_file | save_file | folder
    title: str
    text: str


@dataclass
class Recorder:
    """Preset answers per kind, and what would have been shown."""

    answers: dict[str, deque[Any]] = field(default_factory=lambda: defaultdict(deque))
    shown: list[Shown] = field(default_factory=list)

    def preset(self, kind: str, *answers: Any) -> None:
        self.answers[kind].extend(answers)

    def texts(self, kind: str | None = None) -> list[str]:
        return [s.text for s in self.shown if kind is None or s.kind == kind]


_recorder: Recorder | None = None


@contextlib.contextmanager
def recording() -> Iterator[Recorder]:
    """Answer dialogs from presets for the duration (tests)."""
    global _recorder
    previous, _recorder = _recorder, Recorder()
    try:
        yield _recorder
    finally:
        _recorder = previous


def _answer(kind: str, title: str, text: str, default: Any = None, needs: bool = True) -> Any:
    assert _recorder is not None
    _recorder.shown.append(Shown(kind, title, text))
    queue = _recorder.answers[kind]
    if queue:
        return queue.popleft()
    if needs:
        raise AssertionError(f"no preset answer for {kind}: {title!r} {text!r}")
    return default


def _title(title: str) -> str:
    return title or "Dorpsboek"


def message(parent: QWidget | None, text: str, title: str = "") -> None:
    """Tell her something; one OK button."""
    if _recorder is not None:
        _answer("message", title, text, needs=False)
        return
    QMessageBox.information(parent, _title(title), text)


def warning(parent: QWidget | None, text: str, title: str = "") -> None:
    if _recorder is not None:
        _answer("warning", title, text, needs=False)
        return
    QMessageBox.warning(parent, _title(title), text)


def confirm(
    parent: QWidget | None,
    text: str,
    title: str = "",
    yes: str = "",
    *,
    no: str = "",
    safe_default: bool = False,
) -> bool:
    """Ask a yes/no question; `yes` is the text of the button that goes ahead.

    With `safe_default` the button that does nothing (`no`) is the default, so Enter
    never goes ahead by accident; going ahead then takes a deliberate click.
    """
    if _recorder is not None:
        return bool(_answer("confirm", title, text))
    box = QMessageBox(QMessageBox.Icon.Question, _title(title), text, parent=parent)
    go = box.addButton(
        yes or QCoreApplication.translate("Dialogs", "Ja"), QMessageBox.ButtonRole.AcceptRole
    )
    stop = box.addButton(
        no or QCoreApplication.translate("Dialogs", "Nee"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stop if safe_default else go)
    box.exec()
    return box.clickedButton() is go


def ask_text(parent: QWidget | None, label: str, title: str = "", default: str = "") -> str | None:
    """One line of text, or None if she cancels."""
    if _recorder is not None:
        answer = _answer("ask_text", title, label)
        return None if answer is None else str(answer)
    text, ok = QInputDialog.getText(
        parent, _title(title), label, QLineEdit.EchoMode.Normal, default
    )
    return text if ok else None


def ask_passphrase(parent: QWidget | None, label: str, title: str = "") -> str | None:
    """A passphrase typed in dots, or None if she cancels."""
    if _recorder is not None:
        answer = _answer("ask_passphrase", title, label)
        return None if answer is None else str(answer)
    text, ok = QInputDialog.getText(parent, _title(title), label, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_file(
    parent: QWidget | None, title: str, filters: str = "", folder: str = ""
) -> Path | None:
    if _recorder is not None:
        answer = _answer("open_file", title, filters)
        return None if answer is None else Path(answer)
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def save_file(
    parent: QWidget | None, title: str, filters: str = "", folder: str = ""
) -> Path | None:
    if _recorder is not None:
        answer = _answer("save_file", title, filters)
        return None if answer is None else Path(answer)
    name, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
    return Path(name) if name else None


def folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    if _recorder is not None:
        answer = _answer("folder", title, start)
        return None if answer is None else Path(answer)
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None
