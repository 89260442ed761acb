"""The drafted handover letter and the overview page, from plain bundle rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dorpsboek.handover import letter

TODAY = dt.date(2026, 12, 1)


def _note(nid: str, person: str, day: str, text: str, **extra: Any) -> dict[str, Any]:
    row = {
        "id": nid,
        "person_id": person,
        "on_date": day,
        "created_at": f"{day}T09:00:00",
        "text": text,
        "deleted_at": None,
    }
    row.update(extra)
    return row


def _rows() -> dict[str, list[dict[str, Any]]]:
    persons = [
        {"id": "p1", "name": "Sjoerd Dubbel", "regular_contact": 7, "deleted_at": None},
        {"id": "p2", "name": "Sjoerd Dubbel", "regular_contact": 0, "deleted_at": None},
        {"id": "p3", "name": "Anke Activiteit", "regular_contact": 14, "deleted_at": None},
    ]
    notes = [
        _note("n1", "p2", "2026-11-02", "Tweede Sjoerd, eerste notitie"),
        _note("n2", "p1", "2026-11-20", "Zelfde dag, vroeg geschreven", help_request_id="h1"),
        _note(
            "n3",
            "p1",
            "2026-11-20",
            "Zelfde dag, later geschreven",
            help_request_id="h1",
            created_at="2026-11-20T15:00:00",
        ),
        _note("n4", "p1", "2026-11-25", "Nieuwste dag, over iets anders"),
        _note("n5", "p1", "2026-11-28", "Weggegooid", deleted_at="2026-11-29T10:00:00"),
        _note("n6", "p3", "2026-10-01", "Oude notitie <b>met</b> & teken"),
    ]
    requests = [
        {
            "id": "h1",
            "person_id": "p1",
            "question": "Hulp bij vervoer",
            "status": "open",
            "opened_on": "2026-11-01",
            "deleted_at": None,
        }
    ]
    activities = [{"id": "a1", "on_date": "2026-11-27", "deleted_at": None}]
    links = [{"id": "l1", "from_id": "a1", "to_id": "p3", "to_kind": "persons", "deleted_at": None}]
    return {
        "persons": persons,
        "notes": notes,
        "help_requests": requests,
        "activities": activities,
        "links": links,
    }


def test_a_running_request_shows_its_newest_note_by_day_then_by_writing() -> None:
    text = letter.draft(_rows(), owner="Tess", today=TODAY)
    request = text.split("## Lopende hulpvragen")[1].split("##")[0]
    assert "Laatste notitie 20-11-2026: Zelfde dag, later geschreven" in request
    assert "Weggegooid" not in text


def test_last_contact_is_the_newest_note_or_activity() -> None:
    text = letter.draft(_rows(), owner="Tess", today=TODAY)
    regular = text.split("## Inwoners die geregeld contact nodig hebben")[1].split("##")[0]
    # p1's newest live note is of the 25th (the binned one of the 28th does not count);
    # p3 took part in an activity on the 27th, after her note of October.
    assert "Sjoerd Dubbel: elke week, laatste contact 25-11-2026" in regular
    assert "Anke Activiteit: elke 2 weken, laatste contact 27-11-2026" in regular


def test_the_overview_lists_notes_per_resident_newest_first_and_escaped() -> None:
    page = letter.overview(_rows(), owner="Tess", created="2026-12-01T10:00:00")
    notes = page.split("<h2>Notities (5)</h2>")[1]
    # Two residents of one name keep the order of their first note in the bundle.
    first, second = notes.index("Tweede Sjoerd"), notes.index("Nieuwste dag")
    assert first < second
    p1 = notes[notes.index("Nieuwste dag") - 40 :]
    assert p1.index("25-11-2026") < p1.index("20-11-2026: Zelfde dag, vroeg")
    assert p1.index("vroeg geschreven") < p1.index("later geschreven")  # same day: as given
    assert "Oude notitie &lt;b&gt;met&lt;/b&gt; &amp; teken" in notes
