"""Minder noteren: spot what looks like a BSN, an IBAN or a word from her own list in a note.

Only a gentle hint for the note editor; nothing here ever blocks saving. Qt-free and fast
enough to run on every keystroke of a short note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Default words she can edit (kept in the book's `meta` under this key, one word per line).
DEFAULT_SENSITIVE_WORDS = (
    "dementie",
    "alzheimer",
    "depressie",
    "kanker",
    "diabetes",
    "psychose",
    "verslaving",
    "schizofrenie",
    "hiv",
)
META_KEY = "sensitive_words"

# Nine digits, optionally grouped by dots or spaces (123456782, 1234.56.782, 123 456 782),
# not part of a longer number.
_BSN = re.compile(r"(?<![\w.])(\d(?:[ .]?\d){7,8})(?![\w]|[.]\d)")
# Two letters, two check digits, then 10-30 letters/digits, optionally in groups of four.
_IBAN = re.compile(r"(?<![\w])([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30})(?![\w])")


@dataclass(frozen=True)
class Finding:
    """One thing in the text that she may not want to write down."""

    kind: str  # "bsn" | "iban" | "word"
    start: int
    end: int
    text: str


def bsn_valid(digits: str) -> bool:
    """The 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros)."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def iban_valid(text: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    if not compact.isalnum() or not compact.isascii():
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _fold(text: str) -> str:
    """Lower case without diacritics, keeping positions (one output char per input char)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base.lower() if len(base.lower()) == 1 else ch)
    return "".join(out)


def _bsn_findings(text: str) -> list[Finding]:
    found = []
    for match in _BSN.finditer(text):
        raw = match.group(1)
        digits = re.sub(r"[ .]", "", raw)
        if len(digits) == 9 and bsn_valid(digits):
            found.append(Finding("bsn", match.start(1), match.end(1), raw))
    return found


def _iban_findings(text: str) -> list[Finding]:
    found = []
    for match in _IBAN.finditer(text):
        raw = match.group(1)
        # The pattern is greedy ("NL91 ABNA 0417 1643 00 ok" takes "ok" too): try the longest
        # candidate first, then drop trailing space-separated parts.
        while raw:
            if iban_valid(raw):
                found.append(Finding("iban", match.start(1), match.start(1) + len(raw), raw))
                break
            raw = raw.rsplit(" ", 1)[0] if " " in raw else ""
    return found


def _word_findings(text: str, words: Iterable[str]) -> list[Finding]:
    folded = _fold(text)
    found = []
    for word in {_fold(w.strip()) for w in words if w.strip()}:
        # A word matches at a word start, so "diabetes" also finds "diabetespatiënt".
        for match in re.finditer(r"(?<!\w)" + re.escape(word), folded):
            end = match.end()
            while end < len(text) and text[end].isalnum():
                end += 1
            found.append(Finding("word", match.start(), end, text[match.start() : end]))
    return found


def find_sensitive(text: str, words: Iterable[str] = ()) -> list[Finding]:
    """Everything in `text` that looks like a BSN, an IBAN or one of `words`, in text order."""
    findings = _bsn_findings(text) + _iban_findings(text) + _word_findings(text, words)
    return sorted(findings, key=lambda f: (f.start, f.kind))


def parse_word_list(stored: str | None) -> list[str]:
    """Her list as stored in `meta` (one word per line); the defaults when she never set one."""
    if stored is None:
        return list(DEFAULT_SENSITIVE_WORDS)
    return [w.strip() for w in stored.splitlines() if w.strip()]
