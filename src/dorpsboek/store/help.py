"""Reading help requests, reminders and links to volunteers and organisations."""

from __future__ import annotations

from typing import Any

from dorpsboek.domain.daily import HelpRequestView, LinkView, Mentionable, ReminderView
from dorpsboek.store.last_notes import last_note_of

_HELP_COLUMNS = (
    "h.id, h.person_id, p.name, h.question, h.themes, h.status, h.opened_on, h.closed_on, "
    f"{last_note_of('h.person_id')} AS last_contact"
)
_HELP_FROM = "FROM help_requests h JOIN persons p ON p.id = h.person_id"


def _help(row: Any) -> HelpRequestView:
    return HelpRequestView(*row)


def help_requests(conn: Any, status: str | None = None) -> list[HelpRequestView]:
    """Live help requests of live residents, newest first."""
    where = "h.deleted_at IS NULL AND p.deleted_at IS NULL" + (
        " AND h.status = ?" if status else ""
    )
    rows = conn.execute(
        f"SELECT {_HELP_COLUMNS} {_HELP_FROM} WHERE {where} ORDER BY h.opened_on DESC, h.seq DESC",
        (status,) if status else (),
    )
    return [_help(r) for r in rows]


def help_requests_for_person(conn: Any, person_id: str) -> list[HelpRequestView]:
    rows = conn.execute(
        f"SELECT {_HELP_COLUMNS} {_HELP_FROM} WHERE h.person_id = ? AND h.deleted_at IS NULL "
        "ORDER BY h.opened_on DESC, h.seq DESC",
        (person_id,),
    )
    return [_help(r) for r in rows]


def help_request(conn: Any, help_id: str) -> HelpRequestView | None:
    row = conn.execute(
        f"SELECT {_HELP_COLUMNS} {_HELP_FROM} WHERE h.id = ? AND h.deleted_at IS NULL", (help_id,)
    ).fetchone()
    return None if row is None else _help(row)


def quiet_help_requests(conn: Any, before: str) -> list[HelpRequestView]:
    """Running requests whose resident had no contact since `before` (ISO date), oldest first."""
    rows = conn.execute(
        f"SELECT * FROM (SELECT {_HELP_COLUMNS} {_HELP_FROM} WHERE h.status = 'running' "
        "AND h.deleted_at IS NULL AND p.deleted_at IS NULL) "
        "WHERE coalesce(last_contact, opened_on) < ? ORDER BY coalesce(last_contact, opened_on)",
        (before,),
    )
    return [_help(r) for r in rows]


_REMINDER_SQL = (
    "SELECT r.id, r.person_id, coalesce(p.name, ''), r.help_request_id, r.due_on, r.text, r.done, "
    "coalesce(r.every, ''), r.series_from "
    "FROM reminders r LEFT JOIN persons p ON p.id = r.person_id "
)


def _reminder(row: Any) -> ReminderView:
    return ReminderView(
        row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), str(row[7]), row[8]
    )


def due_reminders(conn: Any, through: str) -> list[ReminderView]:
    """Open reminders due on or before `through` (ISO date): overdue first."""
    rows = conn.execute(
        _REMINDER_SQL + "WHERE r.done = 0 AND r.deleted_at IS NULL AND r.due_on <= ? "
        "AND (p.id IS NULL OR p.deleted_at IS NULL) ORDER BY r.due_on, r.seq",
        (through,),
    )
    return [_reminder(r) for r in rows]


def reminders_for_person(conn: Any, person_id: str) -> list[ReminderView]:
    rows = conn.execute(
        _REMINDER_SQL + "WHERE r.person_id = ? AND r.deleted_at IS NULL "
        "ORDER BY r.done, r.due_on, r.seq",
        (person_id,),
    )
    return [_reminder(r) for r in rows]


def links_from(conn: Any, from_id: str) -> list[LinkView]:
    """Volunteers and organisations linked from one note or help request."""
    rows = conn.execute(
        "SELECT l.id, l.from_kind, l.from_id, l.to_kind, l.to_id, "
        "coalesce(v.name, o.name, ''), l.role FROM links l "
        "LEFT JOIN volunteers v ON l.to_kind = 'volunteers' AND v.id = l.to_id "
        "LEFT JOIN organisations o ON l.to_kind = 'organisations' AND o.id = l.to_id "
        "WHERE l.from_id = ? AND l.deleted_at IS NULL ORDER BY l.seq",
        (from_id,),
    )
    return [LinkView(*r) for r in rows]


def mentionables(conn: Any) -> list[Mentionable]:
    """Active volunteers and every sociale-kaart entry, for `@` completion and linking."""
    rows = conn.execute(
        "SELECT 'volunteers', id, name FROM volunteers WHERE deleted_at IS NULL AND active = 1 "
        "UNION ALL SELECT 'organisations', id, name FROM organisations WHERE deleted_at IS NULL "
        "ORDER BY 3 COLLATE NOCASE"
    )
    return [Mentionable(*r) for r in rows]
