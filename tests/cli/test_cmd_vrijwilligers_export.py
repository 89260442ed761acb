"""`dorpsboek export vrijwilligers -o FILE [--format csv|html|pdf]` as a script uses it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from dorpsboek.domain.csvtable import read_table
from tests.cli.test_cmd_kaart import ENV, FIXTURES, cli
from tests.helpers import MARKER, files_containing, run_cli

SOURCE = FIXTURES / "vrijwilligers_puntkomma.csv"


@pytest.fixture
def cli_book(tmp_path: Path) -> Path:
    path = tmp_path / "boek" / "boek.db"
    path.parent.mkdir()
    assert run_cli("--book", str(path), "init", env=ENV).returncode == 0
    return path


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def names_in(csv_path: Path) -> list[str]:
    return [row.cells[0] for row in read_table(csv_path.read_bytes()).rows]


def test_export_csv_html_pdf(cli_book: Path, tmp_path: Path) -> None:
    assert cli(cli_book, "import", "vrijwilligers", str(SOURCE)).returncode == 0
    for fmt in ("csv", "html", "pdf"):
        out = tmp_path / f"vrijwilligers.{fmt}"
        r = cli(cli_book, "export", "vrijwilligers", "-o", str(out))
        assert r.returncode == 0, r.stderr
        assert "vrijwilligers)" in r.stdout and "niet versleuteld" in r.stdout
    names = names_in(tmp_path / "vrijwilligers.csv")
    assert names
    page = (tmp_path / "vrijwilligers.html").read_text(encoding="utf-8")
    pdf = tmp_path / "vrijwilligers.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "595 x 842 pts (A4)" in info
    text = pdftotext(pdf)
    flat = " ".join(text.split())
    for name in names:
        assert name in page and name in flat
    assert text.index("Vrijwilligers") < text.index("Actief")
    assert "Grenzen:" in text and "Kan en wil:" in text
    # --format wins over the suffix; an unknown suffix without --format is a usage error
    forced = tmp_path / "lijst.txt"
    r = cli(cli_book, "export", "vrijwilligers", "-o", str(forced), "--format", "csv")
    assert r.returncode == 0 and names_in(forced) == names
    assert cli(cli_book, "export", "vrijwilligers", "-o", str(tmp_path / "x.txt")).returncode == 2


def test_csv_export_imports_into_a_fresh_book(cli_book: Path, tmp_path: Path) -> None:
    first = cli(cli_book, "import", "vrijwilligers", str(SOURCE)).stdout
    imported = first.split(":")[1].split(" nieuw")[0].strip()
    out = tmp_path / "vrijwilligers.csv"
    cli(cli_book, "export", "vrijwilligers", "-o", str(out))
    other = tmp_path / "ander.db"
    run_cli("--book", str(other), "init", env=ENV)
    r = cli(other, "import", "vrijwilligers", str(out))
    assert f"{imported} nieuw, 0 bijgewerkt, 0 overgeslagen" in r.stdout
    assert "let op" not in r.stdout
    again = tmp_path / "opnieuw.csv"
    cli(other, "export", "vrijwilligers", "-o", str(again))
    assert again.read_bytes() == out.read_bytes()


def test_a_folder_as_target_is_refused(cli_book: Path, tmp_path: Path) -> None:
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    for fmt in ("csv", "html", "pdf"):
        r = cli(cli_book, "export", "vrijwilligers", "-o", str(folder), "--format", fmt)
        assert r.returncode == 2, r.stderr
        assert "geen map of apparaat" in r.stderr and "Traceback" not in r.stderr
    assert folder.is_dir() and not any(folder.parent.glob(".*.tmp"))
    r = cli(cli_book, "export", "vrijwilligers", "-o", str(tmp_path / "nee" / "v.csv"))
    assert r.returncode == 1 and "bestaat de map" in r.stderr


def test_empty_list_gives_a_sensible_file_in_english(cli_book: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "html", "pdf"):
        out = tmp_path / f"leeg.{fmt}"
        r = cli(cli_book, "export", "vrijwilligers", "-o", str(out), lang="en")
        assert r.returncode == 0, r.stderr
        assert "(0 volunteers)" in r.stdout and "not encrypted" in r.stdout
    assert (tmp_path / "leeg.csv").read_text(encoding="utf-8-sig").startswith("Naam;Telefoon;")
    assert "There are no volunteers in the book yet." in pdftotext(tmp_path / "leeg.pdf")
    assert "There are no volunteers" in (tmp_path / "leeg.html").read_text(encoding="utf-8")


def test_only_the_asked_file_holds_plaintext(cli_book: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f"Naam;Grenzen\n{MARKER} Jansen;geen\n", encoding="utf-8")
    cli(cli_book, "import", "vrijwilligers", str(source))
    source.unlink()
    out = tmp_path / "uit" / "v.pdf"
    out.parent.mkdir()
    assert cli(cli_book, "export", "vrijwilligers", "-o", str(out)).returncode == 0
    assert MARKER in pdftotext(out)
    assert files_containing(cli_book.parent, MARKER.encode()) == []
    assert files_containing(out.parent, MARKER.encode()) in ([], [out])  # PDF text is compressed
