"""The account: numbers against a hand-built book, period boundaries, the '< 3' rule."""

from __future__ import annotations

import datetime as dt

from dorpsboek.domain.records import Kind
from dorpsboek.domain.report import Period, calendar_year, last_calendar_year, quarter, shown
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.report import make_account, numbers
from tests.services.report_book import build

Y2025 = calendar_year(2025)


def test_numbers_of_a_year_match_the_hand_built_book(casebook: Casebook) -> None:
    build(casebook)
    n = numbers(casebook, Y2025)
    assert n.residents_reached == 4
    assert n.residents_new == 3  # Anna, Cor, Dina; Bert had a note in 2024
    assert n.notes_total == 7
    assert n.notes_by_kind == {"visit": 3, "phone": 2, "meeting": 1, "message": 1}
    assert n.minutes == 30 + 15 + 60 + 5
    assert n.notes_by_tag == {"eenzaam": 2, "vervoer": 2}
    assert n.notes_by_month == {
        "2025-01": 1,
        "2025-02": 2,
        "2025-03": 2,
        "2025-06": 1,
        "2025-12": 1,
    }
    assert n.help_new == 3
    assert n.help_done == 2  # Anna's (closed in April) and Dina's (opened 2024, closed 2025)
    assert n.help_by_theme == {"vervoer": 1, "zorg": 2, "eenzaamheid": 1, "wonen": 1}
    assert n.help_by_status == {"done": 1, "running": 1, "new": 1}
    assert n.referrals_by_category == {"huisarts/POH": 1, "Wmo-loket": 1}
    assert (n.matches, n.volunteers_matched, n.volunteers_active) == (3, 2, 1)
    assert n.signals_by_status == {"noticed": 1, "initiative": 1}


def test_first_and_last_day_are_inclusive(casebook: Casebook) -> None:
    build(casebook)
    first = numbers(casebook, Period(dt.date(2025, 1, 1), dt.date(2025, 1, 1)))
    assert (first.notes_total, first.residents_reached, first.residents_new) == (1, 1, 1)
    last = numbers(casebook, Period(dt.date(2025, 12, 31), dt.date(2025, 12, 31)))
    assert last.notes_total == 1 and last.help_new == 1 and last.referrals == 1
    after = numbers(casebook, Period(dt.date(2026, 1, 1), dt.date(2026, 1, 1)))
    assert after.notes_total == 1 and after.minutes == 99


def test_previous_period_and_quarters() -> None:
    assert Y2025.previous() == Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    q1 = quarter(2025, 1)
    assert q1 == Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert q1.previous() == Period(dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    ten_days = Period(dt.date(2025, 3, 5), dt.date(2025, 3, 14))
    assert ten_days.previous() == Period(dt.date(2025, 2, 23), dt.date(2025, 3, 4))
    assert quarter(2025, 4).last == dt.date(2025, 12, 31)
    assert last_calendar_year(dt.date(2026, 3, 5)) == Y2025
    assert Y2025.months()[0] == "2025-01" and len(Y2025.months()) == 12


def test_account_compares_with_the_previous_period_and_holds_stories(casebook: Casebook) -> None:
    build(casebook)
    account = make_account(casebook, today=dt.date(2026, 2, 1))
    assert account.numbers.period == Y2025
    assert account.previous.notes_total == 1 and account.previous.help_new == 1
    assert [s.title for s in account.stories] == ["Weer op de markt"]
    assert [s.description for s in account.signals] == ["Geen bus op zaterdag", "Eetpunt"]


def test_small_counts_are_hidden_and_zero_shows(casebook: Casebook) -> None:
    assert [shown(n, 3) for n in (0, 1, 2, 3, 10)] == ["0", "< 3", "< 3", "3", "10"]
    assert shown(1, 5) == "< 5" and shown(1, 1) == "1"
    account = make_account(casebook, Y2025, threshold=3)
    assert account.shown(2, "hours") == "2" and account.shown(2, "notes_total") == "< 3"


def test_tombstoned_records_do_not_count(casebook: Casebook) -> None:
    b = build(casebook)
    casebook.delete(Kind.PERSON, b.cor)
    n = numbers(casebook, Y2025)
    assert n.residents_reached == 3 and n.notes_total == 6 and n.help_new == 2


def test_names_in_stories_and_signals_are_replaced(casebook: Casebook) -> None:
    build(casebook)
    casebook.create(
        Kind.STORY,
        {"title": "Over Anna Zwartjes", "text": "Mevrouw Huizinga hielp.", "on_date": "2025-07-01"},
    )
    account = make_account(casebook, Y2025)
    story = account.stories[-1]
    assert (story.title, story.text) == ("Over [naam]", "Mevrouw [naam] hielp.")
