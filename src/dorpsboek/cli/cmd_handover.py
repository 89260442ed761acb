"""`dorpsboek handover export|inspect|open|return|merge|suggest`: the handover bundle."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dorpsboek.cli import passphrases
from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.handover_messages import hsay, kind_word
from dorpsboek.cli.messages import counts_text
from dorpsboek.domain.dates import format_date, parse_date
from dorpsboek.errors import BookExists, DorpsboekError, UsageError
from dorpsboek.handover import (
    actions,
    crypto,
    emergency,
    export,
    merge,
    merge_choices,
    owner,
)
from dorpsboek.handover import open as opening
from dorpsboek.handover import passphrase as bundle_passphrase
from dorpsboek.handover.archive import Bundle
from dorpsboek.services.casebook import Casebook

Command = Callable[[argparse.Namespace], int]


def guarded(func: Command, say: Callable[..., str] = hsay) -> Command:
    """Named failures become one handover-worded sentence (`say`) and the contract's exit code."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except DorpsboekError as exc:
            if getattr(args, "debug", False):
                raise
            extra = {"suggestion": bundle_passphrase.suggest()}
            print(say(exc.key, detail=exc.detail, **extra), file=sys.stderr)
            return exc.exit_code

    return run


def passphrase_options(parser: argparse.ArgumentParser, *names: str) -> None:
    """Accept the global passphrase-file options after the subcommand as well."""
    for name in names:
        parser.add_argument(name, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def register(sub: Any) -> None:
    top = sub.add_parser("handover", help="overdracht aan een collega")
    hs = top.add_subparsers(dest="handover_command", required=True)
    p = hs.add_parser("export", help="schrijf een versleuteld overdrachtspakket")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--scope", choices=export.SCOPES, default="all")
    p.add_argument("--from", dest="first", help="standin: eerste dag (JJJJ-MM-DD)")
    p.add_argument("--to", dest="last", help="standin: laatste dag (die dag telt mee)")
    p.add_argument("--return-date", help="verwachte terugkeer (dd-mm-jjjj)")
    p.add_argument("--letter-file", type=Path, help="de overdrachtsbrief (Markdown)")
    p.add_argument("--read-first-file", type=Path, help="tekst voor 'Lees dit eerst'")
    p.add_argument("--sleutelbrief", type=Path, help="schrijf ook de sleutelbrief (PDF)")
    p.add_argument("--passphrase-on-letter", action="store_true")
    p.add_argument("--owner", help="uw naam op het pakket (Dorpsboek onthoudt hem)")
    passphrase_options(p, "--bundle-passphrase-file")
    p.set_defaults(func=guarded(cmd_export))
    p = hs.add_parser("inspect", help="laat zien wat een pakket bevat")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--key-file", type=Path, help="voor een noodpakket: de sleutel")
    passphrase_options(p, "--bundle-passphrase-file")
    p.set_defaults(func=guarded(cmd_inspect))
    p = hs.add_parser("open", help="maak een nieuw boek uit een pakket")
    p.add_argument("file", type=Path)
    p.add_argument("--into", required=True, type=Path)
    p.add_argument("--actor", help="uw naam (voor het logboek)")
    passphrase_options(p, "--bundle-passphrase-file", "--new-passphrase-file")
    p.set_defaults(func=guarded(cmd_open))
    p = hs.add_parser("return", help="schrijf het terugpakket")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.set_defaults(func=guarded(cmd_return))
    p = hs.add_parser("merge", help="verwerk een terugpakket")
    p.add_argument("file", type=Path)
    side = p.add_mutually_exclusive_group()
    side.add_argument("--take-theirs", action="store_true")
    side.add_argument("--take-mine", action="store_true")
    p.add_argument("--confirm-deletions", action="store_true")
    for flag, what in (
        ("--theirs", "neem voor dit conflict de versie van uw collega"),
        ("--mine", "houd voor dit conflict uw eigen versie"),
        ("--delete", "bevestig deze verwijdering"),
    ):
        p.add_argument(flag, action="append", default=[], metavar="ID", help=what)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=guarded(cmd_merge))
    p = hs.add_parser("suggest", help="stel een sterk, makkelijk wachtwoord voor")
    p.set_defaults(func=guarded(cmd_suggest))


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(str(path)) from exc


def _standin_period(args: argparse.Namespace) -> tuple[Any, Any] | None:
    """--from/--to: required for the stand-in scope, refused for the others."""
    if args.scope != "standin":
        if args.first or args.last:
            raise UsageError("--from/--to")
        return None
    if not (args.first and args.last):
        raise UsageError("--from/--to")
    try:
        first, last = parse_date(args.first), parse_date(args.last)
    except ValueError as exc:
        raise UsageError("--from/--to") from exc
    if last < first:
        raise UsageError("--from/--to")
    return first, last


def cmd_export(args: argparse.Namespace) -> int:
    if args.output.exists():
        raise BookExists(str(args.output))
    try:
        expected = parse_date(args.return_date) if args.return_date else None
    except ValueError as exc:
        raise UsageError("--return-date") from exc
    period = _standin_period(args)
    letter = args.letter_file.read_text(encoding="utf-8") if args.letter_file else None
    free = args.read_first_file.read_text(encoding="utf-8") if args.read_first_file else ""
    name = owner.clean_owner_name(args.owner) if args.owner is not None else None
    with open_book(args) as book:
        cb = Casebook(book)
        secret = passphrases.get(passphrases.BUNDLE, args.bundle_passphrase_file, confirm=True)
        bundle_passphrase.check_bundle_passphrase(secret)
        if name is not None:
            actions.remember_owner(cb, name)
        options = export.ExportOptions(
            args.scope, expected, free, letter, owner=name, period=period
        )
        made = actions.export_to(cb, args.output, secret, options)
        made_by = made.owner
        guessed = name is None and not actions.stored_owner(cb)
    print(hsay("exported", path=args.output))
    if guessed:  # the login name stands in: tell her how to put her own name on it
        print(hsay("owner_guessed", name=made_by))
    print(hsay("exported_counts", counts=counts_text(made.counts)))
    if args.sleutelbrief:
        from dorpsboek.printing.handover_pdf import SleutelbriefInfo, write_sleutelbrief

        info = SleutelbriefInfo(
            owner=made_by,
            bundle_name=args.output.name,
            expected_return=expected,
            passphrase=secret if args.passphrase_on_letter else None,
        )
        write_sleutelbrief(args.sleutelbrief, info)
        print(hsay("sleutelbrief_done", path=args.sleutelbrief))
    return 0


def _read_bundle(args: argparse.Namespace) -> Bundle:
    data = _read(args.file)
    key_file = getattr(args, "key_file", None)
    if key_file is not None and crypto.recipient_type(data) == "X25519":
        return emergency.read_bundle(data, key_file.read_text(encoding="utf-8").strip())
    secret = passphrases.get(passphrases.BUNDLE, args.bundle_passphrase_file)
    return opening.read_with_passphrase(data, secret)


def print_summary(bundle: Bundle) -> None:
    s = opening.summary(bundle)
    print(
        hsay(
            "summary",
            by=s.created_by,
            date=format_date(s.created_at),
            kind=kind_word(s.kind),
            counts=counts_text(s.counts),
        )
    )
    if s.expected_return:
        print(hsay("expected_return", date=format_date(s.expected_return)))


def cmd_inspect(args: argparse.Namespace) -> int:
    bundle = _read_bundle(args)
    if args.json:
        print(json.dumps(opening.summary(bundle).as_json(), ensure_ascii=False))
    else:
        print_summary(bundle)
    return 0


def new_book_passphrase(args: argparse.Namespace) -> str:
    secret = passphrases.get(passphrases.NEW, args.new_passphrase_file, confirm=True)
    return passphrases.check_new(secret)


def cmd_open(args: argparse.Namespace) -> int:
    if args.into.exists():
        raise BookExists(str(args.into))
    bundle = _read_bundle(args)
    print_summary(bundle)
    opening.open_into(
        bundle, args.into, new_book_passphrase(args), actor=args.actor, source=args.file
    )
    print(hsay("opened", path=args.into))
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    if args.output.exists():
        raise BookExists(str(args.output))
    with open_book(args) as book:
        cb = Casebook(book)
        actions.write_return(cb, args.output)
        opened = opening_state(cb)
    print(hsay("returned", path=args.output, owner=opened))
    return 0


def opening_state(cb: Casebook) -> str:
    from dorpsboek.services.handover_state import current_handover

    info = current_handover(cb)
    return info.owner if info else ""


def cmd_merge(args: argparse.Namespace) -> int:
    data = _read(args.file)
    take = merge.THEIRS if args.take_theirs else merge.MINE if args.take_mine else None
    choices = merge_choices.Choices(tuple(args.theirs), tuple(args.mine), tuple(args.delete))
    with open_book(args) as book:
        ret = merge.read_return(book, data)
        decisions: dict[merge.Key, str] = {}
        deletions: bool | list[merge.Key] = args.confirm_deletions
        if choices:  # check every id against a preview first: a wrong one changes nothing
            preview = merge.merge(book, ret, dry_run=True)
            decisions, chosen = merge_choices.resolve(preview, choices)
            deletions = True if args.confirm_deletions else chosen
        report = merge.merge(
            book,
            ret,
            decisions=decisions,
            take=take,
            confirm_deletions=deletions,
            actor=export.owner_name(book),
        )
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False))
    else:
        print_report(report, titles=_titles(ret))
    return 0


def _titles(ret: merge.ReturnBundle) -> dict[merge.Key, str]:
    return {
        (kind, str(row["id"])): _title(row)
        for kind in ret.bundle.record_kinds()
        for row in ret.bundle.records(kind)
    }


def report_json(report: merge.MergeReport) -> dict[str, Any]:
    return {
        "added": [list(k) for k in report.added],
        "changed": [list(k) for k in report.changed],
        "deleted": [list(k) for k in report.deleted],
        "resolved": [list(k) for k in report.resolved],
        "kept": [list(k) for k in report.kept],
        "pending_deletions": [list(k) for k in report.pending_deletions],
        "conflicts": [
            {"kind": c.kind, "id": c.id, "fields": c.fields, "mine": c.mine, "theirs": c.theirs}
            for c in report.conflicts
        ],
        "unchanged": report.unchanged,
        "skipped_erased": report.skipped_erased,
        "erased_here": report.erased_here,
    }


def _title(row: dict[str, Any]) -> str:
    for key in ("name", "title", "question", "text", "description"):
        if row.get(key):
            return " ".join(str(row[key]).split())[:60]
    return ""


def _item(kind: str, title: str, record_id: str, say: Callable[..., str] = hsay) -> str:
    """One listed record, with the id she can copy for --theirs/--mine/--delete."""
    words = " ".join(w for w in (kind, title) if w)
    return f"  - {words} (" + say("merge_id", id=record_id) + ")"


def print_report(
    report: merge.MergeReport,
    titles: dict[merge.Key, str] | None = None,
    say: Callable[..., str] = hsay,
) -> None:
    """The merge report in her words (`say`: the team commands bring their own)."""
    print(say("merge_head", by=report.returned_by, date=format_date(report.created_at)))
    for key, items in (
        ("merge_added", report.added),
        ("merge_changed", report.changed),
        ("merge_deleted", report.deleted),
        ("merge_resolved", report.resolved),
    ):
        if items:
            print(say(key, n=len(items)))
    if report.kept:
        print(say("merge_kept", n=len(report.kept)))
    if report.unchanged:
        print(say("merge_unchanged", n=report.unchanged))
    if report.skipped_erased:
        print(say("merge_skipped_erased", n=report.skipped_erased))
    if report.erased_here:
        print(say("merge_erased_here", n=report.erased_here))
    if report.pending_deletions:
        print(say("merge_pending", n=len(report.pending_deletions)))
        for kind, record_id in report.pending_deletions:
            print(_item(kind, (titles or {}).get((kind, record_id), ""), record_id))
    if report.conflicts:
        print(say("merge_conflicts", n=len(report.conflicts)))
        for c in report.conflicts:
            print(_item(c.kind, _title(c.mine) or _title(c.theirs), c.id) + ":")
            for name in c.fields:
                mine, theirs = c.mine.get(name), c.theirs.get(name)
                print(f"      {name}: " + say("merge_sides", mine=mine, theirs=theirs))
    if not (
        report.applied
        or report.pending_deletions
        or report.conflicts
        or report.erased_here
        or report.kept
    ):
        print(say("merge_nothing"))


def cmd_suggest(args: argparse.Namespace) -> int:
    print(hsay("suggestion", words=bundle_passphrase.suggest()))
    return 0
