"""Text folded for comparing and searching: lower case, no diacritics, single spaces."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def split_tags(text: str) -> list[str]:
    """A comma/semicolon separated list of tags, trimmed, without `#` and without repeats."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        tag = part.strip().lstrip("#").strip()
        if tag and fold(tag) not in {fold(s) for s in seen}:
            seen[tag] = None
    return list(seen)
