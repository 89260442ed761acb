"""Tell "wrong passphrase" from "damaged book" by checking SQLCipher page HMACs ourselves.

SQLCipher only says "file is not a database" when page 1 fails, for either cause. Every page
carries an HMAC-SHA512 keyed from our raw key, so if any page verifies, the key is right and
the file is damaged; if none does, the passphrase is wrong. (SQLCipher 4 defaults: 4096-byte
pages, 80 reserved bytes = 16-byte IV + 64-byte HMAC, HMAC key = PBKDF2-SHA512(key, salt^0x3a,
2 rounds), HMAC over ciphertext+IV+page number little-endian.)
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

PAGE_SIZE = 4096
HMAC_SIZE = 64
SALT_SIZE = 16
PAGES_TO_TRY = 64


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def page_verifies(page: bytes, pgno: int, hmac_key: bytes) -> bool:
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if pgno == 1 else 0
    signed = page[start : PAGE_SIZE - HMAC_SIZE] + pgno.to_bytes(4, "little")
    mac = hmac.new(hmac_key, signed, hashlib.sha512).digest()
    return hmac.compare_digest(mac, page[PAGE_SIZE - HMAC_SIZE :])


def key_matches_any_page(path: Path, key: bytes, salt: bytes) -> bool:
    """True when at least one of the first pages verifies under this key."""
    hk = _hmac_key(key, salt)
    with open(path, "rb") as fh:
        for pgno in range(1, PAGES_TO_TRY + 1):
            page = fh.read(PAGE_SIZE)
            if len(page) < PAGE_SIZE:
                return False
            if page_verifies(page, pgno, hk):
                return True
    return False
