"""Opening a handover or emergency bundle: show what it holds, then make a NEW book from it.

The new book is built under a temporary name next to the target and renamed only when it is
complete and closed, so a failure (or a kill) never leaves a book at the target. Plaintext
lives in memory and inside the encrypted book only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyrage import x25519

from dorpsboek.atomic import fsync_dir, fsync_file, private_dir
from dorpsboek.errors import BookExists, DamagedFile, NotABundle
from dorpsboek.gc_pause import paused_gc
from dorpsboek.handover import archive, crypto, erasures
from dorpsboek.handover import format as fmt
from dorpsboek.handover.archive import Bundle
from dorpsboek.store import dump, handover_state, meta
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import KdfParams
from dorpsboek.store.stamps import now_iso

OPENABLE = ("handover", "emergency")
LETTER_KEY = "handover_letter_md"
SOURCE_KEY = "handover_source"


@dataclass(frozen=True)
class Summary:
    """What a bundle holds, shown before importing (and by `handover inspect`)."""

    format_version: int
    kind: str
    created_at: str
    created_by: str
    counts: dict[str, int]
    scope: str
    expected_return: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "format_version": self.format_version,
            "kind": self.kind,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "counts": self.counts,
            "scope": self.scope,
            "expected_return": self.expected_return,
        }


def checked(bundle: Bundle) -> Bundle:
    if bundle.kind not in OPENABLE:
        raise NotABundle("a return bundle is merged, not opened")
    info = bundle.json_member(fmt.HANDOVER)
    for key in ("handover_id", "return_recipient", "return_secret"):
        if not isinstance(info.get(key), str):
            raise DamagedFile(f"handover.json {key}")
    return bundle


def read_with_passphrase(data: bytes, passphrase: str) -> Bundle:
    return checked(archive.read(crypto.decrypt_passphrase(data, passphrase)))


def read_with_identity(data: bytes, identity: x25519.Identity) -> Bundle:
    return checked(archive.read(crypto.decrypt_with(data, [identity])))


def summary(bundle: Bundle) -> Summary:
    m = bundle.manifest
    info = bundle.json_member(fmt.HANDOVER)
    return Summary(
        format_version=int(m["format_version"]),
        kind=bundle.kind,
        created_at=str(m["created_at"]),
        created_by=str(m["created_by"]),
        counts={str(k): int(v) for k, v in dict(m["counts"]).items()},
        scope=str(m.get("scope", "all")),
        expected_return=info.get("expected_return"),
    )


def letter_of(bundle: Bundle) -> str:
    return bundle.members.get(fmt.LETTER_MD, b"").decode("utf-8", "replace")


def _temp_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.opening-{os.getpid()}.tmp")


def _companions(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", ".lock"))]


def remove_leftovers(target: Path) -> None:
    """Half-built books of an earlier, interrupted open (encrypted, but useless)."""
    # Book.create's own temp file for the half-built book gets one more leading dot.
    for pattern in (f".{target.name}.opening-*.tmp*", f"..{target.name}.opening-*.tmp*"):
        for stale in target.parent.glob(pattern):
            with contextlib.suppress(OSError):
                stale.unlink()


@contextlib.contextmanager
def _building(target: Path) -> Iterator[Path]:
    tmp = _temp_for(target)
    try:
        yield tmp
    except BaseException:
        for path in _companions(tmp):
            with contextlib.suppress(OSError):
                path.unlink()
        raise


@paused_gc()
def open_into(
    bundle: Bundle,
    target: Path,
    new_passphrase: str,
    *,
    actor: str | None = None,
    params: KdfParams | None = None,
    source: Path | None = None,
) -> Path:
    """Create a new book at `target` holding everything in `bundle`; returns `target`.

    `source` is the handover file it came from: remembered (path and SHA-256) so that ending
    the takeover can erase that file too (handover/retire.py). Not for an emergency bundle,
    which is the owner's own kit on her stick.
    """
    target = Path(target)
    if target.exists():
        raise BookExists(str(target))
    private_dir(target.parent)
    remove_leftovers(target)
    with _building(target) as tmp:
        book = Book.create(tmp, new_passphrase, params)
        try:
            _fill(book, bundle, actor)
            if source is not None and bundle.kind == "handover":
                meta.put(book, SOURCE_KEY, source_mark(Path(source)))
        finally:
            book.close()
        for leftover in _companions(tmp)[1:3]:
            if leftover.exists() and leftover.stat().st_size:
                raise DamagedFile("the new book did not close cleanly")
        if target.exists():
            raise BookExists(str(target))
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
        for path in _companions(tmp)[1:]:
            with contextlib.suppress(OSError):
                path.unlink()
    return target


def source_mark(path: Path) -> str:
    """JSON {path, sha256} of the handover file, so only that very file is erased later."""
    resolved = path.resolve()
    digest = hashlib.sha256(resolved.read_bytes()).hexdigest()
    return json.dumps({"path": str(resolved), "sha256": digest})


def _fill(book: Book, bundle: Bundle, actor: str | None) -> None:
    info = bundle.json_member(fmt.HANDOVER)
    known = set(dump.record_kinds())
    kinds = [k for k in bundle.record_kinds() if k in known]
    # The half-built book is not a book until it is renamed (after an fsync), so its one big
    # transaction need not be synced page by page.
    with book.raw() as raw, dump.unsynced_transaction(raw) as conn:
        batches = {kind: bundle.records(kind) for kind in kinds}
        dump.load_tables(conn, batches)
        dump.insert_audit(conn, bundle.audit())
        handover_state.write_base_from_tables(conn, kinds)
        handover_state.set_opened(conn, _opened_row(bundle, info, dump.max_audit_seq(conn)))
    meta.put(book, LETTER_KEY, letter_of(bundle))
    # What was handed over ("all", "active", "standin"): a stand-in's book shows only her list.
    meta.put(book, SCOPE_KEY, str(bundle.manifest.get("scope") or ""))
    if actor:
        meta.put(book, "actor", actor)
    erasures.repeat(book, bundle.erased(), actor or "")


SCOPE_KEY = "handover_scope"


def _opened_row(bundle: Bundle, info: dict[str, Any], audit_seq: int) -> dict[str, Any]:
    return {
        "handover_id": info["handover_id"],
        "kind": bundle.kind,
        "owner": str(bundle.manifest.get("created_by", "")),
        "owner_book_id": str(bundle.manifest.get("book_id", "")),
        "bundle_created_at": str(bundle.manifest["created_at"]),
        "opened_at": now_iso(),
        "expected_return": info.get("expected_return"),
        "return_recipient": info["return_recipient"],
        "return_secret": info["return_secret"],
        "base_audit_seq": audit_seq,
    }
