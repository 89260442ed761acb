"""Run slow work (key derivation, opening, search) off the GUI thread, with callbacks.

`run(fn, on_done, on_error)` calls `fn()` in Qt's thread pool; `on_done(result)` or
`on_error(sentence, exc)` then runs on the GUI thread. Expected failures become one Dutch
sentence (ui.failures); others are logged without details and reported honestly.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from dorpsboek.ui import failures

T = TypeVar("T")


@dataclass
class _Call:
    """One job: what to run and what to call after, with its outcome once it has one.

    Only the GUI thread adds and removes these, so the last reference to `fn` (whose closure
    often holds a widget), to the callbacks and to the outcome is always dropped on the GUI
    thread. When a pool thread held the last reference, a widget (or the per-job QObject this
    module used to make) could be destroyed on that thread while the GUI thread was still
    delivering to it: a crash that only shows under load (issue 18: the segfault in
    test_demo_book_is_never_backed_up, with a worker in demo generation).
    """

    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str, BaseException], None] | None
    result: Any = None
    error: BaseException | None = None


_pending: dict[int, _Call] = {}
_tokens = itertools.count(1)


class _Relay(QObject):
    """One for the session, made on the GUI thread and never destroyed while jobs run: pool
    threads emit a job's number into it, and it calls the callbacks on the GUI thread."""

    finished = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(int)
    def _deliver(self, token: int) -> None:
        call = _pending.pop(token)
        if call.error is None:
            if call.on_done is not None:
                call.on_done(call.result)
        elif call.on_error is not None:
            call.on_error(failures.sentence(call.error), call.error)
        else:
            failures.sentence(call.error)  # at least log it


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Job(QRunnable):
    """Holds only the job's number, so its end on the pool thread releases nothing of ours."""

    def __init__(self, token: int, relay: _Relay) -> None:
        super().__init__()
        self.token = token
        self.relay = relay

    def run(self) -> None:
        call = _pending[self.token]
        try:
            call.result = call.fn()
        except BaseException as exc:
            call.error = exc
        del call  # the GUI thread's _pending now holds the only reference
        self.relay.finished.emit(self.token)


def run(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
) -> None:
    """Start `fn` on a pool thread; callbacks arrive on the GUI thread."""
    token = next(_tokens)
    _pending[token] = _Call(fn, on_done, on_error)
    QThreadPool.globalInstance().start(_Job(token, _the_relay()))


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
    busy_dialog.setModal(True)  # application modal (and no Qt namespace for the start window)
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
