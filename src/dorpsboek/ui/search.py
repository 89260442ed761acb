"""The one search box: searches everything as she types, off the GUI thread, grouped by kind.

Each keystroke bumps a generation number; only the newest query's results are painted, and
while a search runs only the latest waiting query is kept (older keystrokes are dropped).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from dorpsboek.ui import worker

LIMIT = 80  # asked from the book; the popup shows at most PER_KIND of each kind
PER_KIND = 6
KIND_ORDER = ("person", "note", "organisation", "volunteer")
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def group_title(kind: str) -> str:
    titles = {
        "person": QCoreApplication.translate("Search", "Inwoners"),
        "note": QCoreApplication.translate("Search", "Notities"),
        "organisation": QCoreApplication.translate("Search", "Sociale kaart"),
        "volunteer": QCoreApplication.translate("Search", "Vrijwilligers"),
    }
    return titles.get(kind, kind)


def grouped(hits: list[Any]) -> list[tuple[str, list[Any]]]:
    """Hits per kind in a fixed order; within a kind the search's own order (best first)."""
    groups: list[tuple[str, list[Any]]] = []
    for kind in KIND_ORDER:
        members = [h for h in hits if h.kind == kind]
        if members:
            groups.append((kind, members))
    return groups


class SearchRunner(QObject):
    """Runs `search(query)` in the worker; emits only results of the newest query."""

    results = Signal(str, list)  # query, hits

    def __init__(self, search: Callable[[str], list[Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.generation = 0
        self.running = False
        self.waiting: tuple[int, str] | None = None
        self.last_ms = 0.0

    def ask(self, query: str) -> None:
        self.generation += 1
        if not query.strip():
            self.waiting = None
            self.results.emit(query, [])
            return
        if self.running:
            self.waiting = (self.generation, query)
        else:
            self._start(self.generation, query)

    def _start(self, generation: int, query: str) -> None:
        self.running = True
        start = time.perf_counter()
        search = self.search

        def done(hits: list[Any]) -> None:
            self.last_ms = (time.perf_counter() - start) * 1000
            self._finished(generation, query, hits)

        worker.run(
            lambda: search(query), done, lambda _s, _e: self._finished(generation, query, [])
        )

    def _finished(self, generation: int, query: str, hits: list[Any]) -> None:
        self.running = False
        if generation == self.generation:
            self.results.emit(query, hits)
        if self.waiting is not None:
            waiting, self.waiting = self.waiting, None
            self._start(*waiting)


class ResultList(QListWidget):
    """The results under the search box, one header per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Zoekresultaten"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(max(1, self.fontMetrics().height() // 8))

    def show_hits(self, hits: list[Any], empty_text: str) -> None:
        self.clear()
        if not hits:
            item = QListWidgetItem(empty_text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        best = hits[0]
        for kind, members in grouped(hits):
            header = QListWidgetItem(group_title(kind))
            font = QFont(self.font())
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # drawn normally, never chosen
            self.addItem(header)
            for hit in members[:PER_KIND]:
                item = QListWidgetItem(_label(hit))
                item.setData(HIT_ROLE, hit)
                self.addItem(item)
                if hit is best:
                    self.setCurrentItem(item)
            if len(members) > PER_KIND:
                more = QListWidgetItem(self.tr("    … en nog meer; typ verder om te kiezen"))
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addItem(more)

    def hit_items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count()) if self.item(i).data(HIT_ROLE)]

    def step(self, step: int) -> None:
        items = self.hit_items()
        if not items:
            return
        current = self.currentItem()
        index = items.index(current) if current in items else -1
        self.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def current_hit(self) -> Any:
        item = self.currentItem()
        return item.data(HIT_ROLE) if item is not None else None


def _label(hit: Any) -> str:
    snippet = hit.snippet.replace("[", "").replace("]", "").strip()
    if hit.kind == "note" and snippet:
        return f"{hit.title}\n    {snippet}"
    return str(hit.title)


class SearchBox(QLineEdit):
    """Type to search; Down/Up choose, Enter opens the chosen (at first: the best) hit."""

    open_hit = Signal(str, str)  # kind, record id
    painted = Signal(str, int)  # query, number of hits (tests and the benchmark wait on it)

    def __init__(self, search: Callable[[str], list[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Zoeken in alles (Ctrl+K)"))
        self.setAccessibleName(self.tr("Zoeken"))
        self.setClearButtonEnabled(True)
        self.runner = SearchRunner(search, self)
        self.popup = ResultList(self.window())
        self.popup.hide()
        self.popup.itemClicked.connect(self._clicked)
        self.runner.results.connect(self._paint)
        self.open_when_ready = False  # Enter pressed before the results were there
        self.textEdited.connect(self._edited)
        self.textChanged.connect(lambda t: None if t else self.close_popup())
        self.installEventFilter(self)

    def _edited(self, text: str) -> None:
        self.open_when_ready = False
        self.runner.ask(text)

    def _paint(self, query: str, hits: list[Any]) -> None:
        if query != self.text():
            return
        if not query.strip():
            self.close_popup()
            return
        self.popup.show_hits(hits, self.tr("Niets gevonden voor ‘%1’.").replace("%1", query))
        self._place_popup()
        self.painted.emit(query, len(hits))
        if self.open_when_ready and hits:
            self.open_when_ready = False
            self._open(hits[0])

    def _place_popup(self) -> None:
        host = self.popup.parentWidget()
        if host is None:
            return
        corner = self.mapTo(host, self.rect().bottomLeft())
        width = max(self.width(), self.fontMetrics().averageCharWidth() * 60)
        rows = max(self.popup.count(), 1)
        rows_height = sum(self.popup.sizeHintForRow(i) for i in range(rows))
        wanted = rows_height + 2 * self.popup.spacing() * rows + 2 * self.popup.frameWidth() + 4
        height = min(wanted, host.height() - corner.y() - 8)
        self.popup.setGeometry(corner.x(), corner.y() + 2, width, max(height, 40))
        self.popup.show()
        self.popup.raise_()

    def close_popup(self) -> None:
        self.popup.hide()

    def _clicked(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self._open(hit)

    def _open(self, hit: Any) -> None:
        self.close_popup()
        self.open_hit.emit(hit.kind, hit.id)

    def open_current(self) -> bool:
        hit = self.popup.current_hit() if self.popup.isVisible() else None
        if hit is None:
            return False
        self._open(hit)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event.key())
        if watched is self and event.type() == QEvent.Type.FocusOut:
            # The list never takes focus, so focus leaving means she went elsewhere.
            self.close_popup()
        return super().eventFilter(watched, event)

    def _key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.open_current():
                return True
            # Typed fast and pressed Enter before the results came: open the best one then.
            self.open_when_ready = bool(self.text().strip())
            return self.open_when_ready
        if key == Qt.Key.Key_Down:
            self.popup.step(1)
            return True
        if key == Qt.Key.Key_Up:
            self.popup.step(-1)
            return True
        if key == Qt.Key.Key_Escape and (self.popup.isVisible() or self.text()):
            # Escape ends the search: the words go too, or they would look like a filter on
            # every screen she opens next.
            self.close_popup()
            self.clear()
            return True
        return False
