"""The Windows .ico and the macOS .icns hold every size their desktops pick from, each the
same picture as the PNG of that size (packaging/make_icons.py packs them from those PNGs)."""

from __future__ import annotations

import struct
from pathlib import Path

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
PNG = b"\x89PNG\r\n\x1a\n"


def png_side(data: bytes) -> int:
    assert data.startswith(PNG)
    width, height = struct.unpack(">II", data[16:24])
    assert width == height
    return int(width)


def test_the_ico_holds_16_to_256() -> None:
    data = (ICONS / "dorpsboek.ico").read_bytes()
    _, kind, count = struct.unpack("<HHH", data[:6])
    assert kind == 1
    sides = []
    for i in range(count):
        side, _, _, _, _, _, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        image = data[offset : offset + size]
        assert png_side(image) == (side or 256)
        assert image == (ICONS / f"dorpsboek-{side or 256}.png").read_bytes()
        sides.append(side or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_16_to_512() -> None:
    data = (ICONS / "dorpsboek.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_side(data[at + 8 : at + length])
        at += length
    assert found == {
        b"icp4": 16,
        b"icp5": 32,
        b"icp6": 64,
        b"ic07": 128,
        b"ic08": 256,
        b"ic09": 512,
    }
