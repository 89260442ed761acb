"""`dorpsboek digest` and `dorpsboek team ...`: comparing books and the repeated exchange
between the books of two or three supporters (docs/handover-format.md, section 9)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from dorpsboek.cli import passphrases
from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.cmd_handover import (
    guarded,
    new_book_passphrase,
    passphrase_options,
    print_report,
    report_json,
)
from dorpsboek.cli.team_messages import tsay
from dorpsboek.errors import BookExists, UsageError
from dorpsboek.handover import export, merge, merge_choices
from dorpsboek.handover import passphrase as bundle_passphrase
from dorpsboek.handover.team import actions as team_actions
from dorpsboek.handover.team import exchange, package, setup
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import digest


def register(sub: Any) -> None:
    p = sub.add_parser("digest", help="een vingerafdruk van alle gegevens in het boek")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=guarded(cmd_digest, tsay))
    top = sub.add_parser("team", help="samenwerken met collega's in hetzelfde dorp")
    ts = top.add_subparsers(dest="team_command", required=True)
    p = ts.add_parser("create", help="maak van dit boek een teamboek")
    p.add_argument("--name", default="", help="de naam van het team")
    p.add_argument("--member", default="", help="uw naam in het team")
    p.set_defaults(func=guarded(cmd_create, tsay))
    p = ts.add_parser("invite", help="schrijf een uitnodiging voor een collega")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument(
        "--recipient", help="de sleutel van de collega (age1…) in plaats van een wachtwoord"
    )
    passphrase_options(p, "--bundle-passphrase-file")
    p.set_defaults(func=guarded(cmd_invite, tsay))
    p = ts.add_parser("join", help="maak een nieuw boek uit een uitnodiging")
    p.add_argument("file", type=Path)
    p.add_argument("--into", required=True, type=Path)
    p.add_argument("--member", default="", help="uw naam in het team")
    p.add_argument("--key-file", type=Path, help="uw sleutel, als de uitnodiging daarmee kwam")
    passphrase_options(p, "--bundle-passphrase-file", "--new-passphrase-file")
    p.set_defaults(func=guarded(cmd_join, tsay))
    p = ts.add_parser("write", help="schrijf uw wijzigingen voor het team")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument(
        "--full", action="store_true", help="alle gegevens, niet alleen wat de anderen missen"
    )
    p.set_defaults(func=guarded(cmd_write, tsay))
    p = ts.add_parser("read", help="haal de wijzigingen van een collega op")
    p.add_argument("file", type=Path)
    side = p.add_mutually_exclusive_group()
    side.add_argument("--take-theirs", action="store_true")
    side.add_argument("--take-mine", action="store_true")
    p.add_argument("--theirs", action="append", default=[], metavar="ID")
    p.add_argument("--mine", action="append", default=[], metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=guarded(cmd_read, tsay))


def _data(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise UsageError(str(path)) from exc


def cmd_digest(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        value, records = digest.book_digest(book)
    if args.json:
        print(json.dumps({"digest": value, "records": records}))
    else:
        print(tsay("digest", digest=value, records=records))
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        team_actions.start(Casebook(book), args.name, args.member)
    print(tsay("team_created"))
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    if args.output.exists():
        raise BookExists(str(args.output))
    with open_book(args) as book:
        if args.recipient:
            data = setup.invite(book, recipient=args.recipient.strip())
        else:
            secret = passphrases.get(passphrases.BUNDLE, args.bundle_passphrase_file, confirm=True)
            bundle_passphrase.check_bundle_passphrase(secret)
            data = setup.invite(book, passphrase=secret)
    export.write_bundle(args.output, data)
    print(tsay("team_invited", path=args.output))
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    if args.into.exists():
        raise BookExists(str(args.into))
    data = _data(args.file)
    if args.key_file is not None:
        identity = args.key_file.read_text(encoding="utf-8").strip()
        bundle = setup.read_invite(data, identity=identity)
    else:
        secret = passphrases.get(passphrases.BUNDLE, args.bundle_passphrase_file)
        bundle = setup.read_invite(data, passphrase=secret)
    setup.join(bundle, args.into, new_book_passphrase(args), member_name=args.member)
    print(tsay("team_joined", path=args.into))
    return 0


def cmd_write(args: argparse.Namespace) -> int:
    if args.output.exists():
        raise BookExists(str(args.output))
    with open_book(args) as book:
        records = team_actions.share(Casebook(book), args.output, full=args.full)
    print(tsay("team_written", path=args.output, n=records))
    return 0


def cmd_read(args: argparse.Namespace) -> int:
    data = _data(args.file)
    take = merge.THEIRS if args.take_theirs else merge.MINE if args.take_mine else None
    choices = merge_choices.Choices(tuple(args.theirs), tuple(args.mine))
    with open_book(args) as book:
        bundle = package.read(book, data)
        decisions: dict[merge.Key, str] = {}
        if choices:  # every id checked against a preview first: a wrong one changes nothing
            preview = exchange.apply(book, bundle, dry_run=True)
            decisions, _ = merge_choices.resolve(preview, choices)
        report = exchange.apply(
            book, bundle, decisions=decisions, take=take, actor=export.owner_name(book)
        )
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False))
    else:
        print_report(report, say=tsay)
    return 0
