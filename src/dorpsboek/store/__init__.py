"""Storage: the encrypted book file, its schema, migrations and the SQL that reads and writes it."""

from dorpsboek.store import sqlite_process as _sqlite_process

# Before any module of the store imports the driver (see sqlite_process).
_sqlite_process.configure()
