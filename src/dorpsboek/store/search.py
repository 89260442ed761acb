"""Full-text search over the FTS5 index of migration 2.

Ranking with bm25 scores every match, which costs 50-130 ms for a one-letter prefix at village
scale. So we first read matches up to a cap in rowid order (cheap: FTS5 stops at the LIMIT);
only when few match do we rank. Many matches (short prefixes) come in rowid order, which puts
persons first, then organisations, volunteers and notes (the kind is the rowid's high bits).

A prefix longer than the prefix indexes (1-3 letters) makes FTS5 merge the whole doclist of
every term it covers before the first row, at ten villages ~10 ms for "vrijwilliger". The cap
read therefore also brings the snippets of the first rows, so that work is done once, not
once to count and again to fetch.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator
from typing import Any

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.records import SearchHit
from dorpsboek.store.migrations.m002_search import KIND_BITS

RANK_CAP = 300
KIND_NAMES = {1: "person", 2: "organisation", 3: "volunteer", 4: "note", 5: "activity"}
_SEQ_MASK = (1 << KIND_BITS) - 1
_WORD = re.compile(r"\w+", re.UNICODE)

_SNIPPET = "snippet(search, -1, '[', ']', '…', 10)"
_HITS_SQL = f"SELECT rowid, {_SNIPPET} FROM search WHERE search MATCH ? ORDER BY {{order}} LIMIT ?"
RANKED_SQL = _HITS_SQL.format(order="rank")
UNRANKED_SQL = _HITS_SQL.format(order="rowid")
# Up to the cap in rowid order (FTS5's own order: rows come out as they are found, no sort),
# with a snippet only for the first rows: `dorpsboek_first_rows()` is true for the first
# `limit` rows it is asked about (a snippet of every row would cost ~1 ms for short prefixes).
CAPPED_SQL = (
    f"SELECT rowid, CASE WHEN dorpsboek_first_rows() THEN {_SNIPPET} END FROM search "
    "WHERE search MATCH ? ORDER BY rowid LIMIT ?"
)


def match_expression(query: str) -> str:
    """Every word of the query as a quoted prefix term; words are ANDed. Empty if no words."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(query))


# One FTS hit split into (kind, seq, snippet). Plain tuples: a frozen dataclass per hit cost
# as much as the details lookup for a short prefix (measured by benchmarks/bench_core.py).
_Raw = tuple[int, int, str]


def fts_hits(conn: Any, match: str, limit: int) -> list[tuple[int, str]]:
    """The raw FTS part of a search: (rowid, snippet), best first. The benchmark's floor."""
    asked = itertools.count(1)
    conn.create_function("dorpsboek_first_rows", 0, lambda: next(asked) <= limit)
    # Enough rows to tell "many" from "few", and at least as many as asked for.
    rows = conn.execute(CAPPED_SQL, (match, max(RANK_CAP + 1, limit))).fetchall()
    if not rows:
        return []
    if len(rows) <= RANK_CAP:  # few: worth ranking by bm25
        return list(conn.execute(RANKED_SQL, (match, limit)).fetchall())
    first = rows[:limit]
    if all(snip is not None for _, snip in first):
        return [(int(rowid), str(snip)) for rowid, snip in first]
    # The snippets went to other rows than the first (SQLite ordered after computing them,
    # which it does not do for FTS5's own order today): ask again the plain way.
    return list(conn.execute(UNRANKED_SQL, (match, limit)).fetchall())


def search(conn: Any, query: str, limit: int = 20) -> list[SearchHit]:
    match = match_expression(query)
    if not match:
        return []
    raws: list[_Raw] = [
        (rowid >> KIND_BITS, rowid & _SEQ_MASK, snip)
        for rowid, snip in fts_hits(conn, match, limit)
    ]
    details = _details(conn, raws)
    hits = []
    for kind, seq, snip in raws:
        found = details.get((kind, seq))
        if found is not None:
            record_id, title, person_id = found
            hits.append(SearchHit(KIND_NAMES[kind], record_id, title, snip, person_id))
    return hits


def _details(conn: Any, raws: list[_Raw]) -> dict[tuple[int, int], tuple[str, str, str | None]]:
    """Look up id and title for each hit, one query per kind present."""
    out: dict[tuple[int, int], tuple[str, str, str | None]] = {}
    facts_by: dict[tuple[int, int], tuple[str, ...]] = {}
    for kind in {r[0] for r in raws}:
        seqs = [r[1] for r in raws if r[0] == kind]
        marks = ",".join("?" * len(seqs))
        if kind == 4:
            rows = conn.execute(
                "SELECT n.seq, n.id, p.name, n.on_date, n.person_id FROM notes n "
                f"JOIN persons p ON p.id = n.person_id WHERE n.seq IN ({marks})",
                seqs,
            )
            for seq, rid, name, on_date, pid in rows:
                out[(kind, seq)] = (rid, f"{name} · {format_date(on_date)}", pid)
        elif kind == 5:  # an activity (m008): its kind of work and date, no resident
            rows = conn.execute(
                f"SELECT seq, id, kind, on_date FROM activities WHERE seq IN ({marks})", seqs
            )
            for seq, rid, what, on_date in rows:
                out[(kind, seq)] = (rid, f"{what or 'activiteit'} · {format_date(on_date)}", None)
        else:
            table, extra = _NAMED[kind]
            rows = conn.execute(
                f"SELECT seq, id, name, {extra} FROM {table} WHERE seq IN ({marks})", seqs
            )
            for seq, rid, name, *facts in rows:
                out[(kind, seq)] = (rid, name, rid if kind == 1 else None)
                facts_by[(kind, seq)] = tuple(str(f or "") for f in facts)
    _tell_apart(out, facts_by)
    return out


# Named kinds: the table, and what tells two of the same name apart (kern, category, street).
_NAMED = {
    1: ("persons", "kern, address"),
    2: ("organisations", "kern, category, address, city"),
    3: ("volunteers", "address, ''"),
}


def _tell_apart(
    out: dict[tuple[int, int], tuple[str, str, str | None]],
    facts_by: dict[tuple[int, int], tuple[str, ...]],
) -> None:
    """Where two hits have the same title, each gets the first fact in which they differ:
    "Steunpunt Mantelzorg · Makkinga" beside "Steunpunt Mantelzorg · Elsloo"."""
    same: dict[str, list[tuple[int, int]]] = {}
    for key in facts_by:
        same.setdefault(out[key][1], []).append(key)
    for title, keys in same.items():
        if len(keys) < 2:
            continue
        for column in range(len(facts_by[keys[0]])):
            values = [facts_by[k][column] for k in keys]
            if len(set(values)) > 1:
                for key, value in zip(keys, values, strict=True):
                    rid, _, pid = out[key]
                    out[key] = (rid, f"{title} · {value}" if value else title, pid)
                break


# Rebuilding the whole index once costs about as much per indexed row of the book as taking
# one changed row out of it (secure-delete, written per kind) costs per 200. Measured, 1,000
# edited notes: village (~120,000 indexed rows) 0.86-0.94 s rebuilt against 1.50-1.52 s
# with secure deletion; ten villages 2.1-2.7 s with secure deletion, where a rebuild alone
# takes ~10 s. The break-even in between (~200,000 rows per 1,000 changes) is estimated from
# those two, not measured at 3x.
INDEXED_ROWS_PER_CHANGE = 200
_INDEXED = ("persons", "organisations", "volunteers", "notes", "activities")


def rewrite_pays(conn: Any, changed: int) -> bool:
    """Whether `changed` rewritten rows are cheaper with `rewritten_at_end` than row by row.

    The rewrite grows with the whole index, so a fixed number of changes must not take
    it in a large book (a merge of 1,000 changes grew 1.1 -> 2.7 -> 6.5 s at 1x, 3x, 10x).
    """
    return changed * INDEXED_ROWS_PER_CHANGE > indexed_rows(conn)


def indexed_rows(conn: Any) -> int:
    """About how many rows the index holds: the highest seq of each indexed table (instant,
    from the end of each table's b-tree; tombstones count, which is close enough)."""
    parts = " + ".join(f"(SELECT coalesce(max(seq), 0) FROM {t})" for t in _INDEXED)
    return int(conn.execute(f"SELECT {parts}").fetchone()[0])


@contextlib.contextmanager
def rewritten_at_end(conn: Any) -> Iterator[None]:
    """For one transaction that rewrites many indexed rows (a large merge).

    With FTS5 secure-delete on (migration 3), each replaced row is taken out of the index
    pages as it goes. Here it is off for the transaction, and at the end the index is built
    again from its own content (`rebuild`): no entry of an old text can survive that, and the
    freed pages are zeroed (PRAGMA secure_delete). Not `optimize`, which this used before: it
    merges the segments but keeps the deletion markers, and with them the old words, whenever
    the segments lie on one level below an empty one (seen after one large flush, and after
    migration 15; tests/handover/test_merge.py). A rollback also undoes the settings.
    """
    conn.execute("INSERT INTO search(search, rank) VALUES ('secure-delete', 0)")
    yield
    conn.execute("INSERT INTO search(search) VALUES ('rebuild')")
    conn.execute("INSERT INTO search(search, rank) VALUES ('secure-delete', 1)")
