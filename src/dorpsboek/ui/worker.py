"""Run slow work (key derivation, opening, search) off the GUI thread, with callbacks.

`run(fn, on_done, on_error)` calls `fn()` in Qt's thread pool; `on_done(result)` or
`on_error(sentence, exc)` then runs on the GUI thread. Expected failures become one Dutch
sentence (ui.failures); others are logged without details and reported honestly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from dorpsboek.ui import failures

_pending: set[_Relay] = set()
T = TypeVar("T")


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits into it and it calls the callbacks there."""

    finished = Signal(object, object)  # result, exception

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[str, BaseException], None] | None,
    ) -> None:
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, exc: BaseException | None) -> None:
        _pending.discard(self)
        if exc is None:
            if self.on_done is not None:
                self.on_done(result)
        elif self.on_error is not None:
            self.on_error(failures.sentence(exc), exc)
        else:
            failures.sentence(exc)  # at least log it


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.finished.emit(None, exc)
        else:
            self.relay.finished.emit(result, None)


def run(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
) -> None:
    """Start `fn` on a pool thread; callbacks arrive on the GUI thread."""
    relay = _Relay(on_done, on_error)
    _pending.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def busy() -> bool:
    """True while any job's callbacks are still to come (tests wait on this)."""
    return bool(_pending)


def run_and_wait(parent: QWidget | None, text: str, fn: Callable[[], T]) -> T:
    """`fn()` off the GUI thread behind a modal busy dialog; returns its result or raises.

    For an action whose caller needs the outcome before going on (erasing a resident): the
    window keeps painting and the busy bar moves, but she cannot start a second action
    meanwhile, which a plain callback would allow.
    """
    busy_dialog = QProgressDialog(text, "", 0, 0, parent)
    busy_dialog.setCancelButton(None)  # no button: erasing cannot be stopped halfway
    busy_dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy_dialog.setMinimumDuration(0)
    busy_dialog.setAutoClose(False)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: T) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(_sentence: str, exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    busy_dialog.show()
    run(fn, done, failed)
    loop.exec()
    busy_dialog.close()
    busy_dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result
