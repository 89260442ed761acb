"""The sociale kaart as an A4 PDF, grouped by category, made with Qt's own QPdfWriter.

No browser: QTextDocument lays out the same HTML as the hand-out page and prints it on A4
pages with page numbers left to the viewer. A QGuiApplication is needed for fonts; when none
exists (the CLI) an offscreen one is created. Nothing here touches a QWidget or QPixmap, so
the screen runs it on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from dorpsboek.domain.kaart import Entry
from dorpsboek.printing.a4 import write_html_pdf
from dorpsboek.services.kaart_export import LABELS, hand_out_html

# QTextDocument understands a subset of CSS; this keeps the print calm and readable.
_PRINT_STYLE = (
    "h1{font-size:16pt} h2{font-size:12pt;color:#1d4e6b;margin-top:14px} "
    "h3{font-size:10pt;margin-top:8px;margin-bottom:1px} p{margin:0} .l{color:#555555} "
    ".d{font-style:italic} .made{color:#555555}"
)


def write_pdf(
    entries: Sequence[Entry], target: Path, language: str = "nl", today: dt.date | None = None
) -> None:
    """Write the A4 PDF atomically (temp file, then rename)."""
    language = language if language in LABELS else "nl"
    page = hand_out_html(entries, language, today)
    write_html_pdf(page, _PRINT_STYLE, Path(target), LABELS[language]["title"])
