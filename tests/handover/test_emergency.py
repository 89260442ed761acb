"""The emergency kit: refresh without a passphrase, atomically, and open by key or by shares."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dorpsboek.errors import WrongPassphrase
from dorpsboek.handover import crypto, emergency
from dorpsboek.store import handover_state
from dorpsboek.store.book import Book


def test_the_book_keeps_only_the_public_recipient(village: Book) -> None:
    setup = emergency.setup(village)
    kit = handover_state.get_kit(village)
    assert kit is not None and kit["recipient"] == setup.recipient
    assert setup.secret not in str(kit) and kit["sealed_key"] == ""
    assert setup.recipient == crypto.recipient_of(setup.secret)


def test_refresh_replaces_the_bundle_and_records_when(village: Book, tmp_path: Path) -> None:
    emergency.setup(village)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert emergency.due(village)
    first = emergency.refresh(village, stick).read_bytes()
    assert not emergency.due(village)
    state = emergency.status(village)
    assert state is not None and state.last_refresh_at and state.last_error == ""
    age = state.age()
    assert age is not None and age < dt.timedelta(minutes=1)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    assert emergency.due(village, later)
    second = emergency.refresh(village, stick).read_bytes()
    assert first != second
    assert sorted(p.name for p in stick.iterdir()) == [emergency.BUNDLE_NAME]


def test_a_missing_stick_keeps_the_previous_bundle_and_warns(village: Book, tmp_path: Path) -> None:
    emergency.setup(village)
    stick = tmp_path / "stick"
    stick.mkdir()
    previous = emergency.refresh(village, stick).read_bytes()
    with pytest.raises(emergency.RefreshFailed):
        emergency.refresh(village, tmp_path / "niet-ingestoken")
    state = emergency.status(village)
    assert state is not None and state.last_error == "refresh_failed"
    assert emergency.due(village)
    assert (stick / emergency.BUNDLE_NAME).read_bytes() == previous


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_an_unwritable_folder_fails_cleanly(village: Book, tmp_path: Path) -> None:
    emergency.setup(village)
    stick = tmp_path / "stick"
    stick.mkdir()
    stick.chmod(0o500)
    try:
        with pytest.raises(emergency.RefreshFailed):
            emergency.refresh(village, stick)
    finally:
        stick.chmod(0o700)


def test_shares_two_of_three_open_one_does_not(village: Book, tmp_path: Path) -> None:
    setup = emergency.setup(village, shares=3, threshold=2)
    assert len(setup.shares) == 3 and setup.threshold == 2
    stick = tmp_path / "stick"
    stick.mkdir()
    path = emergency.refresh(village, stick)
    sealed = (stick / emergency.SEALED_NAME).read_text()
    for pair in ([0, 1], [1, 2], [2, 0]):
        secret = emergency.identity_from_shares([setup.shares[i] for i in pair], sealed)
        assert emergency.read_bundle(path.read_bytes(), secret).kind == "emergency"
    with pytest.raises(WrongPassphrase):
        emergency.identity_from_shares([setup.shares[0]], sealed)
    words = setup.shares[1].split()
    words[5] = "academic" if words[5] != "academic" else "acid"
    with pytest.raises(WrongPassphrase):
        emergency.identity_from_shares([setup.shares[0], " ".join(words)], sealed)


def test_a_new_setup_makes_a_new_key(village: Book, tmp_path: Path) -> None:
    first = emergency.setup(village)
    second = emergency.setup(village)
    assert first.secret != second.secret
    stick = tmp_path / "stick"
    stick.mkdir()
    data = emergency.refresh(village, stick).read_bytes()
    with pytest.raises(WrongPassphrase):
        emergency.read_bundle(data, first.secret)
    assert emergency.read_bundle(data, second.secret)


def test_refresh_if_due_runs_at_most_daily_and_never_raises(village: Book, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    assert not emergency.refresh_if_due(village, stick)  # no kit yet
    emergency.setup(village)
    assert not emergency.refresh_if_due(village, "")  # no folder chosen
    assert emergency.refresh_if_due(village, stick)
    assert not emergency.refresh_if_due(village, stick)  # done today
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1)
    assert not emergency.refresh_if_due(village, tmp_path / "weg", tomorrow)
    state = emergency.status(village)
    assert state is not None and state.last_error == "refresh_failed"
