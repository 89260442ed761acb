"""Atomic file replacement: temp name in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from dorpsboek.errors import DiskFull, NotARegularFile

# Only she may read what the app writes (POSIX; on Windows the user's profile folder already
# keeps others out): files 0600, folders that the app itself creates 0700.
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path) -> None:
    if os.name != "nt":
        os.chmod(path, PRIVATE_FILE)


def create_private(path: Path) -> None:
    """A new empty file only its owner can read; SQLite and Qt then write into it and keep
    the mode (SQLite also gives the `-wal` and `-shm` the database file's mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)
    make_private(path)  # a umask can only take bits away; this makes it 0600 exactly


def private_dir(folder: Path) -> None:
    """`mkdir -p`, each folder created here 0700; folders that already exist are hers to set."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        for created in missing:
            os.chmod(created, PRIVATE_DIR)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a directory for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


LOW_SPACE_BYTES = 1 << 20  # below this, a write failure is a full disk


def is_disk_full(exc: BaseException, where: os.PathLike[str] | str | None = None) -> bool:
    """True when `exc` means there was no room to write.

    SQLite says "database or disk is full" for SQLITE_FULL, but a failed write of the log can
    surface as a plain "disk I/O error", which also means a broken stick or a bad sector. That
    one counts as a full disk only if the folder `where` it wrote to has (almost) no room left.
    """
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    text = str(exc).lower()
    if "database or disk is full" in text:
        return True
    if "disk i/o error" in text and where is not None:
        return _little_room(Path(where))
    return False


def _little_room(where: Path) -> bool:
    """(Almost) no free space in the folder, or a limit on file size for this process (a
    quota: files may not grow, which SQLite also reports as an I/O error)."""
    if _file_size_limited():
        return True
    folder = where if where.is_dir() else where.parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _file_size_limited() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no such limits
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


def check_replaceable(target: Path) -> None:
    """Only a regular file (or nothing) may be replaced: renaming over /dev/null or a folder
    would destroy it (a device node replaced by a file breaks the whole machine)."""
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise NotARegularFile(str(target))


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces `target` in one step."""
    check_replaceable(target)
    tmp = temp_path_for(target)
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()  # left by an earlier process with this pid
        create_private(tmp)
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if is_disk_full(exc, target.parent):
            raise DiskFull(str(target)) from exc
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with replacing(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
