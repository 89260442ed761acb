"""The repeated exchange between three books: joining, taking changes, conflicts and her
decision travelling on, deletions, erasure without a trace, replays changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from dorpsboek.errors import DorpsboekError
from dorpsboek.handover.merge import MINE, THEIRS
from dorpsboek.handover.team import package, setup
from dorpsboek.services import privacy
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump, replacing
from dorpsboek.store import team as team_store
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import now_iso
from tests.helpers import MARKER, PASSPHRASE, derived_out_of_step, files_containing
from tests.team.conftest import Team, edit, first


def _readable(book: Book) -> str:
    """Everything a reader with the passphrase could see: every row of every table."""
    out = []
    with book.raw() as conn:
        names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for (name,) in names:
            out.extend(str(r) for r in conn.execute(f'SELECT * FROM "{name}"'))
    return "\n".join(out)


def full_round(team: Team) -> None:
    packages = [team.write(i) for i in range(3)]
    for i in range(3):
        for j in range(3):
            if i != j:
                team.read(i, packages[j])


def test_joined_books_hold_the_same_records(team: Team) -> None:
    assert len(set(team.digests())) == 1
    with team.books[1].raw() as conn:
        mine = team_store.get(conn)
        assert mine is not None and mine["member_name"] == "Bea"


def test_a_change_travels_and_reading_twice_changes_nothing(team: Team) -> None:
    anna, bea, _cor = team.books
    person = first(anna, "persons")
    edit(anna, "persons", person["id"], phone="0611111111")
    data = team.write(0)
    report = team.read(1, data)
    assert report.changed == [("persons", person["id"])] and not report.conflicts
    after = team.digests()[1]
    again = team.read(1, data)
    assert again.applied == 0 and not again.conflicts
    assert team.digests()[1] == after
    assert dump.rows_by_id_book(bea, "persons", person["id"])["phone"] == "0611111111"


def test_a_note_moved_to_another_day_travels_with_its_tags(team: Team) -> None:
    anna, bea, _cor = team.books
    note = first(anna, "notes")
    edit(anna, "notes", note["id"], on_date="2026-02-03", minutes=35, text="Nu over #wonen")
    team.read(1, team.write(0))
    with bea.raw() as conn:
        tags = conn.execute(
            "SELECT tag, on_date, minutes FROM note_tags WHERE note_id = ?", (note["id"],)
        ).fetchall()
    assert tags == [("wonen", "2026-02-03", 35)]
    assert derived_out_of_step(anna) == [] and derived_out_of_step(bea) == []


def test_an_older_package_after_a_newer_one_changes_nothing(team: Team) -> None:
    anna = team.books[0]
    person = first(anna, "persons")
    edit(anna, "persons", person["id"], phone="0622222222")
    old = team.write(0)
    edit(anna, "persons", person["id"], phone="0633333333")
    new = team.write(0)
    team.read(2, new)
    report = team.read(2, old)
    assert report.applied == 0
    assert dump.rows_by_id_book(team.books[2], "persons", person["id"])["phone"] == "0633333333"


def test_a_conflict_waits_and_her_decision_travels(team: Team) -> None:
    anna, bea, cor = team.books
    person = first(anna, "persons")
    edit(anna, "persons", person["id"], phone="0644444444")
    edit(bea, "persons", person["id"], phone="0655555555")
    from_bea = team.write(1)
    waiting = team.read(0, from_bea)
    assert [(c.kind, c.id) for c in waiting.conflicts] == [("persons", person["id"])]
    assert waiting.conflicts[0].mine["phone"] == "0644444444"
    assert waiting.conflicts[0].theirs["phone"] == "0655555555"
    assert dump.rows_by_id_book(anna, "persons", person["id"])["phone"] == "0644444444"
    decided = team.read(0, from_bea, take=THEIRS)
    assert decided.resolved == [("persons", person["id"])]
    # Her decision wins in Bea's and Cor's books without asking them again.
    from_anna = team.write(0)
    for i in (1, 2):
        report = team.read(i, from_anna)
        assert not report.conflicts
    # Cor also got Anna's pre-conflict edit? No: Anna's package now carries the decision.
    assert dump.rows_by_id_book(cor, "persons", person["id"])["phone"] == "0655555555"
    full_round(team)
    assert len(set(team.digests())) == 1


def test_keeping_her_own_version_travels_too(team: Team) -> None:
    anna, bea, _cor = team.books
    note = first(anna, "notes")
    edit(anna, "notes", note["id"], text="Anna's versie")
    edit(bea, "notes", note["id"], text="Bea's versie")
    report = team.read(0, team.write(1), take=MINE)
    assert report.kept == [("notes", note["id"])]
    assert not team.read(1, team.write(0)).conflicts
    assert dump.rows_by_id_book(bea, "notes", note["id"])["text"] == "Anna's versie"


def test_a_deletion_travels(team: Team) -> None:
    anna = team.books[0]
    org = first(anna, "organisations")
    stamp = now_iso()
    edit(anna, "organisations", org["id"], deleted_at=stamp)
    report = team.read(2, team.write(0))
    assert report.deleted == [("organisations", org["id"])]
    assert dump.rows_by_id_book(team.books[2], "organisations", org["id"])["deleted_at"]


def test_an_erasure_leaves_no_trace_in_any_book(team: Team) -> None:
    anna, bea, _cor = team.books
    person = first(anna, "persons")
    edit(anna, "persons", person["id"], remarks=MARKER)
    full_round(team)
    assert all(MARKER in _readable(b) for b in team.books)
    # Bea writes a note before she hears of the erasure: it must not bring the resident back.
    with bea.raw() as conn:
        note = first(bea, "notes")
        replacing.replace_row(
            conn,
            "notes",
            {
                **note,
                "id": "11111111-1111-4111-8111-111111111111",
                "person_id": person["id"],
                "text": MARKER,
                "updated_at": now_iso(),
            },
        )
        conn.commit()
    from_bea = team.write(1)
    privacy.erase_person(Casebook(anna), person["id"])
    from_anna = team.write(0)
    team.read(2, from_bea)  # Cor hears from Bea first: the marker arrives ...
    team.read(2, from_anna)  # ... and goes with the erasure
    team.read(1, from_anna)
    team.read(0, from_bea)  # Anna never takes it back
    full_round(team)
    assert len(set(team.digests())) == 1
    for b in team.books:
        assert person["id"] not in {r["id"] for r in dump.read_all(b)["persons"]}
    for b in team.books:
        assert MARKER not in _readable(b)  # no table of any book, index and trail included
        b.close()
    try:
        assert files_containing(team.folder, MARKER.encode()) == []
    finally:
        team.books[:] = [
            Book.open(team.folder / n, PASSPHRASE) for n in ("anna.db", "bea.db", "cor.db")
        ]


def test_another_teams_package_is_refused(team: Team, tmp_path: Path) -> None:
    other = Book.create(tmp_path / "ander.db", PASSPHRASE)
    try:
        setup.create(other, "Ander dorp", "Dirk")
        data = package.write(other).data
        with pytest.raises(package.ForeignPackage):
            package.read(team.books[0], data)
        before = team.digests()
        with pytest.raises(DorpsboekError):
            package.read(team.books[0], data[:-10])
        assert team.digests() == before
    finally:
        other.close()
