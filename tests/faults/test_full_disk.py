"""Full disk: writing a note, making a backup or a restore fails with one plain sentence and
exit 1, and everything that existed is intact afterwards.

Two ways to run out of room: a small tmpfs mounted for the test (needs root and mount
rights; skipped with the reason otherwise), and RLIMIT_FSIZE in the child (works anywhere).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dorpsboek.cli.messages import say
from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.errors import DiskFull
from dorpsboek.services import backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli

ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": "nieuw wachtwoord 9"}
FULL = say("disk_full")


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs of our own; skipped where mounting is not allowed."""
    mountpoint = tmp_path / "klein"
    mountpoint.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a tmpfs mount needs root; the RLIMIT_FSIZE tests cover full disks here")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not allowed in this sandbox: {result.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def _fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of `folder` up to the last byte, then free `leave` bytes."""
    filler = folder / "vulling.bin"
    with open(filler, "ab", buffering=0) as fh:
        for size in (1 << 16, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * size)
            fh.seek(0, os.SEEK_END)
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def _snapshot(path: Path) -> dict[str, str]:
    with Book.open(path, PASSPHRASE) as book:
        assert book.verify().ok
        return {n.id: n.text for n in Casebook(book, actor="t").recent_notes(100_000)}


def _one_plain_sentence(stderr: str) -> None:
    assert stderr.strip() == FULL, stderr
    assert "Traceback" not in stderr


def _book_with_notes(path: Path, notes: int = 20) -> dict[str, str]:
    with Book.create(path, PASSPHRASE) as book:
        generate(book, DemoSize(10, notes, 5, 5), seed=1)
    return _snapshot(path)


@pytest.mark.parametrize("leave", [0, 4096, 20_000, 60_000])
def test_note_on_a_nearly_full_disk(small_fs: Path, leave: int) -> None:
    book_path = small_fs / "dorpsboek.db"
    before = _book_with_notes(book_path)
    filler = _fill(small_fs, leave)
    text = "op een volle schijf " + "lang verhaal " * 2000  # ~26 kB: more than some gaps hold
    r = run_cli("--book", str(book_path), "note", "Jantje Vol", text, env=ENV)
    assert r.returncode in (0, 1), r.stderr
    if leave == 0:
        assert r.returncode == 1
    if r.returncode == 1:
        _one_plain_sentence(r.stderr)
    filler.unlink()
    after = _snapshot(book_path)
    added = {k: v for k, v in after.items() if k not in before}
    assert {k: after[k] for k in before} == before
    assert list(added.values()) == ([text] if r.returncode == 0 else [])
    again = run_cli("--book", str(book_path), "note", "Jantje Vol", "weer ruimte", env=ENV)
    assert again.returncode == 0, again.stderr


def test_note_service_raises_disk_full_not_a_database_error(small_fs: Path) -> None:
    book_path = small_fs / "dorpsboek.db"
    before = _book_with_notes(book_path)
    with Book.open(book_path, PASSPHRASE) as book:
        filler = _fill(small_fs)
        with pytest.raises(DiskFull):
            Casebook(book, actor="t").add_note("vol " * 3000, person_name="Jantje")
        filler.unlink()
        Casebook(book, actor="t").add_note("na het opruimen", person_name="Jantje")
    after = _snapshot(book_path)
    assert {k: after[k] for k in before} == before and len(after) == len(before) + 1


def test_backup_to_a_full_disk_leaves_no_half_file(small_fs: Path, book_path: Path) -> None:
    before = _book_with_notes(book_path, notes=600)
    filler = _fill(small_fs, leave=50_000)  # room for part of the copy only
    r = run_cli("--book", str(book_path), "backup", "-o", str(small_fs / "kopie.db"), env=ENV)
    assert r.returncode == 1
    _one_plain_sentence(r.stderr)
    assert sorted(p.name for p in small_fs.iterdir()) == [filler.name]
    assert _snapshot(book_path) == before


def test_automatic_backup_and_restore_on_a_full_disk(small_fs: Path, book_path: Path) -> None:
    before = _book_with_notes(book_path, notes=600)
    folder = small_fs / "reservekopieen"
    with Book.open(book_path, PASSPHRASE) as book:
        first = backups.auto_backup(Casebook(book), folder, now=dt.datetime(2026, 3, 1, 9))
        assert first is not None
        filler = _fill(small_fs, leave=50_000)
        with pytest.raises(DiskFull):
            backups.auto_backup(Casebook(book), folder, now=dt.datetime(2026, 3, 2, 9))
    assert [b.path for b in backups.list_backups(folder)] == [first]
    assert sorted(p.name for p in folder.iterdir()) == [first.name]  # nothing half-written
    with pytest.raises(DiskFull):
        backups.restore_backup(first, small_fs / "terug.db", PASSPHRASE)
    assert not (small_fs / "terug.db").exists()
    assert sorted(p.name for p in small_fs.iterdir()) == sorted([filler.name, folder.name])
    filler.unlink()
    assert backups.inspect_backup(first, PASSPHRASE).counts["notes"] == len(before)
    assert _snapshot(book_path) == before


# ----- RLIMIT_FSIZE: a file may not grow past a limit (EFBIG), anywhere ------------------------


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _limited_cli(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dorpsboek.cli.main", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **ENV},
        preexec_fn=_file_size_limit(limit),
        timeout=120,
    )


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="no RLIMIT_FSIZE here")
@pytest.mark.parametrize("limit", [1024, 8192, 40_000])
def test_note_when_files_may_not_grow(book_path: Path, limit: int) -> None:
    before = _book_with_notes(book_path, notes=300)
    text = "te groot " * 6000
    r = _limited_cli(limit, "--book", str(book_path), "note", "Grietje", text)
    assert r.returncode == 1
    _one_plain_sentence(r.stderr)
    assert _snapshot(book_path) == before
    assert not [p for p in book_path.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("command", [("backup", "-o", "KOPIE"), ("passwd",)])
def test_backup_and_passphrase_change_when_files_may_not_grow(
    book_path: Path, command: tuple[str, ...]
) -> None:
    before = _book_with_notes(book_path, notes=600)
    kopie = book_path.parent / "kopie.db"
    args = [str(kopie) if a == "KOPIE" else a for a in command]
    r = _limited_cli(65_536, "--book", str(book_path), *args)
    assert r.returncode == 1
    _one_plain_sentence(r.stderr)
    assert not kopie.exists()
    assert _snapshot(book_path) == before  # and still the old passphrase
    names = sorted(p.name for p in book_path.parent.iterdir())
    assert names == ["dorpsboek.db", "dorpsboek.db.lock"]


def test_is_disk_full_knows_the_errors() -> None:
    from dorpsboek.atomic import is_disk_full

    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(OSError(errno.EFBIG, "File too large"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))


def test_a_disk_io_error_is_a_full_disk_only_where_there_is_no_room(
    small_fs: Path, tmp_path: Path
) -> None:
    import sqlite3

    from dorpsboek.atomic import is_disk_full

    broken = sqlite3.OperationalError("disk I/O error")
    assert not is_disk_full(broken)  # nothing known about where: a broken disk, not a full one
    assert not is_disk_full(broken, tmp_path)  # plenty of room here
    filler = small_fs / "vol"
    with contextlib.suppress(OSError), filler.open("wb") as f:
        while True:
            f.write(b"\0" * 65536)
    assert is_disk_full(broken, small_fs / "boek.db")
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))


# ----- other writers: import, exports, handover bundle ----------------------------------------

BUNDLE_PASSPHRASE = "molen-kers-dansen-haven-blauw-pen"
KAART_CSV = Path(__file__).parents[1] / "fixtures" / "kaart" / "gemeente_cp1252_puntkomma.csv"


def _stats(book_path: Path) -> dict[str, int]:
    with Book.open(book_path, PASSPHRASE) as book:
        return Casebook(book, actor="t").stats()


@pytest.mark.skipif(not KAART_CSV.exists(), reason="the CSV fixture is missing")
def test_csv_import_on_a_full_disk_changes_nothing(small_fs: Path) -> None:
    book_path = small_fs / "dorpsboek.db"
    notes = _book_with_notes(book_path)
    before = _stats(book_path)
    filler = _fill(small_fs)
    r = run_cli("--book", str(book_path), "import", "kaart", str(KAART_CSV), env=ENV)
    assert r.returncode == 1, r.stderr
    _one_plain_sentence(r.stderr)
    filler.unlink()
    assert _stats(book_path) == before and _snapshot(book_path) == notes
    assert (
        run_cli("--book", str(book_path), "import", "kaart", str(KAART_CSV), env=ENV).returncode
        == 0
    )


@pytest.mark.parametrize(
    "command",
    [
        ("export", "kaart", "-o", "OUT/kaart.csv"),
        ("export", "kaart", "-o", "OUT/kaart.html"),
        ("handover", "export", "-o", "OUT/pakket.age"),
    ],
)
def test_exports_to_a_full_disk_leave_no_half_file(
    small_fs: Path, book_path: Path, command: tuple[str, ...]
) -> None:
    before = _book_with_notes(book_path, notes=400)
    filler = _fill(small_fs, leave=2048)
    args = [a.replace("OUT", str(small_fs)) for a in command]
    env = {**ENV, "DORPSBOEK_BUNDLE_PASSPHRASE": BUNDLE_PASSPHRASE}
    r = run_cli("--book", str(book_path), *args, env=env)
    assert r.returncode == 1, r.stderr
    _one_plain_sentence(r.stderr)
    assert sorted(p.name for p in small_fs.iterdir()) == [filler.name]
    assert _snapshot(book_path) == before


def test_a_broken_disk_is_not_called_full() -> None:
    import sqlite3

    from dorpsboek.ui import failures

    text = failures.sentence(sqlite3.OperationalError("disk I/O error"))
    assert text.startswith("Lezen of schrijven op de schijf ging mis (")
    assert "vol" not in text
