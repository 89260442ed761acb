"""The SQL of a team book's change counter (m012, docs/handover-format.md section 9.4): which
records changed since her last exchange, which versions are newer than a mark, and the marks
themselves (how far she has read each member, how far each member has read her).

A mark is a pair (record counter, audit line number) of the book it belongs to. `None` for a
mark means "not known", which every caller treats as "send, or expect, everything".
Raw connection, no commit: the callers run one transaction per exchange.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from dorpsboek.store import dump
from dorpsboek.store.migrations.m012_team_streams import triggers
from dorpsboek.store.team import VV, Key

Mark = tuple[int, int]
_CHUNK = 400


def track_changes(conn: Any) -> None:
    """Note every later change of a record in `team_dirty` (a book that joins a team)."""
    for kind in dump.record_kinds():
        for sql in triggers(kind):
            conn.execute(sql)


def mark_all_dirty(conn: Any) -> None:
    """Every record counts as changed once: the first exchange compares them all."""
    for kind in dump.record_kinds():
        conn.execute(f"INSERT OR IGNORE INTO team_dirty SELECT '{kind}', id FROM {kind}")


def take_dirty(conn: Any) -> dict[str, list[str]]:
    """The records changed since the last call, per kind; the list is emptied."""
    out: dict[str, list[str]] = {}
    for kind, record_id in conn.execute("SELECT kind, id FROM team_dirty ORDER BY kind, id"):
        out.setdefault(str(kind), []).append(str(record_id))
    conn.execute("DELETE FROM team_dirty")
    return out


def clear_dirty(conn: Any) -> None:
    """What a read wrote is not her change: forget the marks the triggers left."""
    conn.execute("DELETE FROM team_dirty")


def next_seq(conn: Any) -> int:
    conn.execute("UPDATE team SET seq = seq + 1 WHERE slot = 1")
    return int(conn.execute("SELECT seq FROM team WHERE slot = 1").fetchone()[0])


def own_mark(conn: Any) -> Mark:
    """Her counter now: (last record version number, last audit line)."""
    seq = conn.execute("SELECT seq FROM team WHERE slot = 1").fetchone()[0]
    audit = dump.max_audit_seq(conn)
    return int(seq), int(audit)


def audit_floor(conn: Any) -> int:
    return int(conn.execute("SELECT audit_floor FROM team WHERE slot = 1").fetchone()[0])


def joined(conn: Any) -> None:
    """Her book was just filled from an invitation: every version and audit line so far is
    number 0 of her counter, which the inviter already has (she wrote them). From here on the
    triggers note her changes."""
    conn.execute("UPDATE team_versions SET seq = 0")
    conn.execute(
        "UPDATE team SET seq = 0, audit_floor = ? WHERE slot = 1", (dump.max_audit_seq(conn),)
    )
    track_changes(conn)


def audit_after(conn: Any, seq: int) -> list[dict[str, Any]]:
    """Her audit lines numbered above `seq`, oldest first."""
    names = dump.AUDIT_COLUMNS
    cur = conn.execute(f"SELECT {', '.join(names)} FROM audit WHERE seq > ? ORDER BY seq", (seq,))
    return [dict(zip(names, row, strict=True)) for row in cur]


def versions_of(conn: Any, keys: Iterable[Key]) -> dict[Key, tuple[VV, str]]:
    """(kind, id) -> (version vector, hash when last stamped), for these records only."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    out: dict[Key, tuple[VV, str]] = {}
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            cur = conn.execute(
                f"SELECT id, vv, hash FROM team_versions WHERE kind = ? "
                f"AND id IN ({', '.join('?' * len(part))})",
                [kind, *part],
            )
            for i, v, h in cur:
                out[(kind, str(i))] = (json.loads(str(v)), str(h))
    return out


def put_versions(conn: Any, items: Iterable[tuple[Key, VV, str]]) -> None:
    """Store new versions, each with the next number of her counter."""
    batch = list(items)
    if not batch:
        return
    first = next_seq(conn)
    conn.execute("UPDATE team SET seq = seq + ? WHERE slot = 1", (len(batch) - 1,))
    conn.executemany(
        "INSERT INTO team_versions (kind, id, vv, hash, seq) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(kind, id) DO UPDATE SET vv = excluded.vv, hash = excluded.hash, "
        "seq = excluded.seq",
        [
            (k, i, json.dumps(vv, sort_keys=True), h, first + n)
            for n, ((k, i), vv, h) in enumerate(batch)
        ],
    )


def versions_after(conn: Any, seq: int) -> dict[Key, VV]:
    """Every version numbered above `seq` (-1: all of them, those of the invitation too)."""
    cur = conn.execute("SELECT kind, id, vv FROM team_versions WHERE seq > ?", (seq,))
    return {(str(k), str(i)): json.loads(str(v)) for k, i, v in cur}


def rows_of(conn: Any, keys: Iterable[Key]) -> dict[str, list[dict[str, Any]]]:
    """The current rows of these records per kind, ordered by id (erased ones are absent)."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in dump.record_kinds():
        found = dump.rows_by_id(conn, kind, by_kind.get(kind, []))
        out[str(kind)] = [found[i] for i in sorted(found)]
    return out


# ----- marks ----------------------------------------------------------------------------------


def _pair(a: Any, b: Any) -> Mark | None:
    return None if a is None or b is None else (int(a), int(b))


def base_for_team(conn: Any, me: str, invited_since: str) -> Mark | None:
    """The lowest mark of hers that every member she heard from has read (None: send all).

    A colleague she invited counts from the invitation on (it held everything up to its
    mark), but only while the invitation is recent (`invited_since`): one that was never
    opened must not hold every later package at its size. Leaving a member out is safe: her
    reader sees the package builds on more than she read, and her next package says so.
    """
    rows = conn.execute(
        "SELECT acked_seq, acked_audit FROM team_members WHERE member_id != ? "
        "AND (last_read_at IS NOT NULL OR acked_at >= ?)",
        (me, invited_since),
    ).fetchall()
    marks = [_pair(s, a) for s, a in rows]
    if not marks or any(m is None for m in marks):
        return None
    known = [m for m in marks if m is not None]
    return min(s for s, _a in known), min(a for _s, a in known)


def read_marks(conn: Any) -> dict[str, Mark]:
    """How far she has read each member: heard from herself, or learnt from another."""
    out: dict[str, Mark] = {}
    for member, s, a in conn.execute("SELECT member_id, read_seq, read_audit FROM team_marks"):
        out[str(member)] = (int(s), int(a))
    cur = conn.execute("SELECT member_id, read_seq, read_audit FROM team_members")
    for member, s, a in cur:
        mark = _pair(s, a)
        if mark is not None:
            out[str(member)] = _max(out.get(str(member)), mark)
    return out


def _max(a: Mark | None, b: Mark) -> Mark:
    return b if a is None else (max(a[0], b[0]), max(a[1], b[1]))


def raise_read_marks(conn: Any, marks: Mapping[str, Mark], me: str) -> None:
    """She now has each member's counter up to at least these marks."""
    known = read_marks(conn)
    heard = {str(r[0]) for r in conn.execute("SELECT member_id FROM team_members")}
    for member, mark in marks.items():
        if member == me:
            continue
        new = _max(known.get(member), mark)
        if member in heard:
            conn.execute(
                "UPDATE team_members SET read_seq = ?, read_audit = ? WHERE member_id = ?",
                (*new, member),
            )
        else:
            conn.execute(
                "INSERT INTO team_marks (member_id, read_seq, read_audit) VALUES (?, ?, ?) "
                "ON CONFLICT(member_id) DO UPDATE SET read_seq = excluded.read_seq, "
                "read_audit = excluded.read_audit",
                (member, *new),
            )


def set_acked(conn: Any, member: str, mark: Mark | None, package_at: str) -> None:
    """What `member` says she has of hers, from a package dated `package_at`; an older package
    (read late) says less than the newest one did, so it changes nothing."""
    conn.execute(
        "UPDATE team_members SET acked_seq = ?, acked_audit = ?, acked_at = ? "
        "WHERE member_id = ? AND coalesce(acked_at, '') <= ?",
        (*(mark or (None, None)), package_at, member, package_at),
    )
