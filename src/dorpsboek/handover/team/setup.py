"""Starting a team, inviting a colleague, and joining from an invitation (section 9.1).

The invitation is a team package with the team's key and secret inside, encrypted to a
passphrase (age scrypt, like a handover bundle) or to the colleague's X25519 key. Joining
makes a NEW book from it (her own passphrase), built aside and renamed when complete, as
`handover open` does; the records arrive through the same read as every later package.
"""

from __future__ import annotations

import os
from pathlib import Path

from pyrage import x25519

from dorpsboek.atomic import fsync_dir, fsync_file
from dorpsboek.errors import BookExists, DamagedFile, NotABundle
from dorpsboek.handover import archive, crypto, erasures
from dorpsboek.handover import format as fmt
from dorpsboek.handover import open as opening
from dorpsboek.handover.archive import Bundle
from dorpsboek.handover.export import owner_name
from dorpsboek.handover.merge import MergeReport
from dorpsboek.handover.team import clock, exchange, package
from dorpsboek.store import dump, team_stream, unit
from dorpsboek.store import meta as meta_store
from dorpsboek.store import team as team_store
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import KdfParams
from dorpsboek.store.stamps import new_id, now_iso

INVITE = "team-invite"


def create(book: Book, name: str = "", member_name: str = "") -> str:
    """Give her book a team identity (a fresh X25519 key and secret); returns the team id."""
    team_id = new_id()
    with unit.begin(book, "samenwerken", immediate=True) as work:
        conn = work.conn
        if team_store.get(conn) is not None:
            raise package.AlreadyInTeam()
        team_store.create(
            conn,
            {
                "team_id": team_id,
                "name": name.strip(),
                "member_id": meta_store.get(book, "book_id") or new_id(),
                "member_name": member_name.strip() or owner_name(book),
                "identity": str(x25519.Identity.generate()),
                "secret": os.urandom(32).hex(),
                "clock": 0,
                "created_at": now_iso(),
            },
        )
        team_stream.track_changes(conn)
        team_stream.mark_all_dirty(conn)
    return team_id


def invite(book: Book, *, passphrase: str | None = None, recipient: str | None = None) -> bytes:
    """The encrypted invitation: everything in her book, plus the team's key and secret, and
    the member id the colleague will have (so she knows at once what the colleague has)."""
    invitee = new_id()
    snap = package.snapshot(book, full=True, action="team-invite")
    with book.raw() as conn:
        team_store.invited(conn, invitee, snap.mark, now_iso())
        conn.commit()
    snap.marks[invitee] = (0, 0)  # what she has of the colleague's: the invitation itself
    extra = {"identity": snap.team["identity"], "secret": snap.team["secret"], "invitee": invitee}
    members = package.members_of(book, snap, extra=extra)
    manifest = package.manifest_for(book, snap.team, members, snap.rows, INVITE)
    payload = archive.build(manifest, members)
    if recipient:
        return crypto.encrypt_to(payload, recipient)
    return crypto.encrypt_passphrase(payload, str(passphrase))


def read_invite(data: bytes, *, passphrase: str | None = None, identity: str = "") -> Bundle:
    if identity:
        plaintext = crypto.decrypt_with(data, [crypto.parse_identity(identity)])
    else:
        plaintext = crypto.decrypt_passphrase(data, str(passphrase))
    return checked_invite(archive.read(plaintext))


def is_invite(bundle: Bundle) -> bool:
    return bundle.kind == INVITE


def checked_invite(bundle: Bundle) -> Bundle:
    """An invitation already decrypted (the start window reads any bundle once, then asks)."""
    if bundle.kind != INVITE:
        raise NotABundle("not a team invitation")
    info = package.info(bundle)
    for key in ("identity", "secret"):
        if not isinstance(info.get(key), str):
            raise DamagedFile(f"team.json {key}")
    if not fmt.proof_holds(bundle.manifest, str(info["secret"])):
        raise DamagedFile("the invitation's proof does not hold")
    return bundle


def join(
    bundle: Bundle,
    target: Path,
    new_passphrase: str,
    *,
    member_name: str = "",
    params: KdfParams | None = None,
) -> Path:
    """A new book at `target`, member of the invitation's team, holding all it carries."""
    target = Path(target)
    if target.exists():
        raise BookExists(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    opening.remove_leftovers(target)
    tmp = target.with_name(f".{target.name}.opening-{os.getpid()}.tmp")
    companions = [tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", ".lock"))]
    try:
        book = Book.create(tmp, new_passphrase, params)
        try:
            _fill(book, bundle, member_name)
        finally:
            book.close()
        if target.exists():
            raise BookExists(str(target))
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        for path in companions:
            path.unlink(missing_ok=True)
        raise
    for path in companions[1:]:
        path.unlink(missing_ok=True)
    return target


def _fill(book: Book, bundle: Bundle, member_name: str) -> None:
    """Everything the invitation holds, loaded in bulk as `handover open` does (the book is not
    a book until renamed): records, their versions, the audit trail, the inviter's marks."""
    info = package.info(bundle)
    me = str(info.get("invitee") or meta_store.get(book, "book_id") or new_id())
    known = set(dump.record_kinds())
    batches = {k: bundle.records(k) for k in bundle.record_kinds() if k in known}
    vectors = package.versions_in(bundle)
    versions = [
        ((kind, str(r["id"])), vectors.get((kind, str(r["id"])), {}), clock.row_hash(kind, r))
        for kind, rows in batches.items()
        for r in rows
    ]
    with book.raw() as raw, dump.unsynced_transaction(raw) as conn:
        team_store.create(
            conn,
            {
                "team_id": info["team_id"],
                "name": str(info.get("team_name", "")),
                "member_id": me,
                "member_name": member_name.strip(),
                "identity": info["identity"],
                "secret": info["secret"],
                "clock": 0,
                "created_at": now_iso(),
            },
        )
        dump.load_tables(conn, batches)
        dump.insert_audit(conn, bundle.audit())
        team_stream.put_versions(conn, versions)
        report = MergeReport(created_at=str(bundle.manifest["created_at"]))
        report.added = [key for key, _vv, _h in versions]
        exchange.heard(conn, me, bundle, report, "")
        team_stream.joined(conn)  # what came with the invitation is number 0 of her counter
    if member_name.strip():
        meta_store.put(book, "actor", member_name.strip())
    erasures.repeat(book, bundle.erased(), member_name.strip())
