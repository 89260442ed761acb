"""Plain sentences for `digest` and the team commands (Dutch, English with DORPSBOEK_LANG=en).

Unknown keys fall back to the handover sentences, and from there to the shared ones.
"""

from __future__ import annotations

from dorpsboek.cli.handover_messages import hsay
from dorpsboek.cli.messages import language

_NL: dict[str, str] = {
    "digest": "Vingerafdruk van {records} gegevens: {digest}",
}

_EN: dict[str, str] = {
    "digest": "Fingerprint of {records} records: {digest}",
}


def tsay(key: str, **values: object) -> str:
    table = _EN if language() == "en" else _NL
    if key not in table:
        return hsay(key, **values)
    try:
        return table[key].format(**values)
    except (KeyError, IndexError):
        return table[key].split(":")[0] + "."
