"""The worker: slow work off the GUI thread, and nothing of ours released on a pool thread.

A job's closure often holds the only reference to a widget. When the pool thread dropped it,
the widget was destroyed on that thread while the GUI thread could still be delivering to it:
the crash that issue 18 saw once in a whole `make test` run.
"""

from __future__ import annotations

import gc
import threading

import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.ui import worker

RELEASED_ON: list[threading.Thread] = []


class Witness:
    """Notes on which thread it is finally released."""

    def __del__(self) -> None:
        RELEASED_ON.append(threading.current_thread())


def test_a_job_and_its_callbacks_are_released_on_the_gui_thread(qtbot: QtBot) -> None:
    RELEASED_ON.clear()
    results: list[int] = []
    for n in range(20):
        held = Witness()
        worker.run(lambda held=held, n=n: (held, n)[1], results.append)  # type: ignore[misc]
        del held
    qtbot.waitUntil(lambda: not worker.busy(), timeout=10_000)
    qtbot.wait(50)  # let the pool threads finish their run() and drop what they had
    gc.collect()
    assert sorted(results) == list(range(20))
    assert len(RELEASED_ON) == 20
    assert {t.name for t in RELEASED_ON} == {threading.main_thread().name}


def test_a_failing_job_reaches_its_error_callback_once(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def fails() -> None:
        raise OSError("weg")

    worker.run(fails, lambda _r: pytest.fail("no result expected"), lambda _s, e: errors.append(e))
    qtbot.waitUntil(lambda: not worker.busy(), timeout=10_000)
    assert [type(e) for e in errors] == [OSError]
