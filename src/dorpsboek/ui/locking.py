"""Auto-lock: an app-wide idle watch, and a lock that hides every window's content.

Locking does not close the book: text typed in open dialogs survives. Non-modal dialogs are
hidden and shown again; modal ones are covered (hiding a dialog inside `exec()` would end it).
Unlocking re-derives the key from the passphrase (off the GUI thread) and compares.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from dorpsboek.ui import worker
from dorpsboek.ui.start import UnlockForm

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Emits `idle` once after `seconds` without keyboard or mouse input anywhere in the app."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.last = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._check)
        self.set_seconds(seconds)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_seconds(self, seconds: float) -> None:
        """0 switches the watch off."""
        self.seconds = seconds
        self.last = time.monotonic()
        if seconds > 0:
            # Check often enough to lock within ~10% of the time, never busier than 4x a second.
            self.timer.start(int(max(250, min(15_000, seconds * 100))))
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last = time.monotonic()
        return False

    def _check(self) -> None:
        if self.seconds > 0 and time.monotonic() - self.last >= self.seconds:
            self.last = time.monotonic()
            self.idle.emit()


class Cover(QWidget):
    """An opaque sheet over a modal dialog's content while the app is locked."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Dorpsboek is vergrendeld."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(host.rect())
        host.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
        return False


class LockDialog(QDialog):
    """Asks the passphrase again; cannot be closed or escaped, only unlocked."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dorpsboek is vergrendeld"))
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        explanation = self.tr("Typ uw wachtwoord om verder te werken. Er gaat niets verloren.")
        self.form = UnlockForm(self.tr("Vergrendeld"), explanation + hint)
        layout.addWidget(self.form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def reject(self) -> None:  # Escape must not bypass the lock
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)


class Locker(QObject):
    """Locks and unlocks one main window and every dialog open beside it."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QWidget,
        check: Callable[[str], bool],
        hide_content: Callable[[bool], None],
        hint: str = "",
    ) -> None:
        super().__init__(window)
        self.window = window
        self.check = check
        self.hide_content = hide_content
        self.hint = hint
        self.is_locked = False
        self.hidden: list[QWidget] = []
        self.covers: list[Cover] = []
        self.dialog: LockDialog | None = None

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or widget.isHidden():
                continue
            if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                continue
            if _is_modal(widget):
                self.covers.append(Cover(widget))
            else:
                self.hidden.append(widget)
                widget.hide()
        self.hide_content(True)
        self.dialog = LockDialog(self.hint, self.window)
        self.dialog.form.submitted.connect(self._try)
        self.dialog.show()
        self.dialog.form.field.setFocus()
        self.locked.emit()

    def _try(self, passphrase: str) -> None:
        assert self.dialog is not None
        form = self.dialog.form
        form.set_busy(True)
        check = self.check

        def done(ok: bool) -> None:
            if ok:
                self.unlock()
            else:
                form.fail(self.tr("Dit wachtwoord klopt niet. Probeer het nog eens."))
                form.field.clear()

        worker.run(lambda: check(passphrase), done, lambda sentence, _e: form.fail(sentence))

    def unlock(self) -> None:
        """Restore everything exactly as it was (after the passphrase matched)."""
        if not self.is_locked:
            return
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.hide_content(False)
        for cover in self.covers:
            cover.hide()
            cover.deleteLater()
        for widget in self.hidden:
            widget.show()
        self.covers, self.hidden = [], []
        self.is_locked = False
        self.unlocked.emit()


def _is_modal(widget: QWidget) -> bool:
    return widget.windowModality() != Qt.WindowModality.NonModal or (
        isinstance(widget, QDialog) and widget.isModal()
    )
