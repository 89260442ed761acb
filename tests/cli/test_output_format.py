"""An output's format follows --format, or else the file's extension; an extension the command
cannot write is a usage error (exit 2) and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, run_cli

ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_book(tmp_path: Path) -> Path:
    path = tmp_path / "boek.db"
    assert run_cli("--book", str(path), "init", env=ENV).returncode == 0
    assert (
        run_cli("--book", str(path), "note", "Bram Visser", "kennismaking", env=ENV).returncode == 0
    )
    return path


def _cli(path: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli("--book", str(path), *args, env=ENV)


@pytest.mark.parametrize(
    "args",
    [
        ["inzage", "Bram Visser", "-o", "{out}/bram.md"],
        ["signalen", "-o", "{out}/x.docx"],
        ["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", "{out}/verslag.txt"],
        ["export", "kaart", "-o", "{out}/kaart.xlsx"],
        ["export", "kaart", "-o", "{out}/kaart.csv", "--format", "docx"],
    ],
)
def test_a_name_the_command_cannot_write_is_refused(
    cli_book: Path, tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    r = _cli(cli_book, *(a.format(out=out) for a in args))
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and r.stderr.strip()
    assert list(out.iterdir()) == []


def test_the_extension_decides_and_format_overrides(cli_book: Path, tmp_path: Path) -> None:
    html = tmp_path / "signalen.html"
    assert _cli(cli_book, "signalen", "-o", str(html)).returncode == 0
    assert html.read_text(encoding="utf-8").lstrip().startswith("<!DOCTYPE html>")
    md = tmp_path / "signalen.md"
    assert _cli(cli_book, "signalen", "-o", str(md)).returncode == 0
    assert md.read_text(encoding="utf-8").startswith("# Signalen voor de klankbordgroep")
    pdf = tmp_path / "signalen.pdf"
    assert _cli(cli_book, "signalen", "-o", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    plain = tmp_path / "verslag"  # no extension: the command's own first format
    r = _cli(cli_book, "report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(plain))
    assert r.returncode == 0 and plain.read_text(encoding="utf-8").startswith("#")
    inzage = tmp_path / "bram.txt"
    r = _cli(cli_book, "inzage", "Bram Visser", "-o", str(inzage), "--format", "html")
    assert r.returncode == 0, r.stderr
    assert "<html" in inzage.read_text(encoding="utf-8")
