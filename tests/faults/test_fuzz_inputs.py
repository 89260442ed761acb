"""Fuzzed files from outside: CSV import and emergency/handover bundles, generated and mutated
with hypothesis. Never a traceback, never a hang, never a change to the book on failure.

(The handover tests already walk every header byte and sampled payload flips of a bundle;
this adds generated mutations: replaced, inserted and deleted runs, splices, truncations.)
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dorpsboek.cli.main import main
from dorpsboek.cli.messages import say
from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE

# DORPSBOEK_FUZZ_SCALE=10 runs ten times as many inputs (a deeper search, by hand).
SCALE = int(os.environ.get("DORPSBOEK_FUZZ_SCALE", "1"))

FIXTURES = Path(__file__).parents[1] / "fixtures" / "kaart"
SECONDS_PER_INPUT = 60  # far above the slowest honest input; a hang fails instead of blocking
CSV_EXAMPLES = 200 * SCALE
BUNDLE_EXAMPLES = 120 * SCALE
FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@contextlib.contextmanager
def no_hang(seconds: int = SECONDS_PER_INPUT) -> Iterator[None]:
    def _alarm(*_: object) -> None:
        raise TimeoutError(f"an input took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with no_hang():
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert "Traceback" not in err and say("bug") not in err, err
    return code, err


# ----- CSV import -----------------------------------------------------------------------------

CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(['"', '""', "a,b", "a;b", "x\ny", "\t", "=1+1", "06-12345678", "Naam", "@"]),
)
HEADERS = st.lists(
    st.sampled_from(
        ["naam", "Naam", "name", "telefoon", "phone", "e-mail", "email", "website", "adres",
         "categorie", "thema's", "wat doen ze", "voornaam", "achternaam", "kan", "wil", ""]
    ),
    max_size=6,
)  # fmt: skip


@st.composite
def generated_csv(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|", " "]))
    header = draw(HEADERS)
    rows = draw(st.lists(st.lists(CELL, max_size=7), max_size=12))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join(delimiter.join(r) for r in ([header] if header else []) + rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


@st.composite
def mutated(draw: st.DrawFn, originals: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["replace", "insert", "delete", "truncate", "splice"]))
        if action == "replace":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "truncate":
            del data[at:]
        else:  # a run copied from elsewhere in the same input
            source = draw(st.integers(0, len(data) - 1))
            data[at:at] = data[source : source + draw(st.integers(1, 200))]
    return bytes(data)


CSV_FIXTURES = sorted(p.read_bytes() for p in FIXTURES.glob("*") if p.is_file())


def _book_state(path: Path) -> dict[str, int]:
    with Book.open(path, PASSPHRASE) as book:
        return Casebook(book, actor="t").stats()


@pytest.mark.slow
@pytest.mark.skipif(not CSV_FIXTURES, reason="no CSV fixtures to mutate")
def test_csv_import_with_generated_and_mutated_files(
    book_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        generate(book, DemoSize(5, 5, 5, 5), seed=2)
    monkeypatch.setenv("DORPSBOEK_PASSPHRASE", PASSPHRASE)
    tried = {"imported": 0, "refused": 0}

    @settings(FUZZ, max_examples=CSV_EXAMPLES)
    @given(
        data=st.one_of(generated_csv(), mutated(CSV_FIXTURES), st.binary(max_size=3000)),
        kind=st.sampled_from(["kaart", "vrijwilligers"]),
    )
    def import_file(data: bytes, kind: str) -> None:
        source = tmp_path / "invoer.csv"
        source.write_bytes(data)
        before = _book_state(book_path)
        code, err = _run(["--book", str(book_path), "import", kind, str(source)], capsys)
        assert code in (0, 1, 4), (code, err)
        after = _book_state(book_path)
        if code == 0:
            tried["imported"] += 1
            changed = {k for k in after if after[k] != before[k]}
            assert changed <= {"organisations", "volunteers"}
        else:
            tried["refused"] += 1
            assert len(err.strip().splitlines()) == 1, err
            assert after == before
        assert source.read_bytes() == data  # the input file is never touched

    import_file()
    assert sum(tried.values()) == CSV_EXAMPLES
    assert tried["imported"] and tried["refused"]


# ----- emergency / handover bundle ------------------------------------------------------------


@pytest.mark.slow
def test_emergency_open_with_mutated_bundles(
    book_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dorpsboek.handover import emergency

    with Book.create(book_path, PASSPHRASE) as book:
        generate(book, DemoSize(8, 20, 4, 3), seed=4)
        secret = emergency.setup(book).secret
        folder = tmp_path / "stick"
        folder.mkdir()
        original = emergency.refresh(book, folder).read_bytes()
    keyfile = tmp_path / "sleutel.txt"
    keyfile.write_text(secret)
    monkeypatch.setenv("DORPSBOEK_NEW_PASSPHRASE", "wachtwoord van de collega")
    codes: dict[int, int] = {}

    @settings(FUZZ, max_examples=BUNDLE_EXAMPLES)
    @given(data=mutated([original]))
    def open_bundle(data: bytes) -> None:
        bundle = tmp_path / "pakket.age"
        bundle.write_bytes(data)
        target_dir = tmp_path / "nieuw"
        target = target_dir / "boek.db"
        argv = ["emergency", "open", str(bundle), "--into", str(target), "--key-file", str(keyfile)]
        code, err = _run(argv, capsys)
        codes[code] = codes.get(code, 0) + 1
        if data == original:
            assert code == 0
        else:
            assert code in (3, 4, 5), (code, err)
            assert len(err.strip().splitlines()) == 1, err
            assert not target.exists()
            assert not (target_dir.exists() and any(target_dir.iterdir()))
        if target_dir.exists():
            for leftover in sorted(target_dir.iterdir(), reverse=True):
                leftover.unlink()

    open_bundle()
    assert sum(codes.values()) == BUNDLE_EXAMPLES and codes.get(4)
