"""Reading signals and stories (writes go through the unit of work, store/unit.py)."""

from __future__ import annotations

from typing import Any


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def list_signals(conn: Any) -> list[dict[str, Any]]:
    return _dicts(
        conn.execute(
            "SELECT id, theme, description, frequency, status, noted_on, updated_at "
            "FROM signals WHERE deleted_at IS NULL ORDER BY noted_on DESC, seq DESC"
        )
    )


def list_stories(conn: Any) -> list[dict[str, Any]]:
    return _dicts(
        conn.execute(
            "SELECT id, title, text, on_date, in_report, updated_at "
            "FROM stories WHERE deleted_at IS NULL ORDER BY on_date DESC, seq DESC"
        )
    )
