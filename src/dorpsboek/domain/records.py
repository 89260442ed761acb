"""Record kinds, their statuses and the plain values that cross from the services to front ends."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """Every record kind; the value is the table name in the book."""

    PERSON = "persons"
    PERSON_LINK = "person_links"
    NOTE = "notes"
    HELP_REQUEST = "help_requests"
    REMINDER = "reminders"
    ORGANISATION = "organisations"
    CONTACT_PERSON = "contact_persons"
    VOLUNTEER = "volunteers"
    SIGNAL = "signals"
    STORY = "stories"
    ACTIVITY = "activities"
    LINK = "links"


class PersonStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class HelpStatus(StrEnum):
    NEW = "new"
    RUNNING = "running"
    DONE = "done"


class SignalStatus(StrEnum):
    NOTICED = "noticed"
    DISCUSSED = "discussed"
    INITIATIVE = "initiative"
    CLOSED = "closed"


NOTE_KINDS = ("visit", "phone", "meeting", "message", "other")

# The counts of `stats`, named as in the CLI contract, and the table each one counts.
STATS_KINDS: dict[str, Kind] = {
    "persons": Kind.PERSON,
    "notes": Kind.NOTE,
    "help_requests": Kind.HELP_REQUEST,
    "reminders": Kind.REMINDER,
    "organisations": Kind.ORGANISATION,
    "volunteers": Kind.VOLUNTEER,
    "signals": Kind.SIGNAL,
    "stories": Kind.STORY,
    "activities": Kind.ACTIVITY,
}


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    address: str = ""
    phone: str = ""
    reach: str = ""
    status: str = PersonStatus.ACTIVE
    consent_on: str | None = None
    consent_how: str = ""
    regular_contact: int = 0  # contact every N days; 0 = no rhythm (domain/rhythm.py)
    remarks: str = ""
    updated_at: str = ""
    kern: str = ""


@dataclass(frozen=True)
class Note:
    id: str
    person_id: str
    on_date: str
    text: str
    kind: str = ""
    minutes: int | None = None
    help_request_id: str | None = None
    tags: tuple[str, ...] = ()
    person_name: str = ""


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person | note | organisation | volunteer | activity
    id: str
    title: str
    snippet: str
    person_id: str | None = None


def today() -> dt.date:
    return dt.date.today()
