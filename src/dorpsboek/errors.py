"""Named, expected failures: each maps to a CLI exit code and one plain sentence."""

from __future__ import annotations


class DorpsboekError(Exception):
    """An expected failure the user can understand; `exit_code` follows the CLI contract."""

    exit_code = 1
    # A stable key the front ends translate into one plain sentence.
    key = "failure"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.key)
        self.detail = detail


class UsageError(DorpsboekError):
    exit_code = 2
    key = "usage"


class PassphraseMissing(DorpsboekError):
    exit_code = 2
    key = "passphrase_missing"


class WrongPassphrase(DorpsboekError):
    exit_code = 3
    key = "wrong_passphrase"


class DamagedFile(DorpsboekError):
    exit_code = 4
    key = "damaged_file"


class NotABook(DamagedFile):
    key = "not_a_book"


class NewerFormat(DorpsboekError):
    exit_code = 5
    key = "newer_format"


class BookInUse(DorpsboekError):
    exit_code = 6
    key = "book_in_use"


class BookExists(DorpsboekError):
    key = "book_exists"


class BookNotFound(DorpsboekError):
    key = "book_not_found"


class DiskFull(DorpsboekError):
    key = "disk_full"


class NotFound(DorpsboekError):
    key = "record_not_found"


class WeakPassphrase(DorpsboekError):
    exit_code = 2
    key = "weak_passphrase"


class WeakBundlePassphrase(WeakPassphrase):
    """A passphrase too weak for a package that leaves the laptop (handover/passphrase.py)."""

    key = "weak_bundle_passphrase"


class NotATable(DamagedFile):
    """An import file that is not a readable table (binary, empty, no recognisable columns)."""

    key = "not_a_table"


class NotABundle(DamagedFile):
    """A file (or an age file's content) that is not a Dorpsboek bundle: exit 4."""

    key = "not_a_bundle"


class ForeignReturn(DorpsboekError):
    """A return bundle that belongs to no handover issued by this book."""

    key = "foreign_return"


class StaleReturn(DorpsboekError):
    """A return bundle older than one already merged for the same handover."""

    key = "stale_return"


class NoGoodBackup(DorpsboekError):
    """No backup of the book opens and passes the check with this passphrase."""

    key = "no_good_backup"


class NotDamaged(DorpsboekError):
    """Rescue was asked for a book that opens fine: nothing to rescue, nothing changed."""

    key = "not_damaged"


class NotARegularFile(UsageError):
    """A save target that exists but is a folder, link or device: never replaced."""

    key = "not_a_regular_file"


class RecordsExist(DorpsboekError):
    """Generated records whose ids are already in the book (demo data with the same seed)."""

    key = "records_exist"


class UnknownParticipant(UsageError):
    """An activity named someone (`--with`) who is not in the book: nothing is stored."""

    key = "unknown_participant"


class UnknownResident(UsageError):
    """A resident named on the command line who is not in the book: nothing is changed."""

    key = "unknown_resident"
