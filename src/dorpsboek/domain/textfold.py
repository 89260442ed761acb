"""Text folded for comparing and searching: lower case, no diacritics, single spaces."""

from __future__ import annotations

import functools
import unicodedata


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    # Names, tags and skills repeat a lot (matching folds each volunteer's skills every time),
    # so the cache and the ASCII shortcut keep ranking 500 volunteers in a few milliseconds.
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def split_tags(text: str) -> list[str]:
    """A comma/semicolon separated list of tags, trimmed, without `#` and without repeats."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        tag = part.strip().lstrip("#").strip()
        if tag:
            seen.setdefault(fold(tag), tag)
    return list(seen.values())
