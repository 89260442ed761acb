"""The demo village tells stories that hold: no gendered phrase sent to any resident, help
requests closed weeks after they opened (never later than today), Vandaag has work to show."""

from __future__ import annotations

import datetime as dt

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.services import contact, radar
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump
from dorpsboek.store.book import Book


def test_demo_stories_hold(book: Book) -> None:
    today = dt.date.today()
    generate(book, DemoSize(60, 600, 20, 15), seed=4, today=today)
    rows = dump.read_all(book)
    assert not any("haar man" in str(n["text"]) for n in rows["notes"])
    done = [h for h in rows["help_requests"] if h["status"] == "done"]
    assert done
    for h in done:
        opened, closed = (
            dt.date.fromisoformat(h["opened_on"]),
            dt.date.fromisoformat(h["closed_on"]),
        )
        assert opened <= closed <= today
        assert (closed - opened).days <= 90
    assert sum(1 for r in rows["reminders"] if r.get("every")) == 2  # series, too
    # Issue 12 in the demo: activities (some with people), kernen, outcomes.
    assert len(rows["activities"]) == 15
    assert any(r["from_kind"] == "activities" for r in rows["links"])
    assert {p["kern"] for p in rows["persons"]} <= {"Oosterwierum", "Westerwierum", "Hoogwierum"}
    assert any(h["outcome"] for h in done)
    cb = Casebook(book)
    from dorpsboek.services import kernen

    assert kernen.kernen(cb) == ["Oosterwierum", "Westerwierum", "Hoogwierum"]
    assert len(contact.overdue(cb, today)) >= 2  # the demo shows regular contact at work
    assert radar.signal_suggestions(cb, today)  # and one question from the signal radar
