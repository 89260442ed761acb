"""Automatic backups, restore and rescue of a damaged book: Qt-free, for the app and the CLI.

Automatic backups are whole encrypted copies (`Book.backup_to`: temp name, verified, renamed)
named `<book stem>-auto-<YYYYMMDD-HHMMSS>.db` in the backup folder. Rotation keeps the newest
copy of each of the 7 most recent days that have one, and of each of the 4 most recent weeks;
it only ever removes automatic copies, never pre-update or hand-made ones.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from dorpsboek.atomic import create_private, fsync_dir, fsync_file, is_disk_full, private_dir
from dorpsboek.errors import (
    BookExists,
    BookNotFound,
    DamagedFile,
    DiskFull,
    DorpsboekError,
    NewerFormat,
    NoGoodBackup,
    NotDamaged,
    WrongPassphrase,
)
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book, backups_dir
from dorpsboek.store.keyheader import HEADER_SIZE, KeyHeader
from dorpsboek.store.lock import BookLock
from dorpsboek.store.pagecheck import key_matches_any_page

RESTORE = "restore"
REPAIR_HEADER = "repair_header"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTO = "auto"
BEFORE_UPDATE: str = "update"
OTHER = "other"
EARLIER_KEPT = 10  # earlier backup folders remembered for restore
_STAMP = "%Y%m%d-%H%M%S"
_AUTO_NAME = re.compile(r"^(?P<stem>.+)-auto-(?P<stamp>\d{8}-\d{6})\.db$")
_UPDATE_NAME = re.compile(r"^(?P<stem>.+)-voor-update-v\d+-(?P<stamp>\d{8}-\d{6})\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed without the passphrase: where, when, what kind, how big."""

    path: Path
    made_at: dt.datetime
    kind: str  # AUTO, BEFORE_UPDATE, made before a schema update, or OTHER (made by hand)
    size: int
    book_stem: str | None  # the book it belongs to, when the name tells


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read with the passphrase: counts per kind (as `stats`)."""

    path: Path
    made_at: dt.datetime
    counts: dict[str, int]


@dataclass(frozen=True)
class RescueOffer:
    """How a damaged book can be rescued; `kept_as` is set once the rescue is done.

    RESTORE puts the backup `backup.path` in place (work after `backup.made_at` is lost).
    REPAIR_HEADER: only the book's 16-byte key header was damaged (which looks exactly like
    a wrong passphrase); the header is taken from `backup.path`, which has the same salt, and
    the book keeps everything. `backup.counts` are what the book will hold afterwards.
    """

    book: Path
    backup: BackupContents
    skipped: list[Path] = field(default_factory=list)  # newer backups that did not open
    kept_as: Path | None = None
    method: str = "restore"
    header: bytes | None = None


# ----- where backups live ---------------------------------------------------------------------


def backup_folder(book_path: Path, settings: Settings | None = None) -> Path:
    """The `backup_dir` setting when set, otherwise `<book stem>-backups` next to the book."""
    chosen = str((settings or Settings()).get("backup_dir")).strip()
    return Path(chosen).expanduser() if chosen else backups_dir(Path(book_path))


def default_backup_folder(book_path: Path) -> Path:
    """`<book stem>-backups` next to the book: where backups go when no folder is chosen."""
    return backups_dir(Path(book_path))


def backup_folders(book_path: Path, settings: Settings | None = None) -> list[Path]:
    """Every folder that may hold backups of this book, the current one first.

    After the current folder: the book's own `<stem>-backups` folder, then folders chosen
    earlier (`backup_dirs_earlier`). Choosing another folder never moves the old copies, so
    restore and rescue look in all of these.
    """
    settings = settings or Settings()
    earlier = [str(f).strip() for f in settings.get("backup_dirs_earlier") if isinstance(f, str)]
    candidates = [backup_folder(book_path, settings), backups_dir(Path(book_path))]
    candidates += [Path(f).expanduser() for f in earlier if f]
    unique: dict[Path, Path] = {}
    for folder in candidates:
        unique.setdefault(folder.resolve(), folder)
    return list(unique.values())


def set_backup_folder(settings: Settings, folder: str) -> None:
    """Store the backup folder ('' = next to the book); the folder it replaces is remembered.

    Nothing is moved: the copies already made stay where they are, and `backup_folders`
    keeps listing that folder (at most EARLIER_KEPT of them, the most recent first).
    """
    old = str(settings.get("backup_dir")).strip()
    folder = folder.strip()
    if old and old != folder:
        earlier = [f for f in settings.get("backup_dirs_earlier") if f not in (old, folder)]
        settings.set("backup_dirs_earlier", [old, *earlier][:EARLIER_KEPT])
    settings.set("backup_dir", folder)


def list_book_backups(book_path: Path, settings: Settings | None = None) -> list[BackupInfo]:
    """The backups of this book in all of `backup_folders`, newest first, each file once."""
    found: dict[Path, BackupInfo] = {}
    for folder in backup_folders(book_path, settings):
        for info in list_backups(folder, Path(book_path).stem):
            found.setdefault(info.path.resolve(), info)
    return sorted(found.values(), key=lambda i: (i.made_at, i.path.name), reverse=True)


def _info(path: Path) -> BackupInfo | None:
    if path.name.startswith(".") or path.suffix != ".db" or not path.is_file():
        return None
    for kind, pattern in ((AUTO, _AUTO_NAME), (BEFORE_UPDATE, _UPDATE_NAME)):
        match = pattern.match(path.name)
        if match:
            made = dt.datetime.strptime(match.group("stamp"), _STAMP)
            return BackupInfo(path, made, kind, path.stat().st_size, match.group("stem"))
    made = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, made, OTHER, path.stat().st_size, None)


def list_backups(folder: Path, book_stem: str | None = None) -> list[BackupInfo]:
    """Complete backup files in `folder`, newest first (temp files are never listed).

    With `book_stem`, only the backups named after that book, plus hand-made ones whose name
    does not tell which book they belong to.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := _info(p)) is not None]
    if book_stem is not None:
        found = [i for i in found if i.book_stem in (book_stem, None)]
    return sorted(found, key=lambda i: (i.made_at, i.path.name), reverse=True)


# ----- making and rotating --------------------------------------------------------------------


def auto_backup(
    cb: Casebook,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    *,
    closing: bool = False,
) -> Path | None:
    """Make today's automatic backup if there is none yet; return its path, or None if skipped.

    The app calls this periodically while the book is open and with `closing=True` when it
    closes: then today's copy is refreshed, so the day's last state is kept (rotation still
    keeps one per day). Raises DiskFull when the folder has no room; the book is untouched.
    """
    book = cb.book
    folder = Path(folder) if folder is not None else backup_folder(book.path)
    now = now or dt.datetime.now()
    stem = book.path.stem
    try:
        private_dir(folder)
        _remove_stale_temps(folder, stem)
        autos = [b for b in list_backups(folder, stem) if b.kind == AUTO]
        if not closing and any(b.made_at.date() == now.date() for b in autos):
            return None
        target = folder / f"{stem}-auto-{now.strftime(_STAMP)}.db"
        if target.exists():
            return None
        book.backup_to(target)
        rotate(folder, stem, now)
    except OSError as exc:
        if is_disk_full(exc, folder):
            raise DiskFull(str(folder)) from exc
        raise
    return target


def _remove_stale_temps(folder: Path, stem: str) -> None:
    """Temps of our automatic backups left by a killed process (we hold the book's lock)."""
    for stale in folder.glob(f".{stem}-auto-*.tmp*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def plan_rotation(made: list[dt.datetime]) -> set[dt.datetime]:
    """Which of these automatic backup times to keep: newest per day (7 days), per week (4)."""
    keep: set[dt.datetime] = set()
    days: dict[dt.date, dt.datetime] = {}
    weeks: dict[tuple[int, int], dt.datetime] = {}
    for when in sorted(made, reverse=True):
        days.setdefault(when.date(), when)
        iso = when.isocalendar()
        weeks.setdefault((iso.year, iso.week), when)
    keep.update(sorted(days.values(), reverse=True)[:KEEP_DAILY])
    keep.update(sorted(weeks.values(), reverse=True)[:KEEP_WEEKLY])
    return keep


def rotate(folder: Path, book_stem: str, now: dt.datetime | None = None) -> list[Path]:
    """Remove automatic backups that fall outside the rotation; return what was removed.

    Backups dated after `now` (a clock that was set back) are kept and never counted out.
    """
    now = now or dt.datetime.now()
    autos = [b for b in list_backups(folder, book_stem) if b.kind == AUTO]
    keep = plan_rotation([b.made_at for b in autos if b.made_at <= now])
    removed = []
    for info in autos:
        if info.made_at <= now and info.made_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
            removed.append(info.path)
    return removed


# ----- reading and restoring ------------------------------------------------------------------


@contextlib.contextmanager
def _staged_copy(
    source: Path, folder: Path | None = None, header: bytes | None = None
) -> Iterator[Path]:
    """A private copy of `source` to open (opening may add files or migrate; never the backup).

    With `header`, the copy gets those 16 bytes as its key header, and the source's `-wal`
    (committed work not yet folded into the file) is copied along.
    """
    with tempfile.TemporaryDirectory(prefix=".dorpsboek-staging-", dir=folder) as tmp:
        staged = Path(tmp) / "boek.db"
        try:
            create_private(staged)  # copyfile keeps the mode of the file it writes into
            shutil.copyfile(source, staged)
            if header is not None:
                with open(staged, "r+b") as fh:
                    fh.write(header)
                wal = Path(f"{source}-wal")
                if wal.exists():
                    create_private(Path(f"{staged}-wal"))
                    shutil.copyfile(wal, Path(f"{staged}-wal"))
            fsync_file(staged)
        except OSError as exc:
            if is_disk_full(exc, staged.parent):
                raise DiskFull(str(staged.parent)) from exc
            raise
        yield staged


def _check_open(path: Path, passphrase: str, *, check: bool = True) -> dict[str, int]:
    """Open, fully verify (unless `check` is False) and count; WrongPassphrase or DamagedFile."""
    with Book.open(path, passphrase) as book:
        report = book.verify() if check else None
        if report is not None and not report.ok:
            raise DamagedFile("; ".join(report.problems[:3]))
        return Casebook(book, actor="-").stats()


def _made_at(path: Path) -> dt.datetime:
    info = _info(path)
    return info.made_at if info else dt.datetime.fromtimestamp(path.stat().st_mtime)


def inspect_backup(path: Path, passphrase: str, *, check: bool = True) -> BackupContents:
    """Counts per kind in a backup, after a full check. The backup file itself is not touched.

    The full check reads every page (about 8 s for a 100 MiB village-scale book on a busy
    2-core machine); `check=False` only opens and counts (a fraction of a second), for a
    list on screen. Restore and rescue always check fully. Raises WrongPassphrase (made
    under another passphrase) or DamagedFile.
    """
    path = Path(path)
    made = _made_at(path)
    with _staged_copy(path) as staged:
        counts = _check_open(staged, passphrase, check=check)
    return BackupContents(path, made, counts)


def restore_backup(backup: Path, into: Path, passphrase: str) -> BackupContents:
    """Check a backup and put it at `into` as a new book (never over an existing file)."""
    backup, into = Path(backup), Path(into)
    if into.exists():
        raise BookExists(str(into))
    if not backup.is_file():
        raise BookNotFound(str(backup))
    made = _made_at(backup)
    private_dir(into.parent)
    with _staged_copy(backup, into.parent) as staged:
        counts = _check_open(staged, passphrase)  # also migrates the copy if the backup is older
        if into.exists():
            raise BookExists(str(into))
        os.replace(staged, into)
        fsync_dir(into.parent)
    return BackupContents(into, made, counts)


# ----- rescuing a damaged book ----------------------------------------------------------------


def find_rescue(book_path: Path, passphrase: str, folder: Path | None = None) -> RescueOffer:
    """The best rescue for a damaged book with `passphrase`; changes nothing.

    First: is only the key header damaged (a backup with the same salt opens with this
    passphrase and its key verifies the book's pages)? Then repair the header and keep
    everything. Otherwise: the newest backup that opens and passes verify. Without `folder`,
    all of `backup_folders` are searched.
    Raises NotDamaged when the book opens and verifies; WrongPassphrase or NewerFormat when
    that is what the book says and its header is not the cause; BookInUse when it is open
    elsewhere; NoGoodBackup when no backup passes.
    """
    book_path = Path(book_path)
    error = _damage(book_path, passphrase)
    if folder is not None:
        candidates = list_backups(Path(folder), book_path.stem)
    else:  # every folder that may hold its backups (see backup_folders)
        candidates = list_book_backups(book_path)
        folder = backup_folder(book_path)
    repair, header_damaged = _header_repair(book_path, passphrase, candidates)
    if repair is not None:
        return repair
    if not isinstance(error, DamagedFile) and not header_damaged:
        raise error
    skipped: list[Path] = []
    for info in candidates:
        try:
            contents = inspect_backup(info.path, passphrase)
        except DiskFull:
            raise
        except (DorpsboekError, OSError):
            skipped.append(info.path)
            continue
        return RescueOffer(book_path, contents, skipped)
    raise NoGoodBackup(str(folder))


def _damage(book_path: Path, passphrase: str) -> DorpsboekError:
    """Why the book cannot be used; raises NotDamaged when it opens and passes verify."""
    try:
        with Book.open(book_path, passphrase) as book:
            healthy = book.verify().ok
    except (DamagedFile, WrongPassphrase, NewerFormat) as exc:
        return exc
    if healthy:
        raise NotDamaged(str(book_path))
    return DamagedFile("verify")


def _header_repair(
    book_path: Path, passphrase: str, candidates: list[BackupInfo]
) -> tuple[RescueOffer | None, bool]:
    """A header repair offer if that alone fixes the book; and whether the header is damaged."""
    current = _head(book_path)
    tried: set[bytes] = set()
    for info in candidates:
        try:
            head = _head(info.path)
            header = KeyHeader.parse(head)
        except (DorpsboekError, OSError):
            continue
        if head == current or head in tried:
            continue
        tried.add(head)
        # Pages are signed without the header, so the right key verifies them whatever
        # happened to the header's bytes.
        if not key_matches_any_page(book_path, header.derive_key(passphrase), header.salt):
            continue
        try:
            with _staged_copy(book_path, header=head) as staged:
                counts = _check_open(staged, passphrase)
        except DiskFull:
            raise
        except DorpsboekError:
            return None, True  # more than the header is damaged: a backup must do
        contents = BackupContents(info.path, info.made_at, counts)
        return RescueOffer(book_path, contents, method=REPAIR_HEADER, header=head), True
    return None, False


def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(HEADER_SIZE)


def apply_rescue(
    offer: RescueOffer, passphrase: str, now: dt.datetime | None = None
) -> RescueOffer:
    """Move the damaged book aside (kept, never deleted) and put the rescued one in place.

    Holds the book's lock while swapping, so no other Dorpsboek opens it meanwhile. The
    replacement is copied and verified first: when that fails (disk full, damaged), nothing
    has moved.
    """
    book_path = offer.book
    _damage(book_path, passphrase)
    source = book_path if offer.method == REPAIR_HEADER else offer.backup.path
    lock = BookLock(book_path)
    lock.acquire()
    try:
        with _staged_copy(source, book_path.parent, header=offer.header) as staged:
            _check_open(staged, passphrase)
            kept = _move_aside(book_path, now or dt.datetime.now())
            os.replace(staged, book_path)
            fsync_dir(book_path.parent)
    finally:
        lock.release()
    return replace(offer, kept_as=kept)


def rescue(
    book_path: Path, passphrase: str, folder: Path | None = None, now: dt.datetime | None = None
) -> RescueOffer:
    """Find the newest good backup of a damaged book and put it in place (see apply_rescue)."""
    return apply_rescue(find_rescue(book_path, passphrase, folder), passphrase, now)


def _move_aside(book_path: Path, now: dt.datetime) -> Path:
    """Rename the damaged book and its journal files to `<stem>.beschadigd-<time>.db[...]`."""
    base = f"{book_path.stem}.beschadigd-{now.strftime(_STAMP)}"
    n = 0
    kept = book_path.with_name(f"{base}{book_path.suffix}")
    while any(Path(f"{kept}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        kept = book_path.with_name(f"{base}-{n}{book_path.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{book_path}{suffix}")
        if companion.exists():
            # A journal left beside the backup would be replayed into it: keep it with the
            # damaged book instead.
            os.rename(companion, Path(f"{kept}{suffix}"))
    os.rename(book_path, kept)
    return kept
