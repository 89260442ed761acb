"""SQLite's memory statistics are switched off before the first connection, and only then.

Each case runs in a fresh interpreter: the setting is process-wide and made once, at the
first import of `dorpsboek.store`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Opens a real book and writes to it; reports whether the library the driver uses counts
# its memory (a new connection moves the count only while the statistics are on).
_PROBE = """
import ctypes, json, sys
from pathlib import Path
{before}
import dorpsboek.store
from dorpsboek.store import sqlite_process
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import TEST_PARAMS
import sqlcipher3._sqlite3 as extension
library = ctypes.CDLL(extension.__file__)
library.sqlite3_memory_used.restype = ctypes.c_int64
used = library.sqlite3_memory_used()
with Book.create(Path(sys.argv[1]), "geheugen-telt-niet-mee", TEST_PARAMS) as book:
    casebook = Casebook(book)
    person = casebook.add_person("Tjitske Telvrij")
    casebook.add_note("Gesprek over #tuin", person_id=person)
    counted = library.sqlite3_memory_used() != used
    notes = len(casebook.notes_for_person(person))
print(json.dumps({{"off": sqlite_process.memstatus_off, "counted": counted, "notes": notes,
                  "early": {early}}}))
"""


def _probe(tmp_path: Path, before: str = "", early: str = "None") -> dict[str, object]:
    code = _PROBE.format(before=before, early=early)
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "boek.db")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_statistics_are_off_in_the_library_the_driver_uses(tmp_path: Path) -> None:
    result = _probe(tmp_path)
    assert result == {"off": True, "counted": False, "notes": 1, "early": None}


def test_a_connection_opened_before_the_store_is_left_alone(tmp_path: Path) -> None:
    before = "import sqlcipher3\nearly = sqlcipher3.connect(':memory:')\n"
    result = _probe(tmp_path, before, "early.execute('SELECT 41 + 1').fetchone()[0]")
    assert result == {"off": False, "counted": True, "notes": 1, "early": 42}
