"""Bundle passphrases: a suggestion of easy Dutch words, and the strength a bundle needs."""

from __future__ import annotations

import math
import secrets

from dorpsboek.domain.passphrase import Estimate, Strength, estimate
from dorpsboek.errors import WeakBundlePassphrase
from dorpsboek.handover.words import WORDS

SUGGESTED_WORDS = 6
# A bundle travels (a USB stick, an e-mail): ask for at least "strong" (about 48 bits).
BUNDLE_MINIMUM = Strength.STRONG


def suggest(count: int = SUGGESTED_WORDS, separator: str = "-") -> str:
    """Random words from the list, e.g. `molen-kers-dansen-haven-blauw-pen`."""
    return separator.join(secrets.choice(WORDS) for _ in range(count))


def suggestion_bits(count: int = SUGGESTED_WORDS) -> float:
    return round(count * math.log2(len(WORDS)), 1)


def strength(passphrase: str) -> Estimate:
    return estimate(passphrase)


def check_bundle_passphrase(passphrase: str) -> str:
    """Refuse a passphrase too weak for a bundle that leaves the laptop."""
    if strength(passphrase).level < BUNDLE_MINIMUM:
        raise WeakBundlePassphrase()
    return passphrase
