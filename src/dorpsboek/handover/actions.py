"""Handover actions for both faces: one call per user action on the open `Casebook`.

Qt-free; the windows run these in a worker thread (scrypt and Argon2id take a second or more),
and the command line calls the same functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dorpsboek.errors import UsageError
from dorpsboek.handover import (
    archive,
    crypto,
    drill,
    emergency,
    export,
    handback,
    merge,
    owner,
    retire,
)
from dorpsboek.handover import open as opening
from dorpsboek.handover.archive import Bundle
from dorpsboek.handover.team import package as team_package
from dorpsboek.handover.team import setup as team_setup
from dorpsboek.services import emergency_drill
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings

PASSPHRASE, KEY = "passphrase", "key"


def how_to_open(path: Path) -> str:
    """`passphrase` for a handover bundle, `key` for an emergency bundle (or NotABundle)."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    return PASSPHRASE if crypto.recipient_type(head) == "scrypt" else KEY


HANDOVER, RETURN, EMERGENCY = "handover", "return", "emergency"


def package_kind(path: Path) -> str:
    """What a double-clicked package is, from its age header and name, without opening it.

    A handover package is sealed with a passphrase; a return package and an emergency
    bundle are sealed to a key, and only the emergency bundle carries the `.age` name its
    kit gives it. NotABundle (or DamagedFile) for anything else.
    """
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if crypto.recipient_type(head) == "scrypt":
        return HANDOVER
    return EMERGENCY if Path(path).suffix == ".age" else RETURN


def read_bundle(
    path: Path, *, passphrase: str = "", key: str = "", shares: list[str] | None = None
) -> Bundle:
    """Decrypt and check a bundle: with its passphrase, the noodblad key, or trustees' shares."""
    data = Path(path).read_bytes()
    if crypto.recipient_type(data) == "scrypt":
        # One decryption (scrypt is slow on purpose), then what kind of package it is: a
        # colleague's handover, or an invitation into a team (Samenwerken).
        bundle = archive.read(crypto.decrypt_passphrase(data, passphrase))
        if team_setup.is_invite(bundle):
            return team_setup.checked_invite(bundle)
        return opening.checked(bundle)
    if shares:
        sealed_file = Path(path).with_name(emergency.SEALED_NAME)
        if not sealed_file.is_file():
            raise UsageError(emergency.SEALED_NAME)
        key = emergency.identity_from_shares(shares, sealed_file.read_text(encoding="utf-8"))
    return emergency.read_bundle(data, key)


def open_bundle(
    bundle: Bundle,
    target: Path,
    new_passphrase: str,
    actor: str = "",
    source: Path | None = None,
) -> Path:
    if team_setup.is_invite(bundle):
        return team_setup.join(bundle, target, new_passphrase, member_name=actor)
    return opening.open_into(bundle, target, new_passphrase, actor=actor or None, source=source)


def invitation_team(bundle: Bundle) -> tuple[str, str] | None:
    """(team name, who invited) for an invitation; None for a handover package."""
    if not team_setup.is_invite(bundle):
        return None
    info = team_package.info(bundle)
    return str(info.get("team_name") or ""), str(bundle.manifest.get("created_by") or "")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    owner: str


def export_to(
    casebook: Casebook, target: Path, passphrase: str, options: export.ExportOptions
) -> ExportResult:
    book = casebook.book
    data = export.export_handover(book, passphrase, options)
    export.write_bundle(target, data)
    return ExportResult(target, export.counts(export.collect(book, options.scope, options.period)),
                        options.owner or export.owner_name(book))  # fmt: skip


def draft_letter(
    casebook: Casebook,
    scope: str,
    free_text: str = "",
    expected: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> str:
    return export.draft_letter(casebook.book, scope, free_text, expected, period=period)


def write_return(casebook: Casebook, target: Path) -> Path:
    handback.write_return(casebook.book, target)
    return target


def read_return(casebook: Casebook, path: Path) -> merge.ReturnBundle:
    return merge.read_return(casebook.book, Path(path).read_bytes())


def apply_merge(
    casebook: Casebook,
    ret: merge.ReturnBundle,
    decisions: dict[tuple[str, str], str] | None = None,
    deletions: list[tuple[str, str]] | None = None,
) -> merge.MergeReport:
    return merge.merge(
        casebook.book,
        ret,
        decisions=decisions or {},
        confirm_deletions=deletions or [],
        actor=casebook.actor,
    )


def emergency_status(casebook: Casebook) -> emergency.KitStatus | None:
    return emergency.status(casebook.book)


def emergency_setup(casebook: Casebook, shares: int = 0, threshold: int = 0) -> emergency.KitSetup:
    return emergency.setup(casebook.book, shares=shares, threshold=threshold)


def emergency_refresh(casebook: Casebook, folder: str | Path) -> Path:
    return emergency.refresh(casebook.book, folder)


def emergency_refresh_if_due(casebook: Casebook, folder: str) -> bool:
    """On closing the book: renew the emergency bundle once a day at most."""
    return emergency.refresh_if_due(casebook.book, folder)


def erase_plan(casebook: Casebook, settings: Settings | None = None) -> retire.ErasePlan:
    """What ending a takeover would erase, and whether it may (Overdracht)."""
    return retire.plan(casebook.book, settings)


def emergency_test(casebook: Casebook, folder: str | Path, secret: str) -> drill.DrillResult:
    """The drill (Overdracht > Noodpakket testen, `dorpsboek emergency test`)."""
    return drill.run(casebook.book, folder, secret)


def emergency_secret_from_shares(folder: str, words: list[str]) -> str:
    """The key from trustees' word shares and the sealed key next to the bundle."""
    sealed_path = drill.bundle_path(folder).with_name(emergency.SEALED_NAME)
    try:
        sealed = sealed_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise drill.NoBundle(str(sealed_path)) from exc
    return emergency.identity_from_shares(words, sealed)


def shares_needed(words: str) -> int:
    return crypto.shares_needed(words)


def emergency_tested_on(casebook: Casebook) -> dt.date | None:
    return emergency_drill.last_test(casebook)


def emergency_test_due(casebook: Casebook) -> bool:
    return emergency_drill.emergency_test_due(casebook)


def owner_name(casebook: Casebook) -> str:
    return export.owner_name(casebook.book)


def stored_owner(casebook: Casebook) -> str:
    """Her remembered name for the wizard's "Uw naam", or "" (never the login name)."""
    return owner.stored_owner_name(casebook.book)


def remember_owner(casebook: Casebook, name: str) -> str:
    """Keep her name in the book for the next handover and the emergency kit."""
    return owner.remember_owner_name(casebook.book, name)
