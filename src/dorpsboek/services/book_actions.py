"""What the Boek menu does to the open book: a backup now, a new passphrase."""

from __future__ import annotations

from pathlib import Path

from dorpsboek.domain.passphrase import MIN_LENGTH, estimate
from dorpsboek.errors import UsageError, WeakPassphrase, WrongPassphrase
from dorpsboek.services import backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings


def backup_now(cb: Casebook, settings: Settings | None = None) -> Path:
    """Today's backup made (or refreshed) now, in her backup folder; its path."""
    folder = backups.backup_folder(cb.book.path, settings)
    made = backups.auto_backup(cb, folder, closing=True)
    if made is None:  # a copy of this very second exists already
        found = backups.list_book_backups(cb.book.path, settings)
        if not found:
            raise UsageError("backup")
        return found[0].path
    return made


def change_passphrase(cb: Casebook, current: str, new: str, repeated: str) -> None:
    """Re-key the book; nothing changes unless the current one is right and the new one good."""
    if not cb.passphrase_matches(current):
        raise WrongPassphrase()
    if not estimate(new).acceptable:
        raise WeakPassphrase(str(MIN_LENGTH))
    if new != repeated:
        raise UsageError("same_passphrase")
    cb.book.change_passphrase(new)
