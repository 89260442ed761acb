"""Team exchange (issue 15): a team of three at the given scale, 1,000 changes per member.

- `team_join_s`: a colleague's new book from the invitation (Argon2id excluded), per member.
- `team_write_s`: one member's exchange package (what the others may not have yet, with
  version vectors, age X25519), median over the three members. Goal ≤ 2 s at village scale.
- `team_read_s`: reading one other member's package that brings 1,000 changes, median over
  the six reads of a full round. Goal ≤ 2 s at village scale.
- `team_rounds`: the same per round (three rounds, see ROUNDS), with maxima, the records in
  each package, and how many reads were partial (a writer new to the reader).
- `team_floor_s`: `Book.backup_to`, an encrypted copy of the same book: the ratio-to-floor
  figures are `team_write_x_floor` and `team_read_x_floor`.
- Checks, not timed: `team_converged` (after the round the three digests are equal) and
  `team_replay_applied` (reading a package again: 0 changes).

Run alone: `python -m benchmarks.bench_team --scale small`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import PASSPHRASE, SCALES, copy_book, per_scale, prepare_env, private_folder

CHANGES = {"village": 1000, "small": 1000, "tiny": 20}
# Three rounds, each after `CHANGES` new edits per member: the first right after joining, the
# second with the one package per pair that carries everything (a member new to the writer,
# docs/handover-format.md 9.4), the third as every later exchange is. The headline figures
# are the third round's; all three are in `team_rounds`.
ROUNDS = 3


def run(scale: str) -> dict[str, Any]:
    prepare_env(scale)
    from dorpsboek.store.book import Book

    out: dict[str, Any] = {}
    with private_folder("team") as folder:
        anna = Book.open(copy_book(scale, folder / "anna"), PASSPHRASE)
        books = [anna]
        try:
            books += _join(anna, folder, out)
            start = time.perf_counter()
            anna.backup_to(folder / "floor.db")
            out["team_floor_s"] = round(time.perf_counter() - start, 3)
            changes = per_scale(CHANGES, scale)
            rounds: list[dict[str, Any]] = []
            packages: list[bytes] = []
            for n in range(ROUNDS):
                for i, book in enumerate(books):
                    _change(book, i + 3 * n, changes)
                figures, packages = _round(books)
                rounds.append(figures)
            out["team_rounds"] = rounds
            out |= rounds[-1]
            out["team_replay_applied"] = _replay(books, packages[1])
        finally:
            for book in books:
                book.close()
    floor = out["team_floor_s"] or 1e-9
    out["team_write_x_floor"] = round(out["team_write_s"] / floor, 2)
    out["team_read_x_floor"] = round(out["team_read_s"] / floor, 2)
    out["team_goal_s"] = 2.0
    return out


def _join(anna: Any, folder: Path, out: dict[str, Any]) -> list[Any]:
    from pyrage import x25519

    from dorpsboek.handover.team import setup
    from dorpsboek.store.book import Book
    from dorpsboek.store.keyheader import KeyHeader

    setup.create(anna, "Dorp", "Anna")
    start = time.perf_counter()
    KeyHeader.new(anna.header.params).derive_key("x")
    argon2_s = time.perf_counter() - start
    joined, times = [], []
    for name in ("Bea", "Cor"):
        key = x25519.Identity.generate()
        data = setup.invite(anna, recipient=str(key.to_public()))
        start = time.perf_counter()
        bundle = setup.read_invite(data, identity=str(key))
        path = setup.join(
            bundle, folder / name / "boek.db", PASSPHRASE, member_name=name,
            params=anna.header.params,
        )  # fmt: skip
        times.append(time.perf_counter() - start - argon2_s)
        joined.append(Book.open(path, PASSPHRASE))
    out["team_join_s"] = round(statistics.median(times), 3)
    return joined


def _change(book: Any, member: int, changes: int) -> None:
    """`changes` notes edited as the app does (each its own change stamp); a different slice
    of the notes per member, so the round brings real changes and no conflicts."""
    from dorpsboek.domain.records import Kind
    from dorpsboek.services.casebook import Casebook
    from dorpsboek.store import dump

    cb = Casebook(book, actor=f"lid {member}")
    notes = [r["id"] for r in dump.read_all(book)["notes"] if not r["deleted_at"]]
    for i, note_id in enumerate(notes[member * changes : (member + 1) * changes]):
        cb.update(Kind.NOTE, note_id, {"text": f"Bijgewerkt door lid {member}: {i} #team"})


def _round(books: list[Any]) -> tuple[dict[str, Any], list[bytes]]:
    """One round: each member writes a package, then reads the others'; its figures, and the
    packages written."""
    from dorpsboek.handover.team import exchange, package
    from dorpsboek.store import digest

    writes, reads, packages, records = [], [], [], []
    for book in books:
        start = time.perf_counter()
        written = package.write(book)
        writes.append(time.perf_counter() - start)
        packages.append(written.data)
        records.append(written.records)
    applied, partial = [], 0
    for i, book in enumerate(books):
        for j, data in enumerate(packages):
            if i == j:
                continue
            start = time.perf_counter()
            report = exchange.apply(book, package.read(book, data))
            reads.append(time.perf_counter() - start)
            applied.append(report.applied)
            partial += report.partial
    figures = {
        "team_write_s": round(statistics.median(writes), 3),
        "team_write_max_s": round(max(writes), 3),
        "team_read_s": round(statistics.median(reads), 3),
        "team_read_max_s": round(max(reads), 3),
        "team_package_records": records,
        "team_package_mib": round(statistics.median(len(p) for p in packages) / 2**20, 2),
        "team_read_applied_min": min(applied),
        "team_reads_partial": partial,
        "team_converged": len({digest.book_digest(b)[0] for b in books}) == 1,
    }
    return figures, packages


def _replay(books: list[Any], data: bytes) -> int:
    """Anna reads Bea's last package once more: nothing may change."""
    from dorpsboek.handover.team import exchange, package

    return exchange.apply(books[0], package.read(books[0], data)).applied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="small", choices=list(SCALES))
    args = parser.parse_args()
    print(json.dumps(run(args.scale)))


if __name__ == "__main__":
    sys.exit(main())
