"""The volunteer list as an A4 PDF (active first, then paused), made with Qt's QPdfWriter.

The same HTML as the hand-out page, laid out by QTextDocument (`printing.a4`). No QWidget
or QPixmap: the screen runs it on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from dorpsboek.domain.volunteers import Volunteer
from dorpsboek.printing.a4 import write_html_pdf
from dorpsboek.services.volunteer_export import LABELS, hand_out_html

_PRINT_STYLE = (
    "h1{font-size:16pt} h2{font-size:12pt;color:#1d4e6b;margin-top:14px} "
    "h3{font-size:10pt;margin-top:8px;margin-bottom:1px} p{margin:0} .l{color:#555555} "
    ".made{color:#555555} .g{color:#7a0010} .w{color:#a40000;font-weight:bold} "
    ".p{color:#777777;font-weight:normal}"
)


def write_pdf(
    volunteers: Sequence[Volunteer],
    target: Path,
    language: str = "nl",
    today: dt.date | None = None,
) -> None:
    """Write the A4 PDF atomically (temp file, then rename)."""
    language = language if language in LABELS else "nl"
    page = hand_out_html(volunteers, language, today)
    write_html_pdf(page, _PRINT_STYLE, Path(target), LABELS[language]["title"])
