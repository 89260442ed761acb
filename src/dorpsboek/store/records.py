"""Reading records through SQLAlchemy: one record, live counts per kind, the audit trail.

Every write goes through the unit of work (`store/unit.py`), which stamps the record and
adds its audit line in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from dorpsboek.errors import NotFound
from dorpsboek.store import tables


def _table(kind: str) -> Any:
    return tables.RECORD_TABLES[kind]


def get(conn: Connection, kind: str, record_id: str, *, live: bool = True) -> dict[str, Any]:
    table = _table(kind)
    query = select(table).where(table.c.id == record_id)
    if live:
        query = query.where(table.c.deleted_at.is_(None))
    row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound(record_id)
    return dict(row)


def count_live(conn: Connection, kind: str) -> int:
    table = _table(kind)
    return int(
        conn.execute(
            select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
        ).scalar_one()
    )


def audit_lines(conn: Connection, record_id: str | None = None) -> list[dict[str, Any]]:
    """The audit trail in book order, of one record or of all."""
    query = select(tables.audit).order_by(tables.audit.c.seq)
    if record_id:
        query = query.where(tables.audit.c.record_id == record_id)
    return [dict(r) for r in conn.execute(query).mappings()]
