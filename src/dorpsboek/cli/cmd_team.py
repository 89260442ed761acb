"""`dorpsboek digest` and `dorpsboek team ...`: comparing books and the repeated exchange
between the books of two or three supporters (docs/handover-format.md, section 9)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from dorpsboek.cli.cmd_core import open_book
from dorpsboek.cli.cmd_handover import guarded
from dorpsboek.cli.team_messages import tsay
from dorpsboek.store import digest


def register(sub: Any) -> None:
    p = sub.add_parser("digest", help="een vingerafdruk van alle gegevens in het boek")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=guarded(cmd_digest, tsay))


def cmd_digest(args: argparse.Namespace) -> int:
    with open_book(args) as book:
        value, records = digest.book_digest(book)
    if args.json:
        print(json.dumps({"digest": value, "records": records}))
    else:
        print(tsay("digest", digest=value, records=records))
    return 0
