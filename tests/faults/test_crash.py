"""Crash during writes: SIGKILL at random moments never breaks the book or loses an acked write.

Workers are real processes (forked by tests/faults/crasher.py, or the real `dorpsboek` CLI);
after every kill the book must open, pass verify, and hold every note whose commit returned.
The handover open and merge get the same treatment from the handover tests.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.errors import WrongPassphrase
from dorpsboek.services import backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli

CRASHER = Path(__file__).with_name("crasher.py")
NOTE_ROUNDS = 200
CLI_NOTE_ROUNDS = 12
PASSWD_ROUNDS = 30
CLI_PASSWD_ROUNDS = 8
BACKUP_ROUNDS = 24
OTHER = "een ander wachtwoord 2"
ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}


class Crasher:
    """The harness process: one JSON request in, one JSON answer out, per round."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CRASHER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def round(self, **request: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        answer: dict[str, Any] = json.loads(self.proc.stdout.readline())
        assert answer["errors"] == [], answer["errors"]
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def crasher() -> Iterator[Crasher]:
    harness = Crasher()
    try:
        yield harness
    finally:
        harness.close()


def _notes(book: Book) -> dict[str, str]:
    return {n.id: n.text for n in Casebook(book, actor="t").recent_notes(1_000_000)}


def _check_book(path: Path, passphrase: str = PASSPHRASE) -> dict[str, str]:
    """Open and fully verify; return the notes (id -> text)."""
    with Book.open(path, passphrase) as book:
        report = book.verify()
        assert report.ok, report.problems
        return _notes(book)


def _demo_book(path: Path, notes: int = 1500) -> dict[str, str]:
    with Book.create(path, PASSPHRASE) as book:
        generate(book, DemoSize(60, notes, 30, 20), seed=3)
        return _notes(book)


@pytest.mark.slow
def test_notes_survive_200_kills(crasher: Crasher, book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    rng = random.Random(20261122)
    acked: set[str] = set()
    killed_while_writing = 0
    for r in range(NOTE_ROUNDS):
        # Odd rounds: killed at a random time from the start (during start-up, opening, the
        # first writes); even rounds: a random time after a random number of acked writes.
        after_acks = rng.randrange(1, 25) if r % 2 == 0 else 0
        delay = rng.uniform(0, 0.02) if after_acks else rng.uniform(0, 0.3)
        answer = crasher.round(
            op="note",
            book=str(book_path),
            passphrase=PASSPHRASE,
            delay=delay,
            after_acks=after_acks,
            round=r,
            tag="k",
        )
        assert answer["killed"]
        killed_while_writing += bool(answer["acked"])
        acked |= set(answer["acked"])
        notes = _check_book(book_path)
        missing = acked - notes.keys()
        assert not missing, f"round {r}: {len(missing)} acknowledged notes lost"
        assert all(notes[i].startswith("k ronde ") for i in acked)
        if r % 50 == 49:  # now and then the real command's verdict as well
            assert run_cli("--book", str(book_path), "verify", env=ENV).returncode == 0
    assert killed_while_writing >= NOTE_ROUNDS // 2  # the kills really landed among writes
    print(
        f"\nnote kills: {NOTE_ROUNDS} ({killed_while_writing} after a write), acked: {len(acked)}"
    )


@pytest.mark.slow
def test_cli_note_killed_at_random_moments(book_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    args = [sys.executable, "-m", "dorpsboek.cli.main", "--book", str(book_path), "note"]
    env = {**os.environ, **ENV}
    start = time.monotonic()
    assert subprocess.run([*args, "Ijsbrand", "maat"], env=env).returncode == 0
    full = time.monotonic() - start
    rng = random.Random(5)
    acked: set[str] = set()
    for r in range(CLI_NOTE_ROUNDS):
        text = f"cli ronde {r} #crash"
        proc = subprocess.Popen([*args, "Ijsbrand", text], env=env, stderr=subprocess.PIPE)
        try:
            code: int | None = proc.wait(timeout=rng.uniform(0.6, 1.1) * full)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = None
        assert proc.stderr is not None
        assert code in (0, None), proc.stderr.read()
        proc.stderr.close()
        if code == 0:
            acked.add(text)
        texts = set(_check_book(book_path).values())
        assert acked <= texts
    print(f"\ncli note kills: {CLI_NOTE_ROUNDS}, returned: {len(acked)}, lost: 0")


def _open_either(path: Path) -> tuple[str, dict[str, str]]:
    """Exactly one of the two passphrases opens the book, never neither."""
    for secret in (PASSPHRASE, OTHER):
        try:
            return secret, _check_book(path, secret)
        except WrongPassphrase:
            continue
    raise AssertionError("neither the old nor the new passphrase opens the book")


@pytest.mark.slow
def test_passphrase_change_killed_midway(crasher: Crasher, book_path: Path) -> None:
    original = _demo_book(book_path)
    current = PASSPHRASE
    started = time.monotonic()
    crasher.round(op="passwd", book=str(book_path), passphrase=current, new=OTHER, delay=30)
    full = time.monotonic() - started
    current = OTHER
    rng = random.Random(11)
    outcomes = {"old": 0, "new": 0}
    for _ in range(PASSWD_ROUNDS):
        new = PASSPHRASE if current == OTHER else OTHER
        answer = crasher.round(
            op="passwd",
            book=str(book_path),
            passphrase=current,
            new=new,
            delay=rng.uniform(0, 1.2 * full),
        )
        opened_with, notes = _open_either(book_path)
        assert notes == original
        if answer["done"]:
            assert opened_with == new  # a change that said "done" is never undone
        outcomes["new" if opened_with == new else "old"] += 1
        current = opened_with
        # the next open cleaned any temp file and its journal
        assert not [p for p in book_path.parent.iterdir() if p.name.startswith(".")]
    assert outcomes["old"] and outcomes["new"]
    print(f"\npasswd kills: {PASSWD_ROUNDS}, {outcomes}, records lost: 0")


@pytest.mark.slow
def test_cli_passwd_killed_midway(book_path: Path) -> None:
    original = _demo_book(book_path, notes=800)
    rng = random.Random(13)
    current = PASSPHRASE
    for _ in range(CLI_PASSWD_ROUNDS):
        new = PASSPHRASE if current == OTHER else OTHER
        args = [sys.executable, "-m", "dorpsboek.cli.main", "--book", str(book_path), "passwd"]
        env = {
            **os.environ,
            "DORPSBOEK_PASSPHRASE": current,
            "DORPSBOEK_NEW_PASSPHRASE": new,
        }
        proc = subprocess.Popen(args, env=env, stderr=subprocess.DEVNULL)
        try:
            code: int | None = proc.wait(timeout=rng.uniform(0.35, 0.8))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = None
        assert code in (0, None)
        current, notes = _open_either(book_path)
        if code == 0:
            assert current == new
        assert notes == original


@pytest.mark.slow
def test_backup_killed_midway_is_never_presented_as_whole(
    crasher: Crasher, book_path: Path, tmp_path: Path
) -> None:
    original = _demo_book(book_path)
    target = tmp_path / "kopieen" / "kopie.db"
    target.parent.mkdir()
    started = time.monotonic()
    assert crasher.round(
        op="backup", book=str(book_path), passphrase=PASSPHRASE, target=str(target), delay=30
    )["done"]
    full = time.monotonic() - started
    target.unlink()
    rng = random.Random(17)
    whole = 0
    for _ in range(BACKUP_ROUNDS):
        answer = crasher.round(
            op="backup",
            book=str(book_path),
            passphrase=PASSPHRASE,
            target=str(target),
            delay=rng.uniform(0, 1.2 * full),
        )
        if answer["done"]:
            assert target.exists()
        if target.exists():  # a file under the real name is always complete
            assert _check_book(target) == original
            whole += 1
        assert _check_book(book_path) == original
    crasher.round(
        op="backup", book=str(book_path), passphrase=PASSPHRASE, target=str(target), delay=30
    )
    # stale temps (and their journals) are cleaned; the .lock is from opening it in this test
    assert sorted(p.name for p in target.parent.iterdir()) == ["kopie.db", "kopie.db.lock"]
    assert whole > 0


@pytest.mark.slow
def test_automatic_backup_killed_midway(crasher: Crasher, book_path: Path) -> None:
    original = _demo_book(book_path, notes=800)
    folder = book_path.parent / "reservekopieen"
    rng = random.Random(19)
    for _ in range(BACKUP_ROUNDS):
        crasher.round(
            op="auto_backup",
            book=str(book_path),
            passphrase=PASSPHRASE,
            target=str(folder),
            delay=rng.uniform(0, 0.25),
        )
        for info in backups.list_backups(folder):
            contents = backups.inspect_backup(info.path, PASSPHRASE)
            assert contents.counts["notes"] == len(original)
        assert _check_book(book_path) == original
    with Book.open(book_path, PASSPHRASE) as book:
        backups.auto_backup(Casebook(book), folder, closing=True)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
