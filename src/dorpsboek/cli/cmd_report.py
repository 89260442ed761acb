"""`dorpsboek report`, `dorpsboek inzage`, `dorpsboek vergeet` and `dorpsboek signalen`:
the account, the residents' rights and the signals for the sounding board."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.messages import language
from dorpsboek.cli.output_format import document_format
from dorpsboek.domain.report import Period, last_calendar_year
from dorpsboek.errors import NotFound, UsageError
from dorpsboek.printing.report_export import (
    SIGNAL_FORMATS,
    write_account,
    write_inzage,
    write_signals,
)
from dorpsboek.services import privacy, stories
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.report import make_account
from dorpsboek.settings import Settings

_NL = {
    "report_done": "Verantwoording {first} t/m {last} geschreven naar {path}.",
    "inzage_done": "Inzage geschreven naar {path}. Let op: dit bestand is niet versleuteld.",
    "erased": "De inwoner is gewist met alles wat erbij hoorde ({n} gegevens). "
    "De aantallen in de verantwoording blijven kloppen.",
    "erase_confirm": "Alles over deze inwoner wordt voorgoed gewist. Typ 'ja' om door te gaan: ",
    "erase_needs_yes": "Wissen kan niet ongedaan worden gemaakt; geef --yes mee.",
    "erase_stopped": "Er is niets gewist.",
    "signals_done": "Signalen geschreven naar {path}.",
    "ambiguous": "Er zijn meerdere inwoners met die naam; geef het nummer (id) van de inwoner.",
    "wal_busy": "Let op: een ander proces las nog in het boek; sluit het en open het boek "
    "opnieuw, dan is ook het laatste spoor weg.",
}
_EN = {
    "report_done": "Account {first} to {last} written to {path}.",
    "inzage_done": "Subject access overview written to {path}. Note: this file is not encrypted.",
    "erased": "The resident was erased with everything that belonged to them ({n} records). "
    "The numbers in the account stay the same.",
    "erase_confirm": "Everything about this resident will be erased for good. Type 'yes': ",
    "erase_needs_yes": "Erasing cannot be undone; add --yes.",
    "erase_stopped": "Nothing was erased.",
    "signals_done": "Signals written to {path}.",
    "ambiguous": "More than one resident has that name; give the resident's id.",
    "wal_busy": "Note: another process was still reading the book; close it and open the book "
    "again to remove the last trace.",
}


def _say(key: str, **values: object) -> str:
    return (_EN if language() == "en" else _NL)[key].format(**values)


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="de verantwoording over een periode (zonder namen)")
    p.add_argument(
        "--from", dest="first", help="eerste dag, JJJJ-MM-DD (standaard: 1 januari vorig jaar)"
    )
    p.add_argument("--to", dest="last", help="laatste dag, JJJJ-MM-DD (die dag telt mee)")
    p.add_argument("-o", "--output", type=Path)
    p.add_argument("--json", action="store_true", help="de cijfers als JSON op standaarduitvoer")
    p.add_argument("--format", choices=("md", "html", "pdf"))
    p.add_argument("--threshold", type=int, help="kleinere aantallen als '< N' (standaard 3)")
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("inzage", help="alles wat het boek over één inwoner bewaart")
    p.add_argument("person", help="naam of nummer (id) van de inwoner")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--format", choices=("html", "pdf"))
    p.set_defaults(func=cmd_inzage)
    p = sub.add_parser("vergeet", help="wis een inwoner met alles wat erbij hoort")
    p.add_argument("person_id")
    p.add_argument("--yes", action="store_true", help="niet meer vragen")
    p.set_defaults(func=cmd_vergeet)
    p = sub.add_parser("signalen", help="de signalen voor de klankbordgroep, zonder namen")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--format", choices=SIGNAL_FORMATS)
    p.add_argument("--all", action="store_true", help="ook afgesloten signalen")
    p.set_defaults(func=cmd_signalen)


def _date(text: str, option: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(option) from exc


def _period(args: argparse.Namespace) -> Period:
    import datetime as dt

    if not args.first and not args.last:
        return last_calendar_year(dt.date.today())
    if not (args.first and args.last):
        raise UsageError("--from/--to")
    try:
        return Period(_date(args.first, "--from"), _date(args.last, "--to"))
    except ValueError as exc:
        raise UsageError("--from/--to") from exc


def _format(args: argparse.Namespace, allowed: tuple[str, ...]) -> str:
    return document_format(args.output, args.format, allowed)


def cmd_report(args: argparse.Namespace) -> int:
    period = _period(args)
    if args.json:
        return _report_json(args, period)
    if args.output is None:
        raise UsageError("-o")
    fmt = _format(args, ("md", "html", "pdf"))
    threshold = args.threshold if args.threshold else int(Settings().get("report_threshold"))
    with open_book(args) as book:
        account = make_account(Casebook(book), period, threshold)
    write_account(account, args.output, fmt)
    print(_say("report_done", first=period.first, last=period.last, path=args.output))
    return 0


def _report_json(args: argparse.Namespace, period: Period) -> int:
    """The account's figures as one JSON document (exact counts: the '< 3' rule is for the
    printed account that leaves her computer)."""
    import json

    from dorpsboek.services.report import figures

    with open_book(args) as book:
        payload = figures(Casebook(book), period)
    print(json.dumps(payload, ensure_ascii=False, sort_keys=True))
    return 0


def _resolve(cb: Casebook, person: str) -> str:
    ids = privacy.find_person(cb, person)
    if not ids:
        raise NotFound(person)
    if len(ids) > 1:
        print(_say("ambiguous"), file=sys.stderr)
        raise UsageError("person")
    return ids[0]


def cmd_inzage(args: argparse.Namespace) -> int:
    fmt = _format(args, ("html", "pdf"))
    with open_book(args) as book:
        cb = Casebook(book)
        access = privacy.subject_access(cb, _resolve(cb, args.person))
    write_inzage(access, args.output, fmt)
    print(_say("inzage_done", path=args.output))
    return 0


def cmd_vergeet(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            print(_say("erase_needs_yes"), file=sys.stderr)
            return 2
        if input(_say("erase_confirm")).strip().lower() not in ("ja", "yes", "j", "y"):
            print(_say("erase_stopped"))
            return 1
    with open_book(args) as book:
        result = privacy.erase_person(Casebook(book), args.person_id)
    print(_say("erased", n=sum(result.counts.values())))
    if not result.checkpointed:
        print(_say("wal_busy"), file=sys.stderr)
    return 0


def cmd_signalen(args: argparse.Namespace) -> int:
    fmt = _format(args, SIGNAL_FORMATS)
    with open_book(args) as book:
        text = stories.signals_for_sounding_board(Casebook(book), include_closed=args.all)
    write_signals(text, args.output, fmt)
    print(_say("signals_done", path=args.output))
    return 0
