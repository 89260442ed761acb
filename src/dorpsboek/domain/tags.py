"""`#tags` in a note: her own categories, parsed from the text."""

from __future__ import annotations

import re

# A tag starts with a letter and may contain letters, digits, - and _ (`#eenzaamheid`,
# `#wmo-aanvraag`); `#3` or a `#` inside a word (`C#`) is not a tag.
_TAG = re.compile(r"(?<![\w#])#([^\W\d_][\w-]*)", re.UNICODE)


def parse_tags(text: str) -> list[str]:
    """Lower-cased tags in order of first appearance, without duplicates."""
    if "#" not in text:  # most notes: no regex run at all
        return []
    return list(dict.fromkeys(tag.lower().rstrip("-") for tag in _TAG.findall(text)))
