"""Parsing her own `#tags` from a note."""

import re

from hypothesis import given
from hypothesis import strategies as st

from dorpsboek.domain.tags import parse_tags


def test_tags_are_lowercased_unique_and_ordered() -> None:
    assert parse_tags("#Vervoer, #eenzaamheid en #vervoer.") == ["vervoer", "eenzaamheid"]


def test_what_is_not_a_tag() -> None:
    assert parse_tags("C# en huisnummer #3 en mail@x.nl#anker") == []


def test_tags_with_dashes_and_diacritics() -> None:
    assert parse_tags("#wmo-aanvraag #coöperatie-") == ["wmo-aanvraag", "coöperatie"]


# The rule as first written: the look-behind before the `#`. The faster pattern in
# domain/tags.py (literal `#` first) must find exactly the same tags in any text.
_FIRST_RULE = re.compile(r"(?<![\w#])#([^\W\d_][\w-]*)", re.UNICODE)


@given(st.text(alphabet=st.sampled_from("#aZé3_- .\n@ßĲ5#"), max_size=40))
def test_the_fast_pattern_finds_what_the_first_rule_found(text: str) -> None:
    expected = list(dict.fromkeys(tag.lower().rstrip("-") for tag in _FIRST_RULE.findall(text)))
    assert parse_tags(text) == expected
