"""Reading and writing whole record tables in bulk, for handover bundles and merges.

Generic over `tables.RECORD_TABLES`: a record kind or column added later travels without
changes here. Rows are plain dicts of every column except the internal `seq`.
"""

from __future__ import annotations

import contextlib
import operator
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from dorpsboek.domain.tags import parse_tags
from dorpsboek.store import audit, bulk, last_notes, note_tags, search_build, tables
from dorpsboek.store import rows as record_rows
from dorpsboek.store.book import Book

Row = dict[str, Any]
AUDIT_COLUMNS = audit.COLUMNS
BULK_CACHE_MIB = 256
_CHUNK = 500


def large_cache(conn: Any) -> contextlib.AbstractContextManager[Any]:
    """A 256 MiB page cache for one bulk operation, then the connection's own size again.

    Every page that leaves SQLCipher's cache is encrypted and later decrypted and verified
    again; for a village-sized index build or merge, holding them all cuts the time by ~3x.
    (Pages are only held as they are used: the size is an upper bound.)
    """
    return bulk.large_cache(conn, BULK_CACHE_MIB)


@contextlib.contextmanager
def unsynced_transaction(conn: Any) -> Iterator[Any]:
    """One write transaction without syncing or journal, for a book that is not yet a book.

    Only for a half-built book under a temporary name, which the caller deletes on any failure
    and fsyncs before it gets its real name. Without the write-ahead log each page is written
    once, straight into the file, instead of into the log and then copied (village: -0.3 s).
    Afterwards the connection gets the log and FULL sync back.
    """
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = OFF")
    try:
        with large_cache(conn):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()  # without a journal this may not undo; the file is discarded
                raise
            finally:
                search_build.release(conn)
    finally:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")


def record_kinds() -> list[str]:
    return list(tables.RECORD_TABLES)


def columns(kind: str) -> list[str]:
    """The columns a bundle carries for `kind`: all of them except the internal `seq`."""
    return [c.name for c in tables.RECORD_TABLES[kind].columns if c.name != "seq"]


def table_name(kind: str) -> str:
    if kind not in tables.RECORD_TABLES:
        raise KeyError(kind)
    return kind


def read_all(book: Book) -> dict[str, list[Row]]:
    """Every row of every record table, tombstones included, ordered by id.

    Read in storage order and sorted here: walking the `id` index instead visits the table's
    pages in random order, and each page is decrypted again whenever it has left the cache
    (village notes: 1.95 s that way, 0.8 s this way). The rows are sorted as tuples and only
    then made into dicts, so that the dicts lie in memory in the order of the list: every
    later pass over them (letter, overview, JSON) then reads memory in order, not at random
    (ten villages: a pass over the million notes 0.08 s instead of 0.68 s).
    """
    out: dict[str, list[Row]] = {}
    with book.raw() as conn:
        for kind in record_kinds():
            names = tuple(columns(kind))
            rows = conn.execute(f"SELECT {', '.join(names)} FROM {table_name(kind)}").fetchall()
            _sort_by_id(rows, names.index("id"))
            out[kind] = record_rows.as_dicts(names, rows)
    return out


def _sort_by_id(rows: list[Any], at: int) -> None:
    """By the id as it is (always text in a book: a key in C), else as text."""
    try:
        rows.sort(key=operator.itemgetter(at))
    except TypeError:
        rows.sort(key=lambda row: str(row[at]))


def read_audit(book: Book, after_seq: int = 0) -> list[Row]:
    """Audit lines after `after_seq`, oldest first, with their `seq`."""
    names = ("seq", *AUDIT_COLUMNS)
    with book.raw() as conn:
        cur = conn.execute(
            f"SELECT {', '.join(names)} FROM audit WHERE seq > ? ORDER BY seq", (after_seq,)
        )
        return [dict(zip(names, row, strict=True)) for row in cur]


def max_audit_seq(conn: Any) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()
    return int(row[0])


def insert_rows(
    conn: Any, kind: str, rows: Sequence[Mapping[str, Any]], *, with_tags: bool = True
) -> None:
    """Insert whole rows (ids and stamps as given) on an open raw connection, no commit.

    Notes get their tags too, unless the caller inserts those itself (`with_tags=False`)."""
    if not rows:
        return
    names = columns(kind)
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table_name(kind)} ({', '.join(names)}) VALUES ({marks})"
    conn.executemany(sql, record_rows.values(rows, names))
    if kind == "notes" and with_tags:
        insert_tags(conn, tag_rows(rows))


# A note's tags with their copies of its day, resident and minutes (m013): given here, the
# trigger `note_tags_fill` need not look the note up again for every tag of a bulk load.
TAGS_SQL = (
    "INSERT OR IGNORE INTO note_tags (note_id, tag, on_date, person_id, minutes) "
    "VALUES (?, ?, ?, ?, ?)"
)


def tag_rows(notes: Iterable[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """The `note_tags` rows of these notes (TAGS_SQL's parameters): each tag in a note's text
    with the note's day, resident and minutes."""
    return [
        (row["id"], tag, row.get("on_date"), row.get("person_id"), row.get("minutes"))
        for row in notes
        for tag in parse_tags(str(row.get("text") or ""))
    ]


def insert_tags(conn: Any, rows: Iterable[tuple[Any, ...]]) -> None:
    conn.executemany(TAGS_SQL, rows)


# An AFTER INSERT trigger whose whole body is one INSERT ... SELECT over `new` (the search
# index triggers): during a bulk load it can run once, set-based, instead of once per row.
_SET_BASED = re.compile(
    r"^CREATE TRIGGER (\w+) AFTER INSERT ON (\w+) BEGIN "
    r"(INSERT INTO \w+\s*\([^)]*\) SELECT (?:(?!;).)* WHERE (?:(?!;).)*;) END$",
    re.DOTALL,
)


# Triggers with nothing to do in a bulk load, dropped for it: the tags come after their notes
# (village: 100,000 searches of an empty table, ~0.1 s of the notes' insert).
_IDLE_IN_BULK = frozenset({note_tags.AFTER_NOTE_TRIGGER})


def load_tables(conn: Any, batches: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Insert whole tables into an empty book, inside the caller's transaction.

    Row-by-row index triggers are replaced by one set-based statement per table (the same
    SQL, over the table instead of `new`), and put back afterwards: about twice as fast for
    a village, with the same result. The search index is built meanwhile on a second thread
    (`search_build`); the caller's transaction must end with `search_build.release`, as
    `unsynced_transaction` does.
    """
    kinds = [k for k, rows in batches.items() if rows]
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({', '.join('?' * len(kinds))})",
        kinds,
    ).fetchall()
    matched = [(name, sql, _SET_BASED.match(" ".join(str(sql).split()))) for name, sql in triggers]
    deferred = [match for _name, _sql, match in matched if match]
    dropped = [(name, sql) for name, sql, match in matched if match or name in _IDLE_IN_BULK]
    for name, _sql in dropped:
        conn.execute(f'DROP TRIGGER "{name}"')
    builds = _search_builds(conn, deferred, batches)
    try:
        _load(conn, batches, kinds, deferred, builds)
    except BaseException:
        for build in builds:
            build.discard()
        raise
    for _name, sql in dropped:
        conn.execute(sql)


def _load(
    conn: Any,
    batches: Mapping[str, Sequence[Mapping[str, Any]]],
    kinds: Sequence[str],
    deferred: Sequence[re.Match[str]],
    builds: Sequence[search_build.Build],
) -> None:
    # The notes' tags are parsed on another thread while SQLite builds the indexes: one long
    # statement each, in C, which lets go of the GIL. Village: ~0.15 s of Python that no
    # longer adds to the open when a second core is free. Parsed after the search build has
    # copied its rows, so that only one thread at a time binds rows in Python.
    with ThreadPoolExecutor(max_workers=1) as pool:
        with _indexes_built_after(conn, kinds):
            for kind in kinds:
                insert_rows(conn, kind, batches[kind], with_tags=False)
            for build in builds:
                build.rows_are_in()
            tags = pool.submit(_tags_after, builds, batches.get("notes", ()))
        # Its own index by tag, built after the load too: at 10x a village the 930,000
        # pairs land all over that index, which by then no longer fits the page cache.
        # Before the search index is taken over: the second thread is still building it.
        with _indexes_built_after(conn, ["note_tags"]):
            insert_tags(conn, tags.result())
        built = {b.plan.fts_table for b in builds if b.take_over(conn, batches)}
        with _large_fts_hash(conn):
            for match in deferred:
                if _target(match) not in built:
                    conn.execute(_bulk_form(match))


def _tags_after(
    builds: Sequence[search_build.Build], notes: Sequence[Mapping[str, Any]]
) -> list[tuple[Any, ...]]:
    for build in builds:
        build.copied.wait()
    return tag_rows(notes)


def _search_builds(
    conn: Any,
    deferred: Sequence[re.Match[str]],
    batches: Mapping[str, Sequence[Mapping[str, Any]]],
) -> list[search_build.Build]:
    """One build on a second thread per full-text table that deferred triggers fill."""
    fts = set(_fts_tables(conn))
    by_table: dict[str, list[tuple[str, str, str]]] = {}
    for match in deferred:
        if _target(match) in fts:
            by_table.setdefault(_target(match), []).append(
                (match.group(1), match.group(2), match.group(3))
            )
    return [
        search_build.Build(search_build.plan(conn, name, sources), batches, _over_table)
        for name, sources in by_table.items()
    ]


def _target(trigger: re.Match[str]) -> str:
    """The table a deferred trigger inserts into."""
    return trigger.group(3).split()[2].split("(")[0]


def _bulk_form(trigger: re.Match[str]) -> str:
    """The statement that does a deferred trigger's work for the whole loaded table."""
    if trigger.group(1) == last_notes.BULK_TRIGGER:
        return last_notes.BULK_FILL
    return _over_table(trigger.group(2), trigger.group(3))


def _over_table(table: str, body: str) -> str:
    """The trigger's INSERT ... SELECT over `new`, rewritten over the whole table.

    In rowid order: the planner would otherwise walk a partial index that matches the
    trigger's condition (`activities_live_date`: by date), and FTS5 writes its buffer out as
    a new segment each time a rowid comes lower than the one before, then merges those tiny
    segments again and again. Village: the 2,500 activities took 0.3 s (9 % of the open),
    and the new book kept 17 segments and 2,700 free pages; in rowid order 6 and none.
    """
    head, _, condition = body.rstrip(";").rpartition(" WHERE ")
    # An upsert (last_notes, m013) keeps its ON CONFLICT clause after the ORDER BY.
    condition, upsert, action = condition.partition(" ON CONFLICT ")
    sql = f"{head} FROM {table} WHERE {condition} ORDER BY {table}.seq"
    if upsert:
        sql += f"{upsert}{action}"
    return re.sub(r"\bnew\.", f"{table}.", sql)


@contextlib.contextmanager
def _large_fts_hash(conn: Any) -> Iterator[None]:
    """A 16 MiB in-memory term buffer for each full-text table while it is filled in bulk
    (`search_build.FTS_BULK_HASH`); the default comes back inside the same transaction."""
    fts = _fts_tables(conn)
    for name in fts:
        _fts_hash(conn, name, search_build.FTS_BULK_HASH)
    yield
    for name in fts:
        _fts_hash(conn, name, search_build.FTS_DEFAULT_HASH)


def _fts_hash(conn: Any, name: str, size: int) -> None:
    conn.execute(f"INSERT INTO {name}({name}, rank) VALUES ('hashsize', ?)", (size,))


def _fts_tables(conn: Any) -> list[str]:
    return [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'"
        )
    ]


@contextlib.contextmanager
def _indexes_built_after(conn: Any, names: Sequence[str]) -> Iterator[None]:
    """Drop the tables' own indexes for a bulk load and create them again afterwards.

    One sort per index afterwards instead of an insert into every index for every row:
    100,000 notes (six indexes) load in 0.9 s instead of 2.0 s. Unique constraints
    (SQLite's automatic indexes) stay and keep checking during the load.
    """
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(names))})",
        list(names),
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.execute(sql)


def rows_by_id(conn: Any, kind: str, ids: Iterable[str]) -> dict[str, Row]:
    """The current rows with these ids (tombstones included), keyed by id."""
    names = columns(kind)
    wanted = list(ids)
    out: dict[str, Row] = {}
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        cur = conn.execute(
            f"SELECT {', '.join(names)} FROM {table_name(kind)} "
            f"WHERE id IN ({', '.join('?' * len(part))})",
            part,
        )
        for row in cur:
            record = dict(zip(names, row, strict=True))
            out[str(record["id"])] = record
    return out


def rows_by_id_book(book: Book, kind: str, record_id: str) -> Row:
    """One current row (tombstones included) by id, on its own connection."""
    with book.raw() as conn:
        return rows_by_id(conn, kind, [record_id])[record_id]


def insert_audit(conn: Any, rows: Iterable[Mapping[str, Any]]) -> None:
    """Audit lines as they came (from a bundle or a merge), through the one writer."""
    audit.write(conn, (audit.Line(*(row.get(c) or "" for c in AUDIT_COLUMNS)) for row in rows))


def audit_keys_between(conn: Any, first: str, last: str) -> set[tuple[str, ...]]:
    """The audit lines in a time range, as tuples, so a merge adds a line only once."""
    cur = conn.execute(
        f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit WHERE at BETWEEN ? AND ?", (first, last)
    )
    return {tuple(str(v) for v in row) for row in cur}
