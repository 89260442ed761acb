"""Suggested bundle passphrases: easy Dutch words, strong enough; weak ones are refused."""

from __future__ import annotations

import pytest

from dorpsboek.domain.passphrase import Strength
from dorpsboek.errors import WeakPassphrase
from dorpsboek.handover import passphrase
from dorpsboek.handover.words import WORDS


def test_word_list_is_easy_to_type() -> None:
    assert len(WORDS) == len(set(WORDS)) >= 400
    assert all(w.isascii() and w.isalpha() and w.islower() and 3 <= len(w) <= 9 for w in WORDS)


def test_suggestions_are_strong_and_vary() -> None:
    seen = {passphrase.suggest() for _ in range(20)}
    assert len(seen) == 20
    for suggestion in seen:
        assert len(suggestion.split("-")) == passphrase.SUGGESTED_WORDS
        assert passphrase.strength(suggestion).level >= Strength.STRONG
        assert passphrase.check_bundle_passphrase(suggestion) == suggestion
    assert passphrase.suggestion_bits() > 50


@pytest.mark.parametrize("weak", ["kort", "wachtwoord1", "aaaaaaaaaaaa", "welkom123"])
def test_weak_bundle_passphrases_are_refused(weak: str) -> None:
    with pytest.raises(WeakPassphrase):
        passphrase.check_bundle_passphrase(weak)
