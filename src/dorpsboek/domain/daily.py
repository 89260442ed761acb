"""Plain values for the daily screens: residents list rows, help requests, reminders, links."""

from __future__ import annotations

from dataclasses import dataclass

# Dutch words she picks in the UI, and the stored values (kept English in the book).
NOTE_KIND_WORDS = {
    "visit": "bezoek",
    "phone": "telefoon",
    "meeting": "overleg",
    "message": "bericht",
    "other": "anders",
}
PERSON_STATUS_WORDS = {"active": "actief", "dormant": "slapend", "closed": "afgesloten"}
HELP_STATUS_WORDS = {"new": "nieuw", "running": "lopend", "done": "klaar"}
LINK_ROLES = ("mention", "match", "referral")


@dataclass(frozen=True, slots=True)
class ResidentRow:
    """One line of the residents list."""

    id: str
    name: str
    status: str
    phone: str
    address: str
    last_contact: str | None
    kern: str = ""


@dataclass(frozen=True)
class PersonLinkView:
    """A relative or informal carer, seen from one resident (either direction)."""

    id: str
    other_id: str
    other_name: str
    relation: str
    outgoing: bool


@dataclass(frozen=True)
class ReminderView:
    id: str
    person_id: str | None
    person_name: str
    help_request_id: str | None
    due_on: str
    text: str
    done: bool
    every: str = ""  # "2w" etc. for a repeating reminder (domain/recurrence.py)
    series_from: str | None = None


@dataclass(frozen=True, slots=True)
class HelpRequestView:
    id: str
    person_id: str
    person_name: str
    question: str
    themes: str
    status: str
    opened_on: str
    closed_on: str | None
    last_contact: str | None


@dataclass(frozen=True)
class LinkView:
    """A link from a note or help request to a volunteer or organisation."""

    id: str
    from_kind: str
    from_id: str
    to_kind: str
    to_id: str
    to_name: str
    role: str


@dataclass(frozen=True)
class Mentionable:
    """A volunteer or sociale-kaart entry she can link with `@`."""

    kind: str  # "volunteers" | "organisations"
    id: str
    name: str
