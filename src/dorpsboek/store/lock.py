"""A single-instance lock per book: an OS lock on a companion `.lock` file.

The OS drops the lock when the holding process dies, so a lock left by a killed process never
blocks the next start (the file may stay; its lock does not). Works on POSIX and Windows.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from dorpsboek.errors import BookInUse

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def lock_path_for(book: Path) -> Path:
    return book.with_name(book.name + ".lock")


class BookLock:
    """Held for as long as a process has the book open."""

    def __init__(self, book: Path) -> None:
        self.path = lock_path_for(book)
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        # Created 0600 like the book beside it; kept open while the lock is held.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        fh = os.fdopen(fd, "a+b")
        if not _try_lock(fh):
            fh.close()
            raise BookInUse(str(self.path))
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing drops the OS lock
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None
