"""A merge killed at any moment leaves the book whole: the state before it, or after it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dorpsboek.domain.records import Kind
from dorpsboek.handover import emergency, handback
from dorpsboek.handover import open as opening
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump
from dorpsboek.store.book import Book
from tests.handover.conftest import NEW_PASSPHRASE, Kit
from tests.helpers import PASSPHRASE, run_cli

ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}


def _return_with_many_changes(village: Book, kit: Kit, tmp_path: Path) -> Path:
    bundle = emergency.read_bundle(kit.data, kit.secret)
    target = opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        theirs = Casebook(colleague, actor="Bram")
        people = [r["id"] for r in dump.read_all(colleague)["persons"] if not r["deleted_at"]]
        for i, pid in enumerate(people[:40]):
            theirs.update(Kind.PERSON, pid, {"remarks": f"bijgewerkt {i}"})
        for i in range(400):
            theirs.add_note(f"Waarneming {i} #overdracht", person_id=people[i % len(people)])
        path = tmp_path / "terug.dorpsboek"
        path.write_bytes(handback.make_return(colleague))
    return path


def _counts(book: Path) -> dict[str, int]:
    result = run_cli("--book", str(book), "stats", "--json", env=ENV)
    assert result.returncode == 0, result.stderr
    counts: dict[str, int] = json.loads(result.stdout)
    return counts


def _fresh_copy(pristine: Path, work: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, work)


@pytest.mark.slow
def test_merge_killed_midway_leaves_old_or_new_state(
    village: Book, kit: Kit, tmp_path: Path
) -> None:
    returned = _return_with_many_changes(village, kit, tmp_path)
    village.close()
    pristine = tmp_path / "voor.db"
    shutil.copyfile(village.path, pristine)
    work = tmp_path / "werk" / "boek.db"
    work.parent.mkdir()
    command = [sys.executable, "-m", "dorpsboek.cli.main", "--book", str(work),
               "handover", "merge", str(returned)]  # fmt: skip
    env = {**os.environ, **ENV}

    _fresh_copy(pristine, work)
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    after = _counts(work)
    _fresh_copy(pristine, work)
    before = _counts(work)
    assert after["notes"] == before["notes"] + 400

    killed, seen = 0, set()
    rounds = 12
    for n in range(rounds):
        _fresh_copy(pristine, work)
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(duration * (0.35 + 0.65 * n / rounds))  # start-up first, then the merge
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        verify = run_cli("--book", str(work), "verify", env=ENV)
        assert verify.returncode == 0, verify.stderr
        state = _counts(work)
        assert state in (before, after), state
        seen.add("after" if state == after else "before")
    assert killed >= 3
    print(f"merge kills: {killed} of {rounds} rounds; states seen: {sorted(seen)}")
