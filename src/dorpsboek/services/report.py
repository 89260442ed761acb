"""The account (verantwoording) for a period: numbers, comparison, signals and stories.

Qt-free: the CLI, the report screen and the exports all call `make_account`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from dorpsboek.domain.report import Account, Numbers, Period, last_calendar_year
from dorpsboek.domain.report_time import contracted_minutes
from dorpsboek.errors import UsageError
from dorpsboek.services import kernen
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import bulk
from dorpsboek.store import meta as meta_store
from dorpsboek.store import report as sql
from dorpsboek.store import report_time as time_sql

HOURS_KEY = "contract_hours_per_week"

DEFAULT_THRESHOLD = 3


def numbers(casebook: Casebook, period: Period) -> Numbers:
    """The raw numbers of one period: live records plus tallies left by erasures."""
    a, b = period.first.isoformat(), period.last.isoformat()
    with casebook.book.raw() as conn:
        return _numbers(conn, period, a, b)


def _numbers(conn: Any, period: Period, a: str, b: str) -> Numbers:
    period_notes = sql.period_notes(conn, a, b)
    notes = sql.note_numbers(conn, a, b, period_notes)
    helps = sql.help_requests(conn, a, b)
    referrals = sql.referrals_by_category(conn, a, b)
    made, matched = sql.matches(conn, a, b)
    signal_status: dict[str, int] = {}
    for line in sql.signals(conn, a, b):
        signal_status[line.status] = signal_status.get(line.status, 0) + 1
    # Residents reached: by a note or an activity they took part in, each counted once.
    found = time_sql.contacts(conn, a, b)
    reached, new = time_sql.reached(found)
    time = time_sql.time_numbers(conn, a, b, period_notes, found)
    hours = contract_hours(conn)
    time.contracted_by_month = (
        {m: contracted_minutes(hours, m, period.first, period.last) for m in period.months()}
        if hours
        else {}
    )
    return Numbers(
        period=period,
        residents_reached=reached + notes["erased_reached"],
        residents_new=new + notes["erased_new"],
        notes_total=sum(notes["by_kind"].values()),
        notes_by_kind=notes["by_kind"],
        minutes=time.total,  # notes and activities (erased residents' minutes included)
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
        time=time,
        outcomes=time_sql.outcomes(conn, a, b),
    )


def contract_hours(conn: Any) -> float | None:
    """Her contracted hours per week (Instellingen), or None when she did not fill it in."""
    raw = meta_store.get_on(conn, HOURS_KEY)
    try:
        hours = float(raw) if raw else 0.0
    except ValueError:
        return None
    return hours if hours > 0 else None


def set_contract_hours(casebook: Casebook, hours: float | None) -> None:
    if hours is not None and not 0 <= hours <= 80:
        raise UsageError("hours")
    with casebook.unit() as work:
        meta_store.put_on(work.conn, HOURS_KEY, "" if not hours else f"{hours:g}")


def get_contract_hours(casebook: Casebook) -> float | None:
    with casebook.book.raw() as conn:
        return contract_hours(conn)


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
    # Two years of notes are joined to their tags by note id, in random order: once the tag
    # index outgrows the default 8 MiB page cache (a book of 3 villages), every probe decrypts
    # a page again, and the account grew 7x for 3x the notes. A larger cache for this read.
    with casebook.book.raw() as conn, bulk.large_cache(conn):
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
        intro=names.redact_text(get_intro(casebook, period.last.year)),  # as account_intro
        author=author_name(casebook),
        villages=tuple(kernen.kernen(casebook)),
    )


INTRO_KEY = "account_intro"


def _intros(casebook: Casebook) -> dict[str, str]:
    try:
        found = json.loads(meta_store.get(casebook.book, INTRO_KEY) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def get_intro(casebook: Casebook, year: int) -> str:
    """Her own introduction to the account of `year` ("" when she wrote none)."""
    return _intros(casebook).get(str(year), "")


def account_intro(casebook: Casebook, year: int) -> str:
    """The introduction as the account prints it: any resident's name replaced by [naam]."""
    from dorpsboek.services.stories import NameIndex

    return NameIndex.load(casebook).redact_text(get_intro(casebook, year))


def set_intro(casebook: Casebook, year: int, text: str) -> None:
    intros = _intros(casebook)
    if text.strip():
        intros[str(year)] = text.strip()
    else:
        intros.pop(str(year), None)
    meta_store.put(casebook.book, INTRO_KEY, json.dumps(intros, ensure_ascii=False))


def author_name(casebook: Casebook) -> str:
    """Her name as she gave it for handovers (never the computer's login name)."""
    for key in ("owner_name", "actor"):
        found = meta_store.get(casebook.book, key)
        if found:
            return str(found)
    return ""


def figures(casebook: Casebook, period: Period) -> dict[str, Any]:
    """The account's figures by the contract's keys (`report --json`)."""
    n = numbers(casebook, period)
    t = n.time
    return {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "minutes_total": t.total,
        "minutes_without_resident": t.without_resident,
        "minutes_by_kind": t.by_kind,
        "minutes_by_tag": t.by_tag,
        "minutes_by_kern": t.by_kern,
        "minutes_by_month": t.by_month,
        "contracted_minutes_by_month": t.contracted_by_month,
        "residents_reached": n.residents_reached,
        "residents_new": n.residents_new,
        "residents_by_kern": t.residents_by_kern,
        "notes": n.notes_total,
        "activities": t.activities,
        "activities_by_kind": t.activities_by_kind,
        "help_requests_new": n.help_new,
        "help_requests_closed": n.help_done,
        "outcomes": n.outcomes,
    }
