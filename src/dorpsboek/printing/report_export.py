"""Write the account or an inzage overview to a file in the chosen format (atomically).

Markdown and HTML need no Qt; the PDF is drawn by printing.report_pdf, imported only then.
It lives in printing (not reports) because it calls the PDF writers: reports stays below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dorpsboek.atomic import write_bytes_atomic
from dorpsboek.domain.report import Account

ACCOUNT_FORMATS = ("md", "html", "pdf")
INZAGE_FORMATS = ("html", "pdf")


def write_account(account: Account, target: Path, fmt: str) -> None:
    if fmt == "pdf":
        from dorpsboek.printing.report_pdf import write_account_pdf

        write_account_pdf(account, target)
        return
    if fmt == "html":
        from dorpsboek.reports.html import account_html

        text = account_html(account)
    else:
        from dorpsboek.reports.markdown import account_markdown

        text = account_markdown(account)
    write_bytes_atomic(Path(target), text.encode("utf-8"))


def write_inzage(access: Any, target: Path, fmt: str) -> None:
    """`access` is a services.privacy.SubjectAccess."""
    if fmt == "pdf":
        from dorpsboek.printing.report_pdf import write_inzage_pdf

        write_inzage_pdf(access, target)
        return
    from dorpsboek.reports.inzage import subject_access_html

    write_bytes_atomic(Path(target), subject_access_html(access).encode("utf-8"))
