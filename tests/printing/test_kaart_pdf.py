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


def test_no_entry_is_split_over_two_pages(book: Book, casebook: Casebook, tmp_path: Path) -> None:
    """Every page after the first starts with an entry's name or a category heading."""
    generate(book, DemoSize(5, 5, 150, 0), seed=3)
    entries = kaart.list_entries(casebook)
    out = tmp_path / "kaart.pdf"
    write_pdf(entries, out)
    names = {" ".join(e.name.split()) for e in entries}
    categories = {(e.category or "").strip().lower() for e in entries}
    pages = pdftotext(out).split("\f")[:-1]
    assert len(pages) > 5  # the check below is not vacuous
    for number, page in enumerate(pages[1:], start=2):
        first = " ".join(next(line for line in page.splitlines() if line.strip()).split())
        assert first in names or first.lower() in categories, (number, first)
