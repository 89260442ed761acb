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
SIGNAL_FORMATS = ("md", "html", "pdf")


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


def write_signals(markdown_text: str, target: Path, fmt: str) -> None:
    """The signals for the sounding board (already without names) as Markdown, HTML or PDF."""
    if fmt == "md":
        write_bytes_atomic(Path(target), markdown_text.encode("utf-8"))
        return
    import html

    import markdown

    from dorpsboek.reports.html import page

    title = "Signalen voor de klankbordgroep"
    # The text is ours but may quote what she wrote: escape first, then let Markdown format.
    body = markdown.markdown(html.escape(markdown_text, quote=False), extensions=["tables"])
    document = page(title, body)
    if fmt == "pdf":
        from dorpsboek.printing.a4 import write_html_pdf

        style = "h1 { font-size: 16pt; } h2 { font-size: 12pt; } td, th { padding: 3px; }"
        write_html_pdf(document, style, target, title)
        return
    write_bytes_atomic(Path(target), document.encode("utf-8"))
