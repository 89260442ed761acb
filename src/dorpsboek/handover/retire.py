"""Ending a takeover: erase the colleague's book and the files that came from it.

In a book opened from a handover or emergency bundle, once the return bundle was written and
the supporter has merged it, the colleague's copy has done its work. `plan` (book open) lists
what goes: the book with its `-wal`, `-shm` and `.lock` companions, the automatic backups of
this book, copies set aside by a rescue, the emergency bundle this book wrote (if it set one
up), the return bundle file it wrote, and the handover bundle it was opened from. `erase`
(book closed) removes them.

Files are unlinked, not overwritten: they are all encrypted, and overwriting does not reach
the old blocks on SSDs or journaling file systems anyway (docs/handover.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dorpsboek.atomic import check_replaceable, fsync_dir
from dorpsboek.errors import DorpsboekError, NotARegularFile
from dorpsboek.handover import emergency
from dorpsboek.handover import open as opening
from dorpsboek.handover.handback import NotFromHandover
from dorpsboek.services import handover_state
from dorpsboek.services.backups import backup_folders
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store import meta
from dorpsboek.store.book import Book, backups_dir
from dorpsboek.store.keyheader import HEADER_SIZE
from dorpsboek.store.lock import BookLock, lock_path_for

COMPANIONS = ("-wal", "-shm", "-journal")
# An emergency bundle counts as this book's when it was written at this book's last refresh;
# another book writing to the same folder later leaves a newer file, which is kept.
REFRESH_SLACK = dt.timedelta(minutes=2)


class NoReturnWritten(DorpsboekError):
    """No return bundle was written from this book: erasing it would lose her work."""

    key = "no_return_written"


class ChangedSinceReturn(DorpsboekError):
    """Something changed after the last return bundle: erasing would lose those changes."""

    key = "changed_since_return"


@dataclass(frozen=True)
class ErasePlan:
    """What erasing the colleague's copy removes; `book` first in `files`."""

    book: Path
    files: tuple[Path, ...]
    folders: tuple[Path, ...]  # removed when empty afterwards (the book's own backup folder)
    last_return: handover_state.ReturnMark | None
    owner: str
    opened_from: Path | None = None  # the handover bundle file, when known and unchanged

    @property
    def backups(self) -> list[Path]:
        return [p for p in self.files if p.suffix == ".db" and p != self.book]


def _companions(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in COMPANIONS]


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(HEADER_SIZE)
    except OSError:
        return b""


def _backup_pattern(stem: str) -> re.Pattern[str]:
    name = re.escape(stem)
    return re.compile(rf"^{name}-(auto-\d{{8}}-\d{{6}}|voor-update-v\d+-\d{{8}}-\d{{6}})\.db$")


def backups_of(book_path: Path, folders: Iterable[Path]) -> list[Path]:
    """The automatic and pre-update backups of this book (never hand-made copies).

    In the book's own `<stem>-backups` folder the name is enough; in a folder chosen in the
    settings (which other books may share) the backup must also carry this book's key header
    (the same salt), so a book of the same name elsewhere keeps its backups.
    """
    own = backups_dir(book_path).resolve()
    header = _head(book_path)
    pattern = _backup_pattern(book_path.stem)
    found: list[Path] = []
    for folder in dict.fromkeys(Path(f).resolve() for f in folders):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if not pattern.match(path.name) or path.is_symlink() or not path.is_file():
                continue
            if folder == own or (header and _head(path) == header):
                found.append(path)
    return found + _stale_temps(book_path)


def _stale_temps(book_path: Path) -> list[Path]:
    """Half-made automatic backups a killed Dorpsboek left in the book's own backup folder."""
    folder = backups_dir(book_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f".{book_path.stem}-auto-*.tmp*") if p.is_file())


def set_aside_copies(book_path: Path) -> list[Path]:
    """Copies a rescue set aside next to the book: `<stem>.beschadigd-<time>.db` (+ journals)."""
    pattern = re.compile(rf"^{re.escape(book_path.stem)}\.beschadigd-[\d-]+\.db$")
    kept = [p for p in sorted(book_path.parent.iterdir()) if pattern.match(p.name)]
    return [f for p in kept for f in (p, *_companions(p))]


def _moment(value: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def emergency_files(book: Book, folder: str | Path | None) -> list[Path]:
    """The emergency bundle (and sealed key) this book wrote into `folder`, if still its own."""
    state = emergency.status(book)
    if state is None or not folder or not state.last_refresh_at:
        return []
    refreshed = _moment(state.last_refresh_at)
    bundle = Path(folder) / emergency.BUNDLE_NAME
    found: list[Path] = []
    if refreshed is not None and bundle.is_file() and not bundle.is_symlink():
        written = dt.datetime.fromtimestamp(bundle.stat().st_mtime, dt.UTC)
        if refreshed - REFRESH_SLACK <= written <= refreshed + dt.timedelta(seconds=5):
            found.append(bundle)
    sealed = Path(folder) / emergency.SEALED_NAME
    kit = _sealed_key(book)
    if kit and sealed.is_file() and sealed.read_text(encoding="utf-8").strip() == kit:
        found.append(sealed)
    return found


def _sealed_key(book: Book) -> str:
    from dorpsboek.store import handover_state as state_store

    kit = state_store.get_kit(book)
    return str(kit["sealed_key"] or "").strip() if kit else ""


def _unchanged(path: Path, sha256: str) -> list[Path]:
    """[path] while it is still a regular file holding exactly the recorded bytes."""
    if not path.is_file() or path.is_symlink():
        return []
    return [path] if hashlib.sha256(path.read_bytes()).hexdigest() == sha256 else []


def return_file(mark: handover_state.ReturnMark | None) -> list[Path]:
    """The return bundle this book wrote, when it is still there and still the same bytes."""
    if mark is None or not mark.file_path or not mark.file_sha256:
        return []
    return _unchanged(Path(mark.file_path), mark.file_sha256)


def handover_file(book: Book) -> list[Path]:
    """The handover bundle this book was opened from, when still there with the same bytes."""
    try:
        mark = json.loads(meta.get(book, opening.SOURCE_KEY) or "{}")
        return _unchanged(Path(str(mark["path"])), str(mark["sha256"]))
    except (ValueError, KeyError, TypeError):
        return []


def plan(book: Book, settings: Settings | None = None) -> ErasePlan:
    """What erasing this colleague's book would remove (raises NotFromHandover otherwise)."""
    cb = Casebook(book)
    info = handover_state.current_handover(cb)
    if info is None:
        raise NotFromHandover()
    settings = settings or Settings()
    path = Path(book.path).resolve()
    folders = backup_folders(path, settings)  # also folders chosen earlier (backups stay put)
    mark = handover_state.last_return(cb)
    files = [
        path,
        *_companions(path),
        *backups_of(path, folders),
        *set_aside_copies(path),
        *emergency_files(book, str(settings.get("emergency_dir"))),
        *return_file(mark),
        *(opened := handover_file(book)),
        lock_path_for(path),
    ]
    return ErasePlan(
        path,
        tuple(files),
        (backups_dir(path),),
        mark,
        info.owner,
        opened[0] if opened else None,
    )


def check_ready(erase_plan: ErasePlan, *, discard_changes: bool = False) -> None:
    """Refuse while work would be lost: no return bundle yet, or changes after the last one."""
    if discard_changes:
        return
    if erase_plan.last_return is None:
        raise NoReturnWritten()
    if erase_plan.last_return.changed_since:
        raise ChangedSinceReturn()


def _check_files(paths: Iterable[Path]) -> list[Path]:
    """The planned paths that still exist; a folder, link or device among them stops it all."""
    present = []
    for path in paths:
        check_replaceable(path)
        if path.exists():
            present.append(path)
    return present


def erase(erase_plan: ErasePlan) -> list[Path]:
    """Remove the planned files (the book must be closed); returns what was removed.

    Takes the book's lock first, so a Dorpsboek that still has the book open stops it
    (BookInUse); nothing is removed when any planned path is not a regular file.
    """
    book = erase_plan.book
    if book.is_symlink() or not book.is_file():
        raise NotARegularFile(str(book))
    lock = BookLock(book)
    lock.acquire()
    try:
        present = _check_files(p for p in erase_plan.files if p != lock.path)
        for path in present:
            path.unlink()
    finally:
        lock.release()
    with contextlib.suppress(OSError):
        lock.path.unlink()
        present.append(lock.path)
    for folder in {p.parent for p in present}:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    for folder in erase_plan.folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: hand-made copies in it stay
    return present


def remove_return_bundle(path: Path) -> None:
    """In the supporter's book, after merging: the return bundle file is no longer needed."""
    path = Path(path)
    check_replaceable(path)
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
