"""`dorpsboek activity` (work not about one resident) and `dorpsboek resident set`."""

from __future__ import annotations

import argparse
from typing import Any

from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.messages import say
from dorpsboek.domain.activities import ACTIVITY_KINDS
from dorpsboek.domain.dates import parse_date
from dorpsboek.errors import UnknownResident, UsageError
from dorpsboek.services import activities, contact, people
from dorpsboek.services.casebook import Casebook


def register(sub: Any) -> None:
    p = sub.add_parser("activity", help="schrijf werk op dat niet over één inwoner gaat")
    p.add_argument("text")
    p.add_argument("--kind", default="", choices=["", *ACTIVITY_KINDS])
    p.add_argument("--date")
    p.add_argument("--minutes", type=int)
    p.add_argument("--with", dest="with_", action="append", default=[], metavar="NAME")
    p.add_argument("--kern", default="")
    p.set_defaults(func=cmd_activity)
    resident = sub.add_parser("resident", help="gegevens van een inwoner")
    verbs = resident.add_subparsers(dest="resident_command", required=True)
    add_resident_set(verbs.add_parser("set", help="kern en contactritme van een inwoner"))


def add_resident_set(p: argparse.ArgumentParser) -> None:
    """`resident set NAME [--kern KERN] [--contact-every DAYS]`."""
    p.add_argument("name")
    p.add_argument("--kern")
    p.add_argument("--contact-every", type=int, metavar="DAYS")
    p.set_defaults(func=cmd_resident_set)


def _date(text: str | None) -> Any:
    try:
        return parse_date(text) if text else None
    except ValueError as exc:
        raise UsageError("--date") from exc


def cmd_activity(args: argparse.Namespace) -> int:
    if args.minutes is not None and args.minutes < 0:
        raise UsageError("--minutes")
    on_date = _date(args.date)
    with open_book(args) as book:
        cb = Casebook(book)
        who = activities.resolve(cb, list(args.with_))
        saved = activities.save(
            cb,
            activities.NewActivity(
                args.text, args.kind, args.minutes, on_date, args.kern, participants=who
            ),
        )
    names = ", ".join(p.name for p in saved.participants) or say("activity_nobody")
    print(say("activity_saved", who=names))
    return 0


def cmd_resident_set(args: argparse.Namespace) -> int:
    if args.contact_every is not None and args.contact_every < 0:
        raise UsageError("--contact-every")
    with open_book(args) as book:
        cb = Casebook(book)
        person_id = cb.find_person_by_name(args.name)
        if person_id is None:
            raise UnknownResident(args.name)
        if args.kern is not None:
            people.set_kern(cb, person_id, args.kern)
        if args.contact_every is not None:
            contact.set_every(cb, person_id, args.contact_every)
    print(say("resident_set", person=args.name))
    return 0
