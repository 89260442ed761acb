"""The residents list asks the book a page at a time: scrolled to the end it holds every
resident once, in the order and with the filter of the whole list asked at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.daily import ResidentRow
from dorpsboek.domain.textfold import fold
from dorpsboek.services import people
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui.daily_common import PagedTableModel
from dorpsboek.ui.screens import residents
from tests.ui.daily_helpers import context

TODAY = dt.date(2026, 11, 22)


def _scrolled(model: PagedTableModel) -> list[ResidentRow]:
    """Every row as the view gets it: fetchMore until there is no more."""
    root = model.index(-1, -1)
    while model.canFetchMore(root):
        model.fetchMore(root)
    return [model.row_at(i) for i in range(model.rowCount())]


def test_paged_model_reaches_every_row_and_asks_pages(qtbot: QtBot) -> None:
    rows = list(range(450))
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return rows[offset : offset + limit]

    model = PagedTableModel(("n",), lambda r: (str(r),))
    model.set_source(fetch, len(rows))
    assert model.rowCount() == 200 and model.total() == 450 and asked == [(0, 200)]
    assert model.row_at(420) == 420  # a row beyond the page: fetched, not yet shown
    assert model.rowCount() == 200
    root = model.index(-1, -1)
    while model.canFetchMore(root):
        model.fetchMore(root)
    assert model.rowCount() == 450
    assert [model.index(i, 0).data() for i in range(450)] == [str(r) for r in rows]
    assert all(limit <= 421 for _offset, limit in asked)


def test_paged_model_stops_where_the_book_ends(qtbot: QtBot) -> None:
    rows = list(range(300))
    model = PagedTableModel(("n",), lambda r: (str(r),))
    model.set_source(lambda offset, limit: rows[offset : offset + limit], 350)  # counted 350
    root = model.index(-1, -1)
    while model.canFetchMore(root):
        model.fetchMore(root)
    assert model.rowCount() == model.total() == 300


def _haystack(row: ResidentRow) -> str:
    """The filter as the list applied it in Python before it went to SQL."""
    return fold(f"{row.name} {row.address} {row.phone}")


def test_every_resident_once_in_every_order_and_filter(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    generate(casebook.book, DemoSize(520, 900, 5, 5), seed=5, today=TODAY)
    for name in ("Ömer Çelik", "Élise Bakker", "ELISE bakker", "Twee Keer", "Twee Keer"):
        people.add_person(casebook, name, address="Brink 1")  # no contact: ties in every order
    screen = residents.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    everyone = people.residents(casebook)
    assert screen.model.rowCount() == 200 and screen.model.total() == len(everyone) > 500
    assert _scrolled(screen.model) == everyone
    for order in ("last_contact", "last_contact_desc"):
        screen.order.setCurrentIndex(screen.order.findData(order))
        assert _scrolled(screen.model) == people.residents(casebook, order=order)
    screen.order.setCurrentIndex(0)
    for typed in ("elise", "omer cel", "brink", "a e", "zzzz"):
        screen.filter_text.setText(typed)
        words = fold(typed).split()
        expected = [r for r in everyone if all(w in _haystack(r) for w in words)]
        assert _scrolled(screen.model) == expected
        assert screen.model.total() == len(expected)
    assert screen.count.text() == "Niemand gevonden die hierbij past."


def test_the_name_pickers_get_every_resident_in_the_same_order(casebook: Casebook) -> None:
    generate(casebook.book, DemoSize(80, 120, 5, 5), seed=6, today=TODAY)
    people.add_person(casebook, "Twee Keer", address="Brink 1")
    people.add_person(casebook, "Twee Keer", phone="0612345678")
    full = people.residents(casebook)
    names = people.resident_names(casebook)
    assert [(r.id, r.name, r.address, r.phone) for r in names] == [
        (r.id, r.name, r.address, r.phone) for r in full
    ]
