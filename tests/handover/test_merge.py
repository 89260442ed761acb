"""Return and merge: one-sided changes are taken, two-sided ones wait for her, nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from dorpsboek.domain.records import Kind
from dorpsboek.errors import DamagedFile, ForeignReturn, StaleReturn
from dorpsboek.handover import archive, crypto, emergency, export, handback, merge
from dorpsboek.handover import format as fmt
from dorpsboek.handover import open as opening
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump, handover_state, search
from dorpsboek.store.book import Book
from tests.handover.conftest import NEW_PASSPHRASE, Kit
from tests.helpers import MARKER
from tests.services.pages import book_plaintext, wal_plaintext


@pytest.fixture
def colleague(village: Book, kit: Kit, tmp_path: Path) -> Book:
    bundle = emergency.read_bundle(kit.data, kit.secret)
    target = opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")
    opened = Book.open(target, NEW_PASSPHRASE)
    yield opened
    opened.close()


def _ids(book: Book, kind: str, n: int) -> list[str]:
    return [r["id"] for r in dump.read_all(book)[kind] if not r["deleted_at"]][:n]


def _edit_both_sides(village: Book, colleague: Book) -> dict[str, str]:
    mine, theirs = Casebook(village, actor="Anna"), Casebook(colleague, actor="Bram")
    p = _ids(village, "persons", 6)
    o = _ids(village, "organisations", 1)
    theirs.update(Kind.PERSON, p[0], {"phone": "06-theirs"})  # only theirs
    mine.update(Kind.PERSON, p[1], {"phone": "06-mine"})  # only mine
    theirs.update(Kind.PERSON, p[2], {"phone": "06-both-theirs"})  # both: conflict
    mine.update(Kind.PERSON, p[2], {"phone": "06-both-mine"})
    theirs.delete(Kind.PERSON, p[3])  # deletion for confirmation
    theirs.update(Kind.PERSON, p[4], {"remarks": "theirs"})  # both, different fields
    mine.update(Kind.PERSON, p[4], {"address": "mine"})
    theirs.update(Kind.ORGANISATION, o[0], {"phone": "0598-theirs"})
    new_person = theirs.add_person("Nieuwe Inwoner")
    note = theirs.add_note("Nieuw #overdrachtstest", person_id=new_person)
    return {
        "only_theirs": p[0],
        "only_mine": p[1],
        "both": p[2],
        "deleted": p[3],
        "both_fields": p[4],
        "org": o[0],
        "new_person": new_person,
        "note": note.id,
    }


def test_merge_takes_one_sided_changes_and_reports_conflicts(
    village: Book, colleague: Book
) -> None:
    ids = _edit_both_sides(village, colleague)
    ret = merge.read_return(village, handback.make_return(colleague))
    report = merge.merge(village, ret, actor="Anna")
    cb = Casebook(village)
    assert cb.get(Kind.PERSON, ids["only_theirs"])["phone"] == "06-theirs"
    assert cb.get(Kind.PERSON, ids["only_mine"])["phone"] == "06-mine"  # her edit stays
    assert cb.get(Kind.PERSON, ids["both"])["phone"] == "06-both-mine"  # never overwritten
    assert cb.get(Kind.ORGANISATION, ids["org"])["phone"] == "0598-theirs"
    assert cb.get(Kind.PERSON, ids["new_person"])["name"] == "Nieuwe Inwoner"
    assert [h.id for h in cb.search("overdrachtstest") if h.kind == "note"] == [ids["note"]]
    assert {(c.kind, c.id) for c in report.conflicts} == {
        ("persons", ids["both"]),
        ("persons", ids["both_fields"]),
    }
    both = next(c for c in report.conflicts if c.id == ids["both"])
    assert both.mine["phone"] == "06-both-mine" and both.theirs["phone"] == "06-both-theirs"
    assert report.pending_deletions == [("persons", ids["deleted"])]
    assert cb.get(Kind.PERSON, ids["deleted"])  # still there until she confirms
    assert ("persons", ids["only_theirs"]) in report.changed
    assert {("persons", ids["new_person"]), ("notes", ids["note"])} <= set(report.added)
    # The colleague's audit lines came along, under her name.
    assert any(a["actor"] == "Bram" for a in cb.audit_trail(ids["only_theirs"]))


def test_merging_twice_changes_nothing(village: Book, colleague: Book) -> None:
    _edit_both_sides(village, colleague)
    data = handback.make_return(colleague)
    merge.merge(village, merge.read_return(village, data))
    before = dump.read_all(village), dump.read_audit(village)
    again = merge.merge(village, merge.read_return(village, data))
    assert (dump.read_all(village), dump.read_audit(village)) == before
    assert again.applied == 0 and len(again.conflicts) == 2


def test_her_decisions_and_confirmed_deletions(village: Book, colleague: Book) -> None:
    ids = _edit_both_sides(village, colleague)
    ret = merge.read_return(village, handback.make_return(colleague))
    report = merge.merge(
        village,
        ret,
        decisions={("persons", ids["both"]): merge.THEIRS, ("persons", ids["both_fields"]): "mine"},
        confirm_deletions=[("persons", ids["deleted"])],
    )
    cb = Casebook(village)
    assert cb.get(Kind.PERSON, ids["both"])["phone"] == "06-both-theirs"
    assert cb.get(Kind.PERSON, ids["both_fields"])["address"] == "mine"
    assert report.conflicts == [] and report.deleted == [("persons", ids["deleted"])]
    with pytest.raises(Exception, match=ids["deleted"]):
        cb.get(Kind.PERSON, ids["deleted"])


def test_a_later_return_still_merges_and_an_older_one_is_refused(
    village: Book, colleague: Book
) -> None:
    p = _ids(village, "persons", 2)
    theirs = Casebook(colleague)
    theirs.update(Kind.PERSON, p[0], {"phone": "1"})
    first = handback.make_return(colleague)
    theirs.update(Kind.PERSON, p[1], {"phone": "2"})
    second = handback.make_return(colleague)
    merge.merge(village, merge.read_return(village, second))
    with pytest.raises(StaleReturn):
        merge.read_return(village, first)
    assert Casebook(village).get(Kind.PERSON, p[1])["phone"] == "2"


def test_a_return_from_another_handover_is_refused(
    village: Book, colleague: Book, other_book: Book, tmp_path: Path
) -> None:
    emergency.setup(other_book)
    with pytest.raises(ForeignReturn):
        merge.read_return(other_book, handback.make_return(colleague))


def test_the_public_key_alone_cannot_forge_a_return(village: Book, colleague: Book) -> None:
    genuine = merge.read_return(village, handback.make_return(colleague)).bundle
    recipient = str(genuine.manifest["handover_id"])  # the id is not secret either
    members = {**genuine.members}
    members["records/persons.jsonl"] = archive.to_jsonl(
        [{**dump.read_all(village)["persons"][0], "name": "Vervalst", "updated_at": "9999"}]
    )
    manifest = fmt.build_manifest(
        members,
        {},
        **{
            k: v
            for k, v in genuine.manifest.items()
            if k not in ("members", "counts", "proof", "format", "format_version")
        },
    )
    manifest["proof"] = fmt.proof(manifest, "00" * 32)  # a guess at the secret
    assert manifest["handover_id"] == recipient
    row = handover_state.get_issued(village, recipient)
    assert row is not None
    forged = crypto.encrypt_to(
        archive.build(manifest, members), crypto.recipient_of(str(row["return_identity"]))
    )
    with pytest.raises(DamagedFile):
        merge.read_return(village, forged)


def test_handover_bundle_carries_the_return_key(village: Book, tmp_path: Path) -> None:
    data = export.export_handover(
        village, "molen-kers-dansen-haven-blauw-pen", export.ExportOptions()
    )
    bundle = opening.read_with_passphrase(data, "molen-kers-dansen-haven-blauw-pen")
    info = bundle.json_member("handover.json")
    assert info["return_recipient"].startswith("age1") and len(info["return_secret"]) == 64
    target = opening.open_into(bundle, tmp_path / "c.db", NEW_PASSPHRASE)
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        Casebook(colleague).add_note("terug", person_name="Terug Persoon")
        report = merge.merge(village, merge.read_return(village, handback.make_return(colleague)))
    assert len(report.added) == 2


def test_erasures_travel_and_are_never_merged_back(village: Book, colleague: Book) -> None:
    from dorpsboek.services import privacy

    mine, theirs = Casebook(village, actor="Anna"), Casebook(colleague, actor="Bram")
    people = _ids(village, "persons", 4)
    # She erased a resident after the handover; the colleague still worked with him.
    privacy.erase_person(mine, people[0])
    theirs.update(Kind.PERSON, people[0], {"phone": "06-terug"})
    theirs.add_note("Nog even gebeld", person_id=people[0])
    # The colleague erased another resident on request.
    privacy.erase_person(theirs, people[1])
    report = merge.merge(village, merge.read_return(village, handback.make_return(colleague)))
    assert report.skipped_erased == 2 and report.erased_here == 1
    live = {r["id"] for r in dump.read_all(village)["persons"]}
    assert people[0] not in live and people[1] not in live
    assert privacy.is_erased(mine, people[1])
    assert not [n for n in dump.read_all(village)["notes"] if n["person_id"] in people[:2]]


def _taken_over(book: Book, tmp_path: Path) -> Path:
    """The colleague's book, opened from Anna's emergency bundle."""
    setup = emergency.setup(book)
    bundle = emergency.read_bundle(emergency.build(book), setup.secret)
    return opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")


def _pages_after_close(book: Book) -> bytes:
    """Every page of the closed book and its WAL, decrypted."""
    key, path = book._key, book.path
    book.close()
    return book_plaintext(path, key) + wal_plaintext(path, key)


def test_a_large_merge_leaves_no_old_text_in_the_book(book: Book, tmp_path: Path) -> None:
    """When the changes outweigh the book (search.rewrite_pays), the index is rewritten once
    at the end, not row by row: the replaced texts must still be gone from every page, and
    search must find only the new ones."""
    mine = Casebook(book, actor="Anna")
    person = mine.add_person("Grote Samenvoeging")
    notes = [mine.add_note(f"Oud {MARKER} {i}", person_id=person).id for i in range(320)]
    with book.raw() as conn:
        assert search.rewrite_pays(conn, len(notes))  # the path under test
    with Book.open(_taken_over(book, tmp_path), NEW_PASSPHRASE) as colleague:
        theirs = Casebook(colleague, actor="Bram")
        for i, note_id in enumerate(notes):
            theirs.update(Kind.NOTE, note_id, {"text": f"Nieuw verwerkt {i}"})
        data = handback.make_return(colleague)
    report = merge.merge(book, merge.read_return(book, data), actor="Anna")
    assert len(report.changed) == len(notes)
    assert mine.search(MARKER) == []
    assert len(mine.search("verwerkt", limit=1000)) == len(notes)
    with book.raw() as conn:
        setting = conn.execute("SELECT v FROM search_config WHERE k = 'secure-delete'")
        assert setting.fetchone()[0] == 1  # back on for her everyday edits
    assert book.verify().ok
    pages = _pages_after_close(book)
    assert MARKER.encode() not in pages
    assert MARKER.lower().encode() not in pages  # the index keeps words in lower case


def test_a_merge_written_per_kind_replaces_text_tags_and_words_in_every_page(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The everyday path (the index is not rewritten): the colleague's rows are collected
    and written with one statement per kind (store/replacing.py). Her new texts and tags
    replace the old ones, her new note arrives, and secure-delete still takes the old words
    out of every page of the book."""
    monkeypatch.setattr(search, "INDEXED_ROWS_PER_CHANGE", 0)  # never rewrite: path under test
    mine = Casebook(book, actor="Anna")
    person = mine.add_person("Kleine Samenvoeging")
    notes = [mine.add_note(f"Oud {MARKER} {i} #oudlabel", person_id=person).id for i in range(12)]
    with Book.open(_taken_over(book, tmp_path), NEW_PASSPHRASE) as colleague:
        theirs = Casebook(colleague, actor="Bram")
        for i, note_id in enumerate(notes):
            theirs.update(Kind.NOTE, note_id, {"text": f"Nieuw verwerkt {i} #nieuwlabel"})
        extra = theirs.add_note("Erbij gekomen verwerkt", person_id=person).id
        data = handback.make_return(colleague)
    with book.raw() as conn:
        assert not search.rewrite_pays(conn, len(notes) + 1)
    report = merge.merge(book, merge.read_return(book, data), actor="Anna")
    assert len(report.changed) == len(notes)
    assert ("notes", extra) in report.added
    assert mine.search(MARKER) == []
    assert len(mine.search("verwerkt", limit=100)) == len(notes) + 1
    with book.raw() as conn:
        tags = dict(conn.execute("SELECT tag, count(*) FROM note_tags GROUP BY tag").fetchall())
    assert tags.get("nieuwlabel") == len(notes)
    assert "oudlabel" not in tags
    assert dump.rows_by_id_book(book, "notes", notes[3])["text"] == "Nieuw verwerkt 3 #nieuwlabel"
    assert book.verify().ok
    pages = _pages_after_close(book)
    assert MARKER.encode() not in pages
    assert MARKER.lower().encode() not in pages
