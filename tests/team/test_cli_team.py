"""The team commands of the contract, in a child process: create, invite, join, write, read
(with a conflict in the report and decided by id), and digest agreeing afterwards."""

from __future__ import annotations

import json
from pathlib import Path

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.store import dump
from dorpsboek.store.book import Book
from tests.helpers import PASSPHRASE, run_cli
from tests.team.conftest import edit, first

BUNDLE = "molen-kers-dansen-haven-blauw-pen"
ENV = {
    "DORPSBOEK_PASSPHRASE": PASSPHRASE,
    "DORPSBOEK_NEW_PASSPHRASE": PASSPHRASE,
    "DORPSBOEK_BUNDLE_PASSPHRASE": BUNDLE,
}


def _ok(*args: str) -> str:
    done = run_cli(*args, env=ENV)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _digest(book: Path) -> str:
    return str(json.loads(_ok("--book", str(book), "digest", "--json"))["digest"])


def test_two_books_exchange_on_the_command_line(tmp_path: Path) -> None:
    anna, bea = tmp_path / "anna.db", tmp_path / "bea.db"
    with Book.create(anna, PASSPHRASE) as book:
        generate(book, DemoSize(persons=4, notes=8, organisations=2, volunteers=1), seed=2)
    _ok("--book", str(anna), "team", "create", "--name", "Dorp", "--member", "Anna")
    again = run_cli("--book", str(anna), "team", "create", env=ENV)
    assert again.returncode != 0 and "al bij een team" in again.stderr
    _ok("--book", str(anna), "team", "invite", "-o", str(tmp_path / "uitnodiging.dorpsboek"))
    _ok(
        "team",
        "join",
        str(tmp_path / "uitnodiging.dorpsboek"),
        "--into",
        str(bea),
        "--member",
        "Bea",
    )
    assert _digest(anna) == _digest(bea)

    with Book.open(anna, PASSPHRASE) as a, Book.open(bea, PASSPHRASE) as b:
        person = first(a, "persons")
        edit(a, "persons", person["id"], phone="0611111111")
        edit(b, "persons", person["id"], phone="0622222222")
    _ok("--book", str(bea), "team", "write", "-o", str(tmp_path / "bea-1.dorpsboek"))
    report = json.loads(
        _ok("--book", str(anna), "team", "read", str(tmp_path / "bea-1.dorpsboek"), "--json")
    )
    assert [c["id"] for c in report["conflicts"]] == [person["id"]]
    wrong = run_cli(
        "--book",
        str(anna),
        "team",
        "read",
        str(tmp_path / "bea-1.dorpsboek"),
        "--theirs",
        "00000000-0000-4000-8000-000000000000",
        env=ENV,
    )
    assert wrong.returncode == 2
    text = _ok(
        "--book",
        str(anna),
        "team",
        "read",
        str(tmp_path / "bea-1.dorpsboek"),
        "--theirs",
        person["id"],
    )
    assert "Wijzigingen van Bea" in text
    _ok("--book", str(anna), "team", "write", "-o", str(tmp_path / "anna-1.dorpsboek"))
    back = json.loads(
        _ok("--book", str(bea), "team", "read", str(tmp_path / "anna-1.dorpsboek"), "--json")
    )
    assert back["conflicts"] == []
    assert _digest(anna) == _digest(bea)
    twice = _ok("--book", str(bea), "team", "read", str(tmp_path / "anna-1.dorpsboek"))
    assert "niets nieuws" in twice
    # Both have heard from each other now: a package holds only what changed, unless --full.
    _ok("--book", str(bea), "team", "read", str(tmp_path / "anna-1.dorpsboek"))
    _ok("--book", str(anna), "team", "read", str(tmp_path / "bea-1.dorpsboek"))
    few = _ok("--book", str(anna), "team", "write", "-o", str(tmp_path / "anna-2.dorpsboek"))
    full = _ok(
        "--book", str(anna), "team", "write", "--full", "-o", str(tmp_path / "anna-3.dorpsboek")
    )
    with Book.open(anna, PASSPHRASE) as a:
        whole = sum(map(len, dump.read_all(a).values()))
    assert f"({whole} gegevens)" in full and f"({whole} gegevens)" not in few


def test_team_commands_in_a_book_without_a_team(tmp_path: Path) -> None:
    book = tmp_path / "los.db"
    Book.create(book, PASSPHRASE).close()
    done = run_cli("--book", str(book), "team", "write", "-o", str(tmp_path / "x"), env=ENV)
    assert done.returncode == 1 and "nog niet bij een team" in done.stderr
    assert not (tmp_path / "x").exists()
