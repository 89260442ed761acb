"""Volunteers: what they can do, when they are available, their limits, their VOG."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from dorpsboek.domain.kaart import add_months
from dorpsboek.domain.textfold import fold

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")
DAY_NAMES_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
PART_NAMES_NL = ("ochtend", "middag", "avond")
DEFAULT_SKILLS = (
    "vervoer",
    "boodschappen",
    "bezoek",
    "klussen",
    "computerhulp",
    "wandelen",
    "maaltijd",
)

Availability = dict[str, tuple[str, ...]]

_DAY_WORDS = {
    **{d: d for d in DAYS},
    **dict(zip(DAY_NAMES_NL, DAYS, strict=True)),
    **dict(
        zip(
            ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
            DAYS,
            strict=True,
        )
    ),
    **dict(
        zip(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            DAYS,
            strict=True,
        )
    ),
}
_PART_WORDS = {
    "morning": "morning",
    "ochtend": "morning",
    "ochtends": "morning",
    "morgen": "morning",
    "morgens": "morning",
    "afternoon": "afternoon",
    "middag": "afternoon",
    "middags": "afternoon",
    "evening": "evening",
    "avond": "evening",
    "avonds": "evening",
}


@dataclass(frozen=True)
class Volunteer:
    """One volunteer as front ends see it; `load` counts running help requests matched."""

    id: str
    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    skills: str = ""
    availability: str = ""
    limits: str = ""
    active: bool = True
    vog_on: str | None = None
    remarks: str = ""
    load: int = 0
    vog_old: bool = False


def parse_availability(raw: str) -> Availability:
    """The stored JSON (`{"mon": ["morning"]}`); anything unreadable means "not known"."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    out: Availability = {}
    for day in DAYS:
        parts = data.get(day)
        if isinstance(parts, list):
            chosen = tuple(p for p in PARTS if p in parts)
            if chosen:
                out[day] = chosen
    return out


def available_at(raw: str, day: str, part: str = "") -> bool:
    """Whether stored availability holds `day` (and `part`, "" = any part): no full parse."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return False
    parts = data.get(day) if isinstance(data, dict) else None
    if not isinstance(parts, list):
        return False
    return part in parts if part else any(p in PARTS for p in parts)


def dump_availability(slots: Availability) -> str:
    return json.dumps({d: list(slots[d]) for d in DAYS if slots.get(d)})


def availability_text(slots: Availability) -> str:
    """Plain Dutch for a CSV cell or a list: `ma ochtend, ma middag, za avond`."""
    words = []
    for day_index, day in enumerate(DAYS):
        for part_index, part in enumerate(PARTS):
            if part in slots.get(day, ()):
                words.append(f"{DAY_NAMES_NL[day_index]} {PART_NAMES_NL[part_index]}")
    return ", ".join(words)


DAY_NAMES_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PART_NAMES_EN = ("morning", "afternoon", "evening")


def availability_summary(slots: Availability, language: str = "nl") -> str:
    """Short, for a hand-out: `ma middag en avond; do hele dag; zo ochtend`.

    (The CSV keeps `availability_text`, which the import reads back.)
    """
    days, parts = (
        (DAY_NAMES_EN, PART_NAMES_EN) if language == "en" else (DAY_NAMES_NL, PART_NAMES_NL)
    )
    joiner, whole = (" and ", "all day") if language == "en" else (" en ", "hele dag")
    out = []
    for day_index, day in enumerate(DAYS):
        chosen = [parts[i] for i, part in enumerate(PARTS) if part in slots.get(day, ())]
        if chosen:
            said = whole if len(chosen) == len(PARTS) else joiner.join(chosen)
            out.append(f"{days[day_index]} {said}")
    return "; ".join(out)


def _days(word: str) -> list[str] | None:
    if "-" in word:
        first, _, last = word.partition("-")
        a, b = _DAY_WORDS.get(first), _DAY_WORDS.get(last)
        if a is None or b is None:
            return None
        i, j = DAYS.index(a), DAYS.index(b)
        return list(DAYS[i : j + 1]) if i <= j else None
    day = _DAY_WORDS.get(word)
    return None if day is None else [day]


def parse_availability_text(text: str) -> Availability | None:
    """Read `ma ochtend, di-do middag, za` (or English); None when a word is not understood.

    A day without a part of the day means the whole day.
    """
    slots: dict[str, set[str]] = {}
    for chunk in re.split(r"[,;/\n]+", fold(text)):
        words = [w for w in re.split(r"[\s:]+", chunk.replace("'s", " ")) if w and w != "en"]
        if not words:
            continue
        days: list[str] = []
        parts: list[str] = []
        for word in words:
            found = _days(word)
            if found is not None:
                days += found
            elif word in _PART_WORDS:
                parts.append(_PART_WORDS[word])
            else:
                return None
        if not days:
            return None
        for day in days:
            slots.setdefault(day, set()).update(parts or PARTS)
    return {d: tuple(p for p in PARTS if p in slots[d]) for d in DAYS if d in slots}


def vog_is_old(vog_on: str | None, today: dt.date, max_years: int) -> bool:
    """A VOG dated longer ago than `max_years` years gets a warning; no VOG gets none."""
    if not vog_on:
        return False
    try:
        issued = dt.date.fromisoformat(vog_on[:10])
    except ValueError:
        return False
    return add_months(issued, 12 * max_years) < today


def parse_active(text: str) -> bool | None:
    """Yes/no words from a spreadsheet cell; None when not understood (empty means active)."""
    word = fold(text)
    if word in ("", "ja", "j", "yes", "y", "1", "true", "waar", "actief", "active", "x"):
        return True
    if word in ("nee", "n", "no", "0", "false", "onwaar", "gepauzeerd", "pauze", "paused",
                "inactief", "inactive", "niet actief"):  # fmt: skip
        return False
    return None
