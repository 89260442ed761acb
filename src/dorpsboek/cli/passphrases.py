"""Getting passphrases the contract's way: file option, environment, terminal prompt, or exit 2."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from dorpsboek.errors import PassphraseMissing, WeakPassphrase

MIN_LENGTH = 8


@dataclass(frozen=True)
class Source:
    """Where one kind of passphrase may come from."""

    option: str  # e.g. --passphrase-file
    env: str
    prompt_nl: str


BOOK = Source("--passphrase-file", "DORPSBOEK_PASSPHRASE", "Wachtwoord van het boek: ")
NEW = Source("--new-passphrase-file", "DORPSBOEK_NEW_PASSPHRASE", "Nieuw wachtwoord: ")
BUNDLE = Source(
    "--bundle-passphrase-file", "DORPSBOEK_BUNDLE_PASSPHRASE", "Wachtwoord van het pakket: "
)


def _from_file(path: str) -> str:
    # Only the first line counts: editors add a trailing newline that is not part of it.
    text = Path(path).read_text(encoding="utf-8")
    return text.splitlines()[0] if text else ""


def get(source: Source, file_option: str | None, *, confirm: bool = False) -> str:
    if file_option:
        return _from_file(file_option)
    value = os.environ.get(source.env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(source.prompt_nl)
        if confirm and getpass.getpass("Nog een keer: ") != first:
            raise PassphraseMissing("de twee keer getypte wachtwoorden zijn niet gelijk")
        return first
    raise PassphraseMissing(f"geef {source.option} of zet {source.env}")


def check_new(passphrase: str) -> str:
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(str(MIN_LENGTH))
    return passphrase
