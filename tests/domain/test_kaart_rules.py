"""Staleness, VOG age, availability text and the search-as-you-type rule."""

from __future__ import annotations

import datetime as dt

import pytest

from dorpsboek.domain.kaart import Entry, add_months, is_stale, matches_query
from dorpsboek.domain.volunteers import (
    availability_summary,
    availability_text,
    parse_active,
    parse_availability,
    parse_availability_text,
    vog_is_old,
)

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("checked", "stale"),
    [
        ("2025-11-22", False),  # exactly 12 months ago: still current
        ("2025-11-21", True),  # one day more: marked
        ("2026-06-01", False),
        (None, True),  # never checked
        ("", True),
        ("onzin", True),
    ],
)
def test_stale_boundary(checked: str | None, stale: bool) -> None:
    assert is_stale(checked, TODAY, 12) is stale


def test_stale_months_setting_is_used() -> None:
    assert is_stale("2026-05-21", TODAY, 6)
    assert not is_stale("2026-05-22", TODAY, 6)


def test_add_months_clamps_month_end() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)


def test_vog_warning_after_max_years() -> None:
    assert not vog_is_old(None, TODAY, 3)
    assert not vog_is_old("2023-11-22", TODAY, 3)
    assert vog_is_old("2023-11-21", TODAY, 3)


def test_availability_round_trips_through_text() -> None:
    slots = parse_availability('{"mon": ["morning", "afternoon"], "sat": ["evening"]}')
    text = availability_text(slots)
    assert text == "ma ochtend, ma middag, za avond"
    assert parse_availability_text(text) == slots


def test_availability_text_variants() -> None:
    assert parse_availability_text("di-do 's middags") == {
        "tue": ("afternoon",),
        "wed": ("afternoon",),
        "thu": ("afternoon",),
    }
    assert parse_availability_text("Zaterdag") == {"sat": ("morning", "afternoon", "evening")}
    assert parse_availability_text("Monday morning; friday evening") == {
        "mon": ("morning",),
        "fri": ("evening",),
    }
    assert parse_availability_text("als het uitkomt") is None


def test_broken_availability_json_means_unknown() -> None:
    assert parse_availability("{kapot") == {}
    assert parse_availability('["mon"]') == {}


def test_active_words() -> None:
    assert parse_active("Ja") is True
    assert parse_active("") is True
    assert parse_active("gepauzeerd") is False
    assert parse_active("misschien") is None


def test_search_narrows_on_every_word_without_diacritics() -> None:
    entry = Entry(id="1", name="Coöperatie Zorg Dichtbij", category="zorg", city="Eexterveen")
    assert matches_query(entry, "cooperatie")
    assert matches_query(entry, "zorg eext")
    assert not matches_query(entry, "zorg vervoer")
    assert matches_query(entry, "  ")


def test_availability_summary_is_short_for_a_hand_out() -> None:
    slots = {"mon": ("afternoon", "evening"), "thu": ("morning", "afternoon", "evening")}
    assert availability_summary(slots) == "ma middag en avond; do hele dag"
    assert availability_summary(slots, "en") == "Mon afternoon and evening; Thu all day"
    assert availability_summary({}) == ""
