"""Can Dorpsboek write in a folder she picked? Tried for real: a small temp file, then removed."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def is_writable_folder(folder: Path | str) -> bool:
    """True when `folder` exists, is a folder, and a file can be written in it and removed.

    Asking the system for permissions is not enough (a read-only mount, a full or removed
    USB stick, root ignoring modes), so a real file is written and deleted. The folder is
    never created here.
    """
    path = Path(folder).expanduser()
    if not str(folder).strip() or not path.is_dir():
        return False
    try:
        fd, name = tempfile.mkstemp(prefix=".dorpsboek-schrijftest-", dir=path)
    except OSError:
        return False
    try:
        os.write(fd, b"dorpsboek")
        os.fsync(fd)
    except OSError:
        return False
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)
    return True
