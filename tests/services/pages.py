"""Test-only: decrypt every page of a SQLCipher book and its -wal with the raw key, so a test
can look at the bytes SQLite really keeps, free pages and dead cells included."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC at the end of every page
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, pgno: int, key: bytes) -> bytes:
    start = 16 if pgno == 1 else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def book_plaintext(path: Path, key: bytes) -> bytes:
    """The decrypted content of every page of the book file."""
    data = path.read_bytes()
    return b"".join(
        _decrypt(data[i : i + PAGE], i // PAGE + 1, key) for i in range(0, len(data), PAGE)
    )


def wal_plaintext(path: Path, key: bytes) -> bytes:
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return b""
    data, out = wal.read_bytes(), []
    for i in range(WAL_HEADER, len(data) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        pgno = int.from_bytes(data[i : i + 4], "big")
        out.append(_decrypt(data[i + FRAME_HEADER : i + FRAME_HEADER + PAGE], pgno, key))
    return b"".join(out)
