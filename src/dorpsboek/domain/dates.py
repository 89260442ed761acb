"""Dates as people read them (dd-mm-jjjj) and as the book stores them (ISO)."""

from __future__ import annotations

import datetime as dt


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return dt.date.fromisoformat(iso[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return iso


def parse_date(text: str) -> dt.date:
    """Accept dd-mm-jjjj (what she types) and jjjj-mm-dd (what scripts pass)."""
    text = text.strip()
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)
