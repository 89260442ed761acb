"""Test setup for the whole suite: offscreen Qt, cheap key derivation, no network, fixtures."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
NETGUARD = HERE / "netguard"

# Set by the test setup, not by the person running the tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["DORPSBOEK_INSECURE_TEST_KDF"] = "1"
os.environ["DORPSBOEK_LANG"] = "nl"
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(NETGUARD), os.environ.get("PYTHONPATH", "")) if p
)
# The same guard in this process: every test runs with internet sockets refused.
sys.path.insert(0, str(NETGUARD))
import sitecustomize  # noqa: E402,F401  (installs the audit hook)

from dorpsboek.services.casebook import Casebook  # noqa: E402
from dorpsboek.store.book import Book  # noqa: E402
from tests.helpers import PASSPHRASE  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings and default books never touch the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    monkeypatch.delenv("DORPSBOEK_PASSPHRASE", raising=False)
    monkeypatch.delenv("DORPSBOEK_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("DORPSBOEK_BUNDLE_PASSPHRASE", raising=False)


@pytest.fixture(autouse=True)
def _umask_restored() -> Iterator[None]:
    """The CLI's main() sets umask 077 for the process; tests that call it in-process
    must not hand that on to the next test (it hid a packaging bug behind test order)."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "boek" / "dorpsboek.db"


@pytest.fixture
def book(book_path: Path) -> Iterator[Book]:
    opened = Book.create(book_path, PASSPHRASE)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def casebook(book: Book) -> Casebook:
    return Casebook(book, actor="Test Ondersteuner")
