"""The core commands of the contract: init, passwd, verify, stats, demo-data, note, search,
backup, restore and gui."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dorpsboek.cli import passphrases
from dorpsboek.cli.messages import count_lines, counts_text, say
from dorpsboek.domain.dates import parse_date
from dorpsboek.errors import BookExists, UsageError
from dorpsboek.paths import default_book
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book


def book_path(args: argparse.Namespace) -> Path:
    return Path(args.book) if args.book else default_book()


def open_book(args: argparse.Namespace) -> Book:
    path = book_path(args)
    if not path.is_file():
        # Say "no book" before asking for a passphrase that could not help.
        return Book.open(path, "")
    secret = passphrases.get(passphrases.BOOK, args.passphrase_file)
    return Book.open(path, secret)


def register(sub: Any) -> None:
    sub.add_parser("init", help="maak een nieuw, leeg boek").set_defaults(func=cmd_init)
    sub.add_parser("passwd", help="verander het wachtwoord").set_defaults(func=cmd_passwd)
    sub.add_parser("verify", help="controleer het hele boek").set_defaults(func=cmd_verify)
    p = sub.add_parser("stats", help="aantallen per soort")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser("demo-data", help="vul het boek met verzonnen gegevens")
    for name, default in (
        ("persons", 60),
        ("notes", 300),
        ("organisations", 40),
        ("volunteers", 25),
    ):
        p.add_argument(f"--{name}", type=int, default=default)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo_data)
    p = sub.add_parser("note", help="schrijf een notitie bij een inwoner")
    p.add_argument("person")
    p.add_argument("text")
    p.add_argument("--kind", default="")
    p.add_argument("--date")
    p.add_argument("--minutes", type=int)
    p.set_defaults(func=cmd_note)
    p = sub.add_parser("search", help="zoek in het hele boek")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("backup", help="maak een versleutelde reservekopie")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="zet een reservekopie terug als nieuw boek")
    p.add_argument("file", type=Path)
    p.add_argument("--into", required=True, type=Path)
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("gui", help="start het venster")
    p.add_argument("--demo", action="store_true")
    p.add_argument("file", nargs="?", type=Path, help="een overdrachts- of terugpakket")
    p.set_defaults(func=cmd_gui)


def cmd_init(args: argparse.Namespace) -> int:
    path = book_path(args)
    if path.exists():
        raise BookExists(str(path))
    secret = passphrases.get(passphrases.NEW, args.new_passphrase_file, confirm=True)
    with Book.create(path, passphrases.check_new(secret)):
        pass
    print(say("created", path=path))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        secret = passphrases.get(passphrases.NEW, args.new_passphrase_file, confirm=True)
        book.change_passphrase(passphrases.check_new(secret))
    print(say("passwd_done"))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        report = book.verify()
    if report.ok:
        print(say("verify_ok", checks=", ".join(report.checks)))
        return 0
    print(say("verify_bad", problems="; ".join(report.problems[:5])), file=sys.stderr)
    return 4


def cmd_stats(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        counts = Casebook(book).stats()
    if args.json:
        print(json.dumps(counts))
    else:
        for line in count_lines(counts):
            print(line)
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from dorpsboek.demo.generator import DemoSize, generate

    size = DemoSize(args.persons, args.notes, args.organisations, args.volunteers)
    with open_book(args) as book:
        generate(book, size, seed=args.seed)
        counts = Casebook(book).stats()
    print(say("demo_done", counts=counts_text(counts)))
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    if args.minutes is not None and args.minutes < 0:
        raise UsageError("--minutes")
    try:
        on_date = parse_date(args.date) if args.date else None
    except ValueError as exc:
        raise UsageError("--date") from exc
    with open_book(args) as book:
        Casebook(book).add_note(
            args.text,
            person_name=args.person,
            kind=args.kind,
            on_date=on_date,
            minutes=args.minutes,
        )
    print(say("note_saved", person=args.person))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        hits = Casebook(book).search(args.query, limit=args.limit)
    if args.json:
        payload = {
            "query": args.query,
            "hits": [
                {"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet} for h in hits
            ],
        }
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    if not hits:
        print(say("no_hits"))
    for hit in hits:
        print(f"[{hit.kind}] {hit.title}: {hit.snippet}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        book.backup_to(args.output)
    print(say("backup_done", path=args.output))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Check the backup opens and is whole, then put it at a new place (never over a book)."""
    from dorpsboek.services.backups import restore_backup

    target: Path = args.into
    if target.exists():
        raise BookExists(str(target))
    secret = passphrases.get(passphrases.BOOK, args.passphrase_file)
    restore_backup(args.file, target, secret)
    print(say("restore_done", path=target))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from dorpsboek.ui.app import run
    except ImportError:
        print(say("gui_missing", path=book_path(args)))
        return 0
    demo, package = bool(getattr(args, "demo", False)), getattr(args, "file", None)
    return int(run(book=book_path(args), demo=demo, package=package))
