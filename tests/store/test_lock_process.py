"""A second process on the same book gets exit 6; a killed holder leaves no blocking lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

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
