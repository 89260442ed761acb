"""Reading CSV files as spreadsheets and municipalities really write them.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode text"), Windows-1252.
Delimiters: comma, semicolon, tab or pipe, chosen by which one gives the most rows with the
header's number of columns. Quoted fields may hold line breaks; empty lines are skipped. Each
row keeps the line number where it starts, so a summary can point at it. Anything that is not
a table raises `NotATable` before a single record is touched.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

from dorpsboek.domain.textfold import fold
from dorpsboek.errors import NotATable

DELIMITERS = (";", ",", "\t", "|")
_SAMPLE_ROWS = 50
_NAME_HEADERS = {"naam", "name", "organisatie", "vrijwilliger"}
# Control characters other than tab/CR/LF/FF do not occur in text tables; many of them (or a
# NUL byte) mean a binary file such as a spreadsheet in .xlsx or a picture.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\r", "\n", "\f"}


@dataclass(frozen=True)
class Row:
    line: int  # 1-based line number in the file where the row starts
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    delimiter: str
    encoding: str


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"  # a cut-off last char
    if b"\x00" in data:
        raise NotATable("binary")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def header_key(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(header))


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    return controls > max(2, len(sample) // 100)


def _records(text: str, delimiter: str, limit: int | None = None) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[Row] = []
    next_line = 1
    for cells in reader:
        start = next_line
        next_line = reader.line_num + 1
        stripped = tuple(c.strip() for c in cells)
        if any(stripped):
            rows.append(Row(start, stripped))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def sniff_delimiter(text: str) -> str:
    """The delimiter under which most sample rows have the header's (>1) number of columns."""
    best, best_score = "", (0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = _records(text, delimiter, _SAMPLE_ROWS)
        except csv.Error:
            continue
        if not rows or len(rows[0].cells) < 2:
            continue
        width = len(rows[0].cells)
        counts = Counter(len(r.cells) for r in rows)
        # Some tools leave off empty trailing cells, so shorter rows still fit the table.
        fitting = sum(n for size, n in counts.items() if 2 <= size <= width)
        score = (counts[width], width)
        if fitting * 10 >= len(rows) * 6 and score > best_score:
            best, best_score = delimiter, score
    return best


def _single_column(text: str) -> str:
    """A list of names alone is a table when its header says so; other one-column text is not."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if header_key(first) not in _NAME_HEADERS:
        raise NotATable("one column")
    return ","


def read_table(data: bytes) -> Table:
    """Parse a CSV file's bytes; the first non-empty row is the header."""
    if not data.strip():
        raise NotATable("empty")
    text, encoding = decode(data)
    if _looks_binary(text):
        raise NotATable("binary")
    delimiter = sniff_delimiter(text) or _single_column(text)
    try:
        rows = _records(text, delimiter)
    except csv.Error as exc:
        raise NotATable("unreadable") from exc
    header, body = rows[0], rows[1:]
    width = len(header.cells)
    padded = tuple(
        Row(r.line, r.cells + ("",) * (width - len(r.cells)) if len(r.cells) < width else r.cells)
        for r in body
    )
    return Table(header.cells, padded, delimiter, encoding)


# A cell starting with one of these is a formula to a spreadsheet ("CSV injection"); written
# with a leading apostrophe it stays text, and `unguard` takes the apostrophe off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formula(cell: str) -> bool:
    bare = cell.lstrip("'")
    return len(bare) > 1 and bare.startswith(_FORMULA_START)


def guard(cell: str) -> str:
    # Apostrophes already in front get one more, so every cell reads back unchanged.
    return "'" + cell if _formula(cell) else cell


def unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and _formula(cell) else cell


def write_table(headers: list[str], rows: list[list[str]]) -> bytes:
    """CSV as Dutch spreadsheets open it by double-click: semicolons, UTF-8 with BOM, CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers)
    writer.writerows([guard(cell) for cell in row] for row in rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
