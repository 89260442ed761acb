"""Damaged book: bit flips and truncations are reported, never read back as wrong data.

What is expected, precisely (docs/reliability.md):
- byte 0 (format version): exit 5 when the flip gives a plausible newer version (2..16),
  otherwise exit 4;
- bytes 1-3 (Argon2id parameters): exit 4 when the parameters become impossible, exit 3 when
  they stay plausible (the key differs, so it looks exactly like a wrong passphrase);
- bytes 4-15 (salt): exit 3, for the same reason: a different salt gives a different key;
- any byte from 16 on: exit 4, at open or by `verify` (every byte of every page is covered by
  the page's HMAC, and verify checks every page);
- truncation: exit 4 at open or by `verify`.
Whenever the book does open and pass verify, its records must equal the original ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.errors import DorpsboekError
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from dorpsboek.store.keyheader import MAX_PLAUSIBLE_VERSION, TEST_PARAMS, KdfParams
from dorpsboek.store.pagecheck import PAGE_SIZE
from tests.helpers import PASSPHRASE, run_cli

INTACT = 0
WRONG_DATA = -1


@dataclass(frozen=True)
class Original:
    data: bytes
    notes: dict[str, str]
    counts: dict[str, int]

    @property
    def pages(self) -> int:
        return len(self.data) // PAGE_SIZE


def _read(book: Book) -> tuple[dict[str, str], dict[str, int]]:
    casebook = Casebook(book, actor="t")
    notes = {n.id: f"{n.person_name}|{n.on_date}|{n.text}" for n in casebook.recent_notes(10**6)}
    return notes, casebook.stats()


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Original:
    path = tmp_path_factory.mktemp("origineel") / "dorpsboek.db"
    with Book.create(path, PASSPHRASE) as book:
        generate(book, DemoSize(25, 250, 12, 10), seed=9)
    with Book.open(path, PASSPHRASE) as book:
        notes, counts = _read(book)
    return Original(path.read_bytes(), notes, counts)


@pytest.fixture
def damaged_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "dorpsboek.db"


def outcome(path: Path, data: bytes, original: Original) -> int:
    """Exit code the user would get from open + verify, INTACT, or WRONG_DATA."""
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    path.write_bytes(data)
    try:
        with Book.open(path, PASSPHRASE) as book:
            if not book.verify().ok:
                return 4
            notes, counts = _read(book)
    except DorpsboekError as exc:
        return exc.exit_code
    return INTACT if (notes, counts) == (original.notes, original.counts) else WRONG_DATA


def _flip(data: bytes, offset: int, bit: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 1 << bit
    return bytes(changed)


def expected_for_header_flip(offset: int, data: bytes) -> set[int]:
    value = data[offset]
    if offset == 0:
        return {5} if 2 <= value <= MAX_PLAUSIBLE_VERSION else {4}
    if offset <= 3:
        params = KdfParams(data[1], data[2], data[3])
        if params == TEST_PARAMS:
            return {0}
        try:
            params.validate()
        except DorpsboekError:
            return {4}
        return {3}
    return {3}


def test_every_bit_of_the_key_header(original: Original, damaged_path: Path) -> None:
    seen: dict[int, int] = {}
    for offset in range(16):
        for bit in range(8):
            data = _flip(original.data, offset, bit)
            got = outcome(damaged_path, data, original)
            assert got in expected_for_header_flip(offset, data), (offset, bit, got)
            seen[got] = seen.get(got, 0) + 1
    assert seen.get(3) and seen.get(4) and seen.get(5)  # all three verdicts occur
    print(f"\nheader flips: 128, verdicts {dict(sorted(seen.items()))}, wrong data: 0")


def _positions(original: Original, rng: random.Random) -> list[int]:
    last = original.pages - 1
    spots = [16, 17, 24, 100, 1000, 4000, 4015, 4016, 4031, 4032, 4095]  # body, IV, HMAC
    spots += [rng.randrange(16, PAGE_SIZE) for _ in range(25)]  # page 1
    spots += [rng.randrange(PAGE_SIZE, last * PAGE_SIZE) for _ in range(150)]  # middle
    spots += [last * PAGE_SIZE + rng.randrange(PAGE_SIZE) for _ in range(25)]  # last page
    spots += [p * PAGE_SIZE + off for p in (1, 2, last) for off in (0, 4015, 4016, 4095)]
    return spots


@pytest.mark.slow
def test_bit_flips_across_the_file_are_always_reported(
    original: Original, damaged_path: Path
) -> None:
    rng = random.Random(44)
    positions = _positions(original, rng)
    for offset in positions:
        got = outcome(damaged_path, _flip(original.data, offset, rng.randrange(8)), original)
        assert got == 4, f"flip at byte {offset} (page {offset // PAGE_SIZE + 1}) gave {got}"
    assert len(positions) > 200
    print(f"\nbit flips: {len(positions)} over {original.pages} pages, all exit 4")


def test_whole_pages_zeroed_or_swapped_are_reported(original: Original, damaged_path: Path) -> None:
    zero = bytes(PAGE_SIZE)
    for page in (0, 1, original.pages // 2, original.pages - 1):
        data = bytearray(original.data)
        data[page * PAGE_SIZE + (16 if page == 0 else 0) : (page + 1) * PAGE_SIZE] = zero[
            : PAGE_SIZE - (16 if page == 0 else 0)
        ]
        assert outcome(damaged_path, bytes(data), original) == 4, page
    a, b = 2, original.pages - 2
    swapped = bytearray(original.data)
    swapped[a * PAGE_SIZE : (a + 1) * PAGE_SIZE] = original.data[
        b * PAGE_SIZE : (b + 1) * PAGE_SIZE
    ]
    swapped[b * PAGE_SIZE : (b + 1) * PAGE_SIZE] = original.data[
        a * PAGE_SIZE : (a + 1) * PAGE_SIZE
    ]
    assert outcome(damaged_path, bytes(swapped), original) == 4  # the page number is signed


@pytest.mark.slow
def test_truncations_are_always_reported(original: Original, damaged_path: Path) -> None:
    rng = random.Random(45)
    size = len(original.data)
    lengths = {0, 1, 15, 16, 17, 100, 4095, 4096, 4097, 8191, 8192, size - 1, size - 4096}
    lengths |= {k * PAGE_SIZE for k in range(1, original.pages)}
    lengths |= {rng.randrange(1, size) for _ in range(40)}
    for length in sorted(lengths):
        got = outcome(damaged_path, original.data[:length], original)
        assert got == 4, f"truncated to {length} bytes gave {got}"
    assert len(lengths) > 60
    print(f"\ntruncations: {len(lengths)} lengths, all exit 4")


def test_the_cli_gives_the_documented_exit_codes(original: Original, tmp_path: Path) -> None:
    env = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}
    middle = (original.pages // 2) * PAGE_SIZE + 300
    cases = {
        "salt": (_flip(original.data, 9, 0), 3),
        "version": (_flip(original.data, 0, 1), 5),
        "page1": (_flip(original.data, 2000, 3), 4),
        "middle": (_flip(original.data, middle, 5), 4),
        "quarter": (_flip(original.data, original.pages // 4 * PAGE_SIZE + 9, 2), 4),
        "last": (_flip(original.data, len(original.data) - 70, 6), 4),
        "truncated": (original.data[: len(original.data) - PAGE_SIZE], 4),
        "half-page": (original.data[: len(original.data) - 100], 4),
    }
    for name, (data, code) in cases.items():
        path = tmp_path / f"{name}.db"
        path.write_bytes(data)
        r = run_cli("--book", str(path), "verify", env=env)
        assert r.returncode == code, (name, r.returncode, r.stderr)
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
