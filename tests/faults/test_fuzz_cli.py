"""Fuzzed command-line input: `note` and `search` with generated text never crash with a
traceback, always give a contract exit code, and leave the book unchanged when they fail.

The command runs in-process (`dorpsboek.cli.main.main`, the same function the `dorpsboek`
script calls) so hundreds of inputs fit in seconds; the odd bytes a shell can pass (invalid
UTF-8) go through a real child process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dorpsboek.cli.main import main
from dorpsboek.cli.messages import say
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE

# DORPSBOEK_FUZZ_SCALE=10 runs ten times as many inputs (a deeper search, by hand).
SCALE = int(os.environ.get("DORPSBOEK_FUZZ_SCALE", "1"))

EXAMPLES = 120 * SCALE
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Text as a shell could pass it: anything but NUL (argv strings end at a NUL byte).
ARG = st.text(st.characters(blacklist_characters="\x00"), max_size=300)
TRICKY = st.sampled_from(
    ['"', "'", "*", "-", "--", "-x", "^", "NEAR(a b)", "a OR b", "a AND", "NOT", "(", ")", ":",
     "#", "#tag", "\u0301", "\u200b", "\ufeff", "ℌ", "ﬁ", "İ", "ß", "%", "_", "\\", "\n", " "]
)  # fmt: skip
MIXED = st.lists(st.one_of(ARG, TRICKY), max_size=6).map("".join)


def _state(path: Path) -> tuple[dict[str, int], dict[str, tuple[str, str | None]]]:
    with Book.open(path, PASSPHRASE) as book:
        casebook = Casebook(book, actor="t")
        notes = {n.id: (n.text, n.person_name) for n in casebook.recent_notes(10**6)}
        return casebook.stats(), notes


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and say("bug") not in err, err
    return code, out, err


@pytest.fixture
def cli_book(book_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with Book.create(book_path, PASSPHRASE) as book:
        Casebook(book, actor="t").add_note("eerste notitie #begin", person_name="Aaltje")
    monkeypatch.setenv("DORPSBOEK_PASSPHRASE", PASSPHRASE)
    return book_path


@pytest.mark.slow
def test_note_with_generated_text(cli_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tried = 0

    @FUZZ
    @given(person=st.one_of(MIXED, st.just("Aaltje")), text=MIXED)
    @example(person="Aaltje", text="\udcff kapot")
    def note(person: str, text: str) -> None:
        nonlocal tried
        tried += 1
        stats, notes = _state(cli_book)
        code, _out, err = _run(["--book", str(cli_book), "note", person, text], capsys)
        assert code in (0, 2), (code, err)
        after_stats, after_notes = _state(cli_book)
        if code == 0:
            (added,) = set(after_notes) - set(notes)
            assert after_notes[added] == (text, person.strip())
            assert after_stats["notes"] == stats["notes"] + 1
        else:
            assert len(err.strip().splitlines()) <= 3  # argparse adds its usage line
            assert (after_stats, after_notes) == (stats, notes)

    note()
    assert tried >= EXAMPLES


@pytest.mark.slow
def test_search_with_generated_queries(cli_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _state(cli_book)

    @FUZZ
    @given(query=MIXED, limit=st.integers(-5, 500))
    @example(query="\udcff kapot", limit=5)  # invalid UTF-8 from a shell, as Python sees it
    def search(query: str, limit: int) -> None:
        argv = ["--book", str(cli_book), "search", query, "--json", "--limit", str(limit)]
        code, out, err = _run(argv, capsys)
        assert code in (0, 2), (code, err)
        if code == 0:
            payload = json.loads(out)
            assert payload["query"] == query
            assert isinstance(payload["hits"], list)

    search()
    assert _state(cli_book) == before


def test_invalid_utf8_from_the_shell_is_refused_plainly(cli_book: Path) -> None:
    before = _state(cli_book)
    env = {**os.environ, "DORPSBOEK_PASSPHRASE": PASSPHRASE}
    for args in ([b"note", b"Aaltje", b"kapot \xff\xfe"], [b"note", b"\xc3(", b"tekst"]):
        r = subprocess.run(
            [sys.executable.encode(), b"-m", b"dorpsboek.cli.main", b"--book",
             os.fsencode(cli_book), *args],
            capture_output=True, env=env, timeout=120,
        )  # fmt: skip
        err = r.stderr.decode("utf-8", "replace")
        assert r.returncode == 2, err
        assert "Traceback" not in err and say("bug") not in err
    r = subprocess.run(
        [sys.executable.encode(), b"-m", b"dorpsboek.cli.main", b"--book",
         os.fsencode(cli_book), b"search", b"\xff\xfe", b"--json"],
        capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    assert r.returncode in (0, 2), r.stderr
    assert _state(cli_book) == before
