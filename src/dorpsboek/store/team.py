"""The SQL of a team of books (m010): her team identity, the members she heard from, and
one version vector per record (docs/handover-format.md, section 9). Raw connection, no commit:
the callers run one transaction per exchange."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

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


def drop_versions(conn: Any, keys: Iterable[Key]) -> None:
    conn.executemany("DELETE FROM team_versions WHERE kind = ? AND id = ?", list(keys))


def members(conn: Any) -> list[dict[str, Any]]:
    # A colleague invited but not yet heard from is not listed: the list is who sent what.
    cur = conn.execute(
        f"SELECT {', '.join(_MEMBER)} FROM team_members WHERE last_read_at IS NOT NULL "
        "ORDER BY name, member_id"
    )
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


def invited(conn: Any, member_id: str, mark: tuple[int, int], at: str) -> None:
    """A colleague invited under `member_id`: she will have all of this book up to `mark`."""
    conn.execute(
        "INSERT INTO team_members (member_id, name, last_in, read_seq, read_audit, "
        "acked_seq, acked_audit, acked_at) VALUES (?, '', 0, 0, 0, ?, ?, ?)",
        (member_id, *mark, at),
    )


def status_in(book: Any) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """(this book's team row or None, the members it has heard from), on its own connection."""
    with book.raw() as conn:
        return get(conn), members(conn)
