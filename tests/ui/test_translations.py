"""Translations: every Dutch string in the code has English, both languages load and show."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dorpsboek.ui import i18n
from dorpsboek.ui.start import StartWindow


@pytest.fixture
def language(qapp: QApplication) -> Iterator[list[object]]:
    """Installed translators are removed again after the test (they are app-wide)."""
    installed: list[object] = []
    yield installed
    i18n.uninstall(qapp, installed)


def test_every_string_has_an_english_translation() -> None:
    gaps = i18n.missing("en")
    report = "\n".join(f"  {gap}" for gap in gaps)
    assert not gaps, (
        f"{len(gaps)} Dutch string(s) have no English translation. Run pyside6-lupdate for your "
        f"area into resources/i18n/en/<area>.ts and fill them in (docs/translations.md):\n"
        f"{report}"
    )


def test_every_ts_file_is_english_and_compiles(tmp_path: Path) -> None:
    files = i18n.ts_files("en")
    assert any(f.name == "shell.ts" for f in files)
    for ts in files:
        root = ET.parse(ts).getroot()
        assert root.get("language", "").startswith("en"), ts.name
    compiled = i18n.compile_language("en")
    assert all(qm.exists() and qm.stat().st_size > 0 for qm in compiled)


def test_english_loads_and_shows(qtbot: QtBot, qapp: QApplication, language: list[object]) -> None:
    language.extend(i18n.install(qapp, "en"))
    assert QCoreApplication.translate("Screens", "Vandaag") == "Today"
    window = StartWindow(Path("/nonexistent/dorpsboek.db"))
    qtbot.addWidget(window)
    assert window.welcome.new_button.text() == "Start a new book"
    assert window.new_book.create_button.text() == "Make the book"


def test_dutch_loads_with_qt_own_strings_in_dutch(
    qtbot: QtBot, qapp: QApplication, language: list[object]
) -> None:
    language.extend(i18n.install(qapp, "nl"))
    assert language, "Qt's own Dutch translation (qtbase_nl) was not found"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    window = StartWindow(Path("/nonexistent/dorpsboek.db"))
    qtbot.addWidget(window)
    assert window.welcome.new_button.text() == "Een nieuw boek beginnen"


def test_unknown_language_falls_back_to_dutch() -> None:
    assert i18n.normalise("fr") == "nl"
    assert i18n.normalise("EN_gb") == "en"
    assert i18n.normalise("") == "nl"
