"""Schema version 2: one FTS5 search index over persons, notes, organisations and volunteers.

The index rowid encodes the kind in its high bits (kind << 40 | seq), so a hit maps back to
its row without a lookup table and a kind can be searched alone with a rowid range. Triggers
keep the index in step with every insert, update, tombstone and delete, whatever the writer.
"""

from __future__ import annotations

from typing import Any

KIND_BITS = 40
# (kind code, table, title expression, body expression)
_SOURCES = (
    (1, "persons", "{r}.name", "{r}.address || ' ' || {r}.reach"),
    (
        2,
        "organisations",
        "{r}.name",
        "{r}.category || ' ' || {r}.themes || ' ' || {r}.description || ' ' || {r}.city",
    ),
    (3, "volunteers", "{r}.name", "{r}.skills || ' ' || {r}.remarks"),
    (4, "notes", "''", "{r}.text"),
)


def _insert_sql(code: int, title: str, body: str, r: str) -> str:
    return (
        f"INSERT INTO search(rowid, title, body) SELECT ({code} << {KIND_BITS}) + {r}.seq, "
        f"{title.format(r=r)}, {body.format(r=r)} WHERE {r}.deleted_at IS NULL;"
    )


def upgrade(cur: Any) -> None:
    cur.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    # Titles weigh more than bodies when ranking.
    cur.execute("INSERT INTO search(search, rank) VALUES ('rank', 'bm25(10.0, 1.0)')")
    for code, table, title, body in _SOURCES:
        delete = f"DELETE FROM search WHERE rowid = ({code} << {KIND_BITS}) + old.seq;"
        cur.execute(
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN "
            f"{_insert_sql(code, title, body, 'new')} END"
        )
        cur.execute(
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN "
            f"{delete} {_insert_sql(code, title, body, 'new')} END"
        )
        cur.execute(f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {delete} END")
        backfill = _insert_sql(code, title, body, table).replace(
            f" WHERE {table}.deleted_at", f" FROM {table} WHERE {table}.deleted_at"
        )
        cur.execute(backfill)
