"""`dorpsboek reminder add PERSON TEXT --on D [--every Nd|Nw|Nm]` and `reminder done ID`."""

from __future__ import annotations

import argparse
from typing import Any

from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.messages import say
from dorpsboek.domain.dates import format_date, parse_date
from dorpsboek.domain.records import Kind
from dorpsboek.errors import UnknownResident, UsageError
from dorpsboek.services import help as help_service
from dorpsboek.services import recurring
from dorpsboek.services.casebook import Casebook


def register(sub: Any) -> None:
    p = sub.add_parser("reminder", help="herinneringen, ook herhalende")
    verbs = p.add_subparsers(dest="reminder_command", required=True)
    add = verbs.add_parser("add", help="een herinnering bij een inwoner ('' voor geen)")
    add.add_argument("person")
    add.add_argument("text")
    add.add_argument("--on", required=True, metavar="DATUM")
    add.add_argument("--every", metavar="Nd|Nw|Nm", help="herhalen: 3d, 2w of 1m")
    add.set_defaults(func=cmd_reminder_add)
    done = verbs.add_parser("done", help="vink een herinnering af")
    done.add_argument("id")
    done.set_defaults(func=cmd_reminder_done)


def cmd_reminder_add(args: argparse.Namespace) -> int:
    try:
        due = parse_date(args.on)
    except ValueError as exc:
        raise UsageError("--on") from exc
    recurring.rule(args.every)  # a bad rule is refused before the book is opened
    with open_book(args) as book:
        cb = Casebook(book)
        person_id = None
        if args.person.strip():
            person_id = cb.find_person_by_name(args.person)
            if person_id is None:
                raise UnknownResident(args.person)
        reminder_id = help_service.add_reminder(
            cb, due, args.text, person_id=person_id, every=args.every
        )
    print(say("reminder_saved", day=format_date(due.isoformat()), id=reminder_id))
    return 0


def cmd_reminder_done(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        cb = Casebook(book)
        following = help_service.set_reminder_done(cb, args.id)
        due = cb.get(Kind.REMINDER, following)["due_on"] if following else None
    if due:
        print(say("reminder_next", day=format_date(str(due)), id=following))
    else:
        print(say("reminder_done"))
    return 0
