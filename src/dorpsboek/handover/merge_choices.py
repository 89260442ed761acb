"""Her per-record merge choices given by id (the command line), checked against a preview.

An id is a record's UUID as the merge report prints it; `kind:id` (e.g. `persons:…`) is
accepted too. `--theirs`/`--mine` must name a conflict and `--delete` a deletion that waits
for confirmation; anything else is refused before the book changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dorpsboek.errors import UsageError
from dorpsboek.handover.merge import MINE, THEIRS, Key, MergeReport


class UnknownChoice(UsageError):
    """An id that is not among this return's conflicts or waiting deletions."""

    key = "merge_unknown_id"


class DoubleChoice(UsageError):
    """The same record chosen both ways."""

    key = "merge_double_choice"


@dataclass(frozen=True)
class Choices:
    theirs: tuple[str, ...] = ()
    mine: tuple[str, ...] = ()
    delete: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.theirs or self.mine or self.delete)


def _find(raw: str, known: dict[str, Key]) -> Key:
    kind, _, record_id = raw.strip().rpartition(":")
    key = known.get(record_id.strip().lower())
    if key is None or (kind and kind.strip() != key[0]):
        raise UnknownChoice(raw)
    return key


def _keys(raws: Iterable[str], known: dict[str, Key]) -> list[Key]:
    return [_find(raw, known) for raw in raws]


def resolve(preview: MergeReport, choices: Choices) -> tuple[dict[Key, str], list[Key]]:
    """Her decisions per conflict and the deletions she confirms, from a dry-run report."""
    conflicts = {c.id.lower(): (c.kind, c.id) for c in preview.conflicts}
    pending = {i.lower(): (k, i) for k, i in preview.pending_deletions}
    decisions: dict[Key, str] = {}
    for side, raws in ((THEIRS, choices.theirs), (MINE, choices.mine)):
        for key in _keys(raws, conflicts):
            if decisions.get(key, side) != side:
                raise DoubleChoice(key[1])
            decisions[key] = side
    return decisions, _keys(choices.delete, pending)
