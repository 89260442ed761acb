"""The printed sociale kaart: a real A4 PDF, every name in it, grouped by category."""

from __future__ import annotations

import subprocess
from pathlib import Path

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.printing.kaart_pdf import write_pdf
from dorpsboek.services import kaart
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_is_a4_with_every_name_grouped(book: Book, casebook: Casebook, tmp_path: Path) -> None:
    generate(book, DemoSize(5, 5, 40, 0), seed=2)
    kaart.save_entry(casebook, {"name": "Fietsmaatjes Oosterwierum", "category": "vervoer"})
    entries = kaart.list_entries(casebook)
    out = tmp_path / "kaart.pdf"
    write_pdf(entries, out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "595 x 842 pts (A4)" in info
    text = pdftotext(out)
    flat = " ".join(text.split())
    for entry in entries:
        assert " ".join(entry.name.split()) in flat
    # Categories appear as headings, in order, each followed by its own entries.
    positions = [text.index(heading) for heading in ("Dementie", "Dorpshuis", "Vervoer")]
    assert positions == sorted(positions)
    assert text.index("Vervoer") < text.index("Fietsmaatjes Oosterwierum")
    assert "Dorpshuis De Brink" in text[positions[1] : positions[2]]
    assert not list(tmp_path.glob(".*.tmp"))


def test_pdf_of_an_empty_kaart_still_opens(tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    write_pdf([], out, language="en")
    assert "Social map" in pdftotext(out)
