"""Samenwerken for the desktop app (beside handover/actions.py for the one-off handover): the
team's state, and what she does with it (start a team, invite, share changes, fetch changes,
decide conflicts). The CLI's `team` commands call the same handover.team functions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dorpsboek.handover import export
from dorpsboek.handover import passphrase as bundle_passphrase
from dorpsboek.handover.merge import Key, MergeReport
from dorpsboek.handover.team import exchange, package, setup
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import team as team_store


@dataclass(frozen=True)
class Member:
    name: str
    last_read_at: str | None
    last_in: int


@dataclass(frozen=True)
class TeamStatus:
    name: str
    member_name: str
    members: tuple[Member, ...]


def status(cb: Casebook) -> TeamStatus | None:
    found, members = team_store.status_in(cb.book)
    if found is None:
        return None
    return TeamStatus(
        name=str(found.get("name") or ""),
        member_name=str(found.get("member_name") or ""),
        members=tuple(
            Member(str(m["name"] or ""), m["last_read_at"], int(m["last_in"] or 0)) for m in members
        ),
    )


def start(cb: Casebook, name: str, member_name: str) -> None:
    setup.create(cb.book, name, member_name)


def invite(cb: Casebook, target: Path, passphrase: str) -> None:
    """An invitation for a colleague, encrypted with a passphrase she tells the colleague."""
    bundle_passphrase.check_bundle_passphrase(passphrase)
    export.write_bundle(target, setup.invite(cb.book, passphrase=passphrase))


def share(cb: Casebook, target: Path, *, full: bool = False) -> int:
    """Wijzigingen delen: her package for the team (what the others may not have yet, or
    everything when `full`); how many records it holds."""
    written = package.write(cb.book, full=full)
    export.write_bundle(target, written.data)
    return written.records


def fetch(
    cb: Casebook, source: Path, decisions: Mapping[Key, str] | None = None, preview: bool = False
) -> MergeReport:
    """Wijzigingen ophalen: a colleague's package read in (or only previewed, to decide
    conflicts first). Reading the same package twice changes nothing."""
    bundle = package.read(cb.book, Path(source).read_bytes())
    return exchange.apply(
        cb.book, bundle, decisions=dict(decisions or {}), actor=cb.actor, dry_run=preview
    )
