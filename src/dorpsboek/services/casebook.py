"""The casebook service: every everyday operation on an open book, for the CLI and the UI alike.

Front ends never touch SQL or sessions; they call these methods and get plain values back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
from collections.abc import Mapping
from typing import Any

from dorpsboek.domain.records import STATS_KINDS, Kind, Note, SearchHit
from dorpsboek.errors import UsageError
from dorpsboek.store import meta as meta_store
from dorpsboek.store import note_tags as tag_store
from dorpsboek.store import notes as note_store
from dorpsboek.store import records
from dorpsboek.store import search as search_store
from dorpsboek.store import unit as unit_store
from dorpsboek.store.book import Book


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "onbekend"


def _require_text(*values: str) -> None:
    """Refuse strings that are not text (e.g. invalid UTF-8 from a shell arrives as lone
    surrogates): a plain usage error instead of a failure deep in the database driver."""
    for value in values:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise UsageError("text") from exc


class Casebook:
    """Operations on one open book, performed as `actor` (recorded in the audit trail)."""

    def __init__(self, book: Book, actor: str | None = None) -> None:
        self.book = book
        self.actor = actor or meta_store.get(book, "actor") or default_actor()

    # ----- generic records ------------------------------------------------------------------

    def unit(
        self, *, immediate: bool = False, dry_run: bool = False
    ) -> contextlib.AbstractContextManager[unit_store.Unit]:
        """One unit of work as this actor: every write in it is stamped, audited and
        committed together, or not at all (`store/unit.py`)."""
        return unit_store.begin(self.book, self.actor, immediate=immediate, dry_run=dry_run)

    def create(self, kind: Kind, values: Mapping[str, Any]) -> str:
        with self.unit() as work:
            return work.insert(kind, values)

    def update(self, kind: Kind, record_id: str, values: Mapping[str, Any]) -> None:
        with self.unit() as work:
            work.change(kind, record_id, values)
            if kind is Kind.NOTE and "text" in values:
                note_store.replace_tags(work.conn, record_id, str(values["text"]))

    def delete(self, kind: Kind, record_id: str) -> None:
        with self.unit() as work:
            work.delete(kind, record_id)

    def undelete(self, kind: Kind, record_id: str) -> None:
        """Undo a delete; a record that is live again (or was never here) is left alone."""
        with self.unit() as work:
            found = work.find(kind, record_id)
            if found is not None and found["deleted_at"]:
                work.restore(kind, record_id)

    def get(self, kind: Kind, record_id: str) -> dict[str, Any]:
        with self.book.engine.connect() as conn:
            return records.get(conn, kind, record_id)

    # ----- notes ----------------------------------------------------------------------------

    def add_note(
        self,
        text: str,
        *,
        person_id: str | None = None,
        person_name: str | None = None,
        kind: str = "",
        on_date: dt.date | None = None,
        minutes: int | None = None,
        help_request_id: str | None = None,
    ) -> Note:
        """Store a note; returns once it is durable (WAL commit with synchronous=FULL).

        With `person_name`, the resident with exactly that name is used, or created. The
        same write as Snel noteren's (`quick_note.save`): one path for one action.
        """
        # Imported here: quick_note builds on this class, so a top-level import is a circle.
        from dorpsboek.services import quick_note

        name = (person_name or "").strip()
        _require_text(text, name, kind)
        if person_id is None and name:
            person_id = self.find_person_by_name(name)
        wanted = quick_note.QuickNote(
            text,
            person_id=person_id,
            new_person_name=name,
            kind=kind,
            minutes=minutes,
            on_date=on_date,
            help_request_id=help_request_id,
        )
        return quick_note.save(self, wanted).note

    def notes_for_person(self, person_id: str) -> list[Note]:
        with self.book.raw() as conn:
            return note_store.notes_for_person(conn, person_id)

    def recent_notes(self, limit: int = 20) -> list[Note]:
        with self.book.raw() as conn:
            return note_store.recent_notes(conn, limit)

    def tags(self) -> list[tuple[str, int]]:
        with self.book.raw() as conn:
            return tag_store.tag_counts(conn)

    # ----- persons --------------------------------------------------------------------------

    def add_person(self, name: str, **values: Any) -> str:
        if not name.strip():
            raise UsageError("name")
        return self.create(Kind.PERSON, {"name": name.strip(), **values})

    def find_person_by_name(self, name: str) -> str | None:
        with self.book.raw() as conn:
            return note_store.find_person_by_name(conn, name.strip())

    def passphrase_matches(self, passphrase: str) -> bool:
        """True if `passphrase` opens this book (used to unlock a locked window)."""
        return self.book.passphrase_matches(passphrase)

    # ----- search and counts ----------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        _require_text(query)
        with self.book.raw() as conn:
            return search_store.search(conn, query, limit)

    def stats(self) -> dict[str, int]:
        with self.book.engine.connect() as conn:
            return {name: records.count_live(conn, kind) for name, kind in STATS_KINDS.items()}

    def audit_trail(self, record_id: str | None = None) -> list[dict[str, Any]]:
        with self.book.engine.connect() as conn:
            return records.audit_lines(conn, record_id)
