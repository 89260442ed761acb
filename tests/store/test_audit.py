"""The audit trail has one writer: no other module of ours inserts into `audit`."""

from __future__ import annotations

import re
from pathlib import Path

from dorpsboek.store import audit
from dorpsboek.store.book import Book

SRC = Path(__file__).parents[2] / "src" / "dorpsboek"
INSERT = re.compile(r"insert\s+(or\s+\w+\s+)?into\s+audit\b", re.IGNORECASE)


def test_only_the_audit_module_writes_audit_lines() -> None:
    writers = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if INSERT.search(p.read_text("utf-8"))
    ]
    assert writers == ["store/audit.py"]


def test_a_line_holds_field_names_sorted_as_json(book: Book) -> None:
    with book.raw() as conn:
        line = audit.Line("2025-01-01T00:00:00.000000Z", "ik", "update", "notes", "n1", "")
        audit.write(conn, [line._replace(fields=audit.names(["text", "kind"]))])
        conn.commit()
        stored = conn.execute("SELECT at, actor, action, kind, record_id, fields FROM audit")
        assert stored.fetchall() == [
            ("2025-01-01T00:00:00.000000Z", "ik", "update", "notes", "n1", '["kind", "text"]')
        ]
