"""Render resources/icons/dorpsboek.svg to the PNG sizes, .ico and .icns the packages need.

Run: .venv/bin/python packaging/make_icons.py   (uses Qt offscreen; no other tools)
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "dorpsboek.svg"))
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"dorpsboek-{size}.png"))
    QImageWriter(str(ICONS / "dorpsboek.ico"), b"ico").write(render(renderer, 256))
    QImageWriter(str(ICONS / "dorpsboek.icns"), b"icns").write(render(renderer, 512))


if __name__ == "__main__":
    main()
