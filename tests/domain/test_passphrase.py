"""The passphrase strength estimate: short is refused, common and patterned choices score low."""

from __future__ import annotations

import pytest

from dorpsboek.domain.passphrase import MIN_LENGTH, Strength, estimate


def test_short_is_not_acceptable() -> None:
    result = estimate("a" * (MIN_LENGTH - 1))
    assert result.level is Strength.TOO_SHORT
    assert not result.acceptable


@pytest.mark.parametrize("weak", ["wachtwoord", "welkom123", "12345678", "aaaaaaaaaa", "abcdefgh"])
def test_common_and_patterned_choices_are_weak(weak: str) -> None:
    assert estimate(weak).level <= Strength.WEAK


def test_common_word_is_named_as_hint() -> None:
    assert "common" in estimate("Wachtwoord2024").hints


def test_four_random_words_are_strong_and_six_very_strong() -> None:
    assert estimate("correct paard batterij niet").level is Strength.STRONG
    assert estimate("correct paard batterij niet molen fiets").level is Strength.VERY_STRONG


def test_two_words_are_not_strong() -> None:
    assert estimate("zonnige fietstocht").level <= Strength.WEAK


def test_long_mixed_password_is_very_strong() -> None:
    assert estimate("k7#Vq9!mZ2@wLx4$").level is Strength.VERY_STRONG


def test_more_characters_never_lower_the_level() -> None:
    base = "Tr0mpet-Kaas"
    assert estimate(base + "-Vlag9").bits >= estimate(base).bits
