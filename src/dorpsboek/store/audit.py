"""The audit trail's one writer: every line any part of the store adds goes through `write`.

A line says who did what to which record and which fields it touched, never a value (no
personal data in the trail). The caller's transaction holds the line, so the trail can never
disagree with the data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

COLUMNS = ("at", "actor", "action", "kind", "record_id", "fields")
_INSERT = f"INSERT INTO audit ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)"


class Line(NamedTuple):
    """One audit line as stored; `fields` is the JSON of `names(...)` or a bulk count."""

    at: str
    actor: str
    action: str
    kind: str
    record_id: str
    fields: str


def names(fields: Iterable[str]) -> str:
    """The `fields` column: the names, sorted, as JSON."""
    return json.dumps(sorted(fields))


def write(conn: Any, lines: Iterable[Line]) -> None:
    """Append the lines on this raw connection, inside the caller's transaction."""
    conn.executemany(_INSERT, lines)
