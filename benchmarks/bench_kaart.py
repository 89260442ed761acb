"""Sociale-kaart benchmarks: a 1,000-row CSV import and volunteer matching across 500.

- `csv_import_1000_s`: `importing.import_file` of a 1,000-row, semicolon, Windows-1252 CSV
  with a contact person per row, into a private copy of the scale's book (read, decode,
  sniff, map, duplicate check against every entry already in the book, insert with audit and
  search index, one durable commit). Goal: ≤ 3 s. Beside it, the same import as a dry run
  (everything but the commit) and the raw parse alone.
- `matching_500_ms`: p95 of `volunteers.match_volunteers(help_request, moment)` with 500
  volunteers in the book (topped up to 500 at smaller scales), i.e. the SQL with each one's
  load plus the ranking. Goal: ≤ 100 ms. Beside it, the SQL floor (`store.volunteers.with_load`).

Run alone: `python -m benchmarks.bench_kaart --scale small`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import SCALES, copy_book, per_scale, prepare_env, private_folder, summary_ms

MATCH_ROUNDS = {"village": 40, "small": 40, "tiny": 5}
CATEGORIES = ("welzijn", "zorg", "vervoer", "wonen", "dementie", "mantelzorg", "kerk")
SKILLS = ("vervoer", "boodschappen", "bezoek", "klussen", "computerhulp", "wandelen", "maaltijd")


def kaart_csv(rows: int) -> bytes:
    """A municipality-style export: semicolons, Windows-1252, Dutch headers, a contact each."""
    lines = [
        "Organisatie;Categorie;Thema's;Omschrijving;Telefoonnummer;E-mailadres;Adres;Postcode;"
        "Plaats;Contactpersoon;Functie contactpersoon;Telefoon contactpersoon"
    ]
    for i in range(rows):
        cat = CATEGORIES[i % len(CATEGORIES)]
        lines.append(
            f'Stichting Coöperatie {i};{cat};{cat}, welzijn;"Hulp; advies\r\nen meer";'
            f"0598 {100000 + i};info{i}@bench.invalid;Dorpsstraat {i % 200};9600 AB;Eexterveen;"
            f"Contact {i};consulent;06 {10000000 + i}"
        )
    return "\r\n".join(lines).encode("cp1252")


def volunteers_csv(rows: int, start: int) -> bytes:
    lines = ["Naam;Telefoon;Kan en wil;Beschikbaar;Grenzen;Actief"]
    days = ("ma", "di", "wo", "do", "vr", "za", "zo")
    parts = ("ochtend", "middag", "avond")
    for i in range(start, start + rows):
        skills = f"{SKILLS[i % 7]}, {SKILLS[(i * 3) % 7]}"
        when = f"{days[i % 7]} {parts[i % 3]}, {days[(i + 2) % 7]} {parts[(i + 1) % 3]}"
        active = "nee" if i % 10 == 0 else "ja"
        lines.append(f"Vrijwilliger {i};06{20000000 + i};{skills};{when};Geen tilwerk.;{active}")
    return "\n".join(lines).encode("utf-8")


def run(scale: str) -> dict[str, Any]:
    prepare_env(scale)
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.store.book import Book

    out: dict[str, Any] = {}
    with private_folder("kaart") as folder:
        path = copy_book(scale, folder / "book")
        with Book.open(path, _passphrase()) as book:
            casebook = Casebook(book, actor="bench")
            out.update(bench_import(casebook, folder))
            out.update(bench_matching(casebook, folder, per_scale(MATCH_ROUNDS, scale)))
    return out


def _passphrase() -> str:
    from benchmarks.common import PASSPHRASE

    return PASSPHRASE


def bench_import(casebook: Any, folder: Path) -> dict[str, Any]:
    from dorpsboek.domain.csvtable import read_table
    from dorpsboek.services import importing

    csv_path = folder / "kaart-1000.csv"
    csv_path.write_bytes(kaart_csv(1000))
    start = time.perf_counter()
    read_table(csv_path.read_bytes())
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    trial = importing.import_file(casebook, csv_path, "kaart", dry_run=True)
    dry_s = time.perf_counter() - start
    start = time.perf_counter()
    result = importing.import_file(casebook, csv_path, "kaart")
    real_s = time.perf_counter() - start
    assert result.imported == trial.imported == 1000, (result.imported, result.skipped[:3])
    return {
        "csv_import_1000_s": round(real_s, 3),
        "csv_import_1000_dry_run_s": round(dry_s, 3),
        "csv_parse_1000_s": round(parse_s, 3),
        "csv_import_goal_s": 3.0,
    }


def bench_matching(casebook: Any, folder: Path, rounds: int) -> dict[str, Any]:
    from dorpsboek.domain.matching import Moment
    from dorpsboek.domain.records import Kind
    from dorpsboek.services import importing, volunteers
    from dorpsboek.store import volunteers as vol_store

    have = casebook.stats()["volunteers"]
    if have < 500:
        extra = folder / "vrijwilligers.csv"
        extra.write_bytes(volunteers_csv(500 - have, have))
        importing.import_file(casebook, extra, "vrijwilligers")
    count = casebook.stats()["volunteers"]
    person = casebook.add_person("Benchmark Inwoner")
    request = casebook.create(
        Kind.HELP_REQUEST,
        {
            "person_id": person,
            "question": "Boodschappen doen en een ritje naar de markt",
            "themes": "vervoer, boodschappen",
            "status": "running",
            "opened_on": "2026-01-05",
        },
    )
    moment = Moment("sat", "morning")
    volunteers.match_volunteers(casebook, request, moment)  # warm-up
    service, floor = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        ranked = volunteers.match_volunteers(casebook, request, moment)
        mid = time.perf_counter()
        with casebook.book.raw() as conn:
            vol_store.with_load(conn)
        end = time.perf_counter()
        service.append(mid - start)
        floor.append(end - mid)
    s, f = summary_ms(service), summary_ms(floor)
    return {
        "matching_500_ms": s["p95_ms"],
        "matching_500_p50_ms": s["p50_ms"],
        "matching_floor_p95_ms": f["p95_ms"],
        "matching_volunteers": count,
        "matching_candidates": len(ranked),
        "matching_goal_ms": 100.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="small", choices=list(SCALES))
    args = parser.parse_args()
    print(json.dumps(run(args.scale)))


if __name__ == "__main__":
    sys.exit(main())
