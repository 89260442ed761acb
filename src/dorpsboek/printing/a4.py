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
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from dorpsboek.atomic import replacing

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
    """Print a hand-out HTML page on A4 pages, atomically (temp file, then rename).

    An entry (an `<h3>` and what follows it) is not split over two pages when it fits on one.
    """
    ensure_app()  # fonts need an application; made before any QTextDocument
    doc = html_document(page, print_style, title)
    with a4_writer(target, title) as writer:
        keep_entries_together(doc, writer)
        doc.print_(writer)


# Room kept free at the bottom of each page in the plan below: Qt's own pagination may differ
# from it by a line's leading or a collapsed margin.
_SLACK = 0.03


def keep_entries_together(doc: QTextDocument, writer: QPdfWriter, level: int = 3) -> int:
    """Put a page break before each entry that would be split; returns how many were moved.

    QTextDocument knows no `page-break-inside: avoid`. So the text is laid out once as one
    long page, as wide as `print_` will make it (the writer as paint device, 2 cm margins in
    the screen's resolution, as Qt does), and the pages are planned from the blocks' heights:
    an entry that would not fit in what is left of a page starts the next one, together with a
    heading just above it. One layout and no re-layout per break (at 1,000 entries a re-layout
    per break took 12 times as long as printing).
    """
    probe = doc.clone()
    layout = probe.documentLayout()
    layout.setPaintDevice(writer)
    dpi_x, dpi_y = _source_dpi(horizontal=True), _source_dpi(horizontal=False)
    h_margin, v_margin = int(2 / 2.54 * dpi_x), int(2 / 2.54 * dpi_y)
    frame = probe.rootFrame().frameFormat()
    frame.setLeftMargin(h_margin)
    frame.setRightMargin(h_margin)
    frame.setTopMargin(0)
    frame.setBottomMargin(0)
    probe.rootFrame().setFrameFormat(frame)
    probe.setTextWidth(float(writer.width()))
    usable = (writer.height() - 2 * v_margin * writer.logicalDpiY() / dpi_y) * (1 - _SLACK)
    tops = [layout.blockBoundingRect(b).top() for b in _blocks(probe)]
    tops.append(layout.documentSize().height())
    starts = {first: last for first, last in _entries(probe, level)}
    breaks: list[int] = []
    page_top = tops[0]
    number = 0
    while number < len(tops) - 1:
        last = starts.get(number, number)
        bottom = tops[last + 1]
        fits = bottom - page_top <= usable
        if number in starts and not fits and bottom - tops[number] <= usable:
            heading = number - 1
            above = probe.findBlockByNumber(heading).blockFormat().headingLevel()
            # The category heading just above goes along, unless it already starts the page.
            first = heading if 0 < above < level and tops[heading] > page_top else number
            breaks.append(first)
            page_top = tops[first]
        elif tops[last + 1] - page_top > usable:  # an ordinary block runs over: Qt moves on
            while tops[last + 1] - page_top > usable:
                page_top += usable / (1 - _SLACK)
        number = last + 1
    for block_number in breaks:
        _break_before(doc.findBlockByNumber(block_number))
    return len(breaks)


def _blocks(doc: QTextDocument) -> list[QTextBlock]:
    out = []
    block = doc.begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def _source_dpi(*, horizontal: bool) -> float:
    """The resolution Qt lays text out in before scaling to a printer (qt_defaultDpi)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 100.0  # what Qt itself assumes without a screen
    dpi = screen.logicalDotsPerInchX() if horizontal else screen.logicalDotsPerInchY()
    return float(round(dpi))


def _entries(doc: QTextDocument, level: int) -> list[tuple[int, int]]:
    """(first, last) block numbers of each entry: a heading of `level` up to the next heading."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    block = doc.begin()
    last_number = 0
    while block.isValid():
        heading = block.blockFormat().headingLevel()
        if 0 < heading <= level:
            if start is not None:
                out.append((start, last_number))
            start = block.blockNumber() if heading == level else None
        last_number = block.blockNumber()
        block = block.next()
    if start is not None:
        out.append((start, last_number))
    return out


def _break_before(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)
