"""The 16-byte key header at the start of every book: format version, Argon2id parameters, salt.

SQLCipher keeps a 16-byte salt in plaintext at offset 0 of the file. With a raw key plus an
explicit salt (`x'<key><salt>'`) those 16 bytes are ours to choose, so we put the KDF parameters
there. The book therefore carries everything needed to open it: no companion file can be lost.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from dorpsboek.errors import DamagedFile, NewerFormat, NotABook

HEADER_SIZE = 16
FORMAT_VERSION = 1
KEY_SIZE = 32
MIN_LOG2_MIB = 6  # 64 MiB: RFC 9106's second recommendation is our floor.
MAX_LOG2_MIB = 11  # 2 GiB: anything above is refused as absurd (a damaged or hostile header).
CALIBRATION_MAX_LOG2_MIB = 7  # 128 MiB: the most a new book asks for (see calibrate()).
MAX_ITERATIONS = 10
MAX_LANES = 16
MAX_PLAUSIBLE_VERSION = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; memory is a power of two in MiB so it fits in one byte."""

    log2_mib: int = 8
    iterations: int = 3
    lanes: int = 4

    @property
    def memory_kib(self) -> int:
        return (1 << self.log2_mib) * 1024

    def validate(self) -> None:
        """Refuse parameters no Dorpsboek ever writes (a real check, header bytes are untrusted)."""
        ok = (
            MIN_LOG2_MIB <= self.log2_mib <= MAX_LOG2_MIB
            and 1 <= self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= MAX_LANES
        )
        if not ok:
            raise NotABook("key header holds impossible parameters")


# Tests use this cheap profile (set through a fixture or this environment variable); it is far
# below the floor, so the app never writes or accepts it otherwise.
TEST_PARAMS = KdfParams(log2_mib=0, iterations=1, lanes=1)
TEST_KDF_ENV = "DORPSBOEK_INSECURE_TEST_KDF"


def test_kdf_enabled() -> bool:
    return os.environ.get(TEST_KDF_ENV) == "1"


def default_params() -> KdfParams:
    return TEST_PARAMS if test_kdf_enabled() else calibrate()


@dataclass(frozen=True)
class KeyHeader:
    """The decoded first 16 bytes of a book."""

    version: int
    params: KdfParams
    salt: bytes  # all 16 bytes: the parameters are bound into the derivation too

    @classmethod
    def new(cls, params: KdfParams) -> KeyHeader:
        head = bytes([FORMAT_VERSION, params.log2_mib, params.iterations, params.lanes])
        return cls(FORMAT_VERSION, params, head + os.urandom(HEADER_SIZE - 4))

    @classmethod
    def parse(cls, raw: bytes) -> KeyHeader:
        if len(raw) < HEADER_SIZE:
            raise DamagedFile("file shorter than the key header")
        version = raw[0]
        params = KdfParams(raw[1], raw[2], raw[3])
        if not (params == TEST_PARAMS and test_kdf_enabled()):
            params.validate()
        # Bytes 1-3 keep their meaning in every format version (docs/book-format.md), so a
        # plausible header with a higher version is a newer book, anything else is not a book.
        if version == 0 or version > MAX_PLAUSIBLE_VERSION:
            raise NotABook("no key header")
        if version > FORMAT_VERSION:
            raise NewerFormat(f"book format {version}")
        return cls(version, params, bytes(raw[:HEADER_SIZE]))

    def derive_key(self, passphrase: str) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=KEY_SIZE,
            iterations=self.params.iterations,
            lanes=self.params.lanes,
            memory_cost=max(self.params.memory_kib, 8 * self.params.lanes),
        )
        return kdf.derive(passphrase.encode("utf-8"))

    def key_spec(self, key: bytes) -> str:
        """The SQLCipher raw key literal; built from bytes we derived, never from user text."""
        return f"x'{key.hex()}{self.salt.hex()}'"


def calibrate(target_seconds: float = 0.7) -> KdfParams:
    """Pick Argon2id parameters whose derivation takes about the target time on this machine.

    Memory doubles up to CALIBRATION_MAX_LOG2_MIB, then iterations grow. Past 128 MiB the unlock
    would be the peak of the app's memory (on an old village laptop with 4 GB, next to a
    browser), so a fast machine spends its extra time on passes over the same memory instead.
    """
    probe = KdfParams(log2_mib=MIN_LOG2_MIB)
    start = time.perf_counter()
    KeyHeader.new(probe).derive_key("calibration")
    per_64 = max(time.perf_counter() - start, 1e-3)
    return choose_params(per_64, target_seconds)


def choose_params(seconds_at_floor: float, target_seconds: float) -> KdfParams:
    """The parameters for a machine where the floor (64 MiB, t=3) took `seconds_at_floor`."""
    base = KdfParams(log2_mib=MIN_LOG2_MIB)
    # Cost grows linearly with memory and with iterations; never pass the target by growing.
    per_pass_64 = seconds_at_floor / base.iterations
    log2 = MIN_LOG2_MIB
    while (
        log2 < CALIBRATION_MAX_LOG2_MIB
        and per_pass_64 * (1 << (log2 + 1 - MIN_LOG2_MIB)) * base.iterations <= target_seconds
    ):
        log2 += 1
    per_pass = per_pass_64 * (1 << (log2 - MIN_LOG2_MIB))
    iterations = base.iterations
    while iterations < MAX_ITERATIONS and per_pass * (iterations + 1) <= target_seconds:
        iterations += 1
    return KdfParams(log2_mib=log2, iterations=iterations, lanes=base.lanes)
