"""Report benchmarks: a year's account at a scale, to screen data and to an A4 PDF.

- `report_year_s`: `make_account` for the last calendar year (numbers, the previous year for
  comparison, signals, stories, the resident-name index for redaction): what the
  Verantwoording screen waits for. Goal at village scale: <= 2 s.
- `report_pdf_s`: the same plus laying out and writing the A4 PDF with its charts. Goal <= 5 s.
- `name_check_ms`: checking a 1,500-character story for residents' names (per keystroke pause).

Medians over a few rounds on the cached benchmark book (opened once; the KDF is not timed).
Run alone: `python -m benchmarks.bench_report --scale small`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from typing import Any

from benchmarks.common import SCALES, ensure_book, per_scale, prepare_env, private_folder

ROUNDS = {"village": 3, "small": 3, "tiny": 1}
GOALS = {"report_year_s": 2.0, "report_pdf_s": 5.0}


def run(scale: str) -> dict[str, Any]:
    prepare_env(scale)
    cached = ensure_book(scale)
    from dorpsboek.domain.report import last_calendar_year
    from dorpsboek.printing.report_pdf import write_account_pdf
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.services.report import make_account
    from dorpsboek.services.stories import NameIndex
    from dorpsboek.store.book import Book

    period = last_calendar_year(dt.date.today())
    year, pdf, names = [], [], []
    with Book.open(cached.path, cached.passphrase) as book, private_folder("report") as tmp:
        cb = Casebook(book, actor="bench")
        for i in range(per_scale(ROUNDS, scale)):
            start = time.perf_counter()
            account = make_account(cb, period)
            year.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_account_pdf(make_account(cb, period), tmp / f"verslag-{i}.pdf")
            pdf.append(time.perf_counter() - start)
            index = NameIndex.load(cb)
            story = "Een oudere inwoner durfde na een val niet meer alleen thuis te zijn. " * 22
            start = time.perf_counter()
            index.names_in_text(story)
            names.append(time.perf_counter() - start)
    return {
        "report_year_s": round(statistics.median(year), 3),
        "report_pdf_s": round(statistics.median(pdf), 3),
        "report_name_check_ms": round(statistics.median(names) * 1000, 3),
        "report_notes_in_year": account.numbers.notes_total,
        # the time sections (issue 12) are part of the timed account: their total, as a check
        "report_minutes_in_year": account.numbers.time.total,
        "report_goals_s": GOALS,
    }


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="small", choices=list(SCALES))
    args = parser.parse_args()
    json.dump(run(args.scale), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    _main()
