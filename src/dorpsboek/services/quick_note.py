"""Saving a note in one transaction: resident (new if needed), note, mentions, follow-up.

The one write path for a note: Snel noteren, the resident page, `dorpsboek note` and
`Casebook.add_note` all end here.

Either all of it is stored, or nothing: a full disk leaves the book as it was, and the front
end keeps the text she typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dorpsboek.atomic import is_disk_full
from dorpsboek.domain.daily import NOTE_KIND_WORDS, Mentionable
from dorpsboek.domain.records import Kind, Note
from dorpsboek.errors import DiskFull, UsageError
from dorpsboek.services.casebook import Casebook, _require_text
from dorpsboek.store import notes as note_store
from dorpsboek.store.stamps import new_id


@dataclass(frozen=True)
class QuickNote:
    """What she filled in; `person_id` or (for a new resident) `new_person_name`."""

    text: str  # stored as given (the window strips what she typed; the CLI keeps it exact)
    person_id: str | None = None
    new_person_name: str = ""
    kind: str = ""
    minutes: int | None = None
    on_date: dt.date | None = None
    follow_up_on: dt.date | None = None
    follow_up_text: str = ""
    mentions: tuple[Mentionable, ...] = field(default_factory=tuple)
    help_request_id: str | None = None  # a contact in a help request's history


@dataclass(frozen=True)
class SavedNote:
    note: Note
    person_id: str
    reminder_id: str | None
    link_ids: tuple[str, ...]


def mentioned(text: str, candidates: tuple[Mentionable, ...]) -> tuple[Mentionable, ...]:
    """The candidates whose `@Name` is still in the text (she may have deleted some)."""
    seen: dict[tuple[str, str], Mentionable] = {}
    for m in candidates:
        if f"@{m.name}" in text:
            seen.setdefault((m.kind, m.id), m)
    return tuple(seen.values())


def _validate(q: QuickNote) -> None:
    _require_text(q.text, q.new_person_name, q.kind, q.follow_up_text)
    if not q.text.strip():
        raise UsageError("text")
    if q.person_id is None and not q.new_person_name.strip():
        raise UsageError("person")
    if q.kind and q.kind not in NOTE_KIND_WORDS:
        raise UsageError("kind")
    if q.minutes is not None and q.minutes < 0:
        raise UsageError("minutes")


def save(cb: Casebook, q: QuickNote) -> SavedNote:
    """Store everything atomically; raises DiskFull (book unchanged) when the disk is full."""
    _validate(q)
    try:
        with cb.unit() as work:
            person_id = q.person_id or work.insert(Kind.PERSON, {"name": q.new_person_name.strip()})
            when = (q.on_date or dt.date.today()).isoformat()
            note = Note(new_id(), person_id, when, q.text, q.kind, q.minutes, q.help_request_id)
            note_store.insert_note(work, note)
            link_ids = tuple(
                work.insert(
                    Kind.LINK,
                    {
                        "from_kind": "notes",
                        "from_id": note.id,
                        "to_kind": m.kind,
                        "to_id": m.id,
                        "role": "mention",
                    },
                )
                for m in mentioned(note.text, q.mentions)
            )
            reminder_id = None
            if q.follow_up_on is not None:
                values = {
                    "person_id": person_id,
                    "due_on": q.follow_up_on.isoformat(),
                    "text": q.follow_up_text.strip() or _first_line(note.text),
                    "done": 0,
                }
                reminder_id = work.insert(Kind.REMINDER, values)
    except Exception as exc:
        if is_disk_full(exc, cb.book.path):
            raise DiskFull("note") from exc
        raise
    return SavedNote(note, person_id, reminder_id, link_ids)


def update_note(
    cb: Casebook,
    note_id: str,
    text: str,
    kind: str,
    minutes: int | None,
    on_date: dt.date,
    person_id: str | None = None,
) -> None:
    """Change a note; with another `person_id` it moves to that resident (a note written on
    the wrong name). A help request of the old resident no longer holds it then."""
    if not text.strip():
        raise UsageError("text")
    if kind and kind not in NOTE_KIND_WORDS:
        raise UsageError("kind")
    values: dict[str, object] = {
        "text": text.strip(),
        "kind": kind,
        "minutes": minutes,
        "on_date": on_date.isoformat(),
    }
    if person_id is not None:
        current = cb.get(Kind.NOTE, note_id)
        if person_id != current["person_id"]:
            cb.get(Kind.PERSON, person_id)  # NotFound for an unknown or deleted resident
            values["person_id"] = person_id
            values["help_request_id"] = None
    try:
        cb.update(Kind.NOTE, note_id, values)
    except Exception as exc:
        if is_disk_full(exc, cb.book.path):
            raise DiskFull("note") from exc
        raise


def note(cb: Casebook, note_id: str) -> Note:
    row = cb.get(Kind.NOTE, note_id)
    return Note(
        id=row["id"],
        person_id=row["person_id"],
        on_date=row["on_date"],
        text=row["text"],
        kind=row["kind"],
        minutes=row["minutes"],
        help_request_id=row["help_request_id"],
    )


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:80] or "Opvolgen"


def sensitive_words(cb: Casebook) -> list[str]:
    """Her list of words to be careful with (the defaults until she sets her own)."""
    from dorpsboek.domain import privacy_checks
    from dorpsboek.store import meta as meta_store

    return privacy_checks.parse_word_list(meta_store.get(cb.book, privacy_checks.META_KEY))


def tag_counts(cb: Casebook) -> list[tuple[str, int]]:
    """Her tags, most used first (for completion)."""
    return cb.tags()
