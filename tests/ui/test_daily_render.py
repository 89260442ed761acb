"""Every daily screen and the quick-note dialog render with a demo village, with no gaps."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.screens import help_requests, residents, today
from tests.ui.daily_helpers import context, items


def test_screens_render_a_demo_village(qtbot: QtBot, casebook: Casebook, tmp_path: Path) -> None:
    generate(casebook.book, DemoSize(persons=80, notes=400, organisations=20, volunteers=10))
    ctx = context(casebook, tmp_path)
    shots = tmp_path / "png"
    shots.mkdir()
    for module in (today, residents, help_requests):
        screen = module.create(ctx, None)
        qtbot.addWidget(screen)
        screen.resize(1100, 700)
        screen.show()
        qtbot.waitExposed(screen)
        image = screen.grab()
        assert not image.isNull()
        assert image.save(str(shots / f"{module.__name__.rsplit('.', 1)[1]}.png"))
        if module is today:
            assert len(items(screen.notes)) == 10
        if module is residents:
            assert screen.model.total() == 80
            screen.show_record("person", screen.model.row_at(0).id)
            assert screen.page.tabs.tabText(0).startswith("Contactmomenten (")
            assert screen.page.grab().save(str(shots / "resident_page.png"))
        if module is help_requests:
            assert screen.model.total() == 20
    dialog = QuickNoteDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.grab().save(str(shots / "quick_note.png"))
    assert len(list(shots.glob("*.png"))) == 5
