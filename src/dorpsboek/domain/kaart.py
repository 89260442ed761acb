"""The sociale kaart: entries, contact persons, categories and the "is it still current" rule."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from dorpsboek.domain.textfold import fold, split_tags

# The categories she thinks in; she can add her own (any text she types becomes a category).
DEFAULT_CATEGORIES = (
    "huisarts/POH",
    "wijkverpleging",
    "Wmo-loket",
    "sociaal team",
    "welzijn",
    "mantelzorg",
    "dementie",
    "wonen",
    "vervoer",
    "maaltijden",
    "dorpshuis",
    "verenigingen",
    "kerk",
)
DEFAULT_THEMES = ("wonen", "welzijn", "zorg", "vervoer", "ontmoeting", "geldzaken", "zingeving")

# The editable text fields of an entry, in the order a form or export shows them.
ENTRY_FIELDS = (
    "name",
    "category",
    "themes",
    "description",
    "when_to_call",
    "phone",
    "email",
    "website",
    "address",
    "postcode",
    "city",
    "opening_hours",
    "remarks",
)


@dataclass(frozen=True)
class ContactPerson:
    id: str
    organisation_id: str
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Entry:
    """One sociale-kaart entry as front ends see it."""

    id: str
    name: str
    category: str = ""
    themes: str = ""
    description: str = ""
    when_to_call: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    opening_hours: str = ""
    remarks: str = ""
    last_checked_on: str | None = None
    contacts: tuple[ContactPerson, ...] = ()
    referrals: int = 0
    stale: bool = False
    kern: str = ""  # the village it serves, where she works for several (m008)

    def haystack(self) -> str:
        """Folded text the search box narrows on."""
        parts = [self.name, self.category, self.themes, self.description, self.city, self.kern]
        parts += [self.when_to_call, self.remarks]
        parts += [c.name for c in self.contacts]
        return fold(" ".join(parts))


def themes_of(text: str) -> tuple[str, ...]:
    return tuple(split_tags(text))


def matches_query(entry: Entry, query: str) -> bool:
    """Every word she typed occurs in the entry (diacritics and case ignored)."""
    words = fold(query).split()
    if not words:
        return True
    hay = entry.haystack()
    return all(word in hay for word in words)


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_old_day(today: dt.date, months: int) -> dt.date:
    """The latest day `d` with add_months(d, months) < today: the newest check (or VOG) day
    that is already too old.

    add_months never decreases as the day grows, so the too-old days are exactly those up to
    this one, and a query can compare ISO days instead of judging every row in Python.
    """
    day = add_months(today, -months)
    while add_months(day, months) >= today:
        day -= dt.timedelta(days=1)
    while add_months(day + dt.timedelta(days=1), months) < today:
        day += dt.timedelta(days=1)
    return day


def is_stale(last_checked_on: str | None, today: dt.date, stale_months: int) -> bool:
    """Never checked, or checked longer ago than `stale_months` months (that day is still fine)."""
    if not last_checked_on:
        return True
    try:
        checked = dt.date.fromisoformat(last_checked_on[:10])
    except ValueError:
        return True
    return add_months(checked, stale_months) < today
