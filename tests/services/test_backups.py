"""Automatic backups: once a day, rotated, listed with counts, restored, and rescue of a damage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dorpsboek.errors import (
    BookExists,
    BookInUse,
    DamagedFile,
    NewerFormat,
    NoGoodBackup,
    NotABook,
    NotDamaged,
    WrongPassphrase,
)
from dorpsboek.services import backups
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book, backups_dir
from tests.helpers import PASSPHRASE

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)  # a Monday


def _note_ids(book: Book) -> set[str]:
    return {n.id for n in Casebook(book, actor="t").recent_notes(100_000)}


def _add(book: Book, n: int, prefix: str = "notitie") -> None:
    cb = Casebook(book, actor="t")
    for i in range(n):
        cb.add_note(f"{prefix} {i} #test", person_name=f"Inwoner {i % 5}")


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_default_folder_is_next_to_the_book_or_the_setting(tmp_path: Path) -> None:
    book_path = tmp_path / "map" / "dorpsboek.db"
    assert backups.backup_folder(book_path) == tmp_path / "map" / "dorpsboek-backups"
    settings = Settings(tmp_path / "settings.json")
    settings.set("backup_dir", str(tmp_path / "usb"))
    assert backups.backup_folder(book_path, settings) == tmp_path / "usb"


def test_auto_backup_once_a_day_and_it_opens_with_everything(book: Book) -> None:
    _add(book, 12)
    first = backups.auto_backup(Casebook(book), now=T0)
    assert first is not None and first.parent == backups_dir(book.path)
    assert backups.auto_backup(Casebook(book), now=T0 + dt.timedelta(hours=3)) is None
    assert backups.auto_backup(Casebook(book), now=T0 + dt.timedelta(days=1)) is not None
    with Book.open(first, PASSPHRASE) as copy:
        assert _note_ids(copy) == _note_ids(book)
    assert not [p for p in first.parent.iterdir() if p.name.startswith(".")]


def test_closing_refreshes_todays_backup_and_keeps_one_per_day(book: Book) -> None:
    _add(book, 3)
    backups.auto_backup(Casebook(book), now=T0)
    _add(book, 2, "middag")
    last = backups.auto_backup(Casebook(book), now=T0 + dt.timedelta(hours=8), closing=True)
    listed = backups.list_backups(backups_dir(book.path), book.path.stem)
    assert [b.path for b in listed] == [last]
    contents = backups.inspect_backup(listed[0].path, PASSPHRASE)
    assert contents.counts["notes"] == 5


def _auto_files(folder: Path, stem: str, times: list[dt.datetime]) -> None:
    # Rotation works on names only, so plain files stand in for real copies here.
    folder.mkdir(parents=True, exist_ok=True)
    for when in times:
        (folder / f"{stem}-auto-{when:%Y%m%d-%H%M%S}.db").write_bytes(b"kopie")


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "kopieen"
    times = [T0 + dt.timedelta(days=day, minutes=day) for day in range(60)]
    _auto_files(folder, "dorpsboek", times)
    backups.rotate(folder, "dorpsboek", now=times[-1])
    kept = backups.list_backups(folder, "dorpsboek")
    days = sorted({b.made_at.date() for b in kept}, reverse=True)
    newest = times[-1].date()
    assert days[:7] == [newest - dt.timedelta(days=i) for i in range(7)]
    weeks = {b.made_at.isocalendar()[:2] for b in kept}
    assert len(weeks) == 4  # the last 7 days span 2 weeks; 2 older weeks each keep one copy
    assert len(kept) == 9


def test_rotation_keeps_the_newest_copy_of_each_week(tmp_path: Path) -> None:
    folder = tmp_path / "kopieen"
    times = [T0 + dt.timedelta(days=day) for day in range(0, 70, 3)]
    _auto_files(folder, "dorpsboek", times)
    backups.rotate(folder, "dorpsboek", now=times[-1])
    kept = {b.made_at for b in backups.list_backups(folder)}
    for when in sorted(kept)[:-7]:  # older than the daily ones: the week's newest copy
        same_week = [t for t in times if t.isocalendar()[:2] == when.isocalendar()[:2]]
        assert when == max(same_week)


def test_rotation_never_removes_other_backups(book: Book) -> None:
    folder = backups_dir(book.path)
    folder.mkdir()
    by_hand = folder / "mijn-kopie.db"
    book.backup_to(by_hand)
    update = folder / f"{book.path.stem}-voor-update-v1-20250101-120000.db"
    book.backup_to(update)
    other_book = folder / "ander-boek-auto-20250101-120000.db"
    other_book.write_bytes(b"kopie van een ander boek")
    _auto_files(folder, book.path.stem, [T0 + dt.timedelta(days=d) for d in range(20)])
    backups.auto_backup(Casebook(book), now=T0 + dt.timedelta(days=21))
    assert by_hand.exists() and update.exists() and other_book.exists()
    kinds = {b.kind for b in backups.list_backups(folder, book.path.stem)}
    assert kinds == {backups.AUTO, backups.BEFORE_UPDATE, backups.OTHER}
    autos = [b for b in backups.list_backups(folder, book.path.stem) if b.kind == backups.AUTO]
    assert len(autos) == 9


def test_a_clock_set_back_removes_nothing_newer(tmp_path: Path) -> None:
    folder = tmp_path / "kopieen"
    _auto_files(folder, "dorpsboek", [T0 + dt.timedelta(days=d) for d in range(10)])
    assert backups.rotate(folder, "dorpsboek", now=T0 - dt.timedelta(days=30)) == []


def test_long_pause_does_not_wipe_old_backups(book: Book) -> None:
    folder = backups_dir(book.path)
    for day in range(3):
        backups.auto_backup(Casebook(book), now=T0 + dt.timedelta(days=day))
    backups.auto_backup(Casebook(book), now=T0 + dt.timedelta(days=200))
    assert len(backups.list_backups(folder)) == 4


def test_list_shows_dates_and_inspect_gives_counts(book: Book) -> None:
    _add(book, 7)
    made = backups.auto_backup(Casebook(book), now=T0)
    assert made is not None
    (listed,) = backups.list_backups(made.parent)
    assert listed.made_at == T0 and listed.kind == backups.AUTO and listed.size > 0
    contents = backups.inspect_backup(made, PASSPHRASE)
    assert contents.counts["notes"] == 7 and contents.counts["persons"] == 5
    before = made.read_bytes()
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # nothing added
    assert made.read_bytes() == before
    with pytest.raises(WrongPassphrase):
        backups.inspect_backup(made, "een ander wachtwoord")


def test_half_written_backup_is_never_listed(book: Book) -> None:
    folder = backups_dir(book.path)
    folder.mkdir()
    stale = folder / f".{book.path.stem}-auto-20260101-100000.db.4242.tmp"
    stale.write_bytes(b"half")
    assert backups.list_backups(folder) == []
    backups.auto_backup(Casebook(book), now=T0)
    assert not stale.exists()


def test_restore_into_a_new_place_never_over_a_book(book: Book, tmp_path: Path) -> None:
    _add(book, 4)
    made = backups.auto_backup(Casebook(book), now=T0)
    assert made is not None
    target = tmp_path / "terug" / "boek.db"
    result = backups.restore_backup(made, target, PASSPHRASE)
    assert result.path == target and result.counts["notes"] == 4
    with Book.open(target, PASSPHRASE) as restored:
        assert _note_ids(restored) == _note_ids(book)
    with pytest.raises(BookExists):
        backups.restore_backup(made, target, PASSPHRASE)
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []


def test_restore_of_a_damaged_backup_changes_nothing(book: Book, tmp_path: Path) -> None:
    _add(book, 200)
    made = backups.auto_backup(Casebook(book), now=T0)
    assert made is not None
    _flip(made, 4096 * 3 + 200)
    target = tmp_path / "terug" / "boek.db"
    with pytest.raises(DamagedFile):
        backups.restore_backup(made, target, PASSPHRASE)
    assert not target.exists()


# ----- rescue ---------------------------------------------------------------------------------


def _book_with_backups(book_path: Path) -> tuple[set[str], Path]:
    with Book.create(book_path, PASSPHRASE) as book:
        _add(book, 30)
        backups.auto_backup(Casebook(book), now=T0)
        _add(book, 5, "dag twee")
        newest = backups.auto_backup(Casebook(book), now=T0 + dt.timedelta(days=1))
        assert newest is not None
        ids = _note_ids(book)
        _add(book, 2, "na de kopie")
    return ids, newest


def test_rescue_puts_the_newest_good_backup_in_place_and_keeps_the_damage(
    book_path: Path,
) -> None:
    ids, newest = _book_with_backups(book_path)
    _flip(book_path, 100)
    damaged = book_path.read_bytes()
    with pytest.raises(DamagedFile):
        Book.open(book_path, PASSPHRASE)
    offer = backups.find_rescue(book_path, PASSPHRASE)
    assert offer.backup.path == newest and offer.backup.counts["notes"] == 35
    assert book_path.read_bytes() == damaged  # finding changes nothing
    done = backups.rescue(book_path, PASSPHRASE, now=T0 + dt.timedelta(days=2))
    assert done.kept_as is not None and done.kept_as.read_bytes() == damaged
    assert done.kept_as.name == "dorpsboek.beschadigd-20260304-090000.db"
    with Book.open(book_path, PASSPHRASE) as rescued:
        assert _note_ids(rescued) == ids
        assert rescued.verify().ok
    assert newest.exists()  # the backup itself stays


def test_rescue_skips_a_damaged_newer_backup(book_path: Path) -> None:
    _ids, newest = _book_with_backups(book_path)
    _flip(newest, 50)
    _flip(book_path, 4096 + 10)
    offer = backups.find_rescue(book_path, PASSPHRASE)
    assert offer.backup.counts["notes"] == 30 and offer.skipped == [newest]


def test_damaged_book_and_its_journal_files_are_moved_aside_together(tmp_path: Path) -> None:
    # A journal left beside the restored backup would be replayed into it.
    book_path = tmp_path / "dorpsboek.db"
    for suffix, data in (("", b"book"), ("-wal", b"journal"), ("-shm", b"index")):
        Path(f"{book_path}{suffix}").write_bytes(data)
    kept = backups._move_aside(book_path, T0)
    assert kept.name == "dorpsboek.beschadigd-20260302-090000.db"
    assert Path(f"{kept}-wal").read_bytes() == b"journal"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        kept.name,
        f"{kept.name}-shm",
        f"{kept.name}-wal",
    ]


def test_two_rescues_keep_both_damaged_files(book_path: Path) -> None:
    _book_with_backups(book_path)
    _flip(book_path, 100)
    first = backups.rescue(book_path, PASSPHRASE, now=T0)
    _flip(book_path, 100)
    second = backups.rescue(book_path, PASSPHRASE, now=T0)
    assert first.kept_as != second.kept_as
    assert first.kept_as is not None and first.kept_as.exists()
    assert second.kept_as is not None and second.kept_as.exists()


def test_no_rescue_for_a_wrong_passphrase_or_a_healthy_book(book_path: Path) -> None:
    _book_with_backups(book_path)
    before = book_path.read_bytes()
    with pytest.raises(NotDamaged):
        backups.rescue(book_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backups.rescue(book_path, "niet het goede wachtwoord")
    assert book_path.read_bytes() == before


def test_no_rescue_without_a_good_backup(book_path: Path) -> None:
    with Book.create(book_path, PASSPHRASE) as book:
        _add(book, 3)
    _flip(book_path, 100)
    before = book_path.read_bytes()
    with pytest.raises(NoGoodBackup):
        backups.rescue(book_path, PASSPHRASE)
    assert book_path.read_bytes() == before


def test_rescue_waits_for_a_book_open_elsewhere(book_path: Path) -> None:
    _book_with_backups(book_path)
    holder = Book.open(book_path, PASSPHRASE)
    try:
        with pytest.raises(BookInUse):
            backups.rescue(book_path, PASSPHRASE)
    finally:
        holder.close()


def test_rescue_of_a_truncated_book(book_path: Path) -> None:
    ids, _ = _book_with_backups(book_path)
    data = book_path.read_bytes()
    book_path.write_bytes(data[: len(data) // 2 + 7])
    backups.rescue(book_path, PASSPHRASE)
    with Book.open(book_path, PASSPHRASE) as rescued:
        assert _note_ids(rescued) == ids


@pytest.mark.parametrize(
    ("offset", "bit", "error"),
    [(9, 0, WrongPassphrase), (15, 7, WrongPassphrase), (0, 1, NewerFormat), (2, 3, NotABook)],
)
def test_a_damaged_key_header_is_repaired_and_nothing_is_lost(
    book_path: Path, offset: int, bit: int, error: type[Exception]
) -> None:
    _book_with_backups(book_path)
    with Book.open(book_path, PASSPHRASE) as book:
        everything = _note_ids(book)  # including the notes written after the last backup
    data = bytearray(book_path.read_bytes())
    data[offset] ^= 1 << bit
    book_path.write_bytes(bytes(data))
    with pytest.raises(error):
        Book.open(book_path, PASSPHRASE)
    done = backups.rescue(book_path, PASSPHRASE, now=T0)
    assert done.method == backups.REPAIR_HEADER
    assert done.backup.counts["notes"] == len(everything) == 37
    assert done.kept_as is not None and done.kept_as.read_bytes() == bytes(data)
    with Book.open(book_path, PASSPHRASE) as repaired:
        assert _note_ids(repaired) == everything
        assert repaired.verify().ok


def test_a_wrong_passphrase_is_not_mistaken_for_a_damaged_header(book_path: Path) -> None:
    _book_with_backups(book_path)
    data = bytearray(book_path.read_bytes())
    data[9] ^= 1
    book_path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        backups.find_rescue(book_path, "niet het goede wachtwoord")
    assert book_path.read_bytes() == bytes(data)


def test_header_and_page_damage_together_fall_back_to_the_backup(book_path: Path) -> None:
    ids, newest = _book_with_backups(book_path)
    data = bytearray(book_path.read_bytes())
    data[9] ^= 1
    data[4096 * 3 + 77] ^= 1
    book_path.write_bytes(bytes(data))
    done = backups.rescue(book_path, PASSPHRASE, now=T0)
    assert done.method == backups.RESTORE and done.backup.path == newest
    with Book.open(book_path, PASSPHRASE) as rescued:
        assert _note_ids(rescued) == ids


def test_a_damaged_book_never_turns_into_a_bad_backup(book_path: Path) -> None:
    # The export reads every row: a damaged data page fails the backup (older copies stay);
    # damage it does not read (an index, a free page) cannot reach the copy, which is rebuilt.
    with Book.create(book_path, PASSPHRASE) as book:
        _add(book, 300)
        first = backups.auto_backup(Casebook(book), now=T0)
        original = _notes_text(book)
    pages = book_path.stat().st_size // 4096
    outcomes = set()
    for n, page in enumerate(range(2, pages, max(1, pages // 12))):
        folder = book_path.parent / f"kopieen-{n}"
        data = bytearray(book_path.read_bytes())
        data[page * 4096 + 123] ^= 0x10
        book_path.write_bytes(bytes(data))
        try:
            with Book.open(book_path, PASSPHRASE) as book:
                made = backups.auto_backup(
                    Casebook(book), folder, now=T0 + dt.timedelta(days=n + 1)
                )
        except DamagedFile:
            outcomes.add("refused")
            assert backups.list_backups(folder) == []
        else:
            assert made is not None
            with Book.open(made, PASSPHRASE) as copy:
                assert copy.verify().ok and _notes_text(copy) == original
            outcomes.add("clean copy")
        data[page * 4096 + 123] ^= 0x10
        book_path.write_bytes(bytes(data))
        assert first is not None and first.exists()
        assert not list(folder.glob(".*"))  # nothing half-written
    assert "refused" in outcomes


def _notes_text(book: Book) -> dict[str, str]:
    return {n.id: n.text for n in Casebook(book, actor="t").recent_notes(100_000)}


def test_a_quick_look_counts_without_the_full_check(book: Book) -> None:
    _add(book, 200)
    made = backups.auto_backup(Casebook(book), now=T0)
    assert made is not None
    healthy = made.read_bytes()
    assert backups.inspect_backup(made, PASSPHRASE, check=False).counts["notes"] == 200
    pages = len(healthy) // 4096
    quick_ok = 0
    for page in range(1, pages, max(1, pages // 10)):
        _flip(made, page * 4096 + 99)
        with pytest.raises(DamagedFile):
            backups.inspect_backup(made, PASSPHRASE)  # the full check reads every page
        try:  # the quick look never gives wrong counts: right ones, or DamagedFile
            counts: dict[str, int] | None = backups.inspect_backup(
                made, PASSPHRASE, check=False
            ).counts
        except DamagedFile:
            counts = None
        if counts is not None:
            assert counts["notes"] == 200
            quick_ok += 1
        made.write_bytes(healthy)
    assert quick_ok  # pages the counting does not need were not read
