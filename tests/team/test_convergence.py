"""Property: three books, random edits, deletions and erasures on each, packages exchanged in
a random order with some lost and some read twice. After final rounds in which every
conflict is decided, all three books hold the same records (equal digests), no edit went
missing except where a conflict was decided against it, and replaying any package that was
written on the way changes nothing. Packages carry only what the readers may not have
(section 9.4), so a lost or repeated package must not cost an edit either.

Bounded for CI (a few examples, each a fresh team of three small books); raise
DORPSBOEK_TEAM_EXAMPLES for a longer run.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dorpsboek.handover.merge import MINE, THEIRS
from dorpsboek.services import privacy
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump
from dorpsboek.store.stamps import now_iso
from tests.helpers import derived_out_of_step
from tests.team.conftest import Team, edit, make_team

EXAMPLES = int(os.environ.get("DORPSBOEK_TEAM_EXAMPLES", "20"))
MEMBERS = st.integers(min_value=0, max_value=2)


@dataclass(frozen=True)
class Step:
    action: str  # edit | delete | erase | send
    member: int  # who edits, or who reads
    other: int = 0  # which record (index among the live ones), or who wrote the package
    value: int = 0
    take: str | None = None  # how the reader decides conflicts on this read (None: later)


STEPS = st.one_of(
    st.builds(Step, st.just("edit"), MEMBERS, st.integers(0, 5), st.integers(0, 99)),
    st.builds(Step, st.just("delete"), MEMBERS, st.integers(0, 2)),
    st.builds(Step, st.just("erase"), MEMBERS, st.integers(0, 5)),
    st.builds(
        Step,
        st.just("send"),
        MEMBERS,
        MEMBERS,
        st.integers(0, 1),  # 1: the package is read twice (a duplicate on the stick)
        st.sampled_from([None, MINE, THEIRS]),
    ),
)


def _live(team: Team, member: int, kind: str) -> list[str]:
    return [
        str(r["id"]) for r in dump.read_all(team.books[member])[kind] if not r.get("deleted_at")
    ]


@dataclass
class Done:
    """What the members did, to check afterwards that no edit went missing."""

    # resident: member: every number that member gave, in order
    phones: dict[str, dict[int, list[str]]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    erased: set[str] = field(default_factory=set)


def _do(team: Team, step: Step, written: list[bytes], done: Done) -> None:
    book = team.books[step.member]
    if step.action == "edit":
        people = _live(team, step.member, "persons")
        if people:
            pid = people[step.other % len(people)]
            edit(book, "persons", pid, phone=f"06{step.value:08d}")
            done.phones.setdefault(pid, {}).setdefault(step.member, []).append(
                f"06{step.value:08d}"
            )
    elif step.action == "delete":
        orgs = _live(team, step.member, "organisations")
        if orgs:
            edit(book, "organisations", orgs[step.other % len(orgs)], deleted_at=now_iso())
            done.deleted.add(orgs[step.other % len(orgs)])
    elif step.action == "erase":
        people = _live(team, step.member, "persons")
        if len(people) > 2:  # keep a few residents to edit
            privacy.erase_person(Casebook(book), people[step.other % len(people)])
            done.erased.add(people[step.other % len(people)])
    elif step.member != step.other:  # a package from `other`, read by `member` (or lost)
        data = team.write(step.other)
        written.append(data)
        for _ in range(1 + step.value):
            team.read(step.member, data, take=step.take)


def _settle(team: Team) -> int:
    """Rounds in which each member in turn reads what the others have now, deciding every
    conflict as 'theirs', until the books agree (at most three rounds).

    In turn, not all at once: two members who decide the same conflict at the same time
    (each for the other's version) make two new, concurrent versions, and the conflict comes
    back to them, as it should: neither saw the other's decision.
    """
    for rounds in range(1, 4):
        for i in range(3):
            for j in range(3):
                if i != j:
                    team.read(i, team.write(j), take=THEIRS)
        if len(set(team.digests())) == 1:
            return rounds
    return 0


def _nothing_lost(team: Team, done: Done) -> None:
    """Every edit is in the end result unless a conflict was decided against it: a resident
    changed by one member only has her last phone number in every book; one changed by
    several has one of the numbers they gave; an erased one is nowhere; a deleted
    organisation stays deleted."""
    rows = dump.read_all(team.books[0])
    people = {str(r["id"]): r for r in rows["persons"]}
    for pid, by_member in done.phones.items():
        if pid in done.erased:
            assert pid not in people
        elif len(by_member) == 1:  # no conflict possible: her last number stands
            assert people[pid]["phone"] == next(iter(by_member.values()))[-1]
        else:  # a conflict may be decided for any number one of them gave
            assert people[pid]["phone"] in {n for given in by_member.values() for n in given}
    assert not done.erased & set(people)
    orgs = {str(r["id"]): r for r in rows["organisations"]}
    assert all(orgs[o].get("deleted_at") for o in done.deleted)


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(STEPS, min_size=3, max_size=14))
def test_three_books_converge_whatever_the_order(steps: list[Step]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        team = make_team(Path(tmp))
        try:
            written: list[bytes] = []
            done = Done()
            for step in steps:
                _do(team, step, written, done)
            assert _settle(team) > 0, "the three books did not come to the same records"
            _nothing_lost(team, done)
            assert all(derived_out_of_step(book) == [] for book in team.books)
            settled = team.digests()
            for data in written[-4:]:  # a package from the stick read again, much later
                for i in range(3):
                    report = team.read(i, data)
                    assert report.applied == 0 and not report.conflicts
            assert team.digests() == settled
        finally:
            for book in team.books:
                book.close()
