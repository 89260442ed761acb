"""Process-wide settings of the SQLite library inside `sqlcipher3`, made before any connection.

SQLite counts every allocation for `sqlite3_memory_used` (memory statistics, on by default
in the `sqlcipher3` build) under one global mutex, which every thread's every malloc and
free then takes. A handover open builds the book's indexes on one thread while another
tokenises the search index (`store/search_build.py`): both allocate all the time, and that
one lock made them slow each other down (village, A/B in one run: the open 2.0-2.5 s with
the statistics off, 2.3-3.0 s with them on; the encrypted-copy floor unchanged). We never
read those statistics, nor use the soft heap limit that needs them, so they are switched off.

The driver has no call for `sqlite3_config`, so it is reached through ctypes, in the
library the driver itself loaded. SQLite accepts it only while shut down, and shutting down
under an open connection would break that connection: so it happens only when this module
is the first to import `sqlcipher3` (`dorpsboek.store` imports it before anything else of
the store), and anything unexpected leaves the library as it was. Whether it worked is
read off the library afterwards (an allocation no longer moves the count), not assumed:
`sqlite3_config` takes variable arguments, which ctypes passes right on some platforms only.
"""

from __future__ import annotations

import ctypes
import sys

_CONFIG_MEMSTATUS = 9  # SQLITE_CONFIG_MEMSTATUS in sqlite3.h
_OK = 0

# Whether the statistics are off in this process (tests check it, benchmarks report it).
memstatus_off = False


def configure() -> bool:
    """Switch SQLite's memory statistics off if no connection can exist yet; True if done."""
    global memstatus_off
    if memstatus_off or "sqlcipher3" in sys.modules:
        return bool(memstatus_off)  # imported before us: someone may hold a connection
    import sqlcipher3._sqlite3 as extension

    try:
        library = ctypes.CDLL(extension.__file__)
        shutdown, config, initialize = (
            library.sqlite3_shutdown,
            library.sqlite3_config,
            library.sqlite3_initialize,
        )
    except (OSError, AttributeError):
        return False  # a build that does not export SQLite's functions: leave it as it is
    if shutdown() != _OK:
        return False
    config(_CONFIG_MEMSTATUS, ctypes.c_int(0))
    initialize()  # (the first sqlite3_open would also do it)
    memstatus_off = not _counts_memory(library)
    return memstatus_off


def _counts_memory(library: ctypes.CDLL) -> bool:
    """Whether SQLite still counts its allocations: one of 4 KiB moves the count if so."""
    try:
        used, malloc, free = (
            library.sqlite3_memory_used,
            library.sqlite3_malloc,
            library.sqlite3_free,
        )
    except AttributeError:
        return True
    used.restype = ctypes.c_int64
    malloc.restype = ctypes.c_void_p
    malloc.argtypes = [ctypes.c_int]
    free.argtypes = [ctypes.c_void_p]
    before = used()
    block = malloc(4096)
    counted = bool(used() != before)
    free(block)
    return counted
