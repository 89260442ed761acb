"""Matching order: tags, then availability at the moment, then lower load; paused never."""

from __future__ import annotations

import json

import pytest

from dorpsboek.domain.matching import Moment, rank, wanted_tags
from dorpsboek.domain.volunteers import Volunteer


def vol(
    name: str, skills: str, load: int = 0, active: bool = True, **slots: list[str]
) -> Volunteer:
    return Volunteer(
        id=name,
        name=name,
        skills=skills,
        availability=json.dumps(slots),
        load=load,
        active=active,
        limits=f"grens van {name}",
    )


def test_order_is_tags_then_availability_then_load() -> None:
    people = [
        vol("Anna", "bezoek", load=0, mon=["morning"]),
        vol("Bert", "vervoer, boodschappen", load=2, tue=["morning"]),
        vol("Cor", "vervoer, boodschappen", load=1, mon=["morning"]),
        vol("Dini", "vervoer", load=0, mon=["morning"]),
        vol("Eef", "vervoer, boodschappen", load=0, mon=["morning"]),
        vol("Fenna", "vervoer, boodschappen", load=0, active=False, mon=["morning"]),
    ]
    wanted = wanted_tags("vervoer, boodschappen", "Boodschappen doen op maandag")
    ranked = rank(people, wanted, Moment("mon", "morning"))
    assert [c.name for c in ranked] == ["Eef", "Cor", "Bert", "Dini", "Anna"]
    assert ranked[0].matched == ("vervoer", "boodschappen")
    assert ranked[0].available is True
    assert ranked[2].available is False
    assert ranked[0].limits == "grens van Eef"


def test_paused_volunteers_are_never_offered() -> None:
    ranked = rank([vol("Fenna", "vervoer", active=False)], {"vervoer"})
    assert ranked == []


def test_prefix_words_match_skills() -> None:
    ranked = rank([vol("Gijs", "computerhulp")], wanted_tags("", "Hulp met de computer"))
    assert ranked[0].matched == ("computerhulp",)


def test_without_moment_availability_is_unknown() -> None:
    assert rank([vol("Anna", "bezoek")], {"bezoek"})[0].available is None


def test_bad_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        Moment("maandag", "morning")


def test_a_day_without_part_means_any_part_of_that_day() -> None:
    people = [vol("Anna", "bezoek", sat=["evening"]), vol("Bert", "bezoek", mon=["morning"])]
    ranked = rank(people, {"bezoek"}, Moment("sat"))
    assert [(c.name, c.available) for c in ranked] == [("Anna", True), ("Bert", False)]
