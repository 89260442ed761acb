"""Plain sentences for `digest` and the team commands (Dutch, English with DORPSBOEK_LANG=en).

Unknown keys fall back to the handover sentences, and from there to the shared ones.
"""

from __future__ import annotations

from dorpsboek.cli.handover_messages import hsay
from dorpsboek.cli.messages import language

_NL: dict[str, str] = {
    "digest": "Vingerafdruk van {records} gegevens: {digest}",
    "team_created": "Dit boek hoort nu bij een team. Nodig een collega uit met 'team invite'.",
    "team_invited": "Uitnodiging geschreven: {path}",
    "team_joined": "Nieuw teamboek gemaakt: {path}",
    "team_written": "Wijzigingen voor het team geschreven: {path} ({n} gegevens).",
    "merge_head": "Wijzigingen van {by} ({date}) opgehaald.",
    "merge_nothing": "Er was niets nieuws in dit pakket.",
}

_EN: dict[str, str] = {
    "digest": "Fingerprint of {records} records: {digest}",
    "team_created": "This book is now part of a team. Invite a colleague with 'team invite'.",
    "team_invited": "Invitation written: {path}",
    "team_joined": "New team book created: {path}",
    "team_written": "Changes for the team written: {path} ({n} records).",
    "merge_head": "Changes from {by} ({date}) read.",
    "merge_nothing": "There was nothing new in this package.",
}


def tsay(key: str, **values: object) -> str:
    table = _EN if language() == "en" else _NL
    if key not in table:
        return hsay(key, **values)
    try:
        return table[key].format(**values)
    except (KeyError, IndexError):
        return table[key].split(":")[0] + "."
