"""`dorpsboek activity` and `dorpsboek resident set` as outside checks use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, run_cli

ENV = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_NEW_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_book(tmp_path: Path) -> Path:
    path = tmp_path / "boek.db"
    assert run_cli("--book", str(path), "init", env=ENV).returncode == 0
    return path


def _cli(path: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli("--book", str(path), *args, env=ENV)


def _stats(path: Path) -> dict[str, int]:
    return dict(json.loads(_cli(path, "stats", "--json").stdout))


def test_activity_without_resident_is_stored_and_counted_apart(cli_book: Path) -> None:
    r = _cli(cli_book, "activity", "Kernoverleg #overleg", "--kind", "overleg", "--minutes", "90")
    assert r.returncode == 0, r.stderr
    assert "zonder inwoner" in r.stdout
    stats = _stats(cli_book)
    assert stats["activities"] == 1 and stats["notes"] == 0 and stats["persons"] == 0
    hits = json.loads(_cli(cli_book, "search", "kernoverleg", "--json").stdout)["hits"]
    assert [h["kind"] for h in hits] == ["activity"]


def test_with_names_people_already_in_the_book(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "Aaltje Bosma", "eerste kennismaking").returncode == 0
    assert _cli(cli_book, "note", "Bertus de Wit", "eerste kennismaking").returncode == 0
    r = _cli(
        cli_book, "activity", "Familiegesprek", "--with", "Aaltje Bosma", "--with",
        "Bertus de Wit", "--date", "2026-03-02", "--kern", "Makkinga",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "Aaltje Bosma, Bertus de Wit" in r.stdout
    assert _stats(cli_book)["persons"] == 2  # nobody was invented


def test_an_unknown_with_name_exits_2_and_stores_nothing(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "Aaltje Bosma", "eerste kennismaking").returncode == 0
    before = _stats(cli_book)
    r = _cli(cli_book, "activity", "Overleg", "--with", "Aaltje Bosma", "--with", "Niemand")
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        "Er staat niemand met de naam Niemand in het boek (inwoner, vrijwilliger of sociale "
        "kaart); er is niets opgeslagen."
    ]
    assert _stats(cli_book) == before


@pytest.mark.parametrize(
    "bad",
    [
        ["activity", ""],
        ["activity", "x", "--kind", "feest"],
        ["activity", "x", "--minutes", "-3"],
        ["activity", "x", "--date", "31-31-2026"],
        ["resident", "set", "Niemand", "--kern", "Elsloo"],
    ],
)
def test_bad_activity_input_is_a_usage_error(cli_book: Path, bad: list[str]) -> None:
    r = _cli(cli_book, *bad)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    assert _stats(cli_book)["activities"] == 0


def test_resident_set_kern(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "Aaltje Bosma", "kennismaking").returncode == 0
    r = _cli(cli_book, "resident", "set", "Aaltje Bosma", "--kern", "Elsloo")
    assert r.returncode == 0, r.stderr
    assert "Aaltje Bosma" in r.stdout


def test_report_json_counts_time_and_residents_once(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "Aaltje Bosma", "Bezoek #vervoer", "--date", "2026-02-01",
                "--minutes", "30").returncode == 0  # fmt: skip
    assert _cli(cli_book, "resident", "set", "Aaltje Bosma", "--kern", "Elsloo").returncode == 0
    for extra in (["--kind", "overleg", "--minutes", "90"],
                  ["--with", "Aaltje Bosma", "--minutes", "15", "--kern", "Elsloo"]):  # fmt: skip
        r = _cli(cli_book, "activity", "Overleg #dorp", "--date", "2026-02-03", *extra)
        assert r.returncode == 0, r.stderr
    r = _cli(cli_book, "report", "--from", "2026-01-01", "--to", "2026-12-31", "--json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["minutes_total"] == 135 and got["minutes_without_resident"] == 90
    assert got["minutes_by_kind"] == {"overleg": 90, "": 45}  # no --kind given: ""
    assert got["minutes_by_tag"] == {"vervoer": 30, "dorp": 105}
    assert got["minutes_by_kern"] == {"Elsloo": 45, "zonder kern": 90}
    assert got["residents_reached"] == 1
    assert got["help_requests_closed"] == 0 and got["outcomes"] == {}
    assert _cli(cli_book, "report", "--from", "2026-01-01", "--to", "2026-12-31").returncode == 2
