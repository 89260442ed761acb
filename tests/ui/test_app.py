"""Starting the app the real way, screenshots, and the small shell helpers (dialogs, worker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from dorpsboek.errors import BookInUse, WrongPassphrase
from dorpsboek.paths import default_book
from dorpsboek.settings import Settings
from dorpsboek.ui import dialogs, failures, worker
from dorpsboek.ui.app import PROBE_ENV, book_to_open, language
from tests.helpers import run_cli
from tests.ui.shell_helpers import settle


@pytest.mark.parametrize(("book_exists", "page"), [(False, "WelcomePage"), (True, "UnlockForm")])
def test_gui_command_paints_the_start_window_before_loading_the_store(
    tmp_path: Path, book_exists: bool, page: str
) -> None:
    """`dorpsboek gui` paints its first window, in Dutch and with its icon, before importing
    SQLAlchemy, the store, the crypto and Markdown libraries or the main window (cold start)."""
    book = tmp_path / "boek.db"
    if book_exists:
        book.write_bytes(b"")  # its existence alone picks the unlock page; it is not opened
    result = run_cli("--book", str(book), "gui", env={PROBE_ENV: "1", "DORPSBOEK_LANG": "nl"})
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith(PROBE_ENV))
    state = json.loads(line[len(PROBE_ENV) :])
    assert state == {
        "shown": True,
        "painted": True,
        "sqlalchemy": False,
        "loaded": [],
        "qt_namespace": False,  # see ui/widgets.set_by_name
        "page": page,
        "icon": True,
        "locale": "nl_NL",
    }


def test_settings_choose_book_and_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(tmp_path / "s.json")
    assert book_to_open(default_book(), settings) == default_book()
    settings.set("book_path", str(tmp_path / "ander.db"))
    assert book_to_open(default_book(), settings) == tmp_path / "ander.db"
    assert book_to_open(tmp_path / "expliciet.db", settings) == tmp_path / "expliciet.db"
    monkeypatch.delenv("DORPSBOEK_LANG")
    settings.set("language", "en")
    assert language(settings) == "en"
    monkeypatch.setenv("DORPSBOEK_LANG", "nl")
    assert language(settings) == "nl"


@pytest.mark.slow
def test_screenshots_render_every_screen(qtbot: QtBot, tmp_path: Path) -> None:
    from dorpsboek.ui.screens import SCREEN_KEYS
    from dorpsboek.ui.screenshots import render

    saved = render(tmp_path)
    names = {p.stem for p in saved}
    assert {"01-welkom", "02-nieuw-boek", "20-zoeken", "22-instellingen"} <= names
    assert all(any(n.endswith(key) for n in names) for key in SCREEN_KEYS)
    for path in saved:
        image = QImage(str(path))
        assert image.width() > 200 and image.height() > 100, path.name


def test_dialogs_answer_from_presets_and_record() -> None:
    with dialogs.recording() as rec:
        rec.preset("confirm", True, False)
        assert dialogs.confirm(None, "Verwijderen?") is True
        assert dialogs.confirm(None, "Echt?") is False
        dialogs.message(None, "Klaar.")
        rec.preset("ask_text", "Anna")
        assert dialogs.ask_text(None, "Naam") == "Anna"
        with pytest.raises(AssertionError, match="no preset answer for confirm"):
            dialogs.confirm(None, "Nog een vraag?")
    assert rec.texts("message") == ["Klaar."]
    assert rec.texts("confirm") == ["Verwijderen?", "Echt?", "Nog een vraag?"]


def test_worker_delivers_results_and_one_sentence_errors(qtbot: QtBot) -> None:
    got: list[object] = []
    worker.run(lambda: 41 + 1, got.append)
    worker.run(_raise(WrongPassphrase()), None, lambda sentence, exc: got.append(sentence))
    worker.run(_raise(BookInUse()), None, lambda sentence, exc: got.append(sentence))
    worker.run(_raise(KeyError("privé naam")), None, lambda sentence, exc: got.append(sentence))
    settle(qtbot)
    assert 42 in got  # jobs run side by side: callbacks come in any order
    assert {g for g in got if g != 42} == {
        "Het wachtwoord klopt niet. Probeer het nog eens.",
        "Het boek is al geopend, in een ander venster of proces van Dorpsboek.",
        "Er ging iets mis in Dorpsboek zelf. Uw gegevens zijn niet aangetast.",
    }


def test_unexpected_error_is_logged_without_its_message(caplog: pytest.LogCaptureFixture) -> None:
    failures.sentence(ValueError("Anna de Vries woont op nummer 3"))
    assert "ValueError" in caplog.text
    assert "Anna" not in caplog.text


def _raise(exc: Exception):  # type: ignore[no-untyped-def]
    def job() -> None:
        raise exc

    return job
