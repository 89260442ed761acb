"""Work around PySide6 6.12's abi3 wheels dropping references to None (and True/False) on 3.11.

Every call of a void Qt method (`QLabel.setText`, `QListWidgetItem.setData`, …) returns None
without taking a reference, so on Python 3.11 (where None is not yet immortal) each such call
lowers None's reference count by one; after some thousands of calls Python aborts with
"none_dealloc: deallocating None". True and False drain the same way somewhere (they start
with ~150 and ~220 references): the test process aborted with "bool_dealloc" at exit after
the benchmark tests ran behind an early import of the start window. Python 3.12 made these
singletons immortal (PEP 683), which is what we imitate here: we give each a reference count
so large that no session can use it up. A no-op on Python 3.12+, on other interpreters and
on debug builds.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 48  # a million calls a second would need nine years to use this up


def protect_singletons() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "gettotalrefcount"):  # debug build: another object layout
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < HEADROOM:
            count.value += HEADROOM
