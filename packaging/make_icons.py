"""Render resources/icons/dorpsboek.svg to the PNG sizes, .ico and .icns the packages need.

Run: .venv/bin/python packaging/make_icons.py   (uses Qt offscreen; no other tools)
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows picks per place (list, taskbar, tiles)
# The PNG-carrying .icns types Finder and the Dock use, by pixel size (no 1024 source).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico with PNG entries (valid since Windows Vista); 256 is written as 0."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def write_packed() -> None:
    """.ico and .icns from the PNGs on disk (so the PNGs and the packed icons always agree)."""
    png = {size: (ICONS / f"dorpsboek-{size}.png").read_bytes() for size in SIZES}
    (ICONS / "dorpsboek.ico").write_bytes(pack_ico({s: png[s] for s in ICO_SIZES}))
    (ICONS / "dorpsboek.icns").write_bytes(pack_icns({s: png[s] for s in ICNS_TYPES}))


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
    write_packed()


if __name__ == "__main__":
    main()
