"""The age layer (through pyrage) and the emergency key's sealing and SLIP-39 splitting.

pyrage's errors carry only a message; we sort them into "wrong passphrase or key" (exit 3)
and "damaged" (exit 4). age cannot tell a changed recipient stanza from a wrong key, so those
few bytes count as a wrong key, as age itself reports them.
"""

from __future__ import annotations

import base64
import os
import re

import pyrage
import shamir_mnemonic
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from pyrage import x25519

from dorpsboek.errors import DamagedFile, NotABundle, UsageError, WrongPassphrase

AGE_MAGIC = b"age-encryption.org/v1\n"
_WRONG_KEY = ("No matching keys found", "Decryption failed")
_STANZA = re.compile(rb"^-> (\S+)", re.MULTILINE)


def recipient_type(data: bytes) -> str:
    """`scrypt` (a passphrase bundle) or `X25519` (emergency/return); NotABundle otherwise.

    age may add random "grease" stanzas, so every stanza before the MAC line is looked at.
    """
    if not data.startswith(AGE_MAGIC):
        raise NotABundle("not an age file")
    end = data.find(b"\n---", 0, 8192)
    kinds = {m.group(1) for m in _STANZA.finditer(data[: end if end > 0 else 0])}
    for kind in (b"scrypt", b"X25519"):
        if kind in kinds:
            return kind.decode()
    raise DamagedFile("age header")


def _decrypt_error(exc: Exception) -> Exception:
    if any(text in str(exc) for text in _WRONG_KEY):
        return WrongPassphrase()
    return DamagedFile("age payload")


def encrypt_passphrase(data: bytes, passphrase: str) -> bytes:
    return bytes(pyrage.passphrase.encrypt(data, passphrase))


def decrypt_passphrase(data: bytes, passphrase: str) -> bytes:
    if recipient_type(data) != "scrypt":
        raise WrongPassphrase("this file opens with a key, not a passphrase")
    try:
        return bytes(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError as exc:
        raise _decrypt_error(exc) from None


def encrypt_to(data: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(data, [x25519.Recipient.from_str(recipient)]))


def parse_identity(text: str) -> x25519.Identity:
    """An `AGE-SECRET-KEY-1…` typed from paper; Bech32's checksum catches typos."""
    cleaned = "".join(text.split()).upper()
    try:
        return x25519.Identity.from_str(cleaned)
    except Exception as exc:  # pyrage raises IdentityError or ValueError
        raise WrongPassphrase("the key does not read (a typo?)") from exc


def decrypt_with(data: bytes, identities: list[x25519.Identity]) -> bytes:
    if recipient_type(data) != "X25519":
        raise WrongPassphrase("this file opens with a passphrase, not a key")
    try:
        return bytes(pyrage.decrypt(data, identities))
    except pyrage.DecryptError as exc:
        raise _decrypt_error(exc) from None


def new_identity() -> tuple[str, str]:
    """A fresh X25519 key pair as (secret `AGE-SECRET-KEY-1…`, recipient `age1…`)."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(identity: str) -> str:
    return str(x25519.Identity.from_str(identity).to_public())


# ----- the emergency key split over trustees ------------------------------------------------


def seal(secret: str, recovery_key: bytes) -> str:
    """Encrypt (authenticated) the X25519 secret with a 32-byte recovery key; base64 text."""
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(recovery_key).encrypt(nonce, secret.encode(), b"dorpsboek-nood-1")
    return base64.b64encode(nonce + sealed).decode("ascii")


def unseal(sealed: str, recovery_key: bytes) -> str:
    try:
        raw = base64.b64decode(sealed, validate=True)
        plain = ChaCha20Poly1305(recovery_key).decrypt(raw[:12], raw[12:], b"dorpsboek-nood-1")
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase("the shares do not open this emergency key") from exc
    return plain.decode()


def split_key(recovery_key: bytes, threshold: int, shares: int) -> list[str]:
    """SLIP-39 word shares of the recovery key: `threshold` of `shares` recover it."""
    if not 1 <= threshold <= shares <= 16 or (threshold == 1 and shares > 1):
        raise UsageError("threshold/shares")
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], recovery_key, b"")
    return list(groups[0])


def shares_needed(words: str) -> int:
    """How many shares open the key, read from one share (SLIP-39 carries the threshold)."""
    from shamir_mnemonic.share import Share

    try:
        return int(Share.from_mnemonic(words).member_threshold)
    except (shamir_mnemonic.MnemonicError, ValueError) as exc:
        raise WrongPassphrase("this share does not read (a typo?)") from exc


def combine_shares(words: list[str]) -> bytes:
    """The recovery key from enough shares; a typo or too few shares fail loudly."""
    try:
        return bytes(shamir_mnemonic.combine_mnemonics(words, b""))
    except (shamir_mnemonic.MnemonicError, ValueError) as exc:
        raise WrongPassphrase("the word shares do not fit together (a typo, or too few)") from exc
