"""The contract's commands end to end, in a child process, as a script would use them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.handover.conftest import BUNDLE_PASSPHRASE, NEW_PASSPHRASE
from tests.helpers import PASSPHRASE, run_cli

STATS_KEYS = {"persons", "notes", "help_requests", "reminders", "organisations", "volunteers",
              "signals", "stories", "activities"}  # fmt: skip


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def owner_book(tmp_path: Path) -> Path:
    path = tmp_path / "anna.db"
    env = {"DORPSBOEK_NEW_PASSPHRASE": PASSPHRASE, "DORPSBOEK_PASSPHRASE": PASSPHRASE}
    assert run_cli("--book", str(path), "init", env=env).returncode == 0
    result = run_cli("--book", str(path), "demo-data", "--persons", "30", "--notes", "90", env=env)
    assert result.returncode == 0
    return path


def test_export_inspect_open_return_merge(owner_book: Path, tmp_path: Path) -> None:
    mine = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_BUNDLE_PASSPHRASE": BUNDLE_PASSPHRASE}
    bundle, letter = tmp_path / "overdracht.dorpsboek", tmp_path / "sleutelbrief.pdf"
    first = tmp_path / "lees-eerst.md"
    first.write_text("De sleutel van het dorpshuis ligt bij Jan.", encoding="utf-8")
    result = run_cli("--book", str(owner_book), "handover", "export", "-o", str(bundle),
                     "--return-date", "15-01-2027", "--read-first-file", str(first),
                     "--sleutelbrief", str(letter), env=mine)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Overdrachtspakket geschreven" in result.stdout
    assert "inwoners: 30" in result.stdout and "persons" not in result.stdout  # no English
    text = _pdf_text(letter)
    assert "Sleutelbrief" in text and "15-01-2027" in text and "Overdracht openen" in text
    assert BUNDLE_PASSPHRASE not in text  # not on the letter unless she chooses so

    result = run_cli("handover", "inspect", str(bundle), "--json", env=mine)
    assert result.returncode == 0, result.stderr
    shape = json.loads(result.stdout)
    assert shape["format_version"] == 1 and set(shape["counts"]) == STATS_KEYS
    assert shape["counts"]["persons"] == 30 and shape["created_at"].endswith("Z")
    assert isinstance(shape["created_by"], str)

    colleague = tmp_path / "bram.db"
    result = run_cli("handover", "open", str(bundle), "--into", str(colleague), "--actor", "Bram",
                     env={**mine, "DORPSBOEK_NEW_PASSPHRASE": NEW_PASSPHRASE})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Lees eerst de overdrachtsbrief" in result.stdout

    theirs = {"DORPSBOEK_PASSPHRASE": NEW_PASSPHRASE}
    run_cli("--book", str(colleague), "note", "Nieuwe Buurvrouw", "Kennisgemaakt", env=theirs)
    back = tmp_path / "terug.dorpsboek"
    result = run_cli("--book", str(colleague), "handover", "return", "-o", str(back), env=theirs)
    assert result.returncode == 0, result.stderr

    result = run_cli("--book", str(owner_book), "handover", "merge", str(back), env=mine)
    assert result.returncode == 0, result.stderr
    assert "Toegevoegd: 2" in result.stdout
    again = run_cli("--book", str(owner_book), "handover", "merge", str(back), env=mine)
    assert again.returncode == 0 and "niets nieuws" in again.stdout
    stats = run_cli("--book", str(owner_book), "stats", "--json", env=mine)
    assert json.loads(stats.stdout)["persons"] == 31

    # The handover bundle itself is not a return: refused with one sentence, nothing changed.
    wrong = run_cli("--book", str(owner_book), "handover", "merge", str(bundle), env=mine)
    assert wrong.returncode == 1 and "hoort niet bij een overdracht" in wrong.stderr

    # Ending the takeover on her laptop also erases the handover package she opened.
    erased = run_cli("--book", str(colleague), "handover", "erase-copy", "--yes", env=theirs)
    assert erased.returncode == 0, erased.stderr
    assert not colleague.exists() and not back.exists() and not bundle.exists()


def test_emergency_setup_refresh_and_open_with_shares(owner_book: Path, tmp_path: Path) -> None:
    mine = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}
    stick, sheet = tmp_path / "stick", tmp_path / "noodblad.pdf"
    stick.mkdir()
    args = ["-o", str(sheet), "--dir", str(stick), "--shares", "3", "--threshold", "2"]
    result = run_cli("--book", str(owner_book), "emergency", "setup", *args, env=mine)
    assert result.returncode == 0, result.stderr
    assert str(sheet) in result.stdout
    assert "--owner" in result.stdout  # no name stored yet: she is told how to give hers
    text = _pdf_text(sheet)
    assert text.count("Noodblad") == 3 and "Deel 2 van 3" in text
    # The words of trustees 1 and 3, typed from their sheets.
    pages = text.split("\f")
    shares = [_words_of(pages[0]), _words_of(pages[2])]
    shares_file = tmp_path / "delen.txt"
    shares_file.write_text("\n".join(shares) + "\n")
    result = run_cli("--book", str(owner_book), "emergency", "refresh", env=mine)
    assert result.returncode == 0, result.stderr
    target = tmp_path / "vervanger.db"
    result = run_cli("emergency", "open", str(stick / "dorpsboek-noodpakket.age"),
                     "--into", str(target), "--shares-file", str(shares_file),
                     env={"DORPSBOEK_NEW_PASSPHRASE": NEW_PASSPHRASE})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.exists()
    status = run_cli("--book", str(owner_book), "emergency", "status", env=mine)
    assert "laatst bijgewerkt" in status.stdout


def test_inspect_an_emergency_bundle_with_its_key(owner_book: Path, tmp_path: Path) -> None:
    mine = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}
    stick, sheet = tmp_path / "stick", tmp_path / "noodblad.pdf"
    stick.mkdir()
    args = ["-o", str(sheet), "--dir", str(stick)]
    assert run_cli("--book", str(owner_book), "emergency", "setup", *args, env=mine).returncode == 0
    text = _pdf_text(sheet)
    key = "".join(text.split("De sleutel", 1)[1].split("Wie deze sleutel")[0].split())
    assert key.startswith("AGE-SECRET-KEY-1")
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(key)
    bundle = stick / "dorpsboek-noodpakket.age"
    result = run_cli("handover", "inspect", str(bundle), "--json", "--key-file", str(keyfile))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "emergency"


def _words_of(page: str) -> str:
    after = page.split("Uw woorden", 1)[1].split("Gemaakt op", 1)[0]
    return " ".join(after.split())


def test_emergency_open_without_a_key_says_what_is_missing(tmp_path: Path) -> None:
    some = tmp_path / "x.age"
    some.write_bytes(b"age-encryption.org/v1\n")
    result = run_cli("emergency", "open", str(some), "--into", str(tmp_path / "b.db"))
    assert result.returncode == 2 and "DORPSBOEK_EMERGENCY_KEY" in result.stderr
