"""Find residents' names in free text (stories, signals): full names and distinctive last names.

Built once from every name in the book, then a text is scanned word by word with a dictionary
lookup per word window, so checking a story against 6,000 residents takes well under a
millisecond per keystroke.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Tussenvoegsels: "van der" in "Jan van der Veen" belongs to the last name.
PREFIX_WORDS = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "het", "t", "in", "op", "la", "le", "du", "d"}
)
# Last names that are also everyday words: alone they say nothing (a story about a "tuin"),
# so only the full name or the name with its tussenvoegsel counts for these.
COMMON_WORD_NAMES = frozenset(
    {
        "bakker", "boer", "bos", "brink", "bruin", "berg", "dijk", "groen", "groot", "haan",
        "hoek", "jong", "kamp", "kok", "koning", "koster", "molen", "pol", "post", "prins",
        "schaap", "smit", "tuin", "veen", "visser", "vos", "wit", "zwart", "wolf", "mol",
        "kuiper", "mulder", "meijer", "dekker", "kramer", "jonker", "wever", "kremer",
        "akker", "hof", "beek", "bosch", "vries", "graaf", "laan", "heuvel", "boom", "klein",
    }
)  # fmt: skip
MIN_LAST_NAME = 4
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without diacritics, one output character per input character."""
    # The account folds every resident's name (60,000 at ten villages): per character
    # through unicodedata that was 1 s. ASCII lower-casing keeps the length, so it is exact.
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def _tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@dataclass(frozen=True)
class NameHit:
    name: str  # the resident's name as written in the book
    start: int
    end: int


class NameMatcher:
    """Phrases (tuples of folded words) that point at a resident, and the name each means."""

    def __init__(self, names: Iterable[str]) -> None:
        self._phrases: dict[tuple[str, ...], str] = {}
        for name in names:
            for phrase in self._phrases_for(name):
                self._phrases.setdefault(phrase, name)
        self._longest = max((len(p) for p in self._phrases), default=0)

    @staticmethod
    def _phrases_for(name: str) -> list[tuple[str, ...]]:
        words = _tokens(name)
        if len(words) < 2:
            return []  # a first name alone is no name we can recognise safely
        phrases = [tuple(words)]
        rest = words[1:]
        if rest[0] in PREFIX_WORDS and len(rest) > 1:
            phrases.append(tuple(rest))  # "van der Veen"
        last = rest[-1]
        if len(last) >= MIN_LAST_NAME and last not in COMMON_WORD_NAMES:
            phrases.append((last,))
        return phrases

    def find(self, text: str) -> list[NameHit]:
        """Every place in `text` where a resident's name occurs, longest match first."""
        if not self._phrases:
            return []
        spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(fold(text))]
        hits, i = [], 0
        while i < len(spans):
            for size in range(min(self._longest, len(spans) - i), 0, -1):
                key = tuple(s[2] for s in spans[i : i + size])
                if key in self._phrases:
                    hits.append(NameHit(self._phrases[key], spans[i][0], spans[i + size - 1][1]))
                    i += size - 1
                    break
            i += 1
        return hits

    def names_in_text(self, text: str) -> list[str]:
        """The residents' names found, each once, in order of first appearance."""
        return list(dict.fromkeys(h.name for h in self.find(text)))

    def redact(self, text: str, replacement: str = "[naam]") -> str:
        for hit in reversed(self.find(text)):
            text = text[: hit.start] + replacement + text[hit.end :]
        return text
