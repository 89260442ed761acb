"""The emergency kit: a bundle that refreshes itself, encrypted to a key that exists on paper.

Setup makes an X25519 key pair; the secret is shown once (for the noodblad) and the book keeps
only the public recipient, so refreshing needs no passphrase. Optionally a random recovery key
is split over trustees with SLIP-39; it opens an authenticated-encrypted copy of the secret
(the "sealed key", written next to the bundle).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from dorpsboek.atomic import is_disk_full, write_bytes_atomic
from dorpsboek.errors import DiskFull, DorpsboekError
from dorpsboek.handover import crypto, export
from dorpsboek.handover import open as opening
from dorpsboek.handover.archive import Bundle
from dorpsboek.store import handover_state
from dorpsboek.store.book import Book
from dorpsboek.store.stamps import now_iso

BUNDLE_NAME = "dorpsboek-noodpakket.age"
SEALED_NAME = "dorpsboek-noodsleutel.txt"
REFRESH_EVERY = dt.timedelta(days=1)


class NoEmergencyKit(DorpsboekError):
    key = "no_emergency_kit"


class NoEmergencyFolder(DorpsboekError):
    key = "no_emergency_folder"


class RefreshFailed(DorpsboekError):
    """The folder is missing (a stick not plugged in) or not writable."""

    key = "refresh_failed"


@dataclass(frozen=True)
class KitSetup:
    """Shown once: what goes on the noodblad (or the trustees' sheets)."""

    secret: str
    recipient: str
    created_at: str
    shares: list[str] = field(default_factory=list)
    threshold: int = 0


@dataclass(frozen=True)
class KitStatus:
    recipient: str
    created_at: str
    last_refresh_at: str | None
    last_error: str
    split: bool

    def age(self, now: dt.datetime | None = None) -> dt.timedelta | None:
        if not self.last_refresh_at:
            return None
        then = dt.datetime.fromisoformat(self.last_refresh_at.replace("Z", "+00:00"))
        return (now or dt.datetime.now(dt.UTC)) - then


def setup(book: Book, *, shares: int = 0, threshold: int = 0) -> KitSetup:
    """A new key pair (replacing an earlier kit); with `shares`, a SLIP-39 split."""
    secret, recipient = crypto.new_identity()
    handover = export.new_handover(book, "emergency", export.ExportOptions())
    words: list[str] = []
    sealed = ""
    if shares:
        recovery = os.urandom(32)
        words = crypto.split_key(recovery, threshold, shares)
        sealed = crypto.seal(secret, recovery)
    created = now_iso()
    handover_state.put_kit(
        book,
        {
            "recipient": recipient,
            "handover_id": handover["handover_id"],
            "created_at": created,
            "sealed_key": sealed,
        },
    )
    return KitSetup(secret, recipient, created, words, threshold if shares else 0)


def status(book: Book) -> KitStatus | None:
    kit = handover_state.get_kit(book)
    if kit is None:
        return None
    return KitStatus(
        recipient=str(kit["recipient"]),
        created_at=str(kit["created_at"]),
        last_refresh_at=kit["last_refresh_at"],
        last_error=str(kit["last_refresh_error"] or ""),
        split=bool(kit["sealed_key"]),
    )


def due(book: Book, now: dt.datetime | None = None) -> bool:
    """At most daily: true when there is a kit and its bundle is older than a day (or none)."""
    state = status(book)
    if state is None:
        return False
    age = state.age(now)
    return age is None or age >= REFRESH_EVERY or bool(state.last_error)


def build(book: Book) -> bytes:
    """The emergency bundle (everything, encrypted to the kit's recipient)."""
    kit = handover_state.get_kit(book)
    if kit is None:
        raise NoEmergencyKit()
    issued = handover_state.get_issued(book, str(kit["handover_id"]))
    if issued is None:
        raise NoEmergencyKit()
    handover = {
        "handover_id": issued["handover_id"],
        "owner": export.owner_name(book),
        "owner_book_id": "",
        "expected_return": None,
        "scope": "all",
        "return_recipient": crypto.recipient_of(str(issued["return_identity"])),
        "return_secret": issued["return_secret"],
    }
    payload = export.build_payload(book, "emergency", export.ExportOptions(), handover)
    return crypto.encrypt_to(payload, str(kit["recipient"]))


def refresh(book: Book, folder: Path | str | None) -> Path:
    """Write the bundle into `folder` atomically; the previous one stays until the new is whole."""
    if not folder:
        raise NoEmergencyFolder()
    target_dir = Path(folder)
    kit = handover_state.get_kit(book)
    if kit is None:
        raise NoEmergencyKit()
    try:
        if not target_dir.is_dir():
            raise RefreshFailed(str(target_dir))
        data = build(book)
        write_bytes_atomic(target_dir / BUNDLE_NAME, data)
        if kit["sealed_key"]:
            write_bytes_atomic(target_dir / SEALED_NAME, f"{kit['sealed_key']}\n".encode())
    except (OSError, DiskFull, RefreshFailed) as exc:
        key = (
            "disk_full"
            if isinstance(exc, DiskFull) or is_disk_full(exc, target_dir)
            else "refresh_failed"
        )
        handover_state.record_refresh(book, None, key)
        if isinstance(exc, DorpsboekError):
            raise
        raise RefreshFailed(str(target_dir)) from exc
    handover_state.record_refresh(book, now_iso(), "")
    return target_dir / BUNDLE_NAME


def identity_from_shares(words: list[str], sealed: str) -> str:
    """The X25519 secret from enough trustees' shares and the sealed key next to the bundle."""
    return crypto.unseal(sealed.strip(), crypto.combine_shares(words))


def read_bundle(data: bytes, secret: str) -> Bundle:
    return opening.read_with_identity(data, crypto.parse_identity(secret))


def refresh_if_due(book: Book, folder: Path | str | None, now: dt.datetime | None = None) -> bool:
    """For the app (on close, at most daily): refresh when due; failures are recorded, not raised.

    Returns True when a new bundle was written. The app shows `status(book).last_error`.
    """
    if not folder or not due(book, now):
        return False
    try:
        refresh(book, folder)
    except (DorpsboekError, OSError):
        return False
    return True
