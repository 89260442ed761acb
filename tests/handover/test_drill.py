"""The emergency drill: the paper key opens the current bundle, checked and erased; nothing left."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dorpsboek.errors import DamagedFile, WrongPassphrase
from dorpsboek.handover import crypto, drill, emergency
from dorpsboek.services import emergency_drill
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.handover.conftest import Kit
from tests.helpers import MARKER, PASSPHRASE, files_containing, run_cli


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The temp folder the drill uses, so a test can see that nothing stays behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _nothing_left(scratch: Path, tmp_path: Path) -> None:
    assert list(scratch.iterdir()) == []
    assert files_containing(tmp_path, MARKER.encode()) == []


def test_the_key_opens_the_bundle_and_the_day_is_recorded(
    village: Book, tmp_path: Path, scratch: Path
) -> None:
    Casebook(village).add_note(f"{MARKER} geheim", person_name="Marker Persoon")
    setup = emergency.setup(village)
    stick = tmp_path / "stick"
    stick.mkdir()
    emergency.refresh(village, stick)
    assert emergency_drill.emergency_test_due(Casebook(village), dt.date(2026, 12, 6))
    result = drill.run(village, stick, setup.secret, today=dt.date(2026, 12, 6))
    assert result.counts == Casebook(village).stats() and not result.behind
    assert result.counts["notes"] > 100 and "cipher_integrity_check" in result.checks
    assert emergency_drill.last_test(Casebook(village)) == dt.date(2026, 12, 6)
    assert not emergency_drill.emergency_test_due(Casebook(village), dt.date(2027, 3, 6))
    assert emergency_drill.emergency_test_due(Casebook(village), dt.date(2027, 3, 7))
    _nothing_left(scratch, tmp_path)


def test_a_wrong_key_is_refused_and_not_recorded(kit: Kit, village: Book, scratch: Path) -> None:
    other, _ = crypto.new_identity()
    with pytest.raises(WrongPassphrase):
        drill.run(village, kit.folder, other)
    with pytest.raises(WrongPassphrase):
        drill.run(village, kit.folder, "AGE-SECRET-KEY-1TYPO")
    assert emergency_drill.last_test(Casebook(village)) is None
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_damaged_bundle_is_damaged(kit: Kit, village: Book, scratch: Path, where: str) -> None:
    path = kit.folder / emergency.BUNDLE_NAME
    data = bytearray(kit.data)
    if where == "middle":
        data[len(data) // 2] ^= 0x40
    else:
        del data[-200:]
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        drill.run(village, kit.folder, kit.secret)
    assert emergency_drill.last_test(Casebook(village)) is None
    assert list(scratch.iterdir()) == []


def test_a_book_that_changed_since_says_so(kit: Kit, village: Book) -> None:
    Casebook(village).add_note("nieuw na het bijwerken", person_name="Nieuwe Inwoner")
    result = drill.run(village, kit.folder, kit.secret)
    assert result.behind and result.book_counts["notes"] == result.counts["notes"] + 1


def test_due_only_with_a_kit(book: Book) -> None:
    assert not emergency_drill.emergency_test_due(Casebook(book), dt.date(2026, 12, 6))
    emergency.setup(book)
    assert emergency_drill.emergency_test_due(Casebook(book), dt.date(2026, 12, 6))
    emergency_drill.record_test(Casebook(book), dt.date(2026, 8, 31))
    assert emergency_drill.months_before(dt.date(2026, 11, 30), 3) == dt.date(2026, 8, 30)
    assert emergency_drill.months_before(dt.date(2026, 5, 31), 3) == dt.date(2026, 2, 28)
    assert not emergency_drill.emergency_test_due(Casebook(book), dt.date(2026, 11, 30))
    assert emergency_drill.emergency_test_due(Casebook(book), dt.date(2026, 12, 1))


def _cli_book(tmp_path: Path) -> tuple[Path, Path, str]:
    path = tmp_path / "anna.db"
    with Book.create(path, PASSPHRASE) as book:
        Casebook(book).add_note(f"{MARKER} bij", person_name="Marker Persoon")
        secret = emergency.setup(book).secret
        stick = tmp_path / "stick"
        stick.mkdir()
        emergency.refresh(book, stick)
    return path, stick, secret


def test_cli_exit_codes_and_nothing_left(tmp_path: Path) -> None:
    path, stick, secret = _cli_book(tmp_path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "TMPDIR": str(scratch)}
    key = tmp_path / "sleutel.txt"
    base = ("--book", str(path), "emergency", "test", "--dir", str(stick), "--key-file", str(key))
    key.write_text(crypto.new_identity()[0] + "\n")
    wrong = run_cli(*base, env=env)
    assert wrong.returncode == 3, wrong.stderr
    key.write_text(secret + "\n")
    bundle = stick / emergency.BUNDLE_NAME
    good = bundle.read_bytes()
    bundle.write_bytes(good[:-100])
    damaged = run_cli(*base, env=env)
    assert damaged.returncode == 4, damaged.stderr
    status = run_cli("--book", str(path), "emergency", "status", env=env)
    assert "nog nooit getest" in status.stdout
    bundle.write_bytes(good)
    ok = run_cli(*base, env=env)
    assert ok.returncode == 0, ok.stderr
    assert "getest" in ok.stdout
    status = run_cli("--book", str(path), "emergency", "status", env=env)
    assert "laatst getest op" in status.stdout
    assert list(scratch.iterdir()) == []
    assert files_containing(tmp_path, MARKER.encode()) == []
