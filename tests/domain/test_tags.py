"""Parsing her own `#tags` from a note."""

from dorpsboek.domain.tags import parse_tags


def test_tags_are_lowercased_unique_and_ordered() -> None:
    assert parse_tags("#Vervoer, #eenzaamheid en #vervoer.") == ["vervoer", "eenzaamheid"]


def test_what_is_not_a_tag() -> None:
    assert parse_tags("C# en huisnummer #3 en mail@x.nl#anker") == []


def test_tags_with_dashes_and_diacritics() -> None:
    assert parse_tags("#wmo-aanvraag #coöperatie-") == ["wmo-aanvraag", "coöperatie"]
