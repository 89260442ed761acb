"""Writing and opening a team package (docs/handover-format.md, section 9).

A package holds *every* record the writer's book has, each with its version vector, plus the
erased ids and the audit trail: state, not a list of changes. Whatever got lost, duplicated or
arrived out of order, the newest package from any member brings a reader up to that member's
state; an older or repeated one changes nothing.
"""

from __future__ import annotations

import json
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
from dorpsboek.store import dump
from dorpsboek.store import meta as meta_store
from dorpsboek.store import team as team_store
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import new_id, now_iso
from dorpsboek.store.team import VV, Key


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


def snapshot(
    book: Book,
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]], dict[Key, tuple[VV, str]]]:
    """(team, every row, every version), after stamping her changes, in one transaction."""
    with book.raw() as raw, dump.large_cache(raw) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            team = team_of(conn)
            rows = team_store.all_rows(conn)
            versions = clock.stamp(conn, str(team["member_id"]), rows)
            n = sum(map(len, rows.values()))
            dump.insert_audit(conn, [_line("team-write", str(team["team_id"]), [f"out:{n}"])])
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    return team, rows, versions


def _line(action: str, record_id: str, fields: list[str]) -> dict[str, Any]:
    return {
        "at": now_iso(),
        "actor": "samenwerken",
        "action": action,
        "kind": "team",
        "record_id": record_id,
        "fields": json.dumps(fields),
    }


def members_of(
    book: Book,
    team: Mapping[str, Any],
    rows: Mapping[str, list[dict[str, Any]]],
    versions: Mapping[Key, tuple[VV, str]],
    *,
    secrets: bool = False,
) -> dict[str, bytes]:
    members = {fmt.records_member(k): archive.to_jsonl(v) for k, v in rows.items() if v}
    members[fmt.VERSIONS] = archive.to_jsonl(
        {"id": i, "kind": k, "vv": vv} for (k, i), (vv, _h) in sorted(versions.items())
    )
    members[fmt.ERASED] = erasures.member(book)
    trail = dump.read_audit(book)
    members[fmt.AUDIT] = archive.to_jsonl([{k: a[k] for k in dump.AUDIT_COLUMNS} for a in trail])
    info = {
        "team_id": team["team_id"],
        "team_name": team["name"],
        "member_id": team["member_id"],
        "member_name": team["member_name"],
    }
    if secrets:  # an invitation carries the team's key and secret to the new member
        info |= {"identity": team["identity"], "secret": team["secret"]}
    members[fmt.TEAM] = fmt.canonical(info)
    return members


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


def write(book: Book) -> Written:
    """The encrypted package of everything this book holds, for the other members."""
    team, rows, versions = snapshot(book)
    members = members_of(book, team, rows, versions)
    manifest = manifest_for(book, team, members, rows, "team")
    payload = archive.build(manifest, members)
    recipient = x25519.Identity.from_str(str(team["identity"])).to_public()
    return Written(crypto.encrypt_to(payload, str(recipient)), sum(map(len, rows.values())))


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


def info(bundle: Bundle) -> dict[str, Any]:
    found = bundle.json_member(fmt.TEAM)
    for key in ("team_id", "member_id"):
        if not isinstance(found.get(key), str):
            raise DamagedFile(f"team.json {key}")
    return found
