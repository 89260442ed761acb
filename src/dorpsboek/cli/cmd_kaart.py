"""`dorpsboek import kaart|vrijwilligers FILE`, `dorpsboek export kaart|vrijwilligers -o FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.messages import language, say
from dorpsboek.cli.output_format import document_format
from dorpsboek.domain.columns import KAART, VOLUNTEERS
from dorpsboek.errors import NotATable
from dorpsboek.printing.exports import write_kaart, write_volunteers
from dorpsboek.services import importing
from dorpsboek.services import kaart as kaart_service
from dorpsboek.services import volunteers as volunteer_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.importing import ImportResult, Skip
from dorpsboek.settings import Settings

_NL = {
    "summary": "{what}: {imported} nieuw, {updated} bijgewerkt, {skipped} overgeslagen.",
    "dry": "Proef: er is niets veranderd.",
    "kaart": "Sociale kaart",
    "vrijwilligers": "Vrijwilligers",
    "skip": "Regel {line}: overgeslagen, {reason}.",
    "warn": "Regel {line}: let op, {reason}.",
    "no_name": "er staat geen naam in",
    "duplicate_in_book": "staat al in het boek ({detail})",
    "duplicate_in_file": "zelfde als regel {detail}",
    "bad_date": "datum '{detail}' niet herkend, leeg gelaten",
    "bad_availability": "beschikbaarheid '{detail}' niet herkend, bij de notities gezet",
    "bad_active": "'{detail}' bij actief niet herkend, actief gelaten",
    "unreadable": "Het bestand {path} kan niet gelezen worden; er is niets veranderd.",
    "exported": "Sociale kaart geschreven naar {path} ({n} adressen).",
    "exported_volunteers": "Vrijwilligers geschreven naar {path} ({n} vrijwilligers). "
    "Dit bestand is niet versleuteld.",
    "unwritable": "Kan niet schrijven naar {path}; bestaat de map?",
}
_EN = {
    "summary": "{what}: {imported} new, {updated} updated, {skipped} skipped.",
    "dry": "Trial run: nothing was changed.",
    "kaart": "Social map",
    "vrijwilligers": "Volunteers",
    "skip": "Line {line}: skipped, {reason}.",
    "warn": "Line {line}: note, {reason}.",
    "no_name": "there is no name",
    "duplicate_in_book": "already in the book ({detail})",
    "duplicate_in_file": "same as line {detail}",
    "bad_date": "date '{detail}' not understood, left empty",
    "bad_availability": "availability '{detail}' not understood, put in the notes",
    "bad_active": "'{detail}' for active not understood, left active",
    "unreadable": "The file {path} cannot be read; nothing was changed.",
    "exported": "Social map written to {path} ({n} entries).",
    "exported_volunteers": "Volunteers written to {path} ({n} volunteers). "
    "This file is not encrypted.",
    "unwritable": "Cannot write to {path}; does the folder exist?",
}


def text(key: str, **values: Any) -> str:
    return (_EN if language() == "en" else _NL)[key].format(**values)


def reason(skip: Skip) -> str:
    return text(skip.reason, detail=skip.detail)


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="lees een CSV-bestand in")
    what = p.add_subparsers(dest="what", required=True)
    for name in (KAART, VOLUNTEERS):
        q = what.add_parser(name, help=f"{name} uit een CSV-bestand")
        q.add_argument("file", type=Path)
        q.add_argument(
            "--update-duplicates",
            action="store_true",
            help="werk dubbele adressen bij (standaard: overslaan)",
        )
        q.add_argument("--dry-run", action="store_true", help="alleen laten zien, niets opslaan")
        q.set_defaults(func=cmd_import, kind=name)
    p = sub.add_parser("export", help="schrijf gegevens naar een bestand")
    what = p.add_subparsers(dest="what", required=True)
    q = what.add_parser(KAART, help="de sociale kaart als CSV, HTML of PDF")
    q.add_argument("-o", "--output", required=True, type=Path)
    q.add_argument("--format", choices=("csv", "html", "pdf"), default=None)
    q.set_defaults(func=cmd_export)
    q = what.add_parser(VOLUNTEERS, help="de vrijwilligers als CSV, HTML of PDF")
    q.add_argument("-o", "--output", required=True, type=Path)
    q.add_argument("--format", choices=("csv", "html", "pdf"), default=None)
    q.set_defaults(func=cmd_export_volunteers)


def print_summary(result: ImportResult) -> None:
    print(
        text(
            "summary",
            what=text(result.kind),
            imported=result.imported,
            updated=result.updated,
            skipped=len(result.skipped),
        )
    )
    for skip in result.skipped:
        print(text("skip", line=skip.line, reason=reason(skip)))
    for warning in result.warnings:
        print(text("warn", line=warning.line, reason=reason(warning)))
    if result.dry_run:
        print(text("dry"))


def cmd_import(args: argparse.Namespace) -> int:
    # Read and parse first: a file that is not a table is refused before the book is opened.
    try:
        table = importing.load(args.file)
    except NotATable:
        print(say(NotATable.key), file=sys.stderr)
        return NotATable.exit_code
    except OSError:
        print(text("unreadable", path=args.file), file=sys.stderr)
        return 1
    with open_book(args) as book:
        try:
            result = importing.import_table(
                Casebook(book),
                table,
                args.kind,
                update_duplicates=args.update_duplicates,
                dry_run=args.dry_run,
            )
        except NotATable:
            print(say(NotATable.key), file=sys.stderr)
            return NotATable.exit_code
    print_summary(result)
    return 0


def export_format(output: Path, chosen: str | None) -> str:
    return document_format(output, chosen, ("csv", "html", "pdf"))


def cmd_export(args: argparse.Namespace) -> int:
    fmt = export_format(args.output, args.format)
    with open_book(args) as book:
        entries = kaart_service.list_entries(Casebook(book))
    if not args.output.parent.is_dir():
        print(text("unwritable", path=args.output), file=sys.stderr)
        return 1
    write_kaart(entries, args.output, fmt, language())
    print(text("exported", path=args.output, n=len(entries)))
    return 0


def cmd_export_volunteers(args: argparse.Namespace) -> int:
    fmt = export_format(args.output, args.format)
    with open_book(args) as book:
        found = volunteer_service.list_volunteers(Casebook(book), Settings())
    if not args.output.parent.is_dir():
        print(text("unwritable", path=args.output), file=sys.stderr)
        return 1
    write_volunteers(found, args.output, fmt, language())
    print(text("exported_volunteers", path=args.output, n=len(found)))
    return 0
