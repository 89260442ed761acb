"""The PySide6 6.12 guard: None, True and False cannot run out of references on Python 3.11."""

from __future__ import annotations

import sys

import pytest

import dorpsboek.ui  # noqa: F401  (applies the guard, as every start of the app does)
from dorpsboek.qt_refcount import HEADROOM


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal singletons since 3.12")
@pytest.mark.parametrize("singleton", [None, True, False])
def test_the_singletons_have_room_for_any_session(singleton: object) -> None:
    assert sys.getrefcount(singleton) >= HEADROOM
