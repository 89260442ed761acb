"""Activities: her work that is not about one resident (meetings, group work, volunteers)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Stored values (kept as the Dutch words she knows; they are her own categories of work).
ACTIVITY_KINDS = ("overleg", "collectief", "vrijwilligers", "netwerk")
# The record kinds that can take part in an activity, in the order a name is looked up.
PARTICIPANT_KINDS = ("persons", "volunteers", "organisations")
PARTICIPANT_ROLE = "participant"
# What came of a help request when she closed it (optional; stored values).
OUTCOMES = (
    "zelf opgelost",
    "vrijwilliger gevonden",
    "doorverwezen",
    "buiten mijn taak",
    "niet meer nodig",
)


@dataclass(frozen=True)
class Participant:
    kind: str  # persons | volunteers | organisations
    id: str
    name: str


@dataclass(frozen=True)
class Activity:
    id: str
    on_date: str
    text: str
    kind: str = ""
    minutes: int | None = None
    kern: str = ""
    participants: tuple[Participant, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = ()

    @property
    def residents(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.kind == "persons")
