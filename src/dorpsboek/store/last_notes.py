"""Each resident's last contact by note, as a lookup: `last_notes` (m013, kept by triggers).

The residents list sorted by last contact, Vandaag's contact rhythm and quiet help requests,
and the retention review all ask "the newest live note about this resident". As
`max(on_date)` over `notes_live_person` that was one index probe per resident, and at ten
villages (60,000 residents, 1,000,000 notes) the probes no longer fit the page cache: 1 s to
sort the residents list. `last_notes` holds one small row per resident with a live note.
"""

from __future__ import annotations


def last_note_of(person: str) -> str:
    """SQL for the day of the newest live note about `person` (a column expression), or NULL."""
    return f"(SELECT ln.on_date FROM last_notes ln WHERE ln.person_id = {person})"
