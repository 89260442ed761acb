"""`dorpsboek emergency setup|refresh|status|open`: the emergency kit."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.cmd_handover import (
    guarded,
    new_book_passphrase,
    passphrase_options,
    print_summary,
)
from dorpsboek.cli.handover_messages import hsay
from dorpsboek.cli.messages import counts_text
from dorpsboek.domain.dates import format_date
from dorpsboek.errors import BookExists, DorpsboekError, UsageError
from dorpsboek.handover import actions, drill, emergency, owner
from dorpsboek.handover import open as opening
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings

KEY_ENV = "DORPSBOEK_EMERGENCY_KEY"


class KitExists(DorpsboekError):
    key = "kit_exists"


class KeyMissing(DorpsboekError):
    exit_code = 2
    key = "key_missing"


def register(sub: Any) -> None:
    top = sub.add_parser("emergency", help="het noodpakket")
    es = top.add_subparsers(dest="emergency_command", required=True)
    p = es.add_parser("setup", help="maak de noodsleutel en het noodblad")
    p.add_argument("-o", "--output", type=Path, help="waar het noodblad (PDF) komt")
    p.add_argument("--dir", help="map voor het noodpakket (bijvoorbeeld een USB-stick)")
    p.add_argument("--shares", type=int, default=0, help="verdeel over zoveel personen")
    p.add_argument("--threshold", type=int, default=2, help="zoveel delen zijn nodig")
    p.add_argument("--replace", action="store_true", help="vervang een bestaande noodsleutel")
    p.add_argument("--owner", help="uw naam op het noodblad (Dorpsboek onthoudt hem)")
    p.set_defaults(func=guarded(cmd_setup))
    p = es.add_parser("refresh", help="werk het noodpakket nu bij")
    p.add_argument("--dir", help="map voor het noodpakket")
    p.set_defaults(func=guarded(cmd_refresh))
    p = es.add_parser("status", help="hoe oud is het noodpakket")
    p.set_defaults(func=guarded(cmd_status))
    p = es.add_parser("open", help="maak een nieuw boek uit het noodpakket")
    p.add_argument("file", type=Path)
    p.add_argument("--into", required=True, type=Path)
    p.add_argument("--key-file", type=Path, help="bestand met de sleutel (AGE-SECRET-KEY-1...)")
    p.add_argument("--shares-file", type=Path, help="bestand met de woorddelen, één per regel")
    p.add_argument("--sealed-file", type=Path, help="de versleutelde sleutel naast het pakket")
    p.add_argument("--actor", help="uw naam (voor het logboek)")
    passphrase_options(p, "--new-passphrase-file")
    p.set_defaults(func=guarded(cmd_open))
    p = es.add_parser("test", help="test of de sleutel het noodpakket nog opent")
    p.add_argument("--dir", help="map met het noodpakket (anders de ingestelde map)")
    p.add_argument("--key-file", type=Path, help="bestand met de sleutel (AGE-SECRET-KEY-1...)")
    p.add_argument("--shares-file", type=Path, help="bestand met de woorddelen, één per regel")
    p.add_argument("--sealed-file", type=Path, help="de versleutelde sleutel naast het pakket")
    p.set_defaults(func=guarded(cmd_test))


def _folder(args: argparse.Namespace) -> str:
    settings = Settings()
    if args.dir:
        folder = str(Path(args.dir).resolve())
        settings.set("emergency_dir", folder)
        return folder
    return str(settings.get("emergency_dir"))


def cmd_setup(args: argparse.Namespace) -> int:
    from dorpsboek.printing.handover_pdf import NoodbladInfo, write_noodblad

    name = owner.clean_owner_name(args.owner) if args.owner is not None else None
    with open_book(args) as book:
        cb = Casebook(book)
        if actions.emergency_status(cb) is not None and not args.replace:
            raise KitExists()
        target = args.output or book.path.with_name("noodblad.pdf")
        if target.exists():
            raise BookExists(str(target))
        if name is not None:
            actions.remember_owner(cb, name)
        guessed = name is None and not actions.stored_owner(cb)
        kit = actions.emergency_setup(cb, shares=args.shares, threshold=args.threshold)
        folder = _folder(args)
        info = NoodbladInfo(
            owner=actions.owner_name(cb),
            secret="" if kit.shares else kit.secret,
            shares=tuple(kit.shares),
            threshold=kit.threshold,
            folder=folder,
        )
        write_noodblad(target, info)
        print(hsay("kit_made", path=target))
        if guessed:  # the login name stands in: tell her how to put her own name on it
            print(hsay("owner_guessed", name=info.owner))
        if kit.shares:
            print(hsay("kit_shares", n=len(kit.shares), k=kit.threshold))
        if folder:
            print(hsay("refreshed", path=actions.emergency_refresh(cb, folder)))
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        path = actions.emergency_refresh(Casebook(book), _folder(args))
    print(hsay("refreshed", path=path))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        cb = Casebook(book)
        state = actions.emergency_status(cb)
        tested = actions.emergency_tested_on(cb)
    if state is None:
        raise emergency.NoEmergencyKit()
    if state.last_refresh_at:
        print(hsay("kit_status", when=format_date(state.last_refresh_at)))
    else:
        print(hsay("kit_never"))
    if state.last_error:
        print(hsay("kit_error"))
    if tested is not None:
        print(hsay("kit_tested", when=format_date(tested.isoformat())))
    else:
        print(hsay("kit_untested"))
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    """The drill: open the current bundle in a throw-away folder, check, erase, record."""
    with open_book(args) as book:
        folder = Path(args.dir).resolve() if args.dir else Settings().get("emergency_dir")
        args.file = drill.bundle_path(folder)  # where --shares-file finds the sealed key
        result = actions.emergency_test(Casebook(book), folder, _secret(args))
    print(hsay("drill_ok", date=format_date(result.bundle_created_at[:10]),
               counts=counts_text(result.counts)))  # fmt: skip
    if result.behind:
        print(hsay("drill_behind"))
    return 0


def _secret(args: argparse.Namespace) -> str:
    if args.shares_file:
        shares = [
            line.strip()
            for line in args.shares_file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        sealed_path = args.sealed_file or args.file.with_name(emergency.SEALED_NAME)
        try:
            sealed = sealed_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(str(sealed_path)) from exc
        return emergency.identity_from_shares(shares, sealed)
    if args.key_file:
        return str(args.key_file.read_text(encoding="utf-8").strip())
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Sleutel van het noodblad: ")
    raise KeyMissing()


def cmd_open(args: argparse.Namespace) -> int:
    if args.into.exists():
        raise BookExists(str(args.into))
    try:
        data = args.file.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(str(args.file)) from exc
    bundle = emergency.read_bundle(data, _secret(args))
    print_summary(bundle)
    opening.open_into(bundle, args.into, new_book_passphrase(args), actor=args.actor)
    print(hsay("opened", path=args.into))
    return 0
