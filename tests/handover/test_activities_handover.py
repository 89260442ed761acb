"""Activities with several participants travel in the bundle, come back and merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from dorpsboek.domain.records import Kind
from dorpsboek.handover import emergency, handback, merge
from dorpsboek.handover import open as opening
from dorpsboek.services import activities
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.handover.conftest import NEW_PASSPHRASE


def _activity(cb: Casebook, text: str, names: list[str]) -> str:
    who = activities.resolve(cb, names)
    return activities.save(cb, activities.NewActivity(text, "overleg", 45, participants=who)).id


def _names(book: Book) -> tuple[str, str, str]:
    cb = Casebook(book)
    a = cb.add_person("Aaltje Rondreis")
    b = cb.add_person("Bertus Rondreis")
    cb.create(Kind.VOLUNTEER, {"name": "Gerrit Rondreis"})
    return a, b, "Gerrit Rondreis"


def test_activities_go_out_come_back_and_conflict_like_any_record(
    book: Book, tmp_path: Path
) -> None:
    mine = Casebook(book, actor="Anna")
    a, b, vol = _names(book)
    shared = _activity(
        mine, "Familiegesprek #mantelzorg", ["Aaltje Rondreis", "Bertus Rondreis", vol]
    )
    setup = emergency.setup(book)
    path = emergency.refresh(book, tmp_path)
    bundle = emergency.read_bundle(path.read_bytes(), setup.secret)
    target = opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        theirs = Casebook(colleague, actor="Bram")
        there = activities.get(theirs, shared)
        assert there is not None and {p.id for p in there.residents} == {a, b}
        assert len(there.participants) == 3
        added = _activity(theirs, "Kernoverleg bij de huisarts", ["Bertus Rondreis"])
        theirs.update(Kind.ACTIVITY, shared, {"minutes": 60})
        mine.update(Kind.ACTIVITY, shared, {"minutes": 30})
        data = handback.make_return(colleague)
    report = merge.merge(book, merge.read_return(book, data), actor="Anna")
    assert ("activities", added) in report.added
    assert {(c.kind, c.id) for c in report.conflicts} == {("activities", shared)}
    back = activities.get(mine, added)
    assert back is not None and [p.name for p in back.participants] == ["Bertus Rondreis"]
    assert [x.id for x in activities.with_participant(mine, b)] == [added, shared]
    assert mine.get(Kind.ACTIVITY, shared)["minutes"] == 30  # never overwritten
    assert any(line["actor"] == "Bram" for line in mine.audit_trail(added))


@pytest.mark.parametrize("scope", ["all", "active"])
def test_export_scopes_keep_activities_and_their_links(book: Book, scope: str) -> None:
    from dorpsboek.handover import export

    cb = Casebook(book)
    _names(book)
    shared = _activity(cb, "Wandelgroep opgezet", ["Aaltje Rondreis", "Gerrit Rondreis"])
    rows = export.collect(book, scope)
    assert [r["id"] for r in rows["activities"]] == [shared]
    links = [r for r in rows["links"] if r["from_id"] == shared]
    assert len(links) == 2
