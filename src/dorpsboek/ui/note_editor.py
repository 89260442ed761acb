"""The note text field: `#tag` and `@name` completion, Ctrl+Enter sends "save"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QWidget

from dorpsboek.domain.daily import Mentionable

_TRIGGER = re.compile(r"(?:^|(?<=[\s(]))([#@])([\w-]*)$", re.UNICODE)
_POPUP_KEYS = {
    Qt.Key.Key_Enter,
    Qt.Key.Key_Return,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
}


class NoteTextEdit(QPlainTextEdit):
    """Plain text (Markdown) with completion after `#` and `@`."""

    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._tags: list[str] = []
        self._tag_source: Callable[[], Sequence[str]] | None = None
        self._mentionables: dict[str, Mentionable] = {}
        self._picked: list[Mentionable] = []
        self._mode = ""
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.activated.connect(self.insert_completion)
        popup = self._completer.popup()
        assert popup is not None
        self._popup = popup

    def set_tags(self, tags: Sequence[str]) -> None:
        self._tags = list(tags)
        self._tag_source = None

    def set_tag_source(self, source: Callable[[], Sequence[str]]) -> None:
        """Tags asked only when she first types `#`: counting every tag of the book reads an
        index as large as the notes, which opening the dialog should not wait for."""
        self._tag_source = source

    def set_mentionables(self, items: Sequence[Mentionable]) -> None:
        self._mentionables = {m.name: m for m in items}
        if self._mode == "mentions":
            self._model.setStringList(list(self._mentionables))

    def mentions(self) -> tuple[Mentionable, ...]:
        """Volunteers and organisations picked with `@` (the service keeps those still named)."""
        return tuple(self._picked)

    def completer(self) -> QCompleter:
        return self._completer

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._popup
        if popup.isVisible() and event.key() in _POPUP_KEYS:
            event.ignore()  # the completer takes these
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit.emit()
            return
        super().keyPressEvent(event)
        self._update_popup()

    def _update_popup(self) -> None:
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        match = _TRIGGER.search(before)
        popup = self._popup
        if match is None:
            popup.hide()
            return
        mark, prefix = match.group(1), match.group(2)
        self._set_mode("tags" if mark == "#" else "mentions")
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() == 0 or (mark == "#" and not prefix):
            popup.hide()
            return
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8)
        self._completer.complete(rect)

    def _set_mode(self, mode: str) -> None:
        if mode == self._mode:
            return
        self._mode = mode
        if mode == "tags":
            if self._tag_source is not None:
                self.set_tags(self._tag_source())
            self._model.setStringList(self._tags)
            self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        else:
            self._model.setStringList(list(self._mentionables))
            self._completer.setFilterMode(Qt.MatchFlag.MatchContains)

    def insert_completion(self, completion: str) -> None:
        """Replace the word typed after `#`/`@` by the picked tag or name."""
        cursor = self.textCursor()
        typed = len(self._completer.completionPrefix())
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, typed)
        cursor.insertText(completion + " ")
        self.setTextCursor(cursor)
        if self._mode == "mentions" and completion in self._mentionables:
            self._picked.append(self._mentionables[completion])
        self._popup.hide()
