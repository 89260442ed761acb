"""Getting passphrases the contract's way: file option, environment, terminal prompt, or exit 2."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from dorpsboek.cli.messages import language
from dorpsboek.errors import PassphraseMissing, WeakPassphrase

MIN_LENGTH = 8


@dataclass(frozen=True)
class Source:
    """Where one kind of passphrase may come from."""

    option: str  # e.g. --passphrase-file
    env: str
    prompt_nl: str
    prompt_en: str

    @property
    def prompt(self) -> str:
        return self.prompt_en if language() == "en" else self.prompt_nl


BOOK = Source(
    "--passphrase-file", "DORPSBOEK_PASSPHRASE", "Wachtwoord van het boek: ", "Book passphrase: "
)
NEW = Source(
    "--new-passphrase-file", "DORPSBOEK_NEW_PASSPHRASE", "Nieuw wachtwoord: ", "New passphrase: "
)
BUNDLE = Source(
    "--bundle-passphrase-file",
    "DORPSBOEK_BUNDLE_PASSPHRASE",
    "Wachtwoord van het pakket: ",
    "Bundle passphrase: ",
)
_DETAIL = {
    "nl": ("geef {option} of zet {env}", "de twee keer getypte wachtwoorden zijn niet gelijk"),
    "en": ("give {option} or set {env}", "the two passphrases typed do not match"),
}
_AGAIN = {"nl": "Nog een keer: ", "en": "Once more: "}


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
        first = getpass.getpass(source.prompt)
        if confirm and getpass.getpass(_AGAIN[language()]) != first:
            raise PassphraseMissing(_DETAIL[language()][1])
        return first
    raise PassphraseMissing(_DETAIL[language()][0].format(option=source.option, env=source.env))


def check_new(passphrase: str) -> str:
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(str(MIN_LENGTH))
    return passphrase
