"""The account in all three formats from a demo village: no resident name, address or phone
number in any of them; the PDF is A4 with real text; the CLI writes every format."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.report import Period
from dorpsboek.printing.report_export import write_account, write_inzage
from dorpsboek.services import privacy
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.report import make_account
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli

TODAY = dt.date(2026, 6, 1)
YEAR = Period(dt.date(2025, 6, 1), dt.date(2026, 5, 31))
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils")


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _identifying(book: Book) -> list[str]:
    """Every resident's full name, address and phone number (and the phone's digits)."""
    with book.raw() as conn:
        rows = conn.execute("SELECT name, address, phone FROM persons").fetchall()
    out = []
    for name, address, phone in rows:
        out += [name, address, phone, re.sub(r"\D", "", phone)]
    return [x for x in out if x]


@pytest.fixture
def demo_book(book: Book) -> Book:
    generate(book, DemoSize(persons=150, notes=1500, organisations=30, volunteers=20), 5, TODAY)
    return book


def _text_of(path: Path) -> str:
    return _pdf_text(path) if path.suffix == ".pdf" else path.read_text(encoding="utf-8")


@needs_pdftotext
def test_no_resident_can_be_identified_in_any_export(demo_book: Book, tmp_path: Path) -> None:
    cb = Casebook(demo_book, actor="t")
    # A story that names a resident by mistake: the export must still not show the name.
    with demo_book.raw() as conn:
        name = conn.execute("SELECT name FROM persons ORDER BY seq LIMIT 1").fetchone()[0]
    from dorpsboek.services import stories

    stories.add_story(
        cb, "Een mooi verhaal", f"Vandaag hielp {name} een buur.", on_date="2026-01-05"
    )
    account = make_account(cb, YEAR)
    assert account.numbers.notes_total > 500
    secrets = _identifying(demo_book)
    for fmt in ("md", "html", "pdf"):
        target = tmp_path / f"verslag.{fmt}"
        write_account(account, target, fmt)
        text = _text_of(target)
        assert "Kerncijfers" in text and "Een mooi verhaal" in text
        flat = re.sub(r"\s+", " ", text)
        digits = re.sub(r"\D", "", text)
        leaks = [s for s in secrets if s in flat or (s.isdigit() and s in digits)]
        assert leaks == [], (fmt, leaks[:3])


@needs_pdftotext
def test_pdf_is_a4_with_charts_and_threshold(demo_book: Book, tmp_path: Path) -> None:
    account = make_account(Casebook(demo_book, actor="t"), YEAR, threshold=3)
    target = tmp_path / "verslag.pdf"
    write_account(account, target, "pdf")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info)
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 2  # type: ignore[union-attr]
    text = _pdf_text(target)
    assert "Contactmomenten per maand" in text and "Contactmomenten per soort" in text
    html = tmp_path / "verslag.html"
    write_account(account, html, "html")
    page = html.read_text(encoding="utf-8")
    assert (
        page.count("<svg") >= 3
        and "<script" not in page
        and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )


def test_inzage_holds_everything_about_the_resident(book: Book, tmp_path: Path) -> None:
    cb = Casebook(book, actor="Ondersteuner")
    pid = cb.add_person("Grietje Lubbers", address="Kerkweg 3", phone="06-12121212")
    cb.add_note("Belde over #vervoer naar de tandarts", person_id=pid, kind="phone", minutes=10)
    for fmt in ("html", "pdf"):
        target = tmp_path / f"inzage.{fmt}"
        write_inzage(privacy.subject_access(cb, pid), target, fmt)
        text = _text_of(target) if fmt == "html" or shutil.which("pdftotext") else ""
        if text:
            flat = re.sub(r"\s+", " ", text)
            for expected in ("Grietje Lubbers", "Kerkweg 3", "06-12121212", "tandarts", "telefoon"):
                assert expected in flat, (fmt, expected)


def test_cli_report_inzage_vergeet_signalen(book_path: Path, tmp_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        generate(book, DemoSize(persons=30, notes=200, organisations=10, volunteers=5), 2, TODAY)
        cb = Casebook(book, actor="t")
        pid = cb.add_person("Klaas Feddema")
        cb.add_note("Op bezoek", person_id=pid, on_date=dt.date(2025, 7, 1))
    env = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}
    base = ("--book", str(book_path))
    for fmt in ("md", "html", "pdf"):
        out = tmp_path / f"r.{fmt}"
        done = run_cli(
            *base, "report", "--from", "2025-06-01", "--to", "2026-05-31", "-o", str(out), env=env
        )
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 500 and "01-06-2025" in done.stdout.replace(
            "2025-06-01", "01-06-2025"
        )
    bad = run_cli(
        *base,
        "report",
        "--from",
        "2025-13-01",
        "--to",
        "2026-05-31",
        "-o",
        str(tmp_path / "x.md"),
        env=env,
    )
    assert bad.returncode == 2
    inzage = tmp_path / "inzage.html"
    done = run_cli(*base, "inzage", "Klaas Feddema", "-o", str(inzage), env=env)
    assert done.returncode == 0, done.stderr and "Klaas Feddema" in inzage.read_text(
        encoding="utf-8"
    )
    refused = run_cli(*base, "vergeet", pid, env=env, stdin="")
    assert refused.returncode == 2
    done = run_cli(*base, "vergeet", pid, "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert run_cli(*base, "inzage", pid, "-o", str(inzage), env=env).returncode == 1
    signals = tmp_path / "signalen.md"
    done = run_cli(*base, "signalen", "-o", str(signals), env=env)
    assert done.returncode == 0 and "klankbordgroep" in signals.read_text(encoding="utf-8")
