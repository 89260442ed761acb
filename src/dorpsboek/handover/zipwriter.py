"""Writing a ZIP archive from members deflated beforehand (PKWARE APPNOTE 6.3, sections 4.3-4.4).

`zipfile` can only deflate a member while it writes it, in the calling thread. A bundle's
members are ready one by one while the export still builds the next (the overview, the letter),
so the archive deflates each one in a worker thread as soon as it is there (zlib lets go of
the GIL) and only lays the bytes out here at the end. The layout is what `zipfile` writes for
the same members (one local header per member, the central directory, the end record; no
extra fields, no data descriptors), so every ZIP reader opens it; a test holds the two to the
same bytes.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

# Every member carries the same stamp (2020-01-01 00:00:00 in MS-DOS form): the archive's bytes
# depend on its content only.
DOS_TIME = 0
DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1
LEVEL = 1  # most of deflate's gain at a fraction of its time (village bundle: ~30 MB)
_VERSION = 20  # 2.0: deflate
_MADE_BY = (3 << 8) | _VERSION  # "UNIX", as zipfile writes it on Linux and macOS
_DEFLATE = 8  # compression method
_UTF8_NAME = 0x800
_PRIVATE = 0o600 << 16  # unpacked on Unix, a member is for her eyes only (as zipfile marks it)
_LIMIT = 0xFFFFFFFF  # past this a member or offset would need ZIP64, which we never write
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")


@dataclass(frozen=True)
class Deflated:
    """One member ready for the archive: raw deflate stream plus what the headers need."""

    size: int
    crc: int
    data: bytes


def deflate(data: bytes) -> Deflated:
    """Raw deflate (no zlib header), as a ZIP member holds it. Releases the GIL in C."""
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    return Deflated(len(data), zlib.crc32(data), packer.compress(data) + packer.flush())


class TooLarge(ValueError):
    """A member or the archive passes 4 GiB (bundles are refused far below that on reading)."""


def write(members: Iterable[tuple[str, Deflated]]) -> bytes:
    """The archive's bytes, members in the order given."""
    parts: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for name, member in members:
        raw = name.encode("utf-8")
        flags = 0 if raw.isascii() else _UTF8_NAME
        fields = (_VERSION, flags, _DEFLATE, DOS_TIME, DOS_DATE, member.crc)
        sizes = (len(member.data), member.size)
        if max(*sizes, offset) >= _LIMIT:
            raise TooLarge(name)
        local = _LOCAL.pack(0x04034B50, *fields, *sizes, len(raw), 0)
        # name length, no extra field, no comment, disk 0, no internal attributes
        tail = (len(raw), 0, 0, 0, 0, _PRIVATE, offset)
        central.append(_CENTRAL.pack(0x02014B50, _MADE_BY, *fields, *sizes, *tail) + raw)
        parts += (local, raw, member.data)
        offset += len(local) + len(raw) + len(member.data)
        count += 1
    directory = b"".join(central)
    if offset + len(directory) >= _LIMIT or count > 0xFFFF:
        raise TooLarge("archive")
    end = _END.pack(0x06054B50, 0, 0, count, count, len(directory), offset, 0)
    return b"".join((*parts, directory, end))
