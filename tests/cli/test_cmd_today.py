"""`dorpsboek today` and `resident set --contact-every` as outside checks use them."""

from __future__ import annotations

import datetime as dt
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


def _ago(days: int) -> str:
    return (dt.date.today() - dt.timedelta(days=days)).isoformat()


def test_contact_every_puts_an_overdue_resident_on_today(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "Grietje Dagelijks", "gebeld", "--date", _ago(10)).returncode == 0
    assert _cli(cli_book, "note", "Hendrik Later", "bezoek", "--date", _ago(2)).returncode == 0
    for name in ("Grietje Dagelijks", "Hendrik Later"):
        r = _cli(cli_book, "resident", "set", name, "--contact-every", "7")
        assert r.returncode == 0, r.stderr
    r = _cli(cli_book, "today", "--json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert set(got) == {
        "reminders_due", "contact_overdue", "signal_suggestions", "emergency_test_due"
    }  # fmt: skip
    [due] = got["contact_overdue"]
    assert due["name"] == "Grietje Dagelijks" and due["every_days"] == 7
    assert due["last_contact"] == _ago(10) and due["days_overdue"] == 3
    assert set(due) == {"id", "name", "every_days", "last_contact", "days_overdue"}
    assert got["emergency_test_due"] is False  # no kit yet: nothing to test

    assert (
        _cli(cli_book, "resident", "set", "Grietje Dagelijks", "--contact-every", "0").returncode
        == 0
    )
    assert json.loads(_cli(cli_book, "today", "--json").stdout)["contact_overdue"] == []


def test_today_in_words(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "Grietje Dagelijks", "gebeld", "--date", _ago(3)).returncode == 0
    assert (
        _cli(cli_book, "resident", "set", "Grietje Dagelijks", "--contact-every", "1").returncode
        == 0
    )
    r = _cli(cli_book, "today")
    assert r.returncode == 0, r.stderr
    assert "Geregeld contact, nu aan de beurt: 1" in r.stdout
    assert "Grietje Dagelijks (elke dag), laatste contact: " in r.stdout


@pytest.mark.parametrize("value", ["-3", "400", "vaak"])
def test_a_bad_rhythm_exits_2_and_changes_nothing(cli_book: Path, value: str) -> None:
    assert _cli(cli_book, "note", "Grietje Dagelijks", "gebeld", "--date", _ago(30)).returncode == 0
    assert (
        _cli(cli_book, "resident", "set", "Grietje Dagelijks", "--contact-every", "7").returncode
        == 0
    )
    r = _cli(cli_book, "resident", "set", "Grietje Dagelijks", "--contact-every", value)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) <= 2 and "Traceback" not in r.stderr
    [due] = json.loads(_cli(cli_book, "today", "--json").stdout)["contact_overdue"]
    assert due["every_days"] == 7


def test_an_unknown_resident_exits_2(cli_book: Path) -> None:
    r = _cli(cli_book, "resident", "set", "Niemand", "--contact-every", "7")
    assert r.returncode == 2
    assert "Niemand" in r.stderr


def test_reminder_add_every_and_done_makes_the_next(cli_book: Path) -> None:
    assert _cli(cli_book, "note", "Grietje Dagelijks", "kennismaking").returncode == 0
    today = dt.date.today().isoformat()
    r = _cli(cli_book, "reminder", "add", "Grietje Dagelijks", "Rijden naar de dagbesteding",
             "--on", today, "--every", "1w")  # fmt: skip
    assert r.returncode == 0, r.stderr
    [due] = json.loads(_cli(cli_book, "today", "--json").stdout)["reminders_due"]
    assert due["text"] == "Rijden naar de dagbesteding" and due["every"] == "1w"
    assert due["due"] == today and due["person"] == "Grietje Dagelijks"
    r = _cli(cli_book, "reminder", "done", due["id"])
    assert r.returncode == 0, r.stderr
    next_week = (dt.date.today() + dt.timedelta(weeks=1)).strftime("%d-%m-%Y")
    assert f"de volgende staat op {next_week}" in r.stdout
    assert json.loads(_cli(cli_book, "today", "--json").stdout)["reminders_due"] == []


@pytest.mark.parametrize(
    "args",
    [
        ["Grietje Dagelijks", "Bellen", "--on", "2026-12-07", "--every", "elke week"],
        ["Grietje Dagelijks", "Bellen", "--on", "morgen"],
        ["Niemand", "Bellen", "--on", "2026-12-07"],
    ],
)
def test_reminder_add_bad_input_exits_2_and_stores_nothing(cli_book: Path, args: list[str]) -> None:
    assert _cli(cli_book, "note", "Grietje Dagelijks", "kennismaking").returncode == 0
    r = _cli(cli_book, "reminder", "add", *args)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    stats = json.loads(_cli(cli_book, "stats", "--json").stdout)
    assert stats["reminders"] == 0


def test_reminder_done_with_an_unknown_id_changes_nothing(cli_book: Path) -> None:
    r = _cli(cli_book, "reminder", "done", "00000000-0000-4000-8000-000000000000")
    assert r.returncode == 1
    assert r.stderr.strip() == "Dat gegeven staat niet (meer) in het boek."
