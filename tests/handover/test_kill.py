"""A process killed while opening a bundle leaves no book at the target."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.handover import emergency
from dorpsboek.handover import open as opening
from dorpsboek.store.book import Book
from tests.handover.conftest import NEW_PASSPHRASE


@pytest.mark.slow
def test_kill_during_open_leaves_no_book(book: Book, tmp_path: Path) -> None:
    generate(book, DemoSize(1500, 20000, 200, 100), seed=2)
    setup = emergency.setup(book)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = emergency.refresh(book, stick)
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(setup.secret)
    target = tmp_path / "doel" / "boek.db"
    env = {**os.environ, "DORPSBOEK_NEW_PASSPHRASE": NEW_PASSPHRASE}
    command = [sys.executable, "-m", "dorpsboek.cli.main", "emergency", "open", str(bundle),
               "--into", str(target), "--key-file", str(keyfile)]  # fmt: skip
    killed = 0
    for delay in (0.0, 0.05, 0.1):
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        # Wait until the half-built book exists, then kill at once (or a moment later).
        while time.monotonic() < deadline and proc.poll() is None:
            if target.parent.exists() and any(target.parent.glob(".boek.db.opening-*")):
                break
            time.sleep(0.005)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        assert not target.exists() or proc.returncode == 0
        if target.exists():
            target.unlink()
    assert killed >= 1
    # The next open cleans up the leftovers and succeeds.
    opening.open_into(emergency.read_bundle(bundle.read_bytes(), setup.secret), target,
                      NEW_PASSPHRASE)  # fmt: skip
    assert sorted(p.name for p in target.parent.iterdir()) == ["boek.db"]
