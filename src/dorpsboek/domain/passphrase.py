"""How strong a new passphrase is: a rough, honest estimate in bits and a level for the UI.

Qt-free and language-free: front ends turn the level and the hints into one plain sentence.
The estimate is deliberately conservative: letters-only phrases count as words (about 12 bits
per word, a large vocabulary), everything else counts per character with penalties for common
words, sequences and repeats. It is a hint for the person, not a security proof.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 8  # the same floor the CLI applies (cli/passphrases.py)
BITS_PER_WORD = 12.0

# Very common choices that guessers try first (Dutch and English).
COMMON = (
    "wachtwoord",
    "password",
    "welkom",
    "welcome",
    "geheim",
    "dorpsboek",
    "qwerty",
    "azerty",
    "admin",
    "letmein",
    "iloveyou",
    "zomer",
    "winter",
    "voorjaar",
    "najaar",
    "hallo",
    "test",
    "123456",
    "abc123",
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_WORD_SPLIT = re.compile(r"[\s\-_.,;:+/]+")


class Strength(IntEnum):
    """Ordered levels; the UI shows each as one plain sentence."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


@dataclass(frozen=True)
class Estimate:
    bits: float
    level: Strength
    hints: tuple[str, ...]  # stable keys: too_short, common, sequence, repeats, one_kind

    @property
    def acceptable(self) -> bool:
        """Long enough to be allowed at all (the same rule as the CLI)."""
        return self.level is not Strength.TOO_SHORT


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", text):
        pool += 33
    return max(pool, 1)


def _has_sequence(lower: str, run: int = 4) -> bool:
    for seq in _SEQUENCES:
        for start in range(len(seq) - run + 1):
            part = seq[start : start + run]
            if part in lower or part[::-1] in lower:
                return True
    return False


def _character_bits(text: str, hints: list[str]) -> float:
    lower = text.lower()
    length = len(text)
    if any(word in lower for word in COMMON):
        hints.append("common")
        for word in COMMON:
            lower = lower.replace(word, "\x00")
        length = len(lower)  # a common word counts as one symbol
    if _has_sequence(lower):
        hints.append("sequence")
        length -= 3
    repeats = sum(1 for a, b in itertools.pairwise(lower) if a == b)
    if repeats >= 2:
        hints.append("repeats")
        length -= repeats
    if _pool(text) <= 26:
        hints.append("one_kind")
    return max(length, 0) * math.log2(_pool(text))


def _word_bits(text: str) -> float | None:
    """Bits when the phrase is made of several words; None when it does not look like words."""
    words = [w for w in _WORD_SPLIT.split(text.strip()) if w]
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return None
    return sum(BITS_PER_WORD if len(w) >= 3 else 4.0 for w in words)


def _level(bits: float) -> Strength:
    if bits < 36:
        return Strength.WEAK
    if bits < 48:
        return Strength.FAIR
    if bits < 64:
        return Strength.STRONG
    return Strength.VERY_STRONG


def estimate(passphrase: str) -> Estimate:
    """Estimate the strength of a passphrase someone is about to choose."""
    if len(passphrase) < MIN_LENGTH:
        return Estimate(0.0, Strength.TOO_SHORT, ("too_short",))
    hints: list[str] = []
    bits = _character_bits(passphrase, hints)
    words = _word_bits(passphrase)
    if words is not None:
        bits = min(bits, words)
        hints = [h for h in hints if h != "one_kind"]
    return Estimate(round(bits, 1), _level(bits), tuple(dict.fromkeys(hints)))
