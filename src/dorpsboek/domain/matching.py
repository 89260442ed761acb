"""Matching volunteers to a help request: tags first, then availability, then lower load.

Paused volunteers are never offered. Pure and fast: 500 volunteers rank in well under 10 ms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from dorpsboek.domain.textfold import fold, split_tags
from dorpsboek.domain.volunteers import DAYS, PARTS, Volunteer, available_at


@dataclass(frozen=True)
class Moment:
    """When help is asked for: a weekday (`mon`..`sun`) and a part of the day ("" = any)."""

    day: str
    part: str = ""

    def __post_init__(self) -> None:
        if self.day not in DAYS or self.part not in ("", *PARTS):
            raise ValueError(f"{self.day} {self.part}")


@dataclass(frozen=True)
class Candidate:
    """A volunteer offered for a help request, with why: matched tags, availability, load."""

    volunteer_id: str
    name: str
    phone: str
    limits: str
    skills: tuple[str, ...]
    matched: tuple[str, ...]
    available: bool | None  # None when no moment was asked
    load: int
    vog_old: bool = False


def _skill_matches(skill: str, wanted: set[str]) -> bool:
    """`vervoer` matches `vervoer`; prefixes of 4+ letters count (`computer` ~ `computerhulp`)."""
    if skill in wanted:
        return True
    return any(
        len(w) >= 4 and len(skill) >= 4 and (skill.startswith(w) or w.startswith(skill))
        for w in wanted
    )


def wanted_tags(*texts: str) -> set[str]:
    """Folded words and tags from a help request's themes and question."""
    out: set[str] = set()
    for text in texts:
        for tag in split_tags(text):
            out.add(fold(tag))
        out.update(w for w in re.findall(r"\w+", fold(text)) if len(w) >= 4)
    return out


def rank(
    volunteers: Iterable[Volunteer], wanted: set[str], moment: Moment | None = None
) -> list[Candidate]:
    """Active volunteers, best first: most matching tags, available at the moment, lowest load."""
    # Skills come from a small vocabulary: decide once per skill whether it fits.
    skill_fits: dict[str, bool] = {}
    candidates = []
    for vol in volunteers:
        if not vol.active:
            continue
        skills = tuple(split_tags(vol.skills))
        matched = []
        for skill in skills:
            key = fold(skill)
            if key not in skill_fits:
                skill_fits[key] = _skill_matches(key, wanted)
            if skill_fits[key]:
                matched.append(skill)
        available = None
        if moment is not None:
            available = available_at(vol.availability, moment.day, moment.part)
        candidates.append(
            Candidate(
                vol.id, vol.name, vol.phone, vol.limits, skills, tuple(matched), available,
                vol.load, vol.vog_old,
            )
        )  # fmt: skip
    candidates.sort(key=_order)
    return candidates


def _order(c: Candidate) -> tuple[int, int, int, str]:
    return (-len(c.matched), 0 if c.available else 1, c.load, fold(c.name))
