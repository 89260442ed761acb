"""The sociale kaart as an A4 PDF, grouped by category, made with Qt's own QPdfWriter.

No browser: QTextDocument lays out the same HTML as the hand-out page and prints it on A4
pages with page numbers left to the viewer. A QGuiApplication is needed for fonts; when none
exists (the CLI) an offscreen one is created.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication, QTextDocument

from dorpsboek.domain.kaart import Entry
from dorpsboek.printing.a4 import a4_writer
from dorpsboek.services.kaart_export import LABELS, hand_out_html

_app: QGuiApplication | None = None

# QTextDocument understands a subset of CSS; this keeps the print calm and readable.
_PRINT_STYLE = (
    "h1{font-size:16pt} h2{font-size:12pt;color:#1d4e6b;margin-top:14px} "
    "h3{font-size:10pt;margin-top:8px;margin-bottom:1px} p{margin:0} .l{color:#555555} "
    ".d{font-style:italic} .made{color:#555555}"
)


def _document(entries: Sequence[Entry], language: str, today: dt.date | None) -> QTextDocument:
    page = hand_out_html(entries, language, today)
    # QTextDocument ignores most of the web stylesheet; give it its own simple one.
    start, end = page.index("<style>") + 7, page.index("</style>")
    doc = QTextDocument()
    font = QFont("DejaVu Sans", 9)
    # No ligatures, so names stay searchable and copyable from the PDF.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(page[:start] + _PRINT_STYLE + page[end:])
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, LABELS[language]["title"])
    return doc


def write_pdf(
    entries: Sequence[Entry], target: Path, language: str = "nl", today: dt.date | None = None
) -> None:
    """Write the A4 PDF atomically (temp file, then rename)."""
    language = language if language in LABELS else "nl"
    doc = _document(entries, language, today)
    target = Path(target)
    with a4_writer(target, LABELS[language]["title"]) as writer:
        doc.print_(writer)
