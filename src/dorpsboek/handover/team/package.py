"""Writing and opening a team package (docs/handover-format.md, section 9).

A package holds the writer's records that the members she heard from may not have yet, each
with its version vector, plus every erased id and the audit lines they may not have: state,
not a list of changes. "May not have" is measured with marks (section 9.4): her book numbers
every version that changes in it; each package says up to which number she wrote and how far
she has read each other member; a package builds on the lowest number every member she heard
from has confirmed. Whatever got lost, duplicated or arrived out of order, a reader who has
read what a package builds on is brought up to the writer's state, and an older or repeated
package changes nothing. A reader who has not (she is new to the writer) gets what is there,
and her next package tells the writer to send her everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pyrage import x25519

from dorpsboek import __version__
from dorpsboek.errors import DamagedFile, DorpsboekError, NotABundle, WrongPassphrase
from dorpsboek.handover import archive, crypto, erasures
from dorpsboek.handover import format as fmt
from dorpsboek.handover.archive import Bundle
from dorpsboek.handover.export import counts
from dorpsboek.handover.team import clock
from dorpsboek.services.casebook import default_actor
from dorpsboek.store import dump, team_stream, unit
from dorpsboek.store import meta as meta_store
from dorpsboek.store import team as team_store
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import new_id, now_iso
from dorpsboek.store.team import VV, Key
from dorpsboek.store.team_stream import Mark

# How long an invitation nobody has answered still counts as a member who has everything up
# to it (team_stream.base_for_team).
INVITE_COUNTS_FOR = dt.timedelta(days=30)


class NoTeam(DorpsboekError):
    """A team command in a book that is not (yet) in a team."""

    key = "no_team"


class AlreadyInTeam(DorpsboekError):
    """`team create` in a book that already has a team."""

    key = "already_in_team"


class ForeignPackage(DorpsboekError):
    """A package of another team, or not a team package at all."""

    key = "foreign_package"
    exit_code = 3


@dataclass(frozen=True)
class Written:
    data: bytes
    records: int


def team_of(conn: Any) -> dict[str, Any]:
    found = team_store.get(conn)
    if found is None:
        raise NoTeam()
    return found


@dataclass(frozen=True)
class Snapshot:
    """What one package carries, read in one transaction after stamping her changes."""

    team: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    versions: dict[Key, VV]
    audit: list[dict[str, Any]]
    mark: Mark  # her counter at this package
    base: Mark | None  # what every member she heard from has of hers (None: all is here)
    marks: dict[str, Mark]  # how far she has read each other member


def snapshot(book: Book, *, full: bool = False, action: str = "team-write") -> Snapshot:
    """Her changes stamped, then the records the members she heard from may not have yet
    (all of them when `full`, or while any member's mark is unknown)."""
    with (
        unit.begin(book, "samenwerken", immediate=True) as work,
        dump.large_cache(work.conn) as conn,
    ):
        team = team_of(conn)
        me = str(team["member_id"])
        clock.stamp(conn, me)
        base = None if full else team_stream.base_for_team(conn, me, _invite_cutoff())
        versions = team_stream.versions_after(conn, base[0] if base else -1)
        rows = team_stream.rows_of(conn, versions)
        work.audit(action, "team", str(team["team_id"]), [f"out:{sum(map(len, rows.values()))}"])
        after = max(base[1], team_stream.audit_floor(conn)) if base else 0
        found = Snapshot(
            team,
            rows,
            versions,
            team_stream.audit_after(conn, after),
            team_stream.own_mark(conn),
            base,
            team_stream.read_marks(conn),
        )
    return found


def _invite_cutoff() -> str:
    then = dt.datetime.now(dt.UTC) - INVITE_COUNTS_FOR
    return then.isoformat(timespec="microseconds").replace("+00:00", "Z")  # as now_iso()


def members_of(
    book: Book, snap: Snapshot, *, extra: Mapping[str, Any] | None = None
) -> dict[str, bytes]:
    members = {fmt.records_member(k): archive.to_jsonl(v) for k, v in snap.rows.items() if v}
    members[fmt.VERSIONS] = archive.to_jsonl(
        {"id": i, "kind": k, "vv": vv} for (k, i), vv in sorted(snap.versions.items())
    )
    members[fmt.ERASED] = erasures.member(book)
    members[fmt.AUDIT] = archive.to_jsonl(
        [{k: a[k] for k in dump.AUDIT_COLUMNS} for a in snap.audit]
    )
    team = snap.team
    info = {
        "team_id": team["team_id"],
        "team_name": team["name"],
        "member_id": team["member_id"],
        "member_name": team["member_name"],
        "mark": _mark_json(snap.mark),
        "base": None if snap.base is None else _mark_json(snap.base),
        "marks": {m: _mark_json(v) for m, v in sorted(snap.marks.items())},
        **(extra or {}),
    }
    members[fmt.TEAM] = fmt.canonical(info)
    return members


def _mark_json(mark: Mark) -> dict[str, int]:
    return {"seq": mark[0], "audit": mark[1]}


def manifest_for(
    book: Book, team: Mapping[str, Any], members: Mapping[str, bytes], rows: Any, kind: str
) -> dict[str, Any]:
    manifest = fmt.build_manifest(
        members,
        counts(rows),
        kind=kind,
        book_id=meta_store.get(book, "book_id") or "",
        bundle_id=new_id(),
        created_at=now_iso(),
        created_by=str(team["member_name"]) or meta_store.get(book, "actor") or default_actor(),
        app_version=__version__,
        scope="team",
        team_id=team["team_id"],
    )
    manifest["proof"] = fmt.proof(manifest, str(team["secret"]))
    return manifest


def write(book: Book, *, full: bool = False) -> Written:
    """The encrypted package for the other members: what they may not have yet (section 9.4),
    or everything this book holds when `full`."""
    snap = snapshot(book, full=full)
    members = members_of(book, snap)
    manifest = manifest_for(book, snap.team, members, snap.rows, "team")
    payload = archive.build(manifest, members)
    recipient = x25519.Identity.from_str(str(snap.team["identity"])).to_public()
    return Written(crypto.encrypt_to(payload, str(recipient)), sum(map(len, snap.rows.values())))


def read(book: Book, data: bytes) -> Bundle:
    """Decrypt with the team key and check the proof; refuses another team's package."""
    with book.raw() as conn:
        team = team_of(conn)
    try:
        plaintext = crypto.decrypt_with(data, [x25519.Identity.from_str(str(team["identity"]))])
    except WrongPassphrase as exc:
        raise ForeignPackage() from exc
    bundle = archive.read(plaintext)
    if bundle.kind != "team":
        raise NotABundle("not a team package")
    if bundle.manifest.get("team_id") != team["team_id"]:
        raise ForeignPackage()
    if not fmt.proof_holds(bundle.manifest, str(team["secret"])):
        raise DamagedFile("the team package's proof does not hold")
    return bundle


def versions_in(bundle: Bundle) -> dict[Key, VV]:
    """The version vector of each record in a package (`versions.jsonl`)."""
    out: dict[Key, VV] = {}
    for line in archive.parse_jsonl(bundle.members.get(fmt.VERSIONS, b"")):
        vv = line.get("vv")
        if not isinstance(vv, dict) or not all(isinstance(n, int) for n in vv.values()):
            raise DamagedFile("versions.jsonl")
        out[(str(line.get("kind")), str(line["id"]))] = {str(m): int(n) for m, n in vv.items()}
    return out


def marks_in(bundle: Bundle) -> tuple[Mark | None, Mark | None, dict[str, Mark]] | None:
    """(the writer's counter, the base the package builds on, her read marks of the others),
    or None for a package written before marks existed (it holds every record)."""
    found = bundle.json_member(fmt.TEAM)
    if "mark" not in found:
        return None
    try:
        mark = _mark_of(found["mark"])
        base = None if found.get("base") is None else _mark_of(found["base"])
        marks = {str(m): _mark_of(v) for m, v in dict(found.get("marks") or {}).items()}
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise DamagedFile("team.json marks") from exc
    return mark, base, marks


def _mark_of(value: Any) -> Mark:
    seq, audit = value["seq"], value["audit"]
    if not isinstance(seq, int) or not isinstance(audit, int) or seq < 0 or audit < 0:
        raise ValueError("mark")
    return seq, audit


def info(bundle: Bundle) -> dict[str, Any]:
    found = bundle.json_member(fmt.TEAM)
    for key in ("team_id", "member_id"):
        if not isinstance(found.get(key), str):
            raise DamagedFile(f"team.json {key}")
    return found
