"""Opening one keyed SQLCipher connection with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from dorpsboek.domain.dates import iso_day
from dorpsboek.domain.textfold import fold
from dorpsboek.store.keyheader import KeyHeader

DatabaseError = sqlcipher3.dbapi2.DatabaseError
# Page cache per connection. SQLite's default (8 MiB, 2,000 pages) holds what the daily
# screens read in a village book, but not in a book of three villages: Vandaag's contact list
# and signal radar then cycle through more pages than fit, and plain LRU misses every one of
# them on each refresh (docs/performance.md, cost curves). Pages are kept only once read.
CACHE_MIB = 32


def _null(_value: None) -> None:
    return None


# Binding None (SQL NULL) otherwise costs a failed adapter lookup that raises and discards a
# ProgrammingError inside the driver: ~2.6 us per NULL, so 0.6 s of a village handover open
# (235,000 NULLs in its rows). Registered, the adapter is found at once and NULL stays NULL.
sqlcipher3.register_adapter(type(None), _null)


def connect(path: Path, header: KeyHeader, key: bytes) -> Any:
    """A connection ready for use; raises DatabaseError if the key does not fit."""
    conn = sqlcipher3.connect(str(path), timeout=5.0, check_same_thread=False)
    # SQLCipher logs HMAC failures to stderr by default; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{header.key_spec(key)}"')
    # Temp tables and sort spills stay in memory: SQLCipher does not encrypt temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = {-CACHE_MIB * 1024}")
    # The domain's own folding and date reading inside SQL, so a query sorts and judges rows
    # exactly as the Python rules do, and a screen can count and LIMIT in SQL (Vandaag).
    conn.create_function("fold", 1, _fold, deterministic=True)
    conn.create_function("iso_day", 1, iso_day, deterministic=True)
    return conn


def _fold(text: object) -> object:
    return fold(text) if isinstance(text, str) else text
