"""The book: one encrypted SQLCipher file, opened with a passphrase through Argon2id.

See docs/book-format.md for the on-disk layout. This class owns the file: creating, opening
(telling a wrong passphrase from a damaged file), migrating, re-keying atomically, verifying
and copying. Reading and writing records happens in the repositories next to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from dorpsboek.atomic import (
    check_replaceable,
    create_private,
    fsync_dir,
    fsync_file,
    is_disk_full,
    make_private,
    private_dir,
    temp_path_for,
)
from dorpsboek.errors import (
    BookExists,
    BookNotFound,
    DamagedFile,
    DiskFull,
    DorpsboekError,
    NewerFormat,
    NotABook,
    WrongPassphrase,
)
from dorpsboek.store import meta, migrations
from dorpsboek.store.connection import DatabaseError, connect
from dorpsboek.store.keyheader import HEADER_SIZE, KdfParams, KeyHeader, default_params
from dorpsboek.store.lock import BookLock
from dorpsboek.store.pagecheck import PAGE_SIZE, key_matches_any_page
from dorpsboek.store.stamps import new_id, now_iso


def backups_dir(path: Path) -> Path:
    """Automatic and pre-migration backups live in a folder next to the book."""
    return path.with_name(f"{path.stem}-backups")


@dataclass
class VerifyReport:
    """What `verify` checked and what it found; `problems` is empty for a healthy book."""

    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Book:
    """An open, unlocked book. Holds the single-instance lock until `close()`."""

    def __init__(self, path: Path, header: KeyHeader, key: bytes, lock: BookLock) -> None:
        self.path = path
        self.header = header
        self._key = key
        self._lock = lock
        self.engine = self._make_engine()
        self.migrated_from: int | None = None

    # ----- opening and creating -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, params: KdfParams | None = None) -> Book:
        path = Path(path)
        if path.exists():
            raise BookExists(str(path))
        private_dir(path.parent)
        lock = BookLock(path)
        lock.acquire()
        try:
            header = KeyHeader.new(params or default_params())
            key = header.derive_key(passphrase)
            tmp = temp_path_for(path)
            _write_new_book(tmp, header, key)
            os.replace(tmp, path)
            fsync_dir(path.parent)
            book = cls._unlocked(path, header, key, lock)
            meta.put(book, "book_id", new_id())
            meta.put(book, "created_at", now_iso())
            return book
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Book:
        path = Path(path)
        if not path.is_file():
            raise BookNotFound(str(path))
        lock = BookLock(path)
        lock.acquire()
        try:
            _tighten(path)
            header = _read_header(path)
            key = header.derive_key(passphrase)
            return cls._unlocked(path, header, key, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _unlocked(cls, path: Path, header: KeyHeader, key: bytes, lock: BookLock) -> Book:
        _remove_stale_temps(path)
        _check_key(path, header, key)
        book = cls(path, header, key, lock)
        try:
            book._migrate()
        except BaseException:
            book.close()
            raise
        return book

    def _make_engine(self) -> Engine:
        # Each pooled connection is keyed with the raw key (no KDF), so worker threads can get
        # their own connection cheaply; WAL lets readers run beside the writer.
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: connect(self.path, self.header, self._key),
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=4,
        )
        event.listen(engine, "handle_error", lambda context: _raise_named(context, self.path))
        return engine

    # ----- schema -----------------------------------------------------------------------------

    def schema_version(self) -> int:
        with self.raw() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, target: int = migrations.LATEST) -> None:
        current = self.schema_version()
        if current > migrations.LATEST:
            raise NewerFormat(f"schema {current}")
        if current >= target:
            return
        if current > 0:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            folder = backups_dir(self.path)
            private_dir(folder)
            self.backup_to(folder / f"{self.path.stem}-voor-update-v{current}-{stamp}.db")
            self.migrated_from = current
        with self.raw() as conn:
            for version, upgrade in migrations.steps(current, target):
                cur = conn.cursor()
                cur.execute("BEGIN IMMEDIATE")
                upgrade(cur)
                cur.execute(f"PRAGMA user_version = {int(version)}")
                conn.commit()

    # ----- connections ------------------------------------------------------------------------

    @contextlib.contextmanager
    def raw(self) -> Iterator[Any]:
        """A pooled DB-API connection, for hot paths where SQLAlchemy's overhead shows."""
        conn = self.engine.raw_connection()
        try:
            yield conn.driver_connection
        except DatabaseError as exc:
            named = named_error(exc, self.path)
            if named is None:
                raise
            raise named from exc
        finally:
            conn.close()

    def passphrase_matches(self, passphrase: str) -> bool:
        """Re-derive the key and compare (for unlocking an auto-locked window; book stays open)."""
        return hmac.compare_digest(self.header.derive_key(passphrase), self._key)

    def close(self) -> None:
        if not self._lock.held:
            return
        with contextlib.suppress(DatabaseError), self.raw() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- whole-file operations --------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, params: KdfParams | None = None) -> None:
        """Re-key by writing a complete new file and renaming it over the old one.

        A crash before the rename leaves the old file (old passphrase) untouched; after it,
        the new file is complete and fsynced. Never neither.
        """
        header = KeyHeader.new(params or default_params())
        key = header.derive_key(new_passphrase)
        tmp = temp_path_for(self.path)
        self._export(tmp, header, key)
        self._quiesce()
        os.replace(tmp, self.path)
        fsync_dir(self.path.parent)
        self.header, self._key = header, key
        self.engine = self._make_engine()

    def backup_to(self, target: Path) -> None:
        """An encrypted copy that opens with the current passphrase; replaced atomically."""
        target = Path(target)
        check_replaceable(target)
        _remove_stale_temps(target)  # left by an earlier backup to this name that was killed
        tmp = temp_path_for(target)
        self._export(tmp, self.header, self._key)
        os.replace(tmp, target)
        fsync_dir(target.parent)

    def _export(self, tmp: Path, header: KeyHeader, key: bytes) -> None:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        try:
            create_private(tmp)  # ATTACH fills an empty file and keeps its mode
            with self.raw() as conn:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(tmp), header.key_spec(key)))
                try:
                    conn.execute("SELECT sqlcipher_export('export')")
                    conn.execute(f"PRAGMA export.user_version = {int(version)}")
                    conn.commit()
                finally:
                    conn.execute("DETACH DATABASE export")
            fsync_file(tmp)
            _check_key(tmp, header, key)
            _set_wal(tmp, header, key)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if is_disk_full(exc, tmp.parent):
                raise DiskFull(str(tmp)) from exc
            raise

    def _quiesce(self) -> None:
        """Fold the WAL into the file and close every connection, so no -wal outlives a swap."""
        with self.raw() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            self.engine = self._make_engine()
            raise DamagedFile("write-ahead log could not be folded in")

    def verify(self) -> VerifyReport:
        report = VerifyReport()
        with self.raw() as conn:
            for name, check in _CHECKS:
                report.checks.append(name)
                try:
                    report.problems.extend(check(conn))
                except DatabaseError as exc:
                    report.problems.append(f"{name}: {exc}")
        return report


def _cipher_check(conn: Any) -> list[str]:
    # A clean book returns zero rows (not "ok"); each row names a page whose HMAC failed.
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]


def _sqlite_check(conn: Any) -> list[str]:
    # One row may hold several problems on separate lines; report them one by one.
    rows = [line for r in conn.execute("PRAGMA integrity_check") for line in str(r[0]).splitlines()]
    return [] if rows == ["ok"] else rows


def _search_check(conn: Any) -> list[str]:
    conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
    return []


_CHECKS = (
    ("cipher_integrity_check", _cipher_check),
    ("integrity_check", _sqlite_check),
    ("search_index", _search_check),
)


def named_error(exc: BaseException, path: Path) -> DorpsboekError | None:
    """The named error for a database failure the user can understand: full disk or damage."""
    if is_disk_full(exc, path.parent):
        return DiskFull(str(path.parent))
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text:
        return DamagedFile("a page does not verify")
    return None


def _raise_named(context: Any, path: Path) -> None:
    # SQLAlchemy's error hook: raising here replaces its wrapped error (the original's text
    # is looked at, never SQLAlchemy's, which quotes the statement's parameters).
    named = named_error(context.original_exception, path)
    if named is not None:
        raise named from context.original_exception


# ----- helpers for opening ------------------------------------------------------------------


def _read_header(path: Path) -> KeyHeader:
    with open(path, "rb") as fh:
        raw = fh.read(HEADER_SIZE)
    size = path.stat().st_size
    if len(raw) < HEADER_SIZE or size < PAGE_SIZE or size % PAGE_SIZE:
        # A book is always whole pages; anything else is truncated or not a book at all.
        raise NotABook("not a whole number of pages")
    return KeyHeader.parse(raw)


def _check_key(path: Path, header: KeyHeader, key: bytes) -> None:
    """Open once and read the schema; sort failures into wrong key vs damaged file."""
    try:
        conn = connect(path, header, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DatabaseError as exc:
        if is_disk_full(exc, path.parent):
            raise DiskFull(str(path)) from exc
        raise _classify(path, header, key) from exc
    if path.stat().st_size % PAGE_SIZE:
        raise DamagedFile("file size is not a whole number of pages")


def _classify(path: Path, header: KeyHeader, key: bytes) -> Exception:
    if path.stat().st_size < PAGE_SIZE or path.stat().st_size % PAGE_SIZE:
        return DamagedFile("truncated")
    if key_matches_any_page(path, key, header.salt):
        return DamagedFile("page 1 does not verify")
    return WrongPassphrase()


def _write_new_book(path: Path, header: KeyHeader, key: bytes) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    create_private(path)  # SQLite takes an empty file as a new database and keeps its mode
    conn = connect(path, header, key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("DROP TABLE meta")  # forces the first page (and salt) to be written
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    fsync_file(path)


def _tighten(path: Path) -> None:
    """A book made before files were private (0644) becomes 0600 when she opens it; on
    read-only media or someone else's file it stays as it is."""
    if os.name == "nt" or not path.stat().st_mode & 0o077:
        return
    with contextlib.suppress(OSError):
        for companion in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            if companion.exists():
                make_private(companion)


def _set_wal(path: Path, header: KeyHeader, key: bytes) -> None:
    conn = connect(path, header, key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _remove_stale_temps(path: Path) -> None:
    """Temp files left by a process killed mid-write are incomplete by definition.

    Also their own journal files (`.tmp-journal`, `.tmp-wal`, `.tmp-shm`).
    """
    for stale in path.parent.glob(f".{path.name}.*.tmp*"):
        with contextlib.suppress(OSError):
            stale.unlink()
