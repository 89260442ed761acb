"""Books as an earlier Dorpsboek wrote them, for the upgrade tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dorpsboek.store import migrations
from dorpsboek.store.book import _write_new_book
from dorpsboek.store.connection import connect
from dorpsboek.store.keyheader import TEST_PARAMS, KeyHeader
from tests.helpers import PASSPHRASE


def book_at_schema(path: Path, version: int) -> Any:
    """A new book at `path` with the migrations up to `version` only; returns its open raw
    connection (the caller writes its rows, commits and closes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = KeyHeader.new(TEST_PARAMS)
    key = header.derive_key(PASSPHRASE)
    _write_new_book(path, header, key)
    conn = connect(path, header, key)
    cur = conn.cursor()
    for step, upgrade in migrations.steps(0, version):
        upgrade(cur)
        cur.execute(f"PRAGMA user_version = {step}")
    return conn
