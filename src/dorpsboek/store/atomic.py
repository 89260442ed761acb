"""Atomic file replacement: temp name in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from dorpsboek.errors import DiskFull


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


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    text = str(exc).lower()
    return "database or disk is full" in text or "disk i/o error" in text


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces `target` in one step."""
    tmp = temp_path_for(target)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if is_disk_full(exc):
            raise DiskFull(str(target)) from exc
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with replacing(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
