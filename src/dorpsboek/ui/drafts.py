"""Typed text is never lost: what she typed in a dialog she closed without saving comes back
the next time she opens it, for as long as the book is open.

Kept in memory only (never on disk, so nothing readable can leak), one draft per dialog and
record: ("note", "new") for Snel noteren, ("note", <id>) while editing a note.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from dorpsboek.services.casebook import Casebook

Key = tuple[str, str]


@dataclass(frozen=True)
class Draft:
    text: str
    person_id: str | None = None
    person_name: str = ""


class DraftKeeper:
    def __init__(self) -> None:
        self._drafts: dict[Key, Draft] = {}
        self._fields: dict[Key, dict[str, str]] = {}

    def keep(self, key: Key, draft: Draft) -> None:
        if draft.text.strip():
            self._drafts[key] = draft
        else:
            self._drafts.pop(key, None)

    def get(self, key: Key) -> Draft | None:
        return self._drafts.get(key)

    def drop(self, key: Key) -> None:
        self._drafts.pop(key, None)

    def keep_fields(self, key: Key, fields: dict[str, str]) -> None:
        """A form's typed fields (help request, reminder), kept as one draft."""
        if any(v.strip() for v in fields.values()):
            self._fields[key] = dict(fields)
        else:
            self._fields.pop(key, None)

    def fields(self, key: Key) -> dict[str, str] | None:
        return self._fields.get(key)

    def drop_fields(self, key: Key) -> None:
        self._fields.pop(key, None)

    def clear(self) -> None:
        """On lock-out or close: the book's words leave memory with the book."""
        self._drafts.clear()
        self._fields.clear()


_keepers: weakref.WeakKeyDictionary[Casebook, DraftKeeper] = weakref.WeakKeyDictionary()


def drafts(casebook: Casebook) -> DraftKeeper:
    """One keeper per open book, shared by every dialog."""
    keeper = _keepers.get(casebook)
    if keeper is None:
        keeper = _keepers[casebook] = DraftKeeper()
    return keeper
