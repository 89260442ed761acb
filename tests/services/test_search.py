"""Search: prefix, diacritics, ranking, kinds, and staying in step with every write."""

from __future__ import annotations

from dorpsboek.domain.records import Kind
from dorpsboek.services.casebook import Casebook


def test_prefix_and_diacritics(casebook: Casebook) -> None:
    org = casebook.create(Kind.ORGANISATION, {"name": "Coöperatie Zorg Dichtbij"})
    assert org in [h.id for h in casebook.search("coop")]
    assert org in [h.id for h in casebook.search("COÖP")]
    assert org in [h.id for h in casebook.search("zorg dicht")]
    assert casebook.search("zorgx") == []


def test_every_kind_is_found_with_its_kind(casebook: Casebook) -> None:
    person = casebook.add_person("Hendrikje Wesselink")
    vol = casebook.create(Kind.VOLUNTEER, {"name": "Wessel Bakker", "skills": "vervoer"})
    note = casebook.add_note("Wesselink belde over de wasmachine", person_id=person)
    kinds = {h.id: h.kind for h in casebook.search("wessel")}
    assert kinds == {person: "person", vol: "volunteer", note.id: "note"}


def test_title_match_ranks_above_body_match(casebook: Casebook) -> None:
    pid = casebook.add_person("Albertus Klompmaker")
    other = casebook.add_person("Jan Jansen")
    casebook.add_note("Sprak over Klompmaker zijn buurman", person_id=other)
    hits = casebook.search("klompmaker")
    assert hits[0].id == pid


def test_index_follows_update_delete_and_undo(casebook: Casebook) -> None:
    pid = casebook.add_person("Grietje Oosterhuis")
    casebook.update(Kind.PERSON, pid, {"name": "Grietje Westerhuis"})
    assert casebook.search("oosterhuis") == []
    assert [h.id for h in casebook.search("westerh")] == [pid]
    casebook.delete(Kind.PERSON, pid)
    assert casebook.search("westerh") == []
    casebook.undelete(Kind.PERSON, pid)
    assert [h.id for h in casebook.search("westerh")] == [pid]


def test_note_edit_updates_index_and_tags(casebook: Casebook) -> None:
    note = casebook.add_note("Eerste #vervoer", person_name="Klaas")
    casebook.update(Kind.NOTE, note.id, {"text": "Nu over #eenzaamheid en bingo"})
    assert [h.id for h in casebook.search("bingo")] == [note.id]
    assert casebook.search("eerste") == []
    assert dict(casebook.tags()) == {"eenzaamheid": 1}


def test_one_letter_query_with_many_matches_returns_quickly_and_persons_first(
    casebook: Casebook,
) -> None:
    for i in range(400):
        casebook.add_note(f"Afspraak {i} gemaakt", person_name="Anna Bertha")
    hits = casebook.search("a", limit=10)
    assert len(hits) == 10
    assert hits[0].kind == "person"


def test_odd_input_does_not_break_search(casebook: Casebook) -> None:
    casebook.add_person('Anna "de Wit"')
    for query in ['"', "*", "AND", "NEAR(", "-", "'; DROP TABLE persons; --", "   ", "ä"]:
        casebook.search(query)
    assert casebook.stats()["persons"] == 1


def test_snippet_marks_the_match(casebook: Casebook) -> None:
    casebook.add_note("Ze wil graag naar de soos in het dorpshuis", person_name="Mina")
    hit = casebook.search("dorpsh")[0]
    assert "[dorpshuis]" in hit.snippet


def test_hits_with_the_same_title_say_what_tells_them_apart(casebook: Casebook) -> None:
    for kern in ("Makkinga", "Elsloo", ""):
        casebook.create(Kind.ORGANISATION, {"name": "Steunpunt Mantelzorg", "kern": kern})
    casebook.create(Kind.ORGANISATION, {"name": "Coöperatie Zorg Dichtbij", "category": "zorg"})
    titles = sorted(h.title for h in casebook.search("mantelzorg") if h.kind == "organisation")
    assert titles == [
        "Steunpunt Mantelzorg", "Steunpunt Mantelzorg · Elsloo", "Steunpunt Mantelzorg · Makkinga"
    ]  # fmt: skip
    [single] = [h.title for h in casebook.search("coop") if h.kind == "organisation"]
    assert single == "Coöperatie Zorg Dichtbij"  # nothing added where the name is unique
