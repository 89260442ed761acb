"""Write an export she asked for (CSV, HTML or PDF) to a file: one call for the CLI and the UI.

CSV and HTML need no Qt; the PDF modules are imported only when a PDF is asked for, so a CSV
export from the command line does not load Qt. Every format is written atomically and refuses
a target that is a folder, link or device (`NotARegularFile`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from dorpsboek.atomic import write_bytes_atomic
from dorpsboek.domain.kaart import Entry
from dorpsboek.domain.volunteers import Volunteer
from dorpsboek.services import kaart_export, volunteer_export

FORMATS = ("csv", "html", "pdf")


def write_kaart(entries: Sequence[Entry], target: Path, fmt: str, language: str = "nl") -> None:
    """The sociale kaart as CSV (every field), HTML or PDF (the hand-out, no own notes)."""
    if fmt == "csv":
        write_bytes_atomic(target, kaart_export.to_csv(entries))
    elif fmt == "html":
        write_bytes_atomic(target, kaart_export.hand_out_html(entries, language).encode("utf-8"))
    else:
        from dorpsboek.printing.kaart_pdf import write_pdf

        write_pdf(entries, target, language)


def write_volunteers(
    volunteers: Sequence[Volunteer],
    target: Path,
    fmt: str,
    language: str = "nl",
    today: dt.date | None = None,
) -> None:
    """The volunteers as CSV (every field, re-importable), HTML or PDF (the calling list)."""
    if fmt == "csv":
        write_bytes_atomic(target, volunteer_export.to_csv(volunteers))
    elif fmt == "html":
        page = volunteer_export.hand_out_html(volunteers, language, today)
        write_bytes_atomic(target, page.encode("utf-8"))
    else:
        from dorpsboek.printing.volunteers_pdf import write_pdf

        write_pdf(volunteers, target, language, today)
