"""An error nobody foresaw, in a running app: one honest sentence, a log line without data.

Python's default hook prints the exception with its message to stderr, and a message can hold
a resident's name or a note's text (a ValueError that quotes its input). PySide6 sends an
exception raised in a slot or an overridden Qt method to `sys.excepthook` too, so this one
hook covers both paths.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from types import TracebackType

from dorpsboek.ui import failures

log = logging.getLogger(__name__)
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def where(tb: TracebackType | None) -> str:
    """File and line of the innermost frame: enough to find the bug, nothing of her data."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno} in {last.name}"


class Guard:
    """The hook itself; keeps the one before it for whoever installed that (a test harness)."""

    def __init__(self, previous: Hook) -> None:
        self.previous = previous
        self.showing = False

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        log.error("unexpected error %s at %s", kind.__name__, where(tb))
        text = failures.sentence(exc)
        if not self.showing:  # an error inside the message box must not stack boxes
            self.showing = True
            # Imported here, not at start: its Qt dialog classes cost ~4 ms before the first
            # window, and most sessions never need this.
            from dorpsboek.ui import dialogs

            try:
                dialogs.warning(None, text)
            finally:
                self.showing = False
        if self.previous is not sys.__excepthook__:
            self.previous(kind, exc, tb)  # pytest-qt's hook still fails the test


@contextlib.contextmanager
def installed() -> Iterator[Guard]:
    """The guard for the app's lifetime; the previous hook comes back afterwards."""
    guard = Guard(sys.excepthook)
    sys.excepthook = guard
    try:
        yield guard
    finally:
        sys.excepthook = guard.previous
