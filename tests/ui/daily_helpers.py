"""Helpers for the daily-screen tests: a context over a real book, a few known records."""

from __future__ import annotations

from pathlib import Path

from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.ui.screens.base import ScreenContext


def context(casebook: Casebook, tmp_path: Path) -> ScreenContext:
    return ScreenContext(casebook, Settings(tmp_path / "settings.json"))


def items(widget: object) -> list[str]:
    """The texts of a QListWidget, as she reads them."""
    return [widget.item(i).text() for i in range(widget.count())]  # type: ignore[attr-defined]
