"""The dates a repeating reminder yields (python-dateutil's rrule under our rule)."""

from __future__ import annotations

import datetime as dt

import pytest

from dorpsboek.domain.recurrence import Every, next_due, parse_every, upcoming

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3d", Every(3, "d")), (" 2W ", Every(2, "w")), ("1m", Every(1, "m")), ("", None)],
)
def test_parse(text: str, expected: Every | None) -> None:
    assert parse_every(text) == expected


@pytest.mark.parametrize("text", ["0d", "2y", "w", "elke week", "1000d", "-1d"])
def test_parse_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


def test_weekly_keeps_its_weekday() -> None:
    monday = D(2026, 12, 7)
    assert next_due(Every(1, "w"), monday, monday, monday) == D(2026, 12, 14)
    assert upcoming(Every(2, "w"), monday, monday) == [
        D(2026, 12, 21),
        D(2027, 1, 4),
        D(2027, 1, 18),
    ]


def test_monthly_from_the_31st_stays_on_month_ends() -> None:
    start = D(2026, 1, 31)
    assert upcoming(Every(1, "m"), start, start, 4) == [
        D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31)
    ]  # fmt: skip


def test_ticked_off_late_goes_on_from_today_not_into_the_past() -> None:
    start = D(2026, 11, 2)  # a Monday
    # done three weeks late: the next is the first Monday from today, not 9 November
    assert next_due(Every(1, "w"), start, start, D(2026, 11, 25)) == D(2026, 11, 30)
    # done on the day itself: the next one, a week later
    assert next_due(Every(1, "w"), start, D(2026, 11, 30), D(2026, 11, 30)) == D(2026, 12, 7)
