"""The noodblad has lines for the dates of later drills (it is printed only once)."""

from __future__ import annotations

from dorpsboek.printing.handover_pdf import NoodbladInfo, noodblad_pages


def test_every_page_has_the_test_log() -> None:
    single = noodblad_pages(NoodbladInfo(owner="Anna de Vries", secret="AGE-SECRET-KEY-1ABC"))
    split = noodblad_pages(
        NoodbladInfo(
            owner="Anna de Vries", shares=("een twee", "drie vier", "vijf zes"), threshold=2
        )
    )
    for page in (*single, *split):
        assert "<h2>Getest met deze sleutel</h2>" in page
        assert page.count("<tr><td>&nbsp;</td>") == 4
