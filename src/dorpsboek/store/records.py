"""Writing records: insert, update, tombstone and restore, each with its audit-trail entry.

Every write stamps `updated_at` and appends to `audit` in the same transaction, so the trail
can never disagree with the data. Deletion is a tombstone (`deleted_at`), which a handover
merge needs and which makes undo during a session trivial.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from dorpsboek.errors import NotFound
from dorpsboek.store import audit, tables
from dorpsboek.store.stamps import new_id, now_iso


def _table(kind: str) -> Any:
    return tables.RECORD_TABLES[kind]


def write_audit(
    conn: Connection,
    actor: str,
    action: str,
    kind: str,
    record_id: str,
    fields: list[str] | None = None,
) -> None:
    """Field names only: the trail says what changed, the record itself holds the values."""
    line = audit.Line(now_iso(), actor, action, kind, record_id, audit.names(fields or []))
    audit.write(conn.connection.driver_connection, [line])


def create(
    conn: Connection, actor: str, kind: str, values: Mapping[str, Any], record_id: str | None = None
) -> str:
    record_id = record_id or new_id()
    stamp = now_iso()
    row = {**values, "id": record_id, "created_at": stamp, "updated_at": stamp}
    conn.execute(insert(_table(kind)).values(row))
    write_audit(conn, actor, "create", kind, record_id, list(values))
    return record_id


def change(
    conn: Connection, actor: str, kind: str, record_id: str, values: Mapping[str, Any]
) -> None:
    table = _table(kind)
    current = get(conn, kind, record_id)
    changed = [k for k, v in values.items() if current.get(k) != v]
    if not changed:
        return
    conn.execute(
        update(table)
        .where(table.c.id == record_id)
        .values({**{k: values[k] for k in changed}, "updated_at": now_iso()})
    )
    write_audit(conn, actor, "update", kind, record_id, changed)


def tombstone(conn: Connection, actor: str, kind: str, record_id: str) -> None:
    table = _table(kind)
    stamp = now_iso()
    result = conn.execute(
        update(table)
        .where(table.c.id == record_id, table.c.deleted_at.is_(None))
        .values({"deleted_at": stamp, "updated_at": stamp})
    )
    if result.rowcount == 0:
        raise NotFound(record_id)
    write_audit(conn, actor, "delete", kind, record_id)


def restore(conn: Connection, actor: str, kind: str, record_id: str) -> None:
    """Undo a tombstone (the session's undo of a delete)."""
    table = _table(kind)
    conn.execute(
        update(table)
        .where(table.c.id == record_id)
        .values({"deleted_at": None, "updated_at": now_iso()})
    )
    write_audit(conn, actor, "restore", kind, record_id)


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
