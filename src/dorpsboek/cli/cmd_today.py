"""`dorpsboek today`: what Vandaag shows, for scripts and for a quick look in a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.messages import say
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.rhythm import rhythm_words
from dorpsboek.services import contact, emergency_drill, radar
from dorpsboek.services import help as help_service
from dorpsboek.services.casebook import Casebook


def register(sub: Any) -> None:
    p = sub.add_parser("today", help="wat Vandaag laat zien")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_today)


def today_figures(cb: Casebook, day: dt.date) -> dict[str, Any]:
    """The four lists of Vandaag as plain values (the same calls the screen makes)."""
    return {
        "reminders_due": [
            {
                "id": r.id,
                "text": r.text,
                "due": r.due_on,
                "person": r.person_name,
                "person_id": r.person_id,
                "every": r.every,
            }
            for r in help_service.due_reminders(cb, day)
        ],
        "contact_overdue": [
            {
                "id": c.id,
                "name": c.name,
                "every_days": c.every_days,
                "last_contact": c.last_contact,
                "days_overdue": c.days_overdue,
            }
            for c in contact.overdue(cb, day)
        ],
        "signal_suggestions": radar.signal_suggestions(cb, day),
        "emergency_test_due": emergency_drill.emergency_test_due(cb, day),
    }


def cmd_today(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        figures = today_figures(Casebook(book), dt.date.today())
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    for line in _lines(figures):
        print(line)
    return 0


def _lines(f: dict[str, Any]) -> list[str]:
    out = [say("today_reminders", n=len(f["reminders_due"]))]
    out += [f"  {format_date(r['due'])}  {r['person']}: {r['text']}" for r in f["reminders_due"]]
    out.append(say("today_contact", n=len(f["contact_overdue"])))
    for c in f["contact_overdue"]:
        last = format_date(c["last_contact"]) if c["last_contact"] else say("today_never")
        every = _rhythm(c["every_days"])
        out.append("  " + say("today_contact_line", name=c["name"], every=every, last=last))
    out.append(say("today_signals", n=len(f["signal_suggestions"])))
    out += [
        "  " + say("today_signal_line", tag=s["tag"], residents=s["residents"], notes=s["notes"])
        for s in f["signal_suggestions"]
    ]
    if f["emergency_test_due"]:
        out.append(say("today_kit_test"))
    return out


def _rhythm(every_days: int) -> str:
    unit, n = rhythm_words(every_days)
    return say(f"every_{unit}" if n == 1 else f"every_{unit}s", n=n)
