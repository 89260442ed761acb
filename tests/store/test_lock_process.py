"""A second process on the same book gets exit 6; a killed holder leaves no blocking lock."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dorpsboek.cli.messages import say
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli

HOLD = """
import sys, time
from pathlib import Path
from dorpsboek.store.book import Book
book = Book.open(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
time.sleep(60)
"""


def test_second_process_gets_exit_6_and_stale_lock_does_not_block(book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(book_path), PASSPHRASE], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        r = run_cli("--book", str(book_path), "stats", env={"DORPSBOEK_PASSPHRASE": PASSPHRASE})
        assert r.returncode == 6
        assert "al geopend" in r.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    time.sleep(0.05)
    r = run_cli("--book", str(book_path), "verify", env={"DORPSBOEK_PASSPHRASE": PASSPHRASE})
    assert r.returncode == 0, r.stderr


WRITE_AND_HOLD = """
import sys
from pathlib import Path
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
book = Book.open(Path(sys.argv[1]), sys.argv[2])
Casebook(book, actor="t").add_note("van het eerste proces", person_name="Houder")
print("open", flush=True)
n = 0
while True:  # keep writing until killed
    Casebook(book, actor="t").add_note(f"doorlopend {n}", person_name="Houder")
    n += 1
"""


def _stats(book_path: Path) -> dict[str, int]:
    r = run_cli(
        "--book", str(book_path), "stats", "--json", env={"DORPSBOEK_PASSPHRASE": PASSPHRASE}
    )
    assert r.returncode == 0, r.stderr
    return dict(json.loads(r.stdout))


def test_every_command_on_a_book_open_elsewhere_gets_exit_6_and_changes_nothing(
    book_path: Path, tmp_path: Path
) -> None:
    Book.create(book_path, PASSPHRASE).close()
    env = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": "nieuw wachtwoord 1"}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(book_path), PASSPHRASE], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = book_path.read_bytes()
        for args in (
            ("note", "Tweede", "mag niet"),
            ("passwd",),
            ("backup", "-o", str(tmp_path / "kopie.db")),
            ("demo-data", "--persons", "2", "--notes", "2"),
            ("search", "niet"),
        ):
            r = run_cli("--book", str(book_path), *args, env=env)
            assert r.returncode == 6, (args, r.stderr)
            assert r.stderr.strip() == say("book_in_use")
        assert book_path.read_bytes() == before
        assert not (tmp_path / "kopie.db").exists()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert _stats(book_path)["notes"] == 0


@pytest.mark.slow
def test_writers_killed_while_holding_the_lock_never_block_the_next_start(
    book_path: Path,
) -> None:
    Book.create(book_path, PASSPHRASE).close()
    lock_file = book_path.with_name(book_path.name + ".lock")
    for _ in range(3):
        holder = subprocess.Popen(
            [sys.executable, "-c", WRITE_AND_HOLD, str(book_path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
        assert lock_file.exists()  # the file stays behind; its OS lock did not
        started = time.monotonic()
        r = run_cli(
            "--book",
            str(book_path),
            "note",
            "Volgende",
            "na de crash",
            env={"DORPSBOEK_PASSPHRASE": PASSPHRASE},
        )
        assert r.returncode == 0, r.stderr
        assert time.monotonic() - started < 30  # no waiting for a timeout
    assert _stats(book_path)["notes"] >= 6
    r = run_cli("--book", str(book_path), "verify", env={"DORPSBOEK_PASSPHRASE": PASSPHRASE})
    assert r.returncode == 0, r.stderr


def test_a_leftover_lock_file_with_junk_in_it_does_not_block(book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    book_path.with_name(book_path.name + ".lock").write_bytes(b"pid 12345 from an old crash\n")
    with Book.open(book_path, PASSPHRASE):
        pass
