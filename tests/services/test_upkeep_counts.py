"""Vandaag's upkeep lists asked of SQL (count, first few) give what the Python rules gave:
the same entries and volunteers, in the same order, and the same counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.kaart import Entry, is_stale, last_old_day
from dorpsboek.domain.textfold import fold
from dorpsboek.domain.volunteers import vog_is_old
from dorpsboek.services import kaart, volunteers
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings

TODAY = dt.date(2026, 11, 22)
# Dates a book can hold besides clean ISO days: empty, a timestamp, words, an impossible
# day, and forms Python's fromisoformat reads although SQLite's date() would not.
ODD_DATES = ("", "2025-03-01T10:00:00", "morgen", "2025-02-30", "20250101", "2025-W01-1")
ODD_NAMES = ("Élan Zorg", "elan zorg", "Eva", "eva", "Ömer", "Oost", " Spatie")


def _odd_book(cb: Casebook) -> None:
    generate(cb.book, DemoSize(40, 60, 80, 40), seed=3, today=TODAY)
    for i, day in enumerate(ODD_DATES):
        for name in ODD_NAMES[i % 3 :: 2]:
            kaart.save_entry(cb, {"name": name, "last_checked_on": day})
            volunteers.save_volunteer(cb, {"name": name, "vog_on": day or None})


def _python_stale(cb: Casebook, settings: Settings) -> list[Entry]:
    """The rule as Vandaag applied it before: every entry built, filtered and sorted."""
    found = [e for e in kaart.list_entries(cb, settings, today=TODAY) if e.stale]
    return sorted(found, key=lambda e: (e.last_checked_on or "", fold(e.name)))


def test_stale_entries_and_count_match_the_python_rule(casebook: Casebook, tmp_path: Path) -> None:
    _odd_book(casebook)
    settings = Settings(tmp_path / "s.json")
    for months in (1, 12, 30):
        settings.set("stale_months", months)
        expected = _python_stale(casebook, settings)
        assert kaart.stale_entries(casebook, settings, today=TODAY) == expected
        assert kaart.stale_entries(casebook, settings, today=TODAY, limit=6) == expected[:6]
        assert kaart.stale_count(casebook, settings, today=TODAY) == len(expected)
    assert len(expected) > 6


def test_oldest_vogs_and_count_match_the_python_rule(casebook: Casebook, tmp_path: Path) -> None:
    _odd_book(casebook)
    settings = Settings(tmp_path / "s.json")
    for years in (1, 3):
        settings.set("vog_max_years", years)
        warned = volunteers.vog_warnings(casebook, settings, today=TODAY)
        expected = sorted(warned, key=lambda v: v.vog_on or "")  # what Vandaag did
        assert volunteers.oldest_vogs(casebook, settings, today=TODAY) == expected
        assert volunteers.oldest_vogs(casebook, settings, today=TODAY, limit=6) == expected[:6]
        assert volunteers.old_vog_count(casebook, settings, today=TODAY) == len(expected)
    assert len(expected) > 6


@given(
    today=st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)),
    months=st.integers(0, 240),
    back=st.integers(-40, 400 * 31),
)
def test_last_old_day_splits_the_days_as_the_rules_do(
    today: dt.date, months: int, back: int
) -> None:
    day = today - dt.timedelta(days=back)
    old = day <= last_old_day(today, months)
    assert is_stale(day.isoformat(), today, months) == old
    if months % 12 == 0:
        assert vog_is_old(day.isoformat(), today, months // 12) == old
