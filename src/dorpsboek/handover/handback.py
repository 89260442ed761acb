"""The return bundle: in the colleague's book, everything changed since it was opened."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from dorpsboek import __version__
from dorpsboek.errors import DorpsboekError
from dorpsboek.gc_pause import paused_gc
from dorpsboek.handover import archive, crypto, erasures
from dorpsboek.handover import format as fmt
from dorpsboek.handover.export import counts, write_bundle
from dorpsboek.services import handover_state as handover_service
from dorpsboek.services.casebook import Casebook, default_actor
from dorpsboek.store import dump, handover_state
from dorpsboek.store import meta as meta_store
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import new_id, now_iso


class NotFromHandover(DorpsboekError):
    """`handover return` in a book that was not opened from a bundle."""

    key = "not_from_handover"


def changed_since_opening(book: Book) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """(changed rows per kind, base stamps per kind) relative to the bundle it came from."""
    base = handover_state.read_base(book)
    changed: dict[str, list[dict[str, Any]]] = {}
    stamps: dict[str, dict[str, str | None]] = {}
    for kind, rows in dump.read_all(book).items():
        mine = [r for r in rows if base.get((kind, str(r["id"]))) != r["updated_at"]]
        if mine:
            changed[kind] = mine
            stamps[kind] = {str(r["id"]): base.get((kind, str(r["id"]))) for r in mine}
    return changed, stamps


@paused_gc()
def make_return(book: Book) -> bytes:
    """The encrypted return bundle, proven with the handover's secret (format, section 6)."""
    opened = handover_state.get_opened(book)
    if opened is None:
        raise NotFromHandover()
    changed, stamps = changed_since_opening(book)
    trail = dump.read_audit(book, int(opened["base_audit_seq"]))
    members = {fmt.records_member(k): archive.to_jsonl(v) for k, v in changed.items()}
    members[fmt.AUDIT] = archive.to_jsonl([{k: a[k] for k in dump.AUDIT_COLUMNS} for a in trail])
    members[fmt.ERASED] = erasures.member(book)
    members[fmt.RETURN] = fmt.canonical(
        {
            "handover_id": opened["handover_id"],
            "handover_created_at": opened["bundle_created_at"],
            "base": stamps,
        }
    )
    manifest = fmt.build_manifest(
        members,
        counts(changed),
        kind="return",
        book_id=meta_store.get(book, "book_id") or "",
        bundle_id=new_id(),
        created_at=now_iso(),
        created_by=meta_store.get(book, "actor") or default_actor(),
        app_version=__version__,
        scope="changes",
        handover_id=opened["handover_id"],
    )
    manifest["proof"] = fmt.proof(manifest, str(opened["return_secret"]))
    payload = archive.build(manifest, members)
    return crypto.encrypt_to(payload, str(opened["return_recipient"]))


def write_return(book: Book, target: Path) -> None:
    """Write the return bundle to `target` and remember it (for erasing the copy later)."""
    cb = Casebook(book)
    fingerprint = handover_service.trail_fingerprint(cb)
    data = make_return(book)
    write_bundle(target, data)
    written = (hashlib.sha256(data).hexdigest(), str(Path(target).resolve()))
    handover_service.mark_return_written(cb, fingerprint, written=written)
