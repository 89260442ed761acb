"""The note editor asks for the book's tags only when she first types `#`."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dorpsboek.ui.note_editor import NoteTextEdit


def test_tags_are_asked_on_the_first_hash_and_once(qtbot: QtBot) -> None:
    asked: list[int] = []

    def source() -> list[str]:
        asked.append(1)
        return ["vervoer", "verhuizing", "eenzaamheid"]

    editor = NoteTextEdit()
    qtbot.addWidget(editor)
    editor.set_tag_source(source)
    editor.show()
    qtbot.keyClicks(editor, "Gebeld over ")
    assert asked == []
    qtbot.keyClicks(editor, "#ver")
    assert asked == [1]
    completer = editor.completer()
    shown = [completer.completionModel().index(i, 0).data() for i in range(2)]
    assert shown == ["vervoer", "verhuizing"]
    qtbot.keyClicks(editor, " en #een")
    assert asked == [1]
