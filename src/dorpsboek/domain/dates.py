"""Dates as people read them (dd-mm-jjjj) and as the book stores them (ISO)."""

from __future__ import annotations

import datetime as dt
import functools


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    return _format_day(iso[:10]) or iso


@functools.lru_cache(maxsize=8192)
def _format_day(day: str) -> str:
    """dd-mm-jjjj for a valid ISO day, "" otherwise; cached because an export formats the same
    few thousand days 100,000 times."""
    try:
        return dt.date.fromisoformat(day).strftime("%d-%m-%Y")
    except ValueError:
        return ""


def iso_day(text: object) -> str | None:
    """The ISO day a stored date starts with, read as the rules read it (`fromisoformat` of
    its first ten characters), or None when it holds no day: lets SQL judge a date column
    exactly as `domain.kaart.is_stale` and `domain.volunteers.vog_is_old` do."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> dt.date:
    """Accept dd-mm-jjjj (what she types) and jjjj-mm-dd (what scripts pass)."""
    text = text.strip()
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)
