"""The SQL of a team of books (m010): her team identity, the members she heard from, and
one version vector per record (docs/handover-format.md, section 9). Raw connection, no commit:
the callers run one transaction per exchange."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from dorpsboek.store import dump

Key = tuple[str, str]  # (kind, id)
VV = dict[str, int]  # member id -> that member's clock at her last change

_TEAM = ("team_id", "name", "member_id", "member_name", "identity", "secret", "clock", "created_at")
_MEMBER = ("member_id", "name", "last_read_at", "last_package_at", "last_in")


def get(conn: Any) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(_TEAM)} FROM team WHERE slot = 1").fetchone()
    return dict(zip(_TEAM, row, strict=True)) if row else None


def create(conn: Any, values: Mapping[str, Any]) -> None:
    conn.execute(
        f"INSERT INTO team (slot, {', '.join(_TEAM)}) VALUES (1, {', '.join('?' * len(_TEAM))})",
        [values.get(c, 0 if c == "clock" else "") for c in _TEAM],
    )


def tick(conn: Any) -> int:
    """The next value of her own clock (one per exchange that saw a change of hers)."""
    conn.execute("UPDATE team SET clock = clock + 1 WHERE slot = 1")
    return int(conn.execute("SELECT clock FROM team WHERE slot = 1").fetchone()[0])


def versions(conn: Any) -> dict[Key, tuple[VV, str]]:
    """(kind, id) -> (version vector, hash of the record as it was when last stamped)."""
    cur = conn.execute("SELECT kind, id, vv, hash FROM team_versions")
    return {(str(k), str(i)): (json.loads(str(v)), str(h)) for k, i, v, h in cur}


def put_versions(conn: Any, items: Iterable[tuple[Key, VV, str]]) -> None:
    conn.executemany(
        "INSERT INTO team_versions (kind, id, vv, hash) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(kind, id) DO UPDATE SET vv = excluded.vv, hash = excluded.hash",
        [(k, i, json.dumps(vv, sort_keys=True), h) for (k, i), vv, h in items],
    )


def drop_versions(conn: Any, keys: Iterable[Key]) -> None:
    conn.executemany("DELETE FROM team_versions WHERE kind = ? AND id = ?", list(keys))


def all_rows(conn: Any) -> dict[str, list[dict[str, Any]]]:
    """Every record row per kind (tombstones included), on this connection."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in dump.record_kinds():
        names = dump.columns(kind)
        cur = conn.execute(f"SELECT {', '.join(names)} FROM {kind}")
        rows = [dict(zip(names, row, strict=True)) for row in cur]
        rows.sort(key=lambda r: str(r["id"]))
        out[str(kind)] = rows  # a plain str: table names are SQLAlchemy's quoted_name
    return out


def members(conn: Any) -> list[dict[str, Any]]:
    cur = conn.execute(f"SELECT {', '.join(_MEMBER)} FROM team_members ORDER BY name, member_id")
    return [dict(zip(_MEMBER, row, strict=True)) for row in cur]


def heard_from(conn: Any, member_id: str, name: str, read_at: str, package_at: str, n: int) -> None:
    """Remember a package read from `member_id` (the newest package date only moves forward)."""
    conn.execute(
        "INSERT INTO team_members (member_id, name, last_read_at, last_package_at, last_in) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(member_id) DO UPDATE SET name = excluded.name, "
        "last_read_at = excluded.last_read_at, last_in = excluded.last_in, "
        "last_package_at = max(coalesce(last_package_at, ''), excluded.last_package_at)",
        (member_id, name, read_at, package_at, n),
    )


def status_in(book: Any) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """(this book's team row or None, the members it has heard from), on its own connection."""
    with book.raw() as conn:
        return get(conn), members(conn)
