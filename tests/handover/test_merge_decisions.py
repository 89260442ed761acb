"""Her merge decisions: a dry run reports exactly what a real merge would and changes nothing;
keeping her own version is remembered, until the colleague changes that record again."""

from __future__ import annotations

from pathlib import Path

from dorpsboek.domain.records import Kind
from dorpsboek.handover import emergency, handback, merge
from dorpsboek.handover import open as opening
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump, handover_state
from dorpsboek.store.book import Book
from tests.handover.conftest import NEW_PASSPHRASE, Kit


def test_dry_run_reports_like_a_merge_and_changes_nothing(
    village: Book, kit: Kit, tmp_path: Path
) -> None:
    bundle = emergency.read_bundle(kit.data, kit.secret)
    target = opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")
    people = [r["id"] for r in dump.read_all(village)["persons"] if not r["deleted_at"]][:3]
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        theirs = Casebook(colleague, actor="Bram")
        theirs.update(Kind.PERSON, people[0], {"phone": "06-theirs"})
        theirs.update(Kind.PERSON, people[1], {"phone": "06-both-theirs"})
        theirs.delete(Kind.PERSON, people[2])
        data = handback.make_return(colleague)
    Casebook(village, actor="Anna").update(Kind.PERSON, people[1], {"phone": "06-both-mine"})
    before = dump.read_all(village), dump.read_audit(village), handover_state.all_issued(village)
    preview = merge.merge(village, merge.read_return(village, data), dry_run=True)
    after = dump.read_all(village), dump.read_audit(village), handover_state.all_issued(village)
    assert after == before
    assert [c.id for c in preview.conflicts] == [people[1]]
    assert preview.pending_deletions == [("persons", people[2])]
    real = merge.merge(village, merge.read_return(village, data))
    assert (real.added, real.changed, real.pending_deletions) == (
        preview.added,
        preview.changed,
        preview.pending_deletions,
    )
    assert [c.id for c in real.conflicts] == [people[1]]


def test_keeping_mine_is_remembered_until_the_colleague_changes_it_again(
    village: Book, kit: Kit, tmp_path: Path
) -> None:
    bundle = emergency.read_bundle(kit.data, kit.secret)
    target = opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")
    person = next(r["id"] for r in dump.read_all(village)["persons"] if not r["deleted_at"])
    anna = Casebook(village, actor="Anna")
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        bram = Casebook(colleague, actor="Bram")
        bram.update(Kind.PERSON, person, {"phone": "06-bram"})
        first = handback.make_return(colleague)
        anna.update(Kind.PERSON, person, {"phone": "06-anna"})
        report = merge.merge(
            village, merge.read_return(village, first), decisions={("persons", person): "mine"}
        )
        assert report.kept == [("persons", person)] and report.conflicts == []
        again = merge.merge(village, merge.read_return(village, first))
        assert again.conflicts == [] and again.kept == [] and again.applied == 0
        assert anna.get(Kind.PERSON, person)["phone"] == "06-anna"
        bram.update(Kind.PERSON, person, {"phone": "06-bram-weer"})
        later = merge.merge(village, merge.read_return(village, handback.make_return(colleague)))
    assert [c.theirs["phone"] for c in later.conflicts] == ["06-bram-weer"]
    assert anna.get(Kind.PERSON, person)["phone"] == "06-anna"


def test_a_taken_change_is_no_conflict_after_she_edits_the_record(
    village: Book, kit: Kit, tmp_path: Path
) -> None:
    """Merged, then edited by her, then the same (or a later, cumulative) return again."""
    bundle = emergency.read_bundle(kit.data, kit.secret)
    target = opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")
    people = [r["id"] for r in dump.read_all(village)["persons"] if not r["deleted_at"]][:2]
    anna = Casebook(village, actor="Anna")
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        bram = Casebook(colleague, actor="Bram")
        bram.update(Kind.PERSON, people[0], {"phone": "06-bram"})
        new_person = bram.add_person("Nieuw Bij Bram")
        first = handback.make_return(colleague)
        taken = merge.merge(village, merge.read_return(village, first))
        assert ("persons", people[0]) in taken.changed
        assert ("persons", new_person) in taken.added
        anna.update(Kind.PERSON, people[0], {"phone": "06-anna-daarna"})
        anna.update(Kind.PERSON, new_person, {"remarks": "Door Anna aangevuld"})
        again = merge.merge(village, merge.read_return(village, first))
        assert again.conflicts == [] and again.applied == 0
        bram.update(Kind.PERSON, people[1], {"phone": "06-bram-later"})
        later = merge.merge(village, merge.read_return(village, handback.make_return(colleague)))
    assert later.conflicts == []
    assert later.changed == [("persons", people[1])]
    assert anna.get(Kind.PERSON, people[0])["phone"] == "06-anna-daarna"
    assert anna.get(Kind.PERSON, new_person)["remarks"] == "Door Anna aangevuld"
