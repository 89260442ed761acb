"""`dorpsboek handover erase-copy --yes`: end a takeover by erasing the colleague's book.

Registers under the `handover` command that cmd_handover.py makes (discovery imports the
modules in name order, so that one is always there first).
"""

from __future__ import annotations

import argparse
from typing import Any

from dorpsboek import failure_sentences
from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.cmd_handover import guarded
from dorpsboek.cli.handover_messages import hsay
from dorpsboek.cli.messages import language, say
from dorpsboek.errors import UsageError
from dorpsboek.handover import actions, retire
from dorpsboek.services.casebook import Casebook

_NL = {
    "erased": "Het boek is gewist ({n} bestanden). De waarneming voor {owner} is afgesloten.",
    "erased_file": "  gewist: {path}",
}
_EN = {
    "erased": "The book was erased ({n} files). The takeover for {owner} is closed.",
    "erased_file": "  erased: {path}",
}


class _NeedsYes(UsageError):
    key = "erase_book_needs_yes"


def fsay(key: str, **values: object) -> str:
    table = _EN if language() == "en" else _NL
    if key in table:
        return table[key].format(**values)
    if failure_sentences.is_failure(key):
        return say(key, where="finish", **values)
    return hsay(key, **values)


def _handover_subparsers(sub: Any) -> Any:
    top = sub.choices.get("handover") or sub.add_parser("handover", help="overdracht")
    for action in top._actions:  # argparse keeps no public handle on a parser's subparsers
        if isinstance(action, argparse._SubParsersAction):
            return action
    return top.add_subparsers(dest="handover_command", required=True)


def register(sub: Any) -> None:
    hs = _handover_subparsers(sub)
    p = hs.add_parser(
        "erase-copy", help="wis dit boek van een collega nadat het terugpakket is verwerkt"
    )
    p.add_argument("--yes", action="store_true", help="ja, wis het boek echt")
    p.add_argument(
        "--discard-changes",
        action="store_true",
        help="wis ook als er na het laatste terugpakket nog iets is veranderd",
    )
    p.set_defaults(func=guarded(cmd_erase_copy, fsay))


def cmd_erase_copy(args: argparse.Namespace) -> int:
    if not args.yes:
        raise _NeedsYes()
    with open_book(args) as book:
        erase_plan = actions.erase_plan(Casebook(book))
        retire.check_ready(erase_plan, discard_changes=args.discard_changes)
        book.close()
        removed = retire.erase(erase_plan)
    print(fsay("erased", n=len(removed), owner=erase_plan.owner))
    for path in removed:
        print(fsay("erased_file", path=path))
    return 0
