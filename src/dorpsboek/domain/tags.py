"""`#tags` in a note: her own categories, parsed from the text."""

from __future__ import annotations

import re

# A tag starts with a letter and may contain letters, digits, - and _ (`#eenzaamheid`,
# `#wmo-aanvraag`); `#3` or a `#` inside a word (`C#`) is not a tag.
_TAG = re.compile(r"(?<![\w#])#([^\W\d_][\w-]*)", re.UNICODE)


def parse_tags(text: str) -> list[str]:
    """Lower-cased tags in order of first appearance, without duplicates."""
    seen: dict[str, None] = {}
    for match in _TAG.finditer(text):
        seen.setdefault(match.group(1).lower().rstrip("-"), None)
    return list(seen)
