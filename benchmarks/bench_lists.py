"""Daily-screen benchmarks: first paint of the residents list against a bare fetchMore model.

Measured on the same book in the same run, samples interleaved:

- `lists_residents_first_paint_ms`: the Inwoners list from nothing to painted, as the screen
  does it — the count and the first page of 200 rows asked of SQL (`people.resident_count`,
  `people.residents(offset=0, limit=200)`, last contact per row from the partial index), the
  screen's paged model (`ResidentsModel.set_source`) and a synchronous repaint of the view;
- `lists_floor_first_paint_ms`: the floor — the same count and page SQL on a held raw
  connection into plain tuples, a bare QAbstractTableModel with canFetchMore/fetchMore, the
  same view size, repaint;
- the same two without the query (`..._paint_only_ms`: rows already in memory), and memory of
  the rows plus model (tracemalloc) for both;
- also: the help-request list, sorting by last contact, Vandaag, a resident page, and opening
  the quick-note dialog (which loads every resident's name for the completer).

Run alone: `python -m benchmarks.bench_lists --scale small`.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from benchmarks.common import (
    SCALES,
    copy_book,
    ensure_book,
    per_scale,
    percentile,
    prepare_env,
    private_folder,
    summary_ms,
)

ROUNDS = {"village": 15, "small": 15, "tiny": 3}
VIEW_SIZE = (1100, 700)


def run(scale: str) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prepare_env(scale)
    cached = ensure_book(scale)
    from PySide6.QtWidgets import QApplication

    from dorpsboek.services.casebook import Casebook
    from dorpsboek.settings import Settings
    from dorpsboek.store.book import Book
    from dorpsboek.ui.screens.base import ScreenContext

    app = QApplication.instance() or QApplication([])
    rounds = per_scale(ROUNDS, scale)
    out: dict[str, Any] = {}
    # A private copy: other benchmark modules (or processes) may hold the cached book's lock.
    with private_folder("lists") as folder:
        path = copy_book(scale, folder)
        with Book.open(path, cached.passphrase) as book:
            casebook = Casebook(book)
            context = ScreenContext(casebook, Settings(folder / "settings.json"))
            out.update(_residents_vs_floor(app, book, casebook, rounds))
            out.update(_memory(book, casebook))
            out.update(_screens(app, context, rounds))
    return out


# ----- the residents list against its floor --------------------------------------------------


def _bare_model_class() -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class BareModel(QAbstractTableModel):
        """The least a fetchMore table model can do: tuples, 200 rows at a time."""

        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows, self.shown = rows, min(200, len(rows))

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else self.shown

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 5

        def canFetchMore(self, parent: Any) -> bool:
            return self.shown < len(self.rows)

        def fetchMore(self, parent: Any) -> None:
            more = min(200, len(self.rows) - self.shown)
            self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
            self.shown += more
            self.endInsertRows()

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            value = self.rows[index.row()][index.column() + 1]
            return "" if value is None else str(value)

    return BareModel


def _floor_sql() -> str:
    from dorpsboek.store import people as people_store

    # The very statement the service runs, so the floor differs only in the layers above it.
    return (
        "SELECT p.id, p.name, p.status, p.phone, p.address, "
        f"{people_store._LAST_CONTACT} AS last_contact FROM persons p "
        "WHERE p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.seq"
    )


PAGE = 200  # what the screen's model asks first
COUNT_SQL = "SELECT count(*) FROM persons p WHERE p.deleted_at IS NULL"


def _floor_rows(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    """The floor's first paint asks what the screen asks: the count, then one page."""
    conn.execute(COUNT_SQL).fetchone()
    return list(conn.execute(f"{sql} LIMIT {PAGE}").fetchall())


def _view(app: Any, model: Any) -> Any:
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.resize(*VIEW_SIZE)
    view.setModel(model)
    view.show()
    app.processEvents()
    return view


def _paint(view: Any) -> None:
    view.viewport().repaint()


def _residents_vs_floor(app: Any, book: Any, casebook: Any, rounds: int) -> dict[str, Any]:
    from dorpsboek.services import people
    from dorpsboek.ui.screens.residents import ResidentsModel

    bare_class = _bare_model_class()
    sql = _floor_sql()
    ours_model = ResidentsModel()
    ours_view = _view(app, ours_model)
    floor_model = bare_class([])
    floor_view = _view(app, floor_model)
    with book.raw() as conn:
        ours: list[float] = []
        floor: list[float] = []
        ours_paint: list[float] = []
        floor_paint: list[float] = []
        rows_ours = people.residents(casebook)
        rows_floor = conn.execute(sql).fetchall()
        for _ in range(rounds + 2):  # two warm-up rounds
            gc.collect()
            ours.append(_timed(lambda: _fill_ours(ours_model, ours_view, casebook)))
            floor.append(_timed(lambda: _fill_floor(floor_view, bare_class, conn, sql)))
            ours_paint.append(_timed(lambda: _set(ours_model, ours_view, rows_ours)))
            floor_paint.append(_timed(lambda: _set_bare(floor_view, bare_class, rows_floor)))
    ours, floor, ours_paint, floor_paint = (s[2:] for s in (ours, floor, ours_paint, floor_paint))
    sorted_s = [
        _timed(lambda: people.residents(casebook, order="last_contact")) for _ in range(rounds)
    ]
    return {
        "lists_residents_rows": len(rows_ours),
        "lists_residents_first_paint_ms": summary_ms(ours),
        "lists_floor_first_paint_ms": summary_ms(floor),
        "lists_first_paint_ratio_p50": _ratio(_p50(ours), _p50(floor)),
        "lists_residents_paint_only_ms": summary_ms(ours_paint),
        "lists_floor_paint_only_ms": summary_ms(floor_paint),
        "lists_paint_only_ratio_p50": _ratio(_p50(ours_paint), _p50(floor_paint)),
        "lists_residents_sort_last_contact_ms": summary_ms(sorted_s),
    }


def _fill_ours(model: Any, view: Any, casebook: Any) -> None:
    _source(model, casebook)
    _paint(view)


def _source(model: Any, casebook: Any) -> None:
    """What ResidentsScreen._apply_filter hands its model with no filter set."""
    from dorpsboek.services import people

    def page(offset: int, limit: int) -> list[Any]:
        return people.residents(casebook, offset=offset, limit=limit)

    model.set_source(page, people.resident_count(casebook))


def _set(model: Any, view: Any, rows: list[Any]) -> None:
    model.set_source(lambda offset, limit: rows[offset : offset + limit], len(rows))
    _paint(view)


def _fill_floor(view: Any, bare_class: Any, conn: Any, sql: str) -> None:
    _set_bare(view, bare_class, _floor_rows(conn, sql))


def _set_bare(view: Any, bare_class: Any, rows: list[Any]) -> None:
    model = bare_class(rows)
    view.setModel(model)
    view._keep = model  # the view does not own a model set this way
    _paint(view)


# ----- memory -----------------------------------------------------------------------------------


def _memory(book: Any, casebook: Any) -> dict[str, Any]:
    """Python memory held by the rows plus the model, ours against the floor (tuples)."""
    from dorpsboek.ui.screens.residents import ResidentsModel

    sql = _floor_sql()
    bare_class = _bare_model_class()

    def ours() -> Any:
        model = ResidentsModel()
        _source(model, casebook)
        return model

    def floor() -> Any:
        with book.raw() as conn:
            return bare_class(_floor_rows(conn, sql))

    ours_mib, floor_mib = _held_mib(ours), _held_mib(floor)
    return {
        "lists_residents_memory_mib": ours_mib,
        "lists_floor_memory_mib": floor_mib,
        "lists_memory_ratio": _ratio(ours_mib, floor_mib),
    }


def _held_mib(make: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        held = make()
        gc.collect()
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del held
    return round(size / (1024 * 1024), 3)


# ----- the other daily screens ------------------------------------------------------------------


def _screens(app: Any, context: Any, rounds: int) -> dict[str, Any]:
    from dorpsboek.services import people
    from dorpsboek.ui.quick_note import QuickNoteDialog
    from dorpsboek.ui.screens import help_requests, residents, today

    help_screen = help_requests.create(context, None)
    help_screen.resize(*VIEW_SIZE)
    help_screen.show()
    today_screen = today.create(context, None)
    resident_screen = residents.create(context, None)
    resident_screen.resize(*VIEW_SIZE)
    busiest = max(
        people.residents(context.casebook, order="last_contact_desc")[:50],
        key=lambda r: len(context.casebook.notes_for_person(r.id)),
    )
    samples: dict[str, list[float]] = {"help": [], "today": [], "page": [], "quick": []}
    for _ in range(rounds):
        samples["help"].append(_timed(lambda: _refresh_paint(help_screen, help_screen.table)))
        samples["today"].append(_timed(today_screen.refresh))
        samples["page"].append(_timed(lambda: resident_screen.show_person(busiest.id)))
        samples["quick"].append(_timed(lambda: QuickNoteDialog(context).deleteLater()))
        app.processEvents()
    return {
        "lists_help_requests_first_paint_ms": summary_ms(samples["help"]),
        "lists_today_refresh_ms": summary_ms(samples["today"]),
        "lists_resident_page_open_ms": summary_ms(samples["page"]),
        "lists_resident_page_notes": len(context.casebook.notes_for_person(busiest.id)),
        "lists_quick_note_open_ms": summary_ms(samples["quick"]),
    }


def _refresh_paint(screen: Any, view: Any) -> None:
    screen.refresh()
    _paint(view)


# ----- small helpers ----------------------------------------------------------------------------


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _p50(samples: list[float]) -> float:
    return percentile(samples, 50)


def _ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="small", choices=list(SCALES))
    args = parser.parse_args()
    json.dump(run(args.scale), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
