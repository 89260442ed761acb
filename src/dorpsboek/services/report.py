"""The account (verantwoording) for a period: numbers, comparison, signals and stories.

Qt-free: the CLI, the report screen and the exports all call `make_account`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dorpsboek.domain.report import Account, Numbers, Period, last_calendar_year
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import report as sql

DEFAULT_THRESHOLD = 3


def numbers(casebook: Casebook, period: Period) -> Numbers:
    """The raw numbers of one period: live records plus tallies left by erasures."""
    a, b = period.first.isoformat(), period.last.isoformat()
    with casebook.book.raw() as conn:
        return _numbers(conn, period, a, b)


def _numbers(conn: Any, period: Period, a: str, b: str) -> Numbers:
    notes = sql.note_numbers(conn, a, b)
    helps = sql.help_requests(conn, a, b)
    referrals = sql.referrals_by_category(conn, a, b)
    made, matched = sql.matches(conn, a, b)
    signal_status: dict[str, int] = {}
    for line in sql.signals(conn, a, b):
        signal_status[line.status] = signal_status.get(line.status, 0) + 1
    return Numbers(
        period=period,
        residents_reached=notes["reached"],
        residents_new=notes["new"],
        notes_total=sum(notes["by_kind"].values()),
        notes_by_kind=notes["by_kind"],
        minutes=notes["minutes"],
        notes_by_tag=notes["by_tag"],
        notes_by_month=notes["by_month"],
        help_new=int(helps["new"]),
        help_done=int(helps["done"]),
        help_by_theme=helps["by_theme"],
        help_by_status=helps["by_status"],
        referrals=sum(referrals.values()),
        referrals_by_category=referrals,
        matches=made,
        volunteers_matched=matched,
        volunteers_active=sql.volunteers_active(conn),
        signals_by_status=signal_status,
    )


def make_account(
    casebook: Casebook,
    period: Period | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    today: dt.date | None = None,
) -> Account:
    """The account for `period` (default: last calendar year), with the previous period of
    equal length for comparison and the signals and stories of the period.

    Names of residents that slipped into a story or signal are replaced by "[naam]".
    """
    from dorpsboek.services.stories import NameIndex

    period = period or last_calendar_year(today or dt.date.today())
    a, b = period.first.isoformat(), period.last.isoformat()
    previous = period.previous()
    with casebook.book.raw() as conn:
        current = _numbers(conn, period, a, b)
        before = _numbers(conn, previous, previous.first.isoformat(), previous.last.isoformat())
        signals = sql.signals(conn, a, b)
        stories = sql.stories(conn, a, b)
    names = NameIndex.load(casebook)
    return Account(
        numbers=current,
        previous=before,
        signals=[names.redact_signal(s) for s in signals],
        stories=[names.redact_story(s) for s in stories],
        threshold=max(1, int(threshold)),
    )
