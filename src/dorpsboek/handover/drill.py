"""The emergency drill: open the current emergency bundle with the paper key in a throw-away
folder, check it fully, erase it, and record the day in the book.

The throw-away book is encrypted (SQLCipher) with a random passphrase that exists only in
memory, so no plaintext touches the disk; the folder is removed whatever happens.
"""

from __future__ import annotations

import datetime as dt
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from dorpsboek.errors import DamagedFile, DorpsboekError
from dorpsboek.handover import emergency
from dorpsboek.handover import open as opening
from dorpsboek.services import emergency_drill
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import KdfParams

# The copy lives seconds and its passphrase is random: a slow key derivation protects nothing.
THROWAWAY_KDF = KdfParams(log2_mib=6, iterations=1, lanes=1)


class NoBundle(DorpsboekError):
    """No emergency bundle where the kit's folder says it is (the stick not plugged in?)."""

    key = "no_bundle"


@dataclass(frozen=True)
class DrillResult:
    """A passed drill: what the bundle held and what the book holds now."""

    tested_on: dt.date
    bundle_created_at: str
    counts: dict[str, int]
    book_counts: dict[str, int]
    checks: list[str]

    @property
    def behind(self) -> bool:
        """The book changed after the bundle was written (it catches up when the book closes)."""
        return self.counts != self.book_counts


def bundle_path(folder: Path | str | None) -> Path:
    if not folder:
        raise emergency.NoEmergencyFolder()
    return Path(folder) / emergency.BUNDLE_NAME


def read_current(folder: Path | str | None) -> bytes:
    path = bundle_path(folder)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NoBundle(str(path)) from exc


def _check_copy(data: bytes, secret: str) -> tuple[str, dict[str, int], list[str]]:
    """Open into a temp folder, verify and count, erase; raises WrongPassphrase/DamagedFile."""
    bundle = emergency.read_bundle(data, secret)
    summary = opening.summary(bundle)
    passphrase = secrets.token_urlsafe(32)
    with tempfile.TemporaryDirectory(prefix="dorpsboek-oefening-") as tmp:
        target = opening.open_into(bundle, Path(tmp) / "oefening.db", passphrase,
                                   params=THROWAWAY_KDF)  # fmt: skip
        with Book.open(target, passphrase) as copy:
            report = copy.verify()
            found = Casebook(copy).stats()
    if not report.ok:
        raise DamagedFile("the opened copy does not verify")
    if found != summary.counts:
        raise DamagedFile("the opened copy does not hold what the bundle lists")
    return summary.created_at, found, report.checks


def run(
    book: Book, folder: Path | str | None, secret: str, today: dt.date | None = None
) -> DrillResult:
    """The whole drill; on success the day is recorded in the book."""
    if emergency.status(book) is None:
        raise emergency.NoEmergencyKit()
    created, counts, checks = _check_copy(read_current(folder), secret)
    day = today or dt.date.today()
    cb = Casebook(book)
    emergency_drill.record_test(cb, day)
    return DrillResult(day, created, counts, cb.stats(), checks)
