"""Generate an invented village into a book: a handful of records up to village scale.

Reproducible: the same seed and sizes give the same records (ids included).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass
from typing import Any

from dorpsboek.demo import words as w
from dorpsboek.domain.activities import OUTCOMES
from dorpsboek.domain.tags import parse_tags
from dorpsboek.store import meta as meta_store
from dorpsboek.store.book import Book
from dorpsboek.store.bulk import insert_many

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")


@dataclass(frozen=True)
class DemoSize:
    persons: int = 60
    notes: int = 300
    organisations: int = 40
    volunteers: int = 25


VILLAGE_SCALE = DemoSize(6000, 100_000, 1000, 500)


class _Maker:
    """Builds rows with one seeded random source, so output is reproducible."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rnd = random.Random(seed)
        self.today = today

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def day(self, back: int, ahead: int = 0) -> str:
        return (self.today + dt.timedelta(days=self.rnd.randint(-back, ahead))).isoformat()

    def name(self) -> str:
        r = self.rnd
        return f"{r.choice(w.FIRST_NAMES)} {r.choice(w.PREFIXES)}{r.choice(w.SURNAMES)}"

    def phone(self, mobile: bool = True) -> str:
        digits = "".join(str(self.rnd.randint(0, 9)) for _ in range(8))
        return f"06-{digits}" if mobile else f"0598-{digits[:6]}"

    def address(self) -> str:
        return f"{self.rnd.choice(w.STREETS)} {self.rnd.randint(1, 140)}, {w.VILLAGE}"


def _persons(m: _Maker, n: int) -> list[dict[str, Any]]:
    rows = []
    for _ in range(n):
        status = m.rnd.choices(("active", "dormant", "closed"), (70, 20, 10))[0]
        rows.append(
            {
                "id": m.uid(),
                "name": m.name(),
                "address": m.address(),
                "phone": m.phone(),
                "status": status,
                # One in ten active residents has a rhythm: daily calls to fortnightly visits.
                "regular_contact": m.rnd.choice((1, 2, 7, 14, 28))
                if status == "active" and m.rnd.random() < 0.1
                else 0,
                "consent_on": m.day(700),
                "consent_how": m.rnd.choice(("mondeling", "per mail")),
                "reach": m.rnd.choice(("", "Bellen na 10 uur", "Via de dochter", "Achterdeur")),
            }
        )
    return rows


def _person_links(m: _Maker, persons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for person in persons[: len(persons) // 10]:
        other = m.rnd.choice(persons)
        if other is not person:
            rows.append(
                {
                    "id": m.uid(),
                    "person_id": person["id"],
                    "other_id": other["id"],
                    "relation": m.rnd.choice(("mantelzorger", "dochter", "buurman")),
                }
            )
    return rows


def _notes(m: _Maker, n: int, persons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for _ in range(n):
        rows.append(
            {
                "id": m.uid(),
                "person_id": m.rnd.choice(persons)["id"],
                "on_date": m.day(730),
                "kind": m.rnd.choice(w.NOTE_KINDS),
                "text": m.rnd.choice(w.NOTE_TEMPLATES),
                "minutes": m.rnd.choice((None, 5, 10, 15, 30, 45, 60, 90)),
            }
        )
    return rows


def _rhythm_and_radar(
    m: _Maker, persons: list[dict[str, Any]], notes: list[dict[str, Any]]
) -> None:
    """So that a demo book shows Vandaag at work: three residents with a rhythm who are due,
    and one #tag in recent notes about four residents (the signal radar asks about it).

    Changes rows already made, so the counts stay those asked for.
    """
    active = [p for p in persons if p["status"] == "active"]
    # (rhythm, days since the last contact): two due, one not yet.
    for person, (every, ago) in zip(active[:3], ((1, 3), (7, 9), (14, 5)), strict=False):
        person["regular_contact"] = every
        last = (m.today - dt.timedelta(days=ago)).isoformat()
        theirs = [n for n in notes if n["person_id"] == person["id"]]
        for note in theirs:
            note["on_date"] = min(note["on_date"], last)
        if theirs:
            max(theirs, key=lambda n: n["on_date"])["on_date"] = last
    recent = [n for n in notes if n["person_id"] not in {p["id"] for p in active[:3]}]
    chosen: dict[str, dict[str, Any]] = {}
    for note in recent:
        chosen.setdefault(note["person_id"], note)
    for days_back, note in zip((3, 9, 16, 24), list(chosen.values())[:4], strict=False):
        note["on_date"] = (m.today - dt.timedelta(days=days_back)).isoformat()
        note["text"] = m.rnd.choice(w.RADAR_NOTES)


def _kernen_for(m: _Maker, persons: list[dict[str, Any]], orgs: list[dict[str, Any]]) -> None:
    """Every resident lives in one of the kernen; most kaart entries serve one (some all)."""
    for p in persons:
        p["kern"] = m.rnd.choice(w.KERNEN)
    for o in orgs:
        o["kern"] = m.rnd.choice((*w.KERNEN, ""))


def _activities(
    m: _Maker,
    n: int,
    persons: list[dict[str, Any]],
    vols: list[dict[str, Any]],
    orgs: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Meetings, groups, volunteer work and network talks, some with people taking part."""
    rows, links = [], []
    for _ in range(n):
        kind, text = m.rnd.choice(w.ACTIVITY_TEMPLATES)
        activity = {
            "id": m.uid(),
            "on_date": m.day(365),
            "kind": kind,
            "minutes": m.rnd.choice((30, 45, 60, 90, 120)),
            "text": text,
            "kern": m.rnd.choice((*w.KERNEN, "")),
        }
        rows.append(activity)
        pools = [("persons", persons), ("volunteers", vols), ("organisations", orgs)]
        for to_kind, pool in pools:
            if pool and m.rnd.random() < 0.4:
                links.append({"id": m.uid(), "from_kind": "activities", "from_id": activity["id"],
                              "to_kind": to_kind, "to_id": m.rnd.choice(pool)["id"],
                              "role": "participant"})  # fmt: skip
    return rows, links


def _closed_after(m: _Maker, opened: str) -> str:
    """A help request closes weeks after it opened, never in the future: a story that holds
    (closing a year after the last contact made the demo contradict itself)."""
    day = dt.date.fromisoformat(opened) + dt.timedelta(days=m.rnd.randint(7, 90))
    return min(day, m.today).isoformat()


def _organisations(m: _Maker, n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    orgs, contacts = [], []
    villages = (w.VILLAGE, "Westerbroek", "Noordlaren", "Zuidwolde", "Eexterveen")
    for i in range(n):
        name, category, themes, what = w.ORGANISATIONS[i % len(w.ORGANISATIONS)]
        village = villages[(i // len(w.ORGANISATIONS)) % len(villages)]
        suffix = "" if i < len(w.ORGANISATIONS) * len(villages) else f" {i}"
        org_id = m.uid()
        orgs.append(
            {
                "id": org_id,
                "name": name.format(v=village) + suffix,
                "category": category,
                "themes": themes,
                "description": what,
                "phone": m.phone(mobile=False),
                "email": f"info{i}@voorbeeld.invalid",
                "city": village,
                "when_to_call": "Bij vragen over " + themes.split(",")[0],
                "last_checked_on": m.day(800),
                "opening_hours": "ma-vr 9-12 uur",
            }
        )
        for _ in range(m.rnd.randint(0, 2)):
            contacts.append(
                {
                    "id": m.uid(),
                    "organisation_id": org_id,
                    "name": m.name(),
                    "role": m.rnd.choice(("POH", "consulent", "coördinator")),
                    "phone": m.phone(),
                }
            )
    return orgs, contacts


def _volunteers(m: _Maker, n: int) -> list[dict[str, Any]]:
    rows = []
    for _ in range(n):
        availability = {d: sorted(m.rnd.sample(PARTS, m.rnd.randint(0, 2))) for d in DAYS}
        rows.append(
            {
                "id": m.uid(),
                "name": m.name(),
                "phone": m.phone(),
                "address": m.address(),
                "skills": ", ".join(sorted(m.rnd.sample(w.SKILLS, m.rnd.randint(1, 3)))),
                "availability": json.dumps({d: p for d, p in availability.items() if p}),
                "limits": m.rnd.choice(w.LIMITS),
                "active": int(m.rnd.random() < 0.9),
                "vog_on": m.day(1500) if m.rnd.random() < 0.6 else None,
            }
        )
    return rows


def _help_and_reminders(
    m: _Maker, persons: list[dict[str, Any]], vols: list[dict[str, Any]], orgs: list[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    helps, reminders, links = [], [], []
    for person in persons[: max(1, len(persons) // 4)]:
        status = m.rnd.choices(("new", "running", "done"), (15, 45, 40))[0]
        opened = m.day(600)
        hid = m.uid()
        helps.append(
            {
                "id": hid,
                "person_id": person["id"],
                "status": status,
                "opened_on": opened,
                # a plain-text field: no Markdown marks from the note templates
                "question": m.rnd.choice(w.NOTE_TEMPLATES).split(".")[0].replace("**", ""),
                "themes": ", ".join(m.rnd.sample(w.THEMES, 2)),
                "closed_on": _closed_after(m, opened) if status == "done" else None,
                "outcome": m.rnd.choice((*OUTCOMES, "")) if status == "done" else "",
            }
        )
        if vols and m.rnd.random() < 0.5:
            links.append(
                {
                    "id": m.uid(),
                    "from_kind": "help_requests",
                    "from_id": hid,
                    "to_kind": "volunteers",
                    "to_id": m.rnd.choice(vols)["id"],
                    "role": "match",
                }
            )
        if orgs and m.rnd.random() < 0.5:
            links.append(
                {
                    "id": m.uid(),
                    "from_kind": "help_requests",
                    "from_id": hid,
                    "to_kind": "organisations",
                    "to_id": m.rnd.choice(orgs)["id"],
                    "role": "referral",
                }
            )
    for person in persons[: max(1, len(persons) // 6)]:
        reminders.append(
            {
                "id": m.uid(),
                "person_id": person["id"],
                "due_on": m.day(20, 30),
                "text": m.rnd.choice(
                    (
                        "Terugbellen",
                        "Langsgaan",
                        "Navragen bij Wmo",
                        "Vrijwilliger bellen of het gelukt is",
                    )
                ),
                "done": int(m.rnd.random() < 0.3),
            }
        )
    _a_few_series(reminders)
    return {"help_requests": helps, "reminders": reminders, "links": links}


def _a_few_series(reminders: list[dict[str, Any]]) -> None:
    """Two open reminders repeat (the weekly lift, a fortnightly call), as real ones do."""
    open_ones = [r for r in reminders if not r["done"]]
    for reminder, every in zip(open_ones[:2], ("1w", "2w"), strict=False):
        reminder["every"] = every
        reminder["series_from"] = reminder["due_on"]


def generate(
    book: Book, size: DemoSize = DemoSize(), seed: int = 1, today: dt.date | None = None
) -> None:
    """Add an invented village of the given size to `book` in one transaction."""
    m = _Maker(seed, today or dt.date.today())
    persons = _persons(m, size.persons)
    orgs, contacts = _organisations(m, size.organisations)
    vols = _volunteers(m, size.volunteers)
    notes = _notes(m, size.notes, persons) if persons else []
    _rhythm_and_radar(m, persons, notes)
    extra = _help_and_reminders(m, persons, vols, orgs) if persons else {}
    _kernen_for(m, persons, orgs)
    activities, activity_links = _activities(m, max(1, len(notes) // 40), persons, vols, orgs)
    if persons:
        extra["activities"] = activities
        extra["links"] = [*extra.get("links", []), *activity_links]
    signals = [
        {
            "id": m.uid(),
            "theme": t,
            "description": d,
            "noted_on": m.day(300),
            "status": m.rnd.choice(("noticed", "discussed", "initiative")),
        }
        for t, d in w.SIGNALS
    ]
    stories = [{"id": m.uid(), "title": t, "text": x, "on_date": m.day(300)} for t, x in w.STORIES]
    tags = [(n["id"], tag) for n in notes for tag in parse_tags(n["text"])]
    insert_many(
        book,
        {
            "persons": persons,
            "person_links": _person_links(m, persons) if persons else [],
            "organisations": orgs,
            "contact_persons": contacts,
            "volunteers": vols,
            "notes": notes,
            **extra,
            "signals": signals,
            "stories": stories,
        },
        tags,
    )
    if persons:  # her kernen, so the demo shows the kern choices and the account per kern
        meta_store.put(book, "kernen", json.dumps(list(w.KERNEN), ensure_ascii=False))
