"""Writing handover and emergency bundles from an open book (all in memory, then encrypted)."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dorpsboek import __version__
from dorpsboek.atomic import private_dir, write_bytes_atomic
from dorpsboek.domain.records import STATS_KINDS
from dorpsboek.errors import UsageError
from dorpsboek.gc_pause import paused_gc
from dorpsboek.handover import archive, crypto, erasures, letter, owner, standin
from dorpsboek.handover import format as fmt
from dorpsboek.services import emergency_drill
from dorpsboek.services.casebook import Casebook, default_actor
from dorpsboek.store import dump, handover_state
from dorpsboek.store import meta as meta_store
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import new_id, now_iso

Rows = dict[str, list[dict[str, Any]]]
SCOPES = ("all", "active", "standin")


@dataclass(frozen=True)
class ExportOptions:
    """What she chose in the wizard (or on the command line)."""

    scope: str = "all"
    expected_return: dt.date | None = None
    free_text: str = ""
    letter_md: str | None = None  # her edited letter; drafted from the book when None
    owner: str | None = None
    period: tuple[dt.date, dt.date] | None = None  # the stand-in's week (scope "standin")


def owner_name(book: Book) -> str:
    """Her remembered name, else the computer's login name (the command line's last resort)."""
    return owner.stored_owner_name(book) or default_actor()


def collect(book: Book, scope: str, period: tuple[dt.date, dt.date] | None = None) -> Rows:
    if scope not in SCOPES:
        raise UsageError("--scope")
    rows = dump.read_all(book)
    if scope == "standin":
        if period is None:
            raise UsageError("--from/--to")
        return standin.select(rows, *period)
    return rows if scope == "all" else select_active(rows)


def select_active(rows: Mapping[str, Sequence[dict[str, Any]]]) -> Rows:
    """Only what is running (docs/handover-format.md, section 7); no tombstones, no stories."""
    live = {k: [r for r in v if not r.get("deleted_at")] for k, v in rows.items()}
    helps = [r for r in live.get("help_requests", []) if r.get("status") != "done"]
    reminders = [r for r in live.get("reminders", []) if not r.get("done")]
    person_ids = {str(r["id"]) for r in live.get("persons", []) if r.get("status") == "active"}
    person_ids |= {str(r["person_id"]) for r in helps}
    person_ids |= {str(r["person_id"]) for r in reminders if r.get("person_id")}
    out: Rows = {k: [] for k in rows}
    out["persons"] = [r for r in live.get("persons", []) if str(r["id"]) in person_ids]
    out["help_requests"] = helps
    out["reminders"] = reminders
    out["notes"] = [r for r in live.get("notes", []) if str(r["person_id"]) in person_ids]
    out["signals"] = [r for r in live.get("signals", []) if r.get("status") != "closed"]
    # Activities are her meetings and group work: the colleague carries them on (links to
    # residents outside the scope are dropped below, as for every link).
    for kind in ("organisations", "contact_persons", "volunteers", "activities"):
        out[kind] = list(live.get(kind, []))
    present = {str(r["id"]) for kind in out for r in out[kind]}
    out["person_links"] = [
        r
        for r in live.get("person_links", [])
        if str(r["person_id"]) in present and str(r["other_id"]) in present
    ]
    out["links"] = [
        r
        for r in live.get("links", [])
        if str(r["from_id"]) in present and str(r["to_id"]) in present
    ]
    return out


def counts(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, int]:
    return {
        key: sum(1 for r in rows.get(kind.value, ()) if not r.get("deleted_at"))
        for key, kind in STATS_KINDS.items()
    }


def draft_letter(
    book: Book,
    scope: str = "all",
    free_text: str = "",
    expected_return: dt.date | None = None,
    today: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> str:
    """The letter the wizard shows her to edit."""
    return letter.draft(
        collect(book, scope, period),
        owner=owner_name(book),
        today=today or dt.date.today(),
        free_text=free_text,
        expected_return=expected_return,
        kit_tested_on=emergency_drill.last_test(Casebook(book)),
    )


def _audit_for(book: Book, rows: Rows, scope: str) -> list[dict[str, Any]]:
    trail = dump.read_audit(book)
    if scope != "all":
        ids = {str(r["id"]) for kind in rows for r in rows[kind]}
        trail = [a for a in trail if a["record_id"] in ids]
    return [{k: a[k] for k in dump.AUDIT_COLUMNS} for a in trail]


@paused_gc()
def build_payload(
    book: Book, kind: str, options: ExportOptions, handover: Mapping[str, Any]
) -> bytes:
    """The ZIP of a handover or emergency bundle (plaintext, in memory only).

    Each member goes to the packer as soon as it is made, the largest (records, overview)
    first, so that hashing and deflating them overlaps with drafting the letter."""
    rows = collect(book, options.scope, options.period)
    owner = options.owner or owner_name(book)
    created = now_iso()
    with archive.Packer() as packer:
        for k, v in rows.items():
            packer.add(fmt.records_member(k), archive.to_jsonl(v))
        packer.add(fmt.AUDIT, archive.to_jsonl(_audit_for(book, rows, options.scope)))
        packer.add(fmt.ERASED, erasures.member(book))
        packer.add(fmt.HANDOVER, fmt.canonical(dict(handover)))
        packer.add(fmt.OVERVIEW, letter.overview(rows, owner=owner, created=created).encode())
        letter_md = options.letter_md
        if letter_md is None:
            letter_md = letter.draft(
                rows,
                owner=owner,
                today=dt.date.today(),
                free_text=options.free_text,
                expected_return=options.expected_return,
                kit_tested_on=emergency_drill.last_test(Casebook(book)),
            )
        packer.add(fmt.LETTER_MD, letter_md.encode())
        packer.add(fmt.LETTER_HTML, letter.to_html(letter_md).encode())
        manifest = fmt.manifest_over(
            packer.entries(),
            counts(rows),
            kind=kind,
            book_id=meta_store.get(book, "book_id") or "",
            bundle_id=new_id(),
            created_at=created,
            created_by=owner,
            app_version=__version__,
            scope=options.scope,
            handover_id=handover["handover_id"],
        )
        return packer.archive(manifest)


def new_handover(book: Book, kind: str, options: ExportOptions) -> dict[str, Any]:
    """A fresh return key pair and secret, registered in the book; returns handover.json."""
    identity, recipient = crypto.new_identity()
    handover_id = new_id()
    return_secret = secrets.token_hex(32)
    expected = options.expected_return.isoformat() if options.expected_return else None
    handover_state.add_issued(
        book,
        {
            "handover_id": handover_id,
            "kind": kind,
            "created_at": now_iso(),
            "scope": options.scope,
            "expected_return": expected,
            "return_identity": identity,
            "return_secret": return_secret,
        },
    )
    return {
        "handover_id": handover_id,
        "owner": options.owner or owner_name(book),
        "owner_book_id": meta_store.get(book, "book_id") or "",
        "expected_return": expected,
        "scope": options.scope,
        "return_recipient": recipient,
        "return_secret": return_secret,
    }


def export_handover(book: Book, passphrase: str, options: ExportOptions) -> bytes:
    """The encrypted handover bundle (age, scrypt passphrase) as bytes."""
    if options.scope not in SCOPES:
        raise UsageError("--scope")
    handover = new_handover(book, "handover", options)
    return crypto.encrypt_passphrase(build_payload(book, "handover", options, handover), passphrase)


def write_bundle(target: Path, data: bytes) -> None:
    """Atomically: a half-written bundle never carries the final name."""
    target = Path(target)
    private_dir(target.parent)
    write_bytes_atomic(target, data)  # 0600, like everything the app writes
