"""`dorpsboek import kaart|vrijwilligers` and `dorpsboek export kaart` as a script uses them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers import MARKER, PASSPHRASE, files_containing, run_cli

ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": PASSPHRASE}
FIXTURES = Path(__file__).parents[1] / "fixtures" / "kaart"


@pytest.fixture
def cli_book(tmp_path: Path) -> Path:
    path = tmp_path / "boek.db"
    assert run_cli("--book", str(path), "init", env=ENV).returncode == 0
    return path


def cli(book: Path, *args: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    return run_cli("--book", str(book), *args, env={**ENV, "DORPSBOEK_LANG": lang})


def counts(book: Path) -> dict[str, int]:
    result: dict[str, int] = json.loads(cli(book, "stats", "--json").stdout)
    return result


def test_import_prints_summary_with_line_numbers(cli_book: Path) -> None:
    r = cli(cli_book, "import", "kaart", str(FIXTURES / "gemeente_cp1252_puntkomma.csv"))
    assert r.returncode == 0, r.stderr
    assert "Sociale kaart: 4 nieuw, 0 bijgewerkt, 2 overgeslagen." in r.stdout
    assert "Regel 9: overgeslagen, er staat geen naam in." in r.stdout
    assert "Regel 10: overgeslagen, zelfde als regel 6." in r.stdout
    assert counts(cli_book)["organisations"] == 4
    again = cli(cli_book, "import", "kaart", str(FIXTURES / "gemeente_cp1252_puntkomma.csv"))
    assert "0 nieuw, 0 bijgewerkt, 6 overgeslagen" in again.stdout
    upd = cli(
        cli_book,
        "import",
        "kaart",
        "--update-duplicates",
        str(FIXTURES / "gemeente_cp1252_puntkomma.csv"),
        lang="en",
    )
    assert "Social map: 0 new, 5 updated, 1 skipped." in upd.stdout


def test_dry_run_changes_nothing(cli_book: Path) -> None:
    r = cli(
        cli_book,
        "import",
        "vrijwilligers",
        "--dry-run",
        str(FIXTURES / "vrijwilligers_puntkomma.csv"),
    )
    assert r.returncode == 0, r.stderr
    assert "3 nieuw" in r.stdout and "er is niets veranderd" in r.stdout
    assert "Regel 5: let op, beschikbaarheid 'als het uitkomt' niet herkend" in r.stdout
    assert counts(cli_book)["volunteers"] == 0


@pytest.mark.parametrize("name", ["plaatje.png", "leeg.csv", "brief.txt"])
def test_not_a_table_exits_4_and_changes_nothing(cli_book: Path, name: str) -> None:
    before = cli_book.read_bytes()
    r = cli(cli_book, "import", "kaart", str(FIXTURES / name))
    assert r.returncode == 4
    assert "geen tabel" in r.stderr
    assert r.stderr.count("\n") == 1
    assert cli_book.read_bytes() == before


def test_missing_file_is_a_plain_failure(cli_book: Path, tmp_path: Path) -> None:
    r = cli(cli_book, "import", "kaart", str(tmp_path / "weg.csv"))
    assert r.returncode == 1
    assert "kan niet gelezen worden" in r.stderr


def test_export_csv_html_pdf(cli_book: Path, tmp_path: Path) -> None:
    cli(cli_book, "import", "kaart", str(FIXTURES / "gemeente_cp1252_puntkomma.csv"))
    for fmt in ("csv", "html", "pdf"):
        out = tmp_path / f"kaart.{fmt}"
        r = cli(cli_book, "export", "kaart", "-o", str(out))
        assert r.returncode == 0, r.stderr
        assert "4 adressen" in r.stdout
        assert out.stat().st_size > 100
    assert (tmp_path / "kaart.pdf").read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "kaart.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Wmo-loket gemeente" in text
    forced = tmp_path / "kaart.txt"
    assert cli(cli_book, "export", "kaart", "-o", str(forced), "--format", "csv").returncode == 0
    assert cli(cli_book, "export", "kaart", "-o", str(forced)).returncode == 2


def test_csv_export_imports_into_a_fresh_book(cli_book: Path, tmp_path: Path) -> None:
    cli(cli_book, "import", "kaart", str(FIXTURES / "gemeente_cp1252_puntkomma.csv"))
    out = tmp_path / "kaart.csv"
    cli(cli_book, "export", "kaart", "-o", str(out))
    other = tmp_path / "ander.db"
    run_cli("--book", str(other), "init", env=ENV)
    r = cli(other, "import", "kaart", str(out))
    assert "4 nieuw, 0 bijgewerkt, 0 overgeslagen" in r.stdout


def test_import_leaves_no_plaintext_next_to_the_book(cli_book: Path, tmp_path: Path) -> None:
    source = tmp_path / "in" / "lijst.csv"
    source.parent.mkdir()
    source.write_text(f"Naam;Telefoon\n{MARKER} Stichting;0598123456\n", encoding="utf-8")
    r = cli(cli_book, "import", "kaart", str(source))
    assert "1 nieuw" in r.stdout
    assert files_containing(cli_book.parent, MARKER.encode()) == [source]
    found = json.loads(cli(cli_book, "search", MARKER, "--json").stdout)
    assert [h["kind"] for h in found["hits"]] == ["organisation"]
