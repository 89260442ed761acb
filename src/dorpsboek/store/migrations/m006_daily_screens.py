"""Schema version 6: indexes for the daily screens (residents list, Vandaag, help requests).

Partial indexes over live rows only: the residents list takes each person's last contact
from `notes_live_person` (a covering min/max lookup per person, no table reads), and Vandaag
reads open reminders and running help requests without scanning closed ones. Tag counts
for completion skip tombstoned notes through `notes_deleted`.
"""

from __future__ import annotations

from typing import Any

_INDEXES = (
    "CREATE INDEX notes_live_person ON notes(person_id, on_date) WHERE deleted_at IS NULL",
    "CREATE INDEX reminders_open_due ON reminders(due_on) WHERE done = 0 AND deleted_at IS NULL",
    "CREATE INDEX help_requests_status ON help_requests(status) WHERE deleted_at IS NULL",
    "CREATE INDEX person_links_other ON person_links(other_id)",
    # The few tombstoned notes, so tag counts can leave them out without reading every note.
    "CREATE INDEX notes_deleted ON notes(id) WHERE deleted_at IS NOT NULL",
)


def upgrade(cur: Any) -> None:
    for statement in _INDEXES:
        cur.execute(statement)
