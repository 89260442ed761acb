"""Core benchmarks: unlock (KDF vs the rest), search and note-add latency against raw floors.

Each figure is measured beside its floor in the same run, on the same book:

- unlock: `Book.open` + the data of a first screen (`Casebook.stats()`, `recent_notes(20)`),
  with the Argon2id derivation timed separately (real, calibrated parameters at real scales);
- search: `Casebook.search(q)` vs the same FTS5 SQL run directly on a held connection
  (`store.search.fts_hits`), per query class (1, 2, 3, 4+ letters, several words, diacritics,
  no hit), samples interleaved so machine noise hits both alike;
- note add: `Casebook.add_note` (note, tags, audit, index, durable commit) vs a raw INSERT into
  `notes` (the FTS trigger fires) + COMMIT on a connection with the same pragmas.

Run alone: `python -m benchmarks.bench_core --scale small`.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    copy_book,
    ensure_book,
    peak_rss_mib,
    per_scale,
    percentile,
    prepare_env,
    private_folder,
    summary_ms,
)

# A fixed query set; the classes follow the issue (every query length, 1 letter included).
QUERIES: dict[str, tuple[str, ...]] = {
    "1": ("b", "k", "m", "z"),
    "2": ("bo", "ke", "wm", "hu"),
    "3": ("bak", "vri", "zor", "kla"),
    "4+": ("boodschappen", "mantelzorg", "kloosterhuis", "vrijwilliger"),
    "multiword": ("zorg dicht", "klaas bakker", "hulp vervoer", "op bezoek"),
    "diacritics": ("coöp", "coop", "ömer", "noelle"),
    "no-hit": ("xqzw", "zzzzzz", "bakker xqzw"),
}
ROUNDS = {"village": 25, "small": 25, "tiny": 3}
NOTE_ADDS = {"village": 150, "small": 150, "tiny": 10}
UNLOCKS = {"village": 5, "small": 5, "tiny": 2}

NOTE_TEXT = "Even gebeld over de boodschappen, gaat goed. Volgende week weer. #boodschappen"
_RAW_NOTE = (
    "INSERT INTO notes (id, created_at, updated_at, person_id, on_date, kind, minutes, text) "
    "VALUES (?, ?, ?, ?, ?, 'phone', 10, ?)"
)


def run(scale: str) -> dict[str, Any]:
    prepare_env(scale)
    cached = ensure_book(scale)
    # Imports done before any timing: the figures are about work, not module loading.
    import dorpsboek.services.casebook  # noqa: F401

    out: dict[str, Any] = {
        "demo_data_s": cached.demo_data_s,
        "demo_data_reused": cached.reused,
        "demo_data_load_avg": cached.build_load_avg,
    }
    out["kdf_params"] = cached.kdf
    out.update(bench_unlock(cached.path, cached.passphrase, per_scale(UNLOCKS, scale)))
    out.update(bench_search(cached.path, cached.passphrase, per_scale(ROUNDS, scale)))
    out.update(bench_note_add(scale, cached.passphrase, per_scale(NOTE_ADDS, scale)))
    out["core_peak_rss_mib"] = peak_rss_mib()
    return out


# ----- unlock -----------------------------------------------------------------------------------


def bench_unlock(path: Path, passphrase: str, rounds: int) -> dict[str, Any]:
    """Median over rounds of KDF time and of everything else up to a first screen's data."""
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.store.book import Book
    from dorpsboek.store.keyheader import KeyHeader

    kdf_s: list[float] = []
    original = KeyHeader.derive_key

    def timed_derive(self: KeyHeader, secret: str) -> bytes:
        start = time.perf_counter()
        try:
            return original(self, secret)
        finally:
            kdf_s.append(time.perf_counter() - start)

    totals, opens = [], []
    KeyHeader.derive_key = timed_derive  # type: ignore[method-assign,assignment]
    try:
        for _ in range(rounds):
            gc.collect()
            start = time.perf_counter()
            book = Book.open(path, passphrase)
            opened = time.perf_counter()
            casebook = Casebook(book)
            casebook.stats()
            casebook.recent_notes(20)
            end = time.perf_counter()
            book.close()
            totals.append(end - start)
            opens.append(opened - start)
    finally:
        KeyHeader.derive_key = original  # type: ignore[method-assign]
    rest = [t - k for t, k in zip(totals, kdf_s, strict=True)]
    return {
        "unlock_kdf_ms": _ms(_median(kdf_s)),
        "unlock_rest_ms": _ms(_median(rest)),
        "unlock_open_rest_ms": _ms(_median([o - k for o, k in zip(opens, kdf_s, strict=True)])),
        "unlock_first_screen_ms": _ms(_median([t - o for t, o in zip(totals, opens, strict=True)])),
        "unlock_rounds": rounds,
    }


# ----- search -----------------------------------------------------------------------------------


def bench_search(path: Path, passphrase: str, rounds: int) -> dict[str, Any]:
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.store.book import Book
    from dorpsboek.store.search import fts_hits, match_expression

    service: dict[str, list[float]] = {k: [] for k in QUERIES}
    floor: dict[str, list[float]] = {k: [] for k in QUERIES}
    hits: dict[str, int] = {}
    with Book.open(path, passphrase) as book:
        casebook = Casebook(book)
        with book.raw() as conn:
            for cls, queries in QUERIES.items():
                for q in queries:
                    match = match_expression(q)
                    hits[q] = len(casebook.search(q))  # warm-up, and a sanity figure
                    fts_hits(conn, match, 20)
                    for _ in range(rounds):
                        start = time.perf_counter()
                        casebook.search(q)
                        mid = time.perf_counter()
                        fts_hits(conn, match_expression(q), 20)
                        end = time.perf_counter()
                        service[cls].append(mid - start)
                        floor[cls].append(end - mid)
        bm25 = _naive_bm25(book, rounds)
    all_service = [s for v in service.values() for s in v]
    all_floor = [s for v in floor.values() for s in v]
    per_class: dict[str, dict[str, Any]] = {
        cls: {
            "service": summary_ms(service[cls]),
            "floor": summary_ms(floor[cls]),
            "ratio_p95": _ratio(percentile(service[cls], 95), percentile(floor[cls], 95)),
        }
        for cls in QUERIES
    }
    return {
        "search_p50_ms": _ms(_median(all_service)),
        "search_p95_ms": _ms(percentile(all_service, 95)),
        "search_floor_p50_ms": _ms(_median(all_floor)),
        "search_floor_p95_ms": _ms(percentile(all_floor, 95)),
        "search_ratio_p95": _ratio(percentile(all_service, 95), percentile(all_floor, 95)),
        "search_worst_class_p95_ms": max(c["service"]["p95_ms"] for c in per_class.values()),
        "search_by_length": per_class,
        "search_hits": hits,
        "search_bm25_1letter_p50_ms": bm25,
    }


def _naive_bm25(book: Any, rounds: int) -> float:
    """What ranking every match of a one-letter prefix would cost (why short ones are not)."""
    from dorpsboek.store.search import RANKED_SQL, match_expression

    samples = []
    with book.raw() as conn:
        for q in QUERIES["1"]:
            for _ in range(max(1, rounds // 10)):
                start = time.perf_counter()
                conn.execute(RANKED_SQL, (match_expression(q), 20)).fetchall()
                samples.append(time.perf_counter() - start)
    return _ms(_median(samples))


# ----- note add ---------------------------------------------------------------------------------


def bench_note_add(scale: str, passphrase: str, count: int) -> dict[str, Any]:
    """Interleaved: one note through the service, one raw floor insert, and so on."""
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.store.book import Book
    from dorpsboek.store.stamps import new_id, now_iso

    service, floor = [], []
    with private_folder("note-add") as folder:
        path = copy_book(scale, folder)
        with Book.open(path, passphrase) as book:
            casebook = Casebook(book)
            persons = [n.person_id for n in casebook.recent_notes(20)]
            with book.raw() as conn:
                for i in range(count + 5):
                    pid = persons[i % len(persons)]
                    start = time.perf_counter()
                    casebook.add_note(NOTE_TEXT, person_id=pid, kind="phone", minutes=10)
                    mid = time.perf_counter()
                    stamp = now_iso()
                    conn.execute(_RAW_NOTE, (new_id(), stamp, stamp, pid, stamp[:10], NOTE_TEXT))
                    conn.commit()
                    end = time.perf_counter()
                    if i >= 5:  # the first few warm caches and statements
                        service.append(mid - start)
                        floor.append(end - mid)
    s, f = summary_ms(service), summary_ms(floor)
    return {
        "note_add_p50_ms": s["p50_ms"],
        "note_add_p95_ms": s["p95_ms"],
        "note_add_floor_p50_ms": f["p50_ms"],
        "note_add_floor_p95_ms": f["p95_ms"],
        "note_add_ratio_p95": _ratio(s["p95_ms"], f["p95_ms"]),
        "note_add_n": len(service),
    }


# ----- helpers ----------------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return percentile(values, 50)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b > 0 else None


def describe(result: dict[str, Any]) -> str:
    """A human table of the search classes and the headline figures."""
    lines = [f"{'class':<11} {'svc p50':>8} {'svc p95':>8} {'raw p50':>8} {'raw p95':>8} ratio"]
    for cls, row in result.get("search_by_length", {}).items():
        s, f = row["service"], row["floor"]
        lines.append(
            f"{cls:<11} {s['p50_ms']:>8.2f} {s['p95_ms']:>8.2f} {f['p50_ms']:>8.2f} "
            f"{f['p95_ms']:>8.2f} {row['ratio_p95']}"
        )
    for key in (
        "unlock_kdf_ms",
        "unlock_rest_ms",
        "note_add_p95_ms",
        "note_add_floor_p95_ms",
        "demo_data_s",
    ):
        lines.append(f"{key}: {result.get(key)}")
    return "\n".join(lines)


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="small")
    args = parser.parse_args()
    result = run(args.scale)
    print(describe(result), file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    _main()
