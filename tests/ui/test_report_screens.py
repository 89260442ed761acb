"""The Verantwoording and Signalen screens, inzage/vergeten dialogs and the audit trail viewer,
driven as she would, on real books; screenshots go to tmp (SCREENSHOTS=dir keeps them)."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.records import Kind
from dorpsboek.errors import NotFound
from dorpsboek.services import privacy, stories
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.privacy.actions import RetentionDialog, confirm_and_erase, show_inzage
from dorpsboek.ui.privacy.audit_view import AuditView
from dorpsboek.ui.screens import report, signals
from tests.services.report_book import build
from tests.ui.daily_helpers import context

TODAY = dt.date(2026, 2, 1)


def _shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _wait(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not worker.busy(), timeout=20_000)
    qtbot.wait(30)  # let the new widgets lay out before looking at them


def test_report_screen_counts_as_soon_as_the_window_creates_it(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    # The main window calls create() and refreshes only screens shown again.
    build(casebook)
    screen = report.create(context(casebook, tmp_path))
    qtbot.addWidget(screen)
    _wait(qtbot)
    assert screen.headline_table.rowCount() > 0


def test_report_screen_shows_the_numbers_and_exports(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    build(casebook)
    screen = report.ReportScreen(context(casebook, tmp_path), today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1000, 1400)
    screen.show()
    screen.refresh()
    _wait(qtbot)
    table = screen.headline_table
    cells = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert cells["Inwoners bereikt"] == "4" and cells["Contactmomenten"] == "7"
    assert (
        cells["Nieuwe hulpvragen (geopend in de periode)"] == "3"
        and cells["Doorverwijzingen"] == "< 3"
    )
    month = screen.charts["notes_by_month"].bars
    assert [b.text for b in month][:3] == ["< 3", "< 3", "< 3"] and len(month) == 12
    _shot(screen, "verantwoording", tmp_path)
    target = tmp_path / "uit" / "verslag"
    target.parent.mkdir()
    with dialogs.recording() as rec:
        rec.preset("save_file", str(target))
        screen.export("pdf")
        _wait(qtbot)
    assert (tmp_path / "uit" / "verslag.pdf").read_bytes().startswith(b"%PDF")
    assert "Opgeslagen" in screen.status.text()


def test_report_period_picker(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    build(casebook)
    screen = report.ReportScreen(context(casebook, tmp_path), today=TODAY)
    qtbot.addWidget(screen)
    assert screen.period().first == dt.date(2025, 1, 1)
    screen.choice.setCurrentIndex(screen.choice.findData("last_quarter"))
    assert (screen.period().first, screen.period().last) == (
        dt.date(2025, 10, 1),
        dt.date(2025, 12, 31),
    )
    _wait(qtbot)
    screen.choice.setCurrentIndex(screen.choice.findData("custom"))
    assert screen.first.isEnabled()
    screen.first.setDate(screen.first.date().addDays(-30))
    _wait(qtbot)
    assert screen.account is not None
    assert screen.account.numbers.period.first == dt.date(2025, 9, 1)


def test_signals_screen_lists_existing_signals_when_created(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    casebook.create(
        Kind.SIGNAL,
        {"theme": "vervoer", "description": "Geen bus op zaterdag", "noted_on": "2026-01-05"},
    )
    screen = signals.create(context(casebook, tmp_path))
    qtbot.addWidget(screen)
    _wait(qtbot)
    assert screen.signal_list.count() == 1


def test_signals_screen_flow_and_story_name_warning(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    casebook.add_person("Hendrik Kloosterhuis")
    screen = signals.SignalsScreen(context(casebook, tmp_path))
    qtbot.addWidget(screen)
    screen.resize(1000, 650)
    screen.show()
    screen.refresh()
    screen.new_signal()
    qtbot.keyClicks(screen.theme, "vervoer")
    qtbot.keyClicks(screen.description, "De bus rijdt niet meer op zaterdag")
    screen.save_signal()
    assert screen.signal_list.count() == 1
    screen.next_step()
    assert [s.status for s in stories.list_signals(casebook)] == ["discussed"]
    assert "Besproken met klankbordgroep" in screen.signal_list.item(0).text()
    screen.tabs.setCurrentIndex(1)
    screen.new_story()
    qtbot.keyClicks(screen.title, "Weer samen eten")
    qtbot.keyClicks(screen.story_text, "Meneer Kloosterhuis kwam voor het eerst.")
    qtbot.waitUntil(lambda: "Hendrik Kloosterhuis" in screen.story_warning.text())
    _shot(screen, "verhalen-waarschuwing", tmp_path)
    screen.save_story()  # never blocked
    assert [s.title for s in stories.list_stories(casebook)] == ["Weer samen eten"]
    screen.story_text.setPlainText("Een oudere inwoner kwam voor het eerst.")
    screen.check_names()
    assert screen.story_warning.text() == ""
    screen.tabs.setCurrentIndex(0)
    _shot(screen, "signalen", tmp_path)


def test_inzage_and_erase_dialogs(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = build(casebook)
    ctx = context(casebook, tmp_path)
    dialog = show_inzage(ctx, built.anna)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "Anna Zwartjes" in text and "Kerkweg 1" in text and "Terugbellen" in text
    dialog.resize(900, 700)
    _shot(dialog, "inzage", tmp_path)
    with dialogs.recording() as rec:
        rec.preset("save_file", str(tmp_path / "inzage.pdf"))
        assert dialog.save("pdf") == tmp_path / "inzage.pdf"
    assert (tmp_path / "inzage.pdf").read_bytes().startswith(b"%PDF")
    with dialogs.recording() as rec:
        rec.preset("confirm", False)
        assert not confirm_and_erase(ctx, built.anna)
        assert "alle notities (3)" in rec.texts("confirm")[0]
    assert casebook.get(Kind.PERSON, built.anna)
    threads: list[threading.Thread] = []
    real_erase = privacy.erase_person

    def erase_and_note_the_thread(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real_erase(*args, **kwargs)

    monkeypatch.setattr(privacy, "erase_person", erase_and_note_the_thread)
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        assert confirm_and_erase(ctx, built.anna)
    assert threads and threads[0] is not threading.main_thread()  # the GUI stays responsive
    assert rec.texts("message") == ["De inwoner is gewist."]
    with pytest.raises(NotFound):
        casebook.get(Kind.PERSON, built.anna)


def test_retention_dialog_keep_and_erase(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    old = dt.date.today() - dt.timedelta(days=800)
    a = casebook.add_person("Lang Geleden", status="closed")
    casebook.add_note("x", person_id=a, on_date=old)
    b = casebook.add_person("Ook Lang Geleden", status="dormant")
    casebook.add_note("x", person_id=b, on_date=old + dt.timedelta(days=1))
    dialog = RetentionDialog(context(casebook, tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    _shot(dialog, "bewaartermijn", tmp_path)
    dialog.list.setCurrentRow(0)
    dialog._keep()
    assert dialog.list.count() == 1
    with dialogs.recording() as rec:
        rec.preset("confirm", True)
        dialog._erase()
    assert dialog.list.item(0).text() == "Niemand om na te kijken."
    assert [c.name for c in privacy.retention_candidates(casebook)] == []


def test_audit_view_filters(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    built = build(casebook)
    other = Casebook(casebook.book, actor="Waarnemer")
    other.add_note("Na de overdracht", person_id=built.bert)
    privacy.erase_person(casebook, built.cor)
    view = AuditView(context(casebook, tmp_path))
    qtbot.addWidget(view)
    total = view.model.rowCount()
    view.actor.setCurrentIndex(view.actor.findData("Waarnemer"))
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 4)) == "Bert van der Molenaar"
    view.actor.setCurrentIndex(0)
    view.action.setCurrentIndex(view.action.findData("erase"))
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 4)) == "—"  # no name of the erased resident
    view.action.setCurrentIndex(0)
    qtbot.keyClicks(view.text, "zwartjes")
    assert 0 < view.model.rowCount() < total
    view.resize(1100, 600)
    _shot(view, "logboek", tmp_path)


@pytest.mark.slow
def test_report_screen_on_a_demo_village(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    generate(casebook.book, DemoSize(300, 4000, 40, 25), 4, TODAY)
    stories.add_story(
        casebook, "Weer op de markt", "Met de buurtbus naar de markt.", on_date="2025-05-01"
    )
    screen = report.ReportScreen(context(casebook, tmp_path), today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1000, 1600)
    screen.show()
    screen.refresh()
    _wait(qtbot)
    assert screen.account is not None and screen.account.numbers.notes_total > 1000
    _shot(screen, "verantwoording-demo", tmp_path)
    _shot(screen.page, "verantwoording-demo-hele-pagina", tmp_path)
