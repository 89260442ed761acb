"""What every PDF of Dorpsboek shares: an offscreen Qt application and an A4 writer.

Written atomically (temp file, then rename), with the same margins and resolution for the
kaart, the account, the sleutelbrief and the noodblad.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from dorpsboek.store.atomic import replacing

_app: QGuiApplication | None = None


def ensure_app() -> QGuiApplication:
    """The running Qt application, or an offscreen one for command-line use.

    A full QApplication (not only a QGuiApplication), so that whoever comes later in the same
    process (the desktop window, a test) can still make widgets.
    """
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["dorpsboek"])
    return _app


@contextlib.contextmanager
def a4_writer(
    target: os.PathLike[str] | str, title: str, resolution: int = 300
) -> Iterator[QPdfWriter]:
    """A portrait A4 QPdfWriter with 18 mm margins; the file appears complete or not at all."""
    ensure_app()
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with replacing(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Dorpsboek")
        writer.setResolution(resolution)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        try:
            yield writer
        finally:
            # Destroying the writer closes the file before it is renamed (Windows needs that).
            shiboken6.delete(writer)


def html_document(page: str, print_style: str, title: str) -> QTextDocument:
    """A hand-out HTML page laid out by QTextDocument, with `print_style` for its stylesheet.

    QTextDocument understands only a subset of CSS, so the web page's `<style>` is swapped for
    a simpler one. No QWidget or QPixmap is involved: safe on a worker thread.
    """
    start, end = page.index("<style>") + 7, page.index("</style>")
    doc = QTextDocument()
    font = QFont("DejaVu Sans", 9)
    # No ligatures, so names stay searchable and copyable from the PDF.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(page[:start] + print_style + page[end:])
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def write_html_pdf(page: str, print_style: str, target: os.PathLike[str] | str, title: str) -> None:
    """Print a hand-out HTML page on A4 pages, atomically (temp file, then rename)."""
    ensure_app()  # fonts need an application; made before any QTextDocument
    doc = html_document(page, print_style, title)
    with a4_writer(target, title) as writer:
        doc.print_(writer)
