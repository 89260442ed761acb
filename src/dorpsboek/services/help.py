"""Help requests, follow-up reminders and links to volunteers and sociale-kaart entries."""

from __future__ import annotations

import datetime as dt

from dorpsboek.domain.daily import LINK_ROLES, HelpRequestView, LinkView, Mentionable, ReminderView
from dorpsboek.domain.records import HelpStatus, Kind
from dorpsboek.errors import NotFound, UsageError
from dorpsboek.services import recurring
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import help as help_store

LINK_TARGETS = ("volunteers", "organisations")
LINK_SOURCES = ("notes", "help_requests")


def help_requests(cb: Casebook, status: str | None = None) -> list[HelpRequestView]:
    if status is not None and status not in {s.value for s in HelpStatus}:
        raise UsageError("status")
    with cb.book.raw() as conn:
        return help_store.help_requests(conn, status)


def help_requests_for_person(cb: Casebook, person_id: str) -> list[HelpRequestView]:
    with cb.book.raw() as conn:
        return help_store.help_requests_for_person(conn, person_id)


def help_request(cb: Casebook, help_id: str) -> HelpRequestView:
    with cb.book.raw() as conn:
        found = help_store.help_request(conn, help_id)
    if found is None:
        raise NotFound(help_id)
    return found


def create_help_request(
    cb: Casebook,
    person_id: str,
    question: str,
    themes: str = "",
    *,
    from_note_id: str | None = None,
    on_date: dt.date | None = None,
) -> str:
    """Open a new help request for a resident; from a note, the note is linked to it."""
    if not question.strip():
        raise UsageError("question")
    values = {
        "person_id": person_id,
        "question": question.strip(),
        "themes": themes.strip(),
        "status": HelpStatus.NEW.value,
        "opened_on": (on_date or dt.date.today()).isoformat(),
    }
    with cb.unit() as work:  # the request and the note that led to it, together
        help_id = work.insert(Kind.HELP_REQUEST, values)
        if from_note_id:
            work.change(Kind.NOTE, from_note_id, {"help_request_id": help_id})
    return help_id


def set_status(cb: Casebook, help_id: str, status: str, on_date: dt.date | None = None) -> None:
    """Change the status; `done` sets the close date, reopening clears it."""
    if status not in {s.value for s in HelpStatus}:
        raise UsageError("status")
    closed = (on_date or dt.date.today()).isoformat() if status == HelpStatus.DONE else None
    current = cb.get(Kind.HELP_REQUEST, help_id)
    if current["status"] == status:
        return
    cb.update(Kind.HELP_REQUEST, help_id, {"status": status, "closed_on": closed})


def set_outcome(cb: Casebook, help_id: str, outcome: str) -> None:
    """What came of a closed help request (optional: '' clears it)."""
    from dorpsboek.domain.activities import OUTCOMES

    if outcome and outcome not in OUTCOMES:
        raise UsageError("outcome")
    cb.update(Kind.HELP_REQUEST, help_id, {"outcome": outcome})


def outcome(cb: Casebook, help_id: str) -> str:
    return str(cb.get(Kind.HELP_REQUEST, help_id).get("outcome") or "")


def update_help_request(cb: Casebook, help_id: str, question: str, themes: str) -> None:
    if not question.strip():
        raise UsageError("question")
    cb.update(Kind.HELP_REQUEST, help_id, {"question": question.strip(), "themes": themes.strip()})


# ----- links to volunteers and organisations ---------------------------------------------------


def links(cb: Casebook, from_id: str) -> list[LinkView]:
    with cb.book.raw() as conn:
        return help_store.links_from(conn, from_id)


def add_link(
    cb: Casebook, from_kind: str, from_id: str, to_kind: str, to_id: str, role: str
) -> str:
    if from_kind not in LINK_SOURCES or to_kind not in LINK_TARGETS or role not in LINK_ROLES:
        raise UsageError("link")
    values = {
        "from_kind": from_kind,
        "from_id": from_id,
        "to_kind": to_kind,
        "to_id": to_id,
        "role": role,
    }
    return cb.create(Kind.LINK, values)


def mentionables(cb: Casebook) -> list[Mentionable]:
    with cb.book.raw() as conn:
        return help_store.mentionables(conn)


# ----- reminders -------------------------------------------------------------------------------


def add_reminder(
    cb: Casebook,
    due_on: dt.date,
    text: str,
    *,
    person_id: str | None = None,
    help_request_id: str | None = None,
    every: str | None = None,
) -> str:
    """A reminder; with `every` ("3d", "2w", "1m") it repeats from `due_on`."""
    if not text.strip():
        raise UsageError("text")
    rule = recurring.rule(every)
    values = {
        "person_id": person_id,
        "help_request_id": help_request_id,
        "due_on": due_on.isoformat(),
        "text": text.strip(),
        "done": 0,
        "every": rule.text if rule else None,
        "series_from": due_on.isoformat() if rule else None,
    }
    return cb.create(Kind.REMINDER, values)


def set_reminder_done(cb: Casebook, reminder_id: str, done: bool = True) -> str | None:
    """Tick off or untick; a repeating reminder gets its next one (whose id is returned)."""
    return recurring.set_done(cb, reminder_id, done)


def update_reminder(
    cb: Casebook, reminder_id: str, due_on: dt.date, text: str, every: str | None = None
) -> None:
    """Change date and text; `every` ("" = once, None = leave as it is) in the same write."""
    if not text.strip():
        raise UsageError("text")
    values: dict[str, object] = {"due_on": due_on.isoformat(), "text": text.strip()}
    if every is not None:
        rule = recurring.rule(every)
        current = cb.get(Kind.REMINDER, reminder_id)
        values["every"] = rule.text if rule else None
        values["series_from"] = (current.get("series_from") or due_on.isoformat()) if rule else None
    cb.update(Kind.REMINDER, reminder_id, values)


def reminders_for_person(cb: Casebook, person_id: str) -> list[ReminderView]:
    with cb.book.raw() as conn:
        return help_store.reminders_for_person(conn, person_id)


def due_reminders(cb: Casebook, through: dt.date) -> list[ReminderView]:
    with cb.book.raw() as conn:
        return help_store.due_reminders(conn, through.isoformat())


def quiet_help_requests(cb: Casebook, weeks: int, today: dt.date) -> list[HelpRequestView]:
    """Running help requests whose resident had no contact for more than `weeks` weeks."""
    before = (today - dt.timedelta(weeks=max(0, weeks))).isoformat()
    with cb.book.raw() as conn:
        return help_store.quiet_help_requests(conn, before)
