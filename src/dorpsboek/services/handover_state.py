"""What the front ends show about handovers: the banner in a colleague's book, the letter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dorpsboek.services.casebook import Casebook
from dorpsboek.store import handover_state
from dorpsboek.store import meta as meta_store
from dorpsboek.store import retire as retire_store

LETTER_KEY = "handover_letter_md"
RETURN_AT_KEY = "handover_return_written_at"
RETURN_TRAIL_KEY = "handover_return_trail"
RETURN_FILE_KEY = "handover_return_file"  # `<sha256 hex> <path>` of the last return bundle


@dataclass(frozen=True)
class HandoverInfo:
    """For the banner "Waarneming voor <owner> sinds <since>"."""

    owner: str
    since: dt.date
    expected_return: dt.date | None
    kind: str  # handover | emergency
    handover_id: str
    scope: str = ""  # all | active | standin (a volunteer's list of calls)


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def current_handover(cb: Casebook) -> HandoverInfo | None:
    """The handover this book was opened from, or None for an ordinary book."""
    row = handover_state.get_opened(cb.book)
    if row is None:
        return None
    return HandoverInfo(
        owner=str(row["owner"]),
        since=_date(row["opened_at"]) or dt.date.today(),
        expected_return=_date(row["expected_return"]),
        kind=str(row["kind"]),
        handover_id=str(row["handover_id"]),
        scope=meta_store.get(cb.book, "handover_scope") or "",
    )


def handover_letter(cb: Casebook) -> str:
    """The handover letter (Markdown) the colleague reads first; empty for an ordinary book."""
    return meta_store.get(cb.book, LETTER_KEY) or ""


@dataclass(frozen=True)
class ReturnMark:
    """When the colleague last wrote a return bundle, and whether she changed things since."""

    written_at: dt.datetime
    changed_since: bool
    file_sha256: str = ""
    file_path: str = ""


def trail_fingerprint(cb: Casebook) -> str:
    """Taken just before a return bundle is built; see `mark_return_written`."""
    return retire_store.audit_fingerprint(cb.book)


def mark_return_written(
    cb: Casebook,
    fingerprint: str,
    when: dt.datetime | None = None,
    written: tuple[str, str] | None = None,
) -> None:
    """Remember that a return bundle holding everything up to `fingerprint` was written;
    `written` is (its SHA-256, its path), so erasing the copy can remove that file too."""
    moment = (when or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    with cb.unit() as work:  # the three facts together, or none of them
        meta_store.put_on(work.conn, RETURN_TRAIL_KEY, fingerprint)
        meta_store.put_on(work.conn, RETURN_FILE_KEY, " ".join(written) if written else "")
        meta_store.put_on(work.conn, RETURN_AT_KEY, moment)


def last_return(cb: Casebook) -> ReturnMark | None:
    """The last return bundle written from this book, or None when none was written."""
    moment = meta_store.get(cb.book, RETURN_AT_KEY)
    if not moment:
        return None
    try:
        written = dt.datetime.fromisoformat(moment)
    except ValueError:
        return None
    changed = meta_store.get(cb.book, RETURN_TRAIL_KEY) != trail_fingerprint(cb)
    digest, _, path = (meta_store.get(cb.book, RETURN_FILE_KEY) or "").partition(" ")
    return ReturnMark(written, changed, digest, path)
