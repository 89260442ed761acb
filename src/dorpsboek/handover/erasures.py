"""Erasures travel with bundles: a resident erased in one book is erased in the other too.

The privacy service keeps every erased id (`erased_records`); bundles carry that list as
`erased.jsonl`, a merge never brings such a record back, and repeats the colleague's
erasures afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dorpsboek.handover import archive
from dorpsboek.services import privacy
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book

# Columns that point at another record; a row pointing at an erased one is not merged back.
_REFERENCES = ("person_id", "other_id", "help_request_id", "organisation_id", "from_id", "to_id")


def member(book: Book) -> bytes:
    rows = privacy.erased_records(Casebook(book))
    return archive.to_jsonl({"id": i, "kind": k, "erased_at": at} for i, k, at in rows)


def erased_ids(book: Book) -> set[str]:
    return {record_id for record_id, _kind, _at in privacy.erased_records(Casebook(book))}


def touches(row: Mapping[str, Any], erased: set[str]) -> bool:
    """True for an erased record, or one that belongs to or points at an erased record."""
    return str(row.get("id")) in erased or any(str(row.get(c)) in erased for c in _REFERENCES)


def repeat(book: Book, erased: list[tuple[str, str, str]], actor: str = "") -> int:
    """Erase here what was erased there; returns how many residents were erased here."""
    if not erased:
        return 0
    return privacy.apply_erasures(Casebook(book, actor=actor or None), erased)
