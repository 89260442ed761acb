"""Keep PySide6 from reading the source file of every module imported after it.

PySide6's `__feature__` support (snake_case, true_property) decides for each module that
imports something after PySide6 is loaded whether that module "uses PySide": it reads the
module's whole source file and searches it for the word "PySide6" (`_mod_uses_pyside` in
shibokensupport/feature.py). Before the start window that is some sixty files, among them
the largest of the standard library (typing, inspect, logging, dataclasses): 6-12 ms of a
~215 ms cold start, which a one-file PySide6 window (the benchmark's floor) never pays.

The answer only matters to a module that selects a feature with `from __feature__ import`,
and nothing in Dorpsboek or its libraries does, so the feature set stays "none" throughout.
We answer without reading: Dorpsboek's own modules use PySide (as the scan would find), and
other modules are given PySide6's "ignore this module", which the scan gives every module
that does not mention PySide6. PySide6's and shiboken's own modules keep the real test.
Should a PySide6 release rename the function, this does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

_OWN = "dorpsboek"
_QT = ("PySide6", "shiboken6")
_MARK = "_dorpsboek_answers_without_reading"


def skip_feature_scan() -> None:
    import PySide6  # noqa: F401  (sets up its feature module)

    feature = sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, _MARK, False):
        return
    feature._mod_uses_pyside = _answering_without_reading(original)  # type: ignore[attr-defined]


def _in(package: str, name: str) -> bool:
    return name == package or name.startswith(package + ".")


def _answering_without_reading(
    original: Callable[[ModuleType], bool],
) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        name = str(getattr(module, "__name__", ""))
        if _in(_OWN, name):
            return True
        if any(_in(qt, name) for qt in _QT):
            return bool(original(module))
        return False

    marked: Any = uses_pyside
    setattr(marked, _MARK, True)
    return uses_pyside
