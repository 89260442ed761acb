"""CSV import of sociale-kaart entries and volunteers: preview, duplicates, summary.

The whole import is one transaction: a file that turns out not to be a table, or any error
halfway, changes nothing. A dry run does all the work and then rolls back, so its summary is
exactly what a real import would do.

Duplicates: a row is the same as an existing record (or an earlier row) when the names are
equal (ignoring case, accents and spacing) and the phone numbers or the e-mail addresses are
equal; when neither side has a phone or e-mail, the same name alone counts. She chooses:
update the existing record with the row's non-empty values, or skip the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dorpsboek.domain.columns import (
    KAART,
    VOLUNTEERS,
    ParsedRow,
    guess_mapping,
    has_name,
    parse_row,
)
from dorpsboek.domain.csvtable import Table, read_table
from dorpsboek.domain.phone import phone_key
from dorpsboek.domain.textfold import fold
from dorpsboek.errors import NotATable, UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import kaart as kaart_store
from dorpsboek.store import rows as row_store
from dorpsboek.store.unit import Unit

TABLE_FOR = {KAART: "organisations", VOLUNTEERS: "volunteers"}


@dataclass(frozen=True)
class Skip:
    """A row left out (or a warning about one): its line, a reason code and a detail."""

    line: int
    reason: str  # no_name | duplicate_in_book | duplicate_in_file | bad_date | ...
    detail: str = ""


@dataclass
class ImportResult:
    kind: str
    imported: int = 0
    updated: int = 0
    skipped: list[Skip] = field(default_factory=list)
    warnings: list[Skip] = field(default_factory=list)
    dry_run: bool = False
    record_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Preview:
    table: Table
    mapping: dict[int, str]
    rows: list[ParsedRow]
    duplicates: int  # rows that match a record in the book or an earlier row
    trial: ImportResult  # what importing with "skip duplicates" would do

    def skip_for(self, line: int) -> Skip | None:
        return next((s for s in self.trial.skipped if s.line == line), None)


def load(path: Path) -> Table:
    """Read a CSV file; `NotATable` when it is not one (nothing in the book is touched)."""
    return read_table(Path(path).read_bytes())


def _check_kind(kind: str) -> None:
    if kind not in TABLE_FOR:
        raise UsageError(kind)


def _mapping(kind: str, table: Table, mapping: Mapping[int, str] | None) -> dict[int, str]:
    chosen = dict(mapping) if mapping is not None else guess_mapping(kind, table.headers)
    if not has_name(kind, chosen):
        raise NotATable("no name column")
    return chosen


@dataclass
class _Known:
    """One record (or earlier row) that later rows may duplicate."""

    record_id: str
    phone: str
    email: str
    line: int | None  # None: already in the book


class _Index:
    def __init__(self, existing: Iterable[Mapping[str, Any]]) -> None:
        self._by_name: dict[str, list[_Known]] = {}
        for row in existing:
            self.add(str(row["name"]), str(row["phone"]), str(row["email"]), str(row["id"]), None)

    def add(self, name: str, phone: str, email: str, record_id: str, line: int | None) -> None:
        known = _Known(record_id, phone_key(phone), email.strip().casefold(), line)
        self._by_name.setdefault(fold(name), []).append(known)

    def find(self, name: str, phone: str, email: str) -> _Known | None:
        key, mail = phone_key(phone), email.strip().casefold()
        for known in self._by_name.get(fold(name), ()):
            if (key and key == known.phone) or (mail and mail == known.email):
                return known
            if not (key or mail or known.phone or known.email):
                return known
        return None


def preview(
    casebook: Casebook,
    table: Table,
    kind: str,
    mapping: Mapping[int, str] | None = None,
    limit: int = 20,
) -> Preview:
    """The first rows as they will be read, and what an import would do (a dry run)."""
    _check_kind(kind)
    chosen = _mapping(kind, table, mapping)
    parsed = [parse_row(kind, chosen, r.line, r.cells) for r in table.rows[:limit]]
    trial = import_table(casebook, table, kind, chosen, dry_run=True)
    dupes = sum(1 for s in trial.skipped if s.reason.startswith("duplicate"))
    return Preview(table, chosen, parsed, dupes, trial)


def _s(row: ParsedRow, key: str) -> str:
    return str(row.values.get(key) or "")


def import_table(
    casebook: Casebook,
    table: Table,
    kind: str,
    mapping: Mapping[int, str] | None = None,
    *,
    update_duplicates: bool = False,
    dry_run: bool = False,
) -> ImportResult:
    """Import every row in one transaction; returns what was imported, updated and skipped."""
    _check_kind(kind)
    chosen = _mapping(kind, table, mapping)
    result = ImportResult(kind, dry_run=dry_run)
    with casebook.unit(dry_run=dry_run) as work:
        _Importer(work, kind, result, update_duplicates).run(
            parse_row(kind, chosen, r.line, r.cells) for r in table.rows
        )
    return result


def import_file(casebook: Casebook, path: Path, kind: str, **options: Any) -> ImportResult:
    return import_table(casebook, load(path), kind, **options)


class _Importer:
    def __init__(self, work: Unit, kind: str, result: ImportResult, update: bool) -> None:
        self.work, self.conn, self.kind = work, work.conn, kind
        self.table = TABLE_FOR[kind]
        self.result, self.update = result, update
        self.index = _Index(row_store.live(self.conn, self.table))

    def run(self, parsed: Iterable[ParsedRow]) -> None:
        for row in parsed:
            self.result.warnings += [Skip(row.line, r, d) for r, d in row.problems]
            if not row.name:
                self.result.skipped.append(Skip(row.line, "no_name"))
                continue
            known = self.index.find(row.name, _s(row, "phone"), _s(row, "email"))
            if known is None:
                self._insert(row)
            elif self.update:
                self._update(row, known.record_id)
            elif known.line is None:
                self.result.skipped.append(Skip(row.line, "duplicate_in_book", row.name))
            else:
                self.result.skipped.append(Skip(row.line, "duplicate_in_file", str(known.line)))

    def _insert(self, row: ParsedRow) -> None:
        record_id = self.work.insert(self.table, row.values)
        for contact in row.contacts:
            values = {"organisation_id": record_id, **contact}
            self.work.insert("contact_persons", values)
        self.index.add(row.name, _s(row, "phone"), _s(row, "email"), record_id, row.line)
        self.result.imported += 1
        self.result.record_ids.append(record_id)

    def _update(self, row: ParsedRow, record_id: str) -> None:
        values = {k: v for k, v in row.values.items() if v not in (None, "")}
        self.work.change(self.table, record_id, values)
        if row.contacts:
            have = {fold(str(c["name"])): c for c in kaart_store.contacts(self.conn, record_id)}
            for contact in row.contacts:
                found = have.get(fold(contact["name"]))
                if found is None:
                    values = {"organisation_id": record_id, **contact}
                    self.work.insert("contact_persons", values)
                else:
                    filled = {k: v for k, v in contact.items() if v}
                    self.work.change("contact_persons", found["id"], filled)
        self.result.updated += 1
        self.result.record_ids.append(record_id)
