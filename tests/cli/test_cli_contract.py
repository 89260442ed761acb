"""The command line as outside checks use it: names, passphrase sources and exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, run_cli

ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_book(tmp_path: Path) -> Path:
    path = tmp_path / "boek.db"
    result = run_cli("--book", str(path), "init", env=ENV)
    assert result.returncode == 0, result.stderr
    return path


def _cli(path: Path, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return run_cli("--book", str(path), *args, env=env if env is not None else ENV)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and "0.1.0" in result.stdout


def test_init_refuses_an_existing_book(cli_book: Path) -> None:
    before = cli_book.read_bytes()
    result = _cli(cli_book, "init")
    assert result.returncode == 1
    assert "overschrijft" in result.stderr
    assert cli_book.read_bytes() == before


def test_init_refuses_a_short_passphrase(tmp_path: Path) -> None:
    result = run_cli(
        "--book", str(tmp_path / "b.db"), "init", env={"DORPSBOEK_NEW_PASSPHRASE": "kort"}
    )
    assert result.returncode == 2
    assert not (tmp_path / "b.db").exists()


def test_note_search_and_stats(cli_book: Path) -> None:
    r = _cli(
        cli_book,
        "note",
        "Dirkje Coöperatie",
        "Belde over #vervoer",
        "--kind",
        "phone",
        "--date",
        "2026-02-03",
        "--minutes",
        "12",
    )
    assert r.returncode == 0, r.stderr
    stats = json.loads(_cli(cli_book, "stats", "--json").stdout)
    assert stats == {
        "persons": 1,
        "notes": 1,
        "help_requests": 0,
        "reminders": 0,
        "organisations": 0,
        "volunteers": 0,
        "signals": 0,
        "stories": 0,
        "activities": 0,
    }
    found = json.loads(_cli(cli_book, "search", "coop", "--json").stdout)
    assert found["query"] == "coop"
    assert [(h["kind"], h["title"]) for h in found["hits"]] == [("person", "Dirkje Coöperatie")]
    assert set(found["hits"][0]) >= {"kind", "id", "title", "snippet"}
    notes = json.loads(_cli(cli_book, "search", "verv", "--json").stdout)["hits"]
    assert notes[0]["kind"] == "note" and "03-02-2026" in notes[0]["title"]


def test_note_returns_only_after_it_is_durable(cli_book: Path) -> None:
    # A second, independent process sees the note as soon as the first one returned.
    assert _cli(cli_book, "note", "Ineke", "duurzaam opgeslagen").returncode == 0
    hits = json.loads(_cli(cli_book, "search", "duurzaam", "--json").stdout)["hits"]
    assert len(hits) == 1


def test_bad_note_options_are_usage_errors(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "X", "y", "--date", "31-31-2026").returncode == 2
    assert _cli(cli_book, "note", "X", "y", "--minutes", "-5").returncode == 2
    assert json.loads(_cli(cli_book, "stats", "--json").stdout)["notes"] == 0


def test_wrong_passphrase_exit_3_and_book_unchanged(cli_book: Path) -> None:
    before = cli_book.read_bytes()
    r = _cli(cli_book, "note", "X", "y", env={"DORPSBOEK_PASSPHRASE": "helemaal fout"})
    assert r.returncode == 3
    assert r.stderr.strip() == "Het wachtwoord klopt niet. Probeer het nog eens."
    assert "Traceback" not in r.stderr
    assert cli_book.read_bytes() == before


def test_missing_passphrase_exit_2_names_the_source(cli_book: Path) -> None:
    r = _cli(cli_book, "stats", env={})
    assert r.returncode == 2
    assert "DORPSBOEK_PASSPHRASE" in r.stderr and "--passphrase-file" in r.stderr


def test_passphrase_file_wins_over_environment(cli_book: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n")
    r = _cli(
        cli_book,
        "--passphrase-file",
        str(secret),
        "stats",
        env={"DORPSBOEK_PASSPHRASE": "fout fout fout"},
    )
    # --passphrase-file is a global option: put it before the command
    r = run_cli(
        "--book",
        str(cli_book),
        "--passphrase-file",
        str(secret),
        "stats",
        env={"DORPSBOEK_PASSPHRASE": "fout fout fout"},
    )
    assert r.returncode == 0, r.stderr


def test_damaged_and_foreign_files_exit_4(cli_book: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4 * 4096))
    assert _cli(junk, "stats").returncode == 4
    text = tmp_path / "lijst.csv"
    text.write_text("naam;telefoon\n" * 500)
    r = _cli(text, "stats")
    assert r.returncode == 4 and "geen boek van Dorpsboek" in r.stderr


def test_verify_reports_damage_with_exit_4(cli_book: Path) -> None:
    for i in range(300):
        _ = i
    assert _cli(cli_book, "demo-data", "--persons", "50", "--notes", "400").returncode == 0
    assert _cli(cli_book, "verify").returncode == 0
    data = bytearray(cli_book.read_bytes())
    data[len(data) // 2] ^= 0xFF
    cli_book.write_bytes(bytes(data))
    r = _cli(cli_book, "verify")
    assert r.returncode == 4
    assert "Traceback" not in r.stderr


def test_newer_format_exit_5(cli_book: Path) -> None:
    data = bytearray(cli_book.read_bytes())
    data[0] = 3
    cli_book.write_bytes(bytes(data))
    assert _cli(cli_book, "stats").returncode == 5


def test_passwd_changes_passphrase_and_keeps_records(cli_book: Path) -> None:
    _cli(cli_book, "note", "Truus", "blijft bewaard")
    new = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": "nieuw geheim 123"}
    assert _cli(cli_book, "passwd", env=new).returncode == 0
    assert _cli(cli_book, "stats").returncode == 3
    r = _cli(
        cli_book, "search", "bewaard", "--json", env={"DORPSBOEK_PASSPHRASE": "nieuw geheim 123"}
    )
    assert len(json.loads(r.stdout)["hits"]) == 1


def test_backup_and_restore(cli_book: Path, tmp_path: Path) -> None:
    _cli(cli_book, "note", "Fenna", "in de reservekopie")
    backup = tmp_path / "kopie.db"
    assert _cli(cli_book, "backup", "-o", str(backup)).returncode == 0
    restored = tmp_path / "terug" / "boek.db"
    r = run_cli("restore", str(backup), "--into", str(restored), env=ENV)
    assert r.returncode == 0, r.stderr
    hits = json.loads(_cli(restored, "search", "reservekopie", "--json").stdout)["hits"]
    assert len(hits) == 1
    again = run_cli("restore", str(backup), "--into", str(restored), env=ENV)
    assert again.returncode == 1  # never over an existing book


def test_unknown_command_is_a_usage_error() -> None:
    assert run_cli("vliegen").returncode == 2


def test_english_messages(cli_book: Path) -> None:
    r = _cli(cli_book, "stats", env={"DORPSBOEK_PASSPHRASE": "wrong wrong", "DORPSBOEK_LANG": "en"})
    assert r.returncode == 3 and r.stderr.strip() == "The passphrase is not right. Try again."


def test_demo_data_twice_with_the_same_seed_says_so_and_adds_nothing(cli_book: Path) -> None:
    assert _cli(cli_book, "demo-data", "--persons", "5", "--notes", "10").returncode == 0
    before = json.loads(_cli(cli_book, "stats", "--json").stdout)
    again = _cli(cli_book, "demo-data", "--persons", "5", "--notes", "10")
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "Deze voorbeeldgegevens staan al in het boek; kies een ander --seed. "
        "Er is niets toegevoegd."
    )
    assert json.loads(_cli(cli_book, "stats", "--json").stdout) == before
    other = _cli(cli_book, "demo-data", "--persons", "5", "--notes", "10", "--seed", "2")
    assert other.returncode == 0
    assert json.loads(_cli(cli_book, "stats", "--json").stdout)["persons"] == 2 * before["persons"]


def test_stats_speaks_dutch_and_json_keeps_the_contract_keys(cli_book: Path) -> None:
    assert _cli(cli_book, "demo-data", "--persons", "5", "--notes", "10").returncode == 0
    plain = _cli(cli_book, "stats").stdout
    assert "inwoners: 5" in plain and "persons" not in plain
    english = _cli(cli_book, "stats", env={**ENV, "DORPSBOEK_LANG": "en"}).stdout
    assert "residents: 5" in english
    assert json.loads(_cli(cli_book, "stats", "--json").stdout)["persons"] == 5
