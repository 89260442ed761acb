"""What the front ends show about handovers: the banner in a colleague's book, the letter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dorpsboek.store import handover_state
from dorpsboek.store import meta as meta_store
from dorpsboek.store.book import Book

LETTER_KEY = "handover_letter_md"


@dataclass(frozen=True)
class HandoverInfo:
    """For the banner "Waarneming voor <owner> sinds <since>"."""

    owner: str
    since: dt.date
    expected_return: dt.date | None
    kind: str  # handover | emergency
    handover_id: str


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def current_handover(book: Book) -> HandoverInfo | None:
    """The handover this book was opened from, or None for an ordinary book."""
    row = handover_state.get_opened(book)
    if row is None:
        return None
    return HandoverInfo(
        owner=str(row["owner"]),
        since=_date(row["opened_at"]) or dt.date.today(),
        expected_return=_date(row["expected_return"]),
        kind=str(row["kind"]),
        handover_id=str(row["handover_id"]),
    )


def handover_letter(book: Book) -> str:
    """The handover letter (Markdown) the colleague reads first; empty for an ordinary book."""
    return meta_store.get(book, LETTER_KEY) or ""
