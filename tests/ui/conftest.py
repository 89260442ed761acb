"""UI tests: no test ends while a worker thread still uses its book.

The `book` fixture closes the book when a test ends; a search or backup inspection still
running in Qt's thread pool would then use a closed SQLite connection (a crash, not an error).
So before any fixture is torn down, wait for the pool, as the app itself does before closing a
book (ui/app.py Shell.close).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    QThreadPool.globalInstance().waitForDone(30_000)
    yield
