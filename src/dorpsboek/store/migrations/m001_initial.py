"""Schema version 1: every record kind of the brief, with UUIDs, change stamps and tombstones."""

from __future__ import annotations

from typing import Any

# Every record table shares these columns: `seq` is a stable integer key for indexes (VACUUM
# keeps INTEGER PRIMARY KEY values), `id` the UUID that survives handover and merge.
_STAMPS = """
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
"""

_TABLES = {
    "persons": """
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        reach TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        consent_on TEXT,
        consent_how TEXT NOT NULL DEFAULT '',
        regular_contact INTEGER NOT NULL DEFAULT 0,
        remarks TEXT NOT NULL DEFAULT ''
    """,
    "person_links": """
        person_id TEXT NOT NULL,
        other_id TEXT NOT NULL,
        relation TEXT NOT NULL DEFAULT ''
    """,
    "notes": """
        person_id TEXT NOT NULL,
        on_date TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT '',
        minutes INTEGER,
        text TEXT NOT NULL DEFAULT '',
        help_request_id TEXT
    """,
    "help_requests": """
        person_id TEXT NOT NULL,
        question TEXT NOT NULL,
        themes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'new',
        opened_on TEXT NOT NULL,
        closed_on TEXT
    """,
    "reminders": """
        person_id TEXT,
        help_request_id TEXT,
        due_on TEXT NOT NULL,
        text TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0
    """,
    "organisations": """
        name TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        themes TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        when_to_call TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        opening_hours TEXT NOT NULL DEFAULT '',
        remarks TEXT NOT NULL DEFAULT '',
        last_checked_on TEXT
    """,
    "contact_persons": """
        organisation_id TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''
    """,
    "volunteers": """
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        skills TEXT NOT NULL DEFAULT '',
        availability TEXT NOT NULL DEFAULT '',
        limits TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        vog_on TEXT,
        remarks TEXT NOT NULL DEFAULT ''
    """,
    "signals": """
        theme TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL,
        frequency TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'noticed',
        noted_on TEXT NOT NULL
    """,
    "stories": """
        title TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        on_date TEXT NOT NULL,
        in_report INTEGER NOT NULL DEFAULT 1
    """,
    # Links from a note or help request to a volunteer or organisation (match, referral).
    "links": """
        from_kind TEXT NOT NULL,
        from_id TEXT NOT NULL,
        to_kind TEXT NOT NULL,
        to_id TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT ''
    """,
}

_EXTRA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE note_tags (note_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (note_id, tag))
    WITHOUT ROWID;
CREATE INDEX note_tags_tag ON note_tags(tag);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_record ON audit(record_id);
CREATE INDEX notes_person ON notes(person_id, on_date);
CREATE INDEX notes_date ON notes(on_date);
CREATE INDEX help_requests_person ON help_requests(person_id);
CREATE INDEX reminders_due ON reminders(due_on);
CREATE INDEX reminders_person ON reminders(person_id);
CREATE INDEX contact_persons_org ON contact_persons(organisation_id);
CREATE INDEX links_from ON links(from_id);
CREATE INDEX links_to ON links(to_id);
CREATE INDEX person_links_person ON person_links(person_id);
CREATE INDEX persons_name ON persons(name COLLATE NOCASE);
"""


def upgrade(cur: Any) -> None:
    for table, columns in _TABLES.items():
        cur.execute(f"CREATE TABLE {table} ({_STAMPS}, {columns})")
    for statement in _EXTRA.split(";"):
        if statement.strip():
            cur.execute(statement)
