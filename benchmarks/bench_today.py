"""Vandaag's new lists at scale: who is due for contact, the signal radar, `dorpsboek today`.

Each is timed on the cached book of the scale (read only), after one warm-up call, so the
figure is the steady cost of opening Vandaag, not of the first page reads after unlock.

Run alone: `python -m benchmarks.bench_today --scale small`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from typing import Any

from benchmarks.common import ensure_book, per_scale, prepare_env, summary_ms

ROUNDS = {"village": 20, "small": 20, "tiny": 3}


def _samples(fn: Callable[[], Any], rounds: int) -> list[float]:
    fn()  # warm-up: the pages it needs are in the cache from here on
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def run(scale: str) -> dict[str, Any]:
    prepare_env(scale)
    cached = ensure_book(scale)
    from dorpsboek.cli.cmd_today import today_figures
    from dorpsboek.services import contact, radar
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.store.book import Book

    rounds = per_scale(ROUNDS, scale)
    day = dt.date.today()
    book = Book.open(cached.path, cached.passphrase)
    try:
        cb = Casebook(book)
        with_rhythm = len(contact.everyone(cb, day))
        return {
            "residents_with_rhythm": with_rhythm,
            "contact_overdue": summary_ms(_samples(lambda: contact.overdue(cb, day), rounds)),
            "signal_radar": summary_ms(_samples(lambda: radar.signal_suggestions(cb, day), rounds)),
            "today_all": summary_ms(_samples(lambda: today_figures(cb, day), rounds)),
        }
    finally:
        book.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="village")
    print(json.dumps(run(parser.parse_args().scale), indent=2))


if __name__ == "__main__":
    main()
