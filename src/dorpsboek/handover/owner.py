"""The supporter's own name as her book remembers it: on bundles, the banner, the sleutelbrief
and the noodblad.

Unlike `export.owner_name`, `stored_owner_name` never falls back to the computer's login name,
so a window can ask her instead of printing "root" on a colleague's banner.
"""

from __future__ import annotations

from dorpsboek.errors import UsageError
from dorpsboek.store import meta as meta_store
from dorpsboek.store.book import Book

OWNER_KEY = "owner_name"
MAX_LENGTH = 120


class OwnerMissing(UsageError):
    """An empty name where her name is needed (exit 2)."""

    key = "owner_missing"


def stored_owner_name(book: Book) -> str:
    """Her remembered name (meta `owner_name`, else the book's `actor`), or "" if none."""
    for key in (OWNER_KEY, "actor"):
        value = (meta_store.get(book, key) or "").strip()
        if value:
            return value
    return ""


def clean_owner_name(name: str) -> str:
    """One line, trimmed; an empty name is a usage error (the front ends say so first)."""
    cleaned = " ".join(name.split())[:MAX_LENGTH]
    if not cleaned:
        raise OwnerMissing()
    return cleaned


def remember_owner_name(book: Book, name: str) -> str:
    """Keep her name in the book, so the next bundle and the emergency kit use it."""
    cleaned = clean_owner_name(name)
    if meta_store.get(book, OWNER_KEY) != cleaned:
        meta_store.put(book, OWNER_KEY, cleaned)
    return cleaned
