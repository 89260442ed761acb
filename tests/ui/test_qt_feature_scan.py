"""PySide6 answers "does this module use PySide?" for our modules without reading them."""

from __future__ import annotations

import inspect
import json
import sys
import types

import pytest

import dorpsboek.ui
import dorpsboek.ui.start


def _uses_pyside(module: types.ModuleType) -> bool:
    feature = sys.modules["PySide6.support.feature"]
    return bool(feature._mod_uses_pyside(module))  # type: ignore[attr-defined]


def _source_read(_obj: object) -> str:
    raise AssertionError("a source file was read")


def test_our_modules_and_others_are_answered_without_reading_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(inspect, "getsource", _source_read)
    assert _uses_pyside(dorpsboek.ui.start) is True
    assert _uses_pyside(json) is False


def test_pysides_own_modules_keep_its_real_test(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def source(obj: object) -> str:
        read.append(str(getattr(obj, "__name__", "")))
        return "from PySide6 import QtCore"

    monkeypatch.setattr(inspect, "getsource", source)
    assert _uses_pyside(types.ModuleType("PySide6.Helper")) is True
    assert read == ["PySide6.Helper"]
