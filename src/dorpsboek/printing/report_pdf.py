"""The account and the inzage overview as A4 PDFs: QTextDocument lays out the same HTML as the
HTML export, with the charts as images drawn by QPainter. No browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from dorpsboek.domain.report import Account
from dorpsboek.printing.a4 import a4_writer, ensure_app
from dorpsboek.printing.charts import chart_image
from dorpsboek.reports.html import account_body
from dorpsboek.reports.inzage import subject_access_html
from dorpsboek.reports.layout import Section

# QTextDocument understands a subset of CSS: keep it simple.
_PRINT_STYLE = (
    "h1{font-size:16pt;color:#1d4e6b} h2{font-size:12pt;color:#1d4e6b;margin-top:14px} "
    "h3{font-size:10pt} td,th{padding:2px 8px} th{text-align:left} .n{text-align:right} "
    ".muted{color:#555555}"
)
CHART_WIDTH_PT = 430  # the chart image's width on the page (of ~500 available)


def _document(html_body: str, title: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont("DejaVu Sans", 9)
    font.setFeature(QFont.Tag("liga"), 0)  # keep words searchable and copyable
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_PRINT_STYLE)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setHtml(html_body)
    return doc


def _write(doc: QTextDocument, target: Path, title: str) -> None:
    with a4_writer(target, title) as writer:
        doc.print_(writer)


def account_document(account: Account, title: str = "Verantwoording") -> QTextDocument:
    images: dict[str, Any] = {}

    def chart(section: Section) -> str:
        name = f"chart-{section.key}.png"
        images[name] = chart_image(section.bars)
        height = CHART_WIDTH_PT * images[name].height() / images[name].width()
        return f'<p><img src="{name}" width="{CHART_WIDTH_PT}" height="{height:.0f}"></p>'

    body = account_body(account, title, chart)
    doc = _document(body, title)
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(body)  # lay out again now that the images are known
    return doc


def write_account_pdf(account: Account, target: Path, title: str = "Verantwoording") -> None:
    """The account as an A4 PDF, written atomically."""
    ensure_app()
    _write(account_document(account, title), target, title)


def write_inzage_pdf(sa: Any, target: Path) -> None:
    """Inzage for one resident (`services.privacy.SubjectAccess`) as an A4 PDF."""
    ensure_app()
    page = subject_access_html(sa)
    body = page[page.index("<body>") + 6 : page.index("</body>")]
    title = f"Wat Dorpsboek over u bewaart: {sa.person['name']}"
    _write(_document(body, title), target, title)
