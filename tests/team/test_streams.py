"""Team packages carry what the readers may not have (docs/handover-format.md, section 9.4):
after the members have heard from each other, a package holds the records changed since, not
the whole book; a reader new to the writer gets what is there and is sent everything next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pyrage import x25519

from dorpsboek.handover.merge import MergeReport
from dorpsboek.handover.team import exchange, package, setup
from dorpsboek.store import dump
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE
from tests.team.conftest import Team, edit, first


def _round(team: Team) -> None:
    """Each member writes one package; each reads the others'."""
    n = len(team.books)
    written = [team.write(i) for i in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j:
                team.read(i, written[j])


def _records(book: Book) -> int:
    return package.write(book).records


def _triggers(book: Book) -> set[str]:
    with book.raw() as conn:
        cur = conn.execute(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'team_dirty_%'"
        )
        return {str(r[0]) for r in cur}


def test_every_record_table_is_watched_in_a_team_book_and_none_outside(
    team: Team, tmp_path: Path
) -> None:
    for book in team.books:  # the creator's book and two joined ones
        assert _triggers(book) == set(dump.record_kinds())
    solo = Book.create(tmp_path / "solo.db", PASSPHRASE)
    try:
        assert _triggers(solo) == set()
    finally:
        solo.close()


def test_after_the_members_heard_from_each_other_a_package_holds_only_what_changed(
    team: Team,
) -> None:
    anna = team.books[0]
    whole = sum(len(rows) for rows in dump.read_all(anna).values())
    _round(team)
    _round(team)
    assert [_records(b) for b in team.books] == [0, 0, 0]
    person = first(anna, "persons")
    edit(anna, "persons", str(person["id"]), phone="0611112222")
    edit(anna, "persons", str(person["id"]), phone="0633334444")  # two edits: one change
    data = team.write(0)
    assert package.read(anna, data).records("persons")[0]["phone"] == "0633334444"
    assert _records(anna) == 1 < whole
    for i in (1, 2):
        report = team.read(i, data)
        assert report.changed == [("persons", str(person["id"]))] and not report.partial
    assert len(set(team.digests())) == 1


def test_a_package_to_everyone_still_holds_every_record(team: Team) -> None:
    anna = team.books[0]
    _round(team)
    whole = sum(len(rows) for rows in dump.read_all(anna).values())
    assert package.write(anna, full=True).records == whole


def test_a_new_member_reads_what_is_there_and_is_sent_everything_next(
    team: Team, tmp_path: Path
) -> None:
    anna, bea, _cor = team.books
    _round(team)
    _round(team)
    key = x25519.Identity.generate()  # Dirk joins later, from Anna; Bea has not heard of him
    invitation = setup.read_invite(
        setup.invite(anna, recipient=str(key.to_public())), identity=str(key)
    )
    path = setup.join(invitation, tmp_path / "dirk.db", PASSPHRASE, member_name="Dirk")
    dirk = Book.open(path, PASSPHRASE)
    try:
        person = str(first(dirk, "persons", 1)["id"])
        edit(dirk, "persons", person, phone="0655556666")
        from_dirk = package.write(dirk)
        assert from_dirk.records == 1  # Anna has everything up to his invitation
        assert not _read(anna, from_dirk.data).partial
        told_bea = _read(bea, from_dirk.data)  # what is there comes in, but not all he has
        assert told_bea.partial and told_bea.changed == [("persons", person)]
        _read(dirk, team.write(1))  # Bea's package tells Dirk she lacks his counter
        everything = sum(map(len, dump.read_all(dirk).values()))
        again = package.write(dirk)
        assert again.records == everything
        assert not _read(bea, again.data).partial
        four = Team([*team.books, dirk], team.folder)
        _round(four)
        _round(four)
        assert len(set(four.digests())) == 1
    finally:
        dirk.close()


def _read(book: Book, data: bytes) -> MergeReport:
    return exchange.apply(book, package.read(book, data))


def _undo_schema_13(conn: Any) -> None:
    """Take away what m013 added (the tags' copies, last_notes, two partial indexes)."""
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name LIKE 'note_tags_%' "
        "OR name LIKE 'last_notes%' OR name IN ('persons_deleted', 'persons_rhythm')"
    ).fetchall():
        if kind in ("trigger", "index") and name != "note_tags_tag":
            conn.execute(f"DROP {kind.upper()} {name}")
    conn.execute("DROP TABLE last_notes")
    for column in ("on_date", "person_id", "minutes"):
        conn.execute(f"ALTER TABLE note_tags DROP COLUMN {column}")


def _back_to_schema_11(book: Book) -> None:
    """The book as Dorpsboek left it before packages carried marks (schema 11)."""
    with book.raw() as conn:
        _undo_schema_13(conn)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'team_dirty_%'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP INDEX team_versions_seq")
        conn.execute("DROP TABLE team_marks")
        conn.execute("DROP TABLE team_dirty")
        for table, column in [
            ("team", "seq"),
            ("team", "audit_floor"),
            ("team_versions", "seq"),
            *(("team_members", c) for c in ("read_seq", "read_audit", "acked_seq")),
            ("team_members", "acked_audit"),
            ("team_members", "acked_at"),
        ]:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 11")
        conn.commit()


def test_a_team_book_from_before_marks_upgrades_and_then_sends_only_changes(
    team: Team,
) -> None:
    _round(team)
    person = str(first(team.books[0], "persons", 2)["id"])
    for i, book in enumerate(team.books):
        _back_to_schema_11(book)
        if i == 0:  # changed by the older Dorpsboek, which had no triggers
            edit(book, "persons", person, phone="0612121212")
        path = book.path
        book.close()
        team.books[i] = Book.open(path, PASSPHRASE)
        assert team.books[i].migrated_from == 11
    anna = team.books[0]
    whole = sum(map(len, dump.read_all(anna).values()))
    assert _records(anna) == whole  # nobody's marks are known yet: everything
    _round(team)
    _round(team)
    assert len(set(team.digests())) == 1
    assert first(team.books[2], "persons", 2)["phone"] == "0612121212"
    edit(anna, "persons", person, phone="0634343434")
    assert _records(anna) == 1
