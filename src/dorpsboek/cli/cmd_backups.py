"""`dorpsboek backups` (list the automatic and other backups) and `dorpsboek rescue` (put
the best backup in place of a damaged book, keeping the damaged file aside)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from dorpsboek.cli import passphrases
from dorpsboek.cli.cmd_core import book_path
from dorpsboek.cli.messages import language
from dorpsboek.domain.dates import format_date

_NL = {
    "none": "Er zijn nog geen reservekopieën in {folder}.",
    "header": "Reservekopieën in {folder}:",
    "auto": "automatisch",
    "update": "voor een update",
    "other": "met de hand",
    "repaired": "Alleen het begin van het boek was beschadigd; dat is hersteld. "
    "Er is niets verloren ({notes} notities).",
    "restored": "Het boek was beschadigd. De reservekopie van {date} is teruggezet "
    "({notes} notities); wat daarna is geschreven, zit er niet in.",
    "kept": "Het beschadigde bestand is bewaard als {path}.",
}
_EN = {
    "none": "There are no backups in {folder} yet.",
    "header": "Backups in {folder}:",
    "auto": "automatic",
    "update": "before an update",
    "other": "by hand",
    "repaired": "Only the start of the book was damaged; it has been repaired. "
    "Nothing was lost ({notes} notes).",
    "restored": "The book was damaged. The backup of {date} has been put back "
    "({notes} notes); what was written after it is not in it.",
    "kept": "The damaged file was kept as {path}.",
}


def _say(key: str, **values: object) -> str:
    return (_EN if language() == "en" else _NL)[key].format(**values)


def register(sub: Any) -> None:
    p = sub.add_parser("backups", help="toon de reservekopieën van het boek")
    p.add_argument("--folder", type=Path, help="andere map met reservekopieën")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups)
    p = sub.add_parser("rescue", help="zet de beste reservekopie terug voor een beschadigd boek")
    p.add_argument("--folder", type=Path, help="andere map met reservekopieën")
    p.set_defaults(func=cmd_rescue)


def _folder(args: argparse.Namespace) -> Path:
    from dorpsboek.services.backups import backup_folder

    return Path(args.folder) if args.folder else backup_folder(book_path(args))


def cmd_backups(args: argparse.Namespace) -> int:
    from dorpsboek.services.backups import list_backups, list_book_backups

    folder = _folder(args)
    # Without --folder: also the copies left in folders chosen earlier (backup_folders).
    found = list_backups(folder) if args.folder else list_book_backups(book_path(args))
    if args.json:
        rows = [
            {"path": str(b.path), "made_at": b.made_at.isoformat(), "kind": b.kind, "size": b.size}
            for b in found
        ]
        print(json.dumps({"folder": str(folder), "backups": rows}))
        return 0
    if not found:
        print(_say("none", folder=folder))
        return 0
    print(_say("header", folder=folder))
    for b in found:
        when = f"{format_date(b.made_at.isoformat())} {b.made_at:%H:%M}"
        name = b.path.name if b.path.parent == folder else str(b.path)
        print(f"  {when}  {_say(b.kind):<16} {name}")
    return 0


def cmd_rescue(args: argparse.Namespace) -> int:
    from dorpsboek.services.backups import REPAIR_HEADER, rescue

    secret = passphrases.get(passphrases.BOOK, args.passphrase_file)
    done = rescue(book_path(args), secret, folder=args.folder)
    notes = done.backup.counts.get("notes", 0)
    if done.method == REPAIR_HEADER:
        print(_say("repaired", notes=notes))
    else:
        print(_say("restored", date=format_date(done.backup.made_at.isoformat()), notes=notes))
    print(_say("kept", path=done.kept_as))
    return 0
