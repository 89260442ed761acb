"""Building the search index of a book that is being filled in bulk, on a second core.

A handover open fills an empty book in one transaction. Tokenising every note into the FTS5
index is one long stretch of C that has nothing to do with the rows, indexes and tags the
same connection builds meanwhile; but one connection runs one statement at a time. So the
index is built beside it: a second connection, on its own thread, fills a private in-memory
database (never a file: it holds the notes' words) with just the columns the index triggers
read and the very same trigger SQL over them, and the book then takes its shadow tables over
as they are (page-sized blobs, no tokenising). Village: the ~0.4 s of the index build then
runs while the book builds its own indexes.

The index rowids are `kind << 40 | seq`. The copy gives seq 1..n in batch order, and so does
an empty book; `take_over` checks that both did, and otherwise returns False so the caller
builds the index itself, the slow way, with the same result.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from dorpsboek.store import rows as record_rows

# FTS5 writes a segment each time its in-memory term buffer fills, then merges them: a 16 MiB
# buffer while filling in bulk cuts the index build for 100,000 notes by about a third.
FTS_BULK_HASH = 16 << 20
FTS_DEFAULT_HASH = 1 << 20
_NAME = "dorpsboek-search-build"
_ALIAS = "search_build"
_COUNTER = itertools.count()
_COUNTER_LOCK = threading.Lock()
_NEW_COLUMN = re.compile(r"\bnew\.(\w+)")


@dataclass(frozen=True)
class Source:
    """One table whose index trigger the copy replays: its name, the columns that trigger
    reads (with their declared types, so values concatenate as in the book) and its SQL."""

    table: str
    columns: tuple[tuple[str, str], ...]
    statement: str


@dataclass(frozen=True)
class Plan:
    """What the second thread needs, all read from the book before it starts."""

    fts_table: str
    create_sql: str
    config: tuple[tuple[str, Any], ...]
    sources: tuple[Source, ...]


def plan(conn: Any, fts_table: str, triggers: Sequence[tuple[str, str, str]]) -> Plan:
    """The plan for `fts_table`, from (trigger, table, INSERT ... SELECT over new) triples."""
    create = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (fts_table,)
    ).fetchone()[0]
    config = tuple(
        (str(k), v)
        for k, v in conn.execute(f"SELECT k, v FROM {fts_table}_config WHERE k != 'version'")
    )
    sources = []
    for _trigger, table, body in triggers:
        declared = {
            str(name): str(kind or "")
            for _cid, name, kind, *_ in conn.execute(f"PRAGMA table_info({table})")
        }
        used = dict.fromkeys(c for c in _NEW_COLUMN.findall(body) if c != "seq")
        sources.append(Source(table, tuple((c, declared[c]) for c in used), body))
    return Plan(fts_table, str(create), config, tuple(sources))


class Build:
    """The index being built on its own thread; `take_over` waits for it and copies it in.

    The thread copies the rows only once `rows_are_in` says the book has its own: two
    threads binding 100,000 rows at once hand the GIL back and forth after every row and
    take three times as long (village: 1.1 s for the notes instead of 0.3 s). After that
    the book builds its indexes and this thread the search index, each in one long
    statement in C without the GIL. `copied` is set once the thread's Python part is done.
    """

    def __init__(
        self,
        plan: Plan,
        batches: Mapping[str, Sequence[Mapping[str, Any]]],
        over_table: Callable[[str, str], str],
    ) -> None:
        self.plan = plan
        with _COUNTER_LOCK:
            self._uri = f"file:{_NAME}-{id(self)}-{next(_COUNTER)}?mode=memory&cache=shared"
        self._go = threading.Event()
        self.copied = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._future: Future[Any] = self._pool.submit(self._build, batches, over_table)

    def _build(
        self,
        batches: Mapping[str, Sequence[Mapping[str, Any]]],
        over_table: Callable[[str, str], str],
    ) -> Any:
        conn = sqlcipher3.connect(self._uri, uri=True, check_same_thread=False)
        try:
            conn.execute(self.plan.create_sql)
            for key, value in self.plan.config:
                _set(conn, self.plan.fts_table, key, value)
            _set(conn, self.plan.fts_table, "hashsize", FTS_BULK_HASH)
            self._go.wait()
            try:
                for source in self.plan.sources:
                    _copy_rows(conn, source, batches.get(source.table, ()))
            finally:
                self.copied.set()
            for source in self.plan.sources:
                conn.execute(over_table(source.table, source.statement))
            _set(conn, self.plan.fts_table, "hashsize", FTS_DEFAULT_HASH)
            for source in self.plan.sources:
                conn.execute(f"DROP TABLE {source.table}")
            conn.commit()
        except BaseException:
            conn.close()
            raise
        return conn

    def rows_are_in(self) -> None:
        """The book has inserted its rows: the thread may copy its own now."""
        self._go.set()

    def take_over(self, conn: Any, batches: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
        """Wait for the copy and put its index into the book on `conn` (inside the caller's
        transaction); False, and nothing changed, if the book's rows got other seqs."""
        self._go.set()
        try:
            built = self._future.result()
        finally:
            self._pool.shutdown()
        try:
            for source in self.plan.sources:
                if not _seqs_are_1_to_n(conn, source.table, len(batches.get(source.table, ()))):
                    return False
            _replace_index(conn, self.plan, self._uri)
            return True
        finally:
            built.close()

    def discard(self) -> None:
        """After a failure elsewhere: wait for the thread and drop its copy."""
        self._go.set()
        # The caller is already handling the first error; one from this thread adds nothing.
        with contextlib.suppress(Exception):
            self._future.result().close()
        self._pool.shutdown()


def _set(conn: Any, fts: str, key: str, value: Any) -> None:
    conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES (?, ?)", (key, value))


def _copy_rows(conn: Any, source: Source, rows: Sequence[Mapping[str, Any]]) -> None:
    """The rows with only the columns the trigger reads, seq 1..n in batch order."""
    names = [name for name, _ in source.columns]
    columns = ", ".join(f'"{name}" {kind}' for name, kind in source.columns)
    conn.execute(f"CREATE TABLE {source.table} (seq INTEGER PRIMARY KEY, {columns})")
    marks = ", ".join("?" * len(names))
    conn.executemany(
        f"INSERT INTO {source.table} ({', '.join(names)}) VALUES ({marks})",
        record_rows.values(rows, names),
    )


def _seqs_are_1_to_n(conn: Any, table: str, n: int) -> bool:
    count, low, high = conn.execute(
        f"SELECT count(*), coalesce(min(seq), 1), coalesce(max(seq), 0) FROM {table}"
    ).fetchone()
    return bool(count == n and low == 1 and high == n)


def _replace_index(conn: Any, plan: Plan, uri: str) -> None:
    """Drop the book's (empty) index, create it anew and fill its shadow tables with the
    copy's. Created anew so that the connection holds no cached view of the old index: the
    first use after this reads the copied structure. The copy stays attached until the
    transaction ends (SQLite cannot detach a database a transaction has read): `release`."""
    fts = plan.fts_table
    conn.execute(f"DROP TABLE {fts}")
    conn.execute(plan.create_sql)
    conn.execute(f"ATTACH DATABASE ? AS {_ALIAS} KEY ''", (uri,))
    shadows = [
        str(name)
        for (name,) in conn.execute(f"SELECT name FROM {_ALIAS}.sqlite_master WHERE type = 'table'")
        if str(name).startswith(f"{fts}_")
    ]
    for shadow in shadows:
        conn.execute(f"DELETE FROM main.{shadow}")
        conn.execute(f"INSERT INTO main.{shadow} SELECT * FROM {_ALIAS}.{shadow}")


def release(conn: Any) -> None:
    """After the transaction: let go of an attached copy, which frees its memory."""
    attached = {str(row[1]) for row in conn.execute("PRAGMA database_list")}
    if _ALIAS in attached:
        conn.execute(f"DETACH DATABASE {_ALIAS}")
