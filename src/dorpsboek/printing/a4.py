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
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

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
