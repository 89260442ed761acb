"""Erasing the colleague's copy: real books, real backups, real bundles; others untouched."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dorpsboek.errors import BookInUse, NotARegularFile
from dorpsboek.handover import emergency, export, handback, retire
from dorpsboek.handover import open as opening
from dorpsboek.handover.handback import NotFromHandover
from dorpsboek.services import handover_state
from dorpsboek.services.backups import auto_backup
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store.book import Book
from tests.handover.conftest import BUNDLE_PASSPHRASE, NEW_PASSPHRASE, Kit
from tests.helpers import PASSPHRASE, run_cli

DAY = dt.datetime(2026, 11, 20, 10, 0, 0)


def make_colleague_book(kit: Kit, laptop: Path) -> Path:
    """Bram's book on his laptop, opened from the emergency bundle."""
    target = laptop / "bram.db"
    bundle = emergency.read_bundle(kit.data, kit.secret)
    opening.open_into(bundle, target, NEW_PASSPHRASE, actor="Bram")
    return target


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    folder.mkdir()
    return folder


@pytest.fixture
def colleague(kit: Kit, laptop: Path) -> Iterator[Book]:
    book = Book.open(make_colleague_book(kit, laptop), NEW_PASSPHRASE)
    try:
        yield book
    finally:
        book.close()


def add_note(book: Book, text: str = "Kennisgemaakt met de buren") -> None:
    Casebook(book, actor="Bram").add_note(text, person_name="Nieuwe Buurvrouw")


def write_return(book: Book, folder: Path) -> Path:
    target = folder / "terug.dorpsboek"
    handback.write_return(book, target)
    return target


def test_return_mark_knows_when_and_what_changed_since(colleague: Book, laptop: Path) -> None:
    assert handover_state.last_return(Casebook(colleague)) is None
    add_note(colleague)
    write_return(colleague, laptop)
    mark = handover_state.last_return(Casebook(colleague))
    assert mark is not None and not mark.changed_since
    assert mark.written_at.date() == dt.datetime.now(dt.UTC).date()
    add_note(colleague, "Nog een gesprek")
    mark = handover_state.last_return(Casebook(colleague))
    assert mark is not None and mark.changed_since


def test_erasing_a_resident_after_the_return_counts_as_a_change(
    colleague: Book, laptop: Path
) -> None:
    """Erasing deletes the resident's audit lines; the line that records it may reuse a seq."""
    from dorpsboek.services.privacy import erase_person

    casebook = Casebook(colleague, actor="Bram")
    note = casebook.add_note("Eerste gesprek", person_name="Nieuwe Buurvrouw")
    write_return(colleague, laptop)
    erase_person(casebook, note.person_id)
    mark = handover_state.last_return(Casebook(colleague))
    assert mark is not None and mark.changed_since


def test_erase_removes_book_backups_kit_and_return_but_nothing_else(
    colleague: Book, laptop: Path, tmp_path: Path
) -> None:
    own = Book.create(laptop / "eigen.db", PASSPHRASE)  # her own book in the same folder
    own_backup = auto_backup(Casebook(own), now=DAY)
    own.close()
    made = [auto_backup(Casebook(colleague), now=DAY + dt.timedelta(days=d)) for d in range(3)]
    assert all(p is not None and p.parent == laptop / "bram-backups" for p in made)
    half_made = laptop / "bram-backups" / ".bram-auto-20261124-100000.db.4242.tmp"
    half_made.write_bytes(b"killed while copying")
    hand_made = laptop / "bram-backups" / "kopie-van-bram.db"
    hand_made.write_bytes(b"her own copy")
    stick = tmp_path / "stick2"
    stick.mkdir()
    Settings().set("emergency_dir", str(stick))
    emergency.setup(colleague)
    kit_bundle = emergency.refresh(colleague, stick)
    other_file = stick / "boodschappen.txt"
    other_file.write_text("melk", encoding="utf-8")
    add_note(colleague)
    returned = write_return(colleague, laptop)

    plan = retire.plan(colleague)
    retire.check_ready(plan)
    assert plan.owner and plan.book == (laptop / "bram.db").resolve()
    colleague.close()
    removed = retire.erase(plan)

    assert not (laptop / "bram.db").exists()
    assert not [p for p in laptop.iterdir() if p.name.startswith("bram.db")]  # -wal, .lock
    assert not any(p.exists() for p in made if p is not None)
    assert not kit_bundle.exists() and not returned.exists() and not half_made.exists()
    assert (laptop / "bram.db").resolve() in removed
    # What was not this book's stays: her own book and its backup, a hand-made copy, a list.
    assert (laptop / "eigen.db").exists() and own_backup is not None and own_backup.exists()
    assert hand_made.exists() and other_file.exists()


def test_erase_needs_a_return_and_no_changes_after_it(colleague: Book, laptop: Path) -> None:
    add_note(colleague)
    with pytest.raises(retire.NoReturnWritten):
        retire.check_ready(retire.plan(colleague))
    write_return(colleague, laptop)
    retire.check_ready(retire.plan(colleague))
    add_note(colleague, "Na het terugpakket")
    plan = retire.plan(colleague)
    with pytest.raises(retire.ChangedSinceReturn):
        retire.check_ready(plan)
    retire.check_ready(plan, discard_changes=True)  # she confirmed the warning
    assert (laptop / "bram.db").exists()


def test_an_ordinary_book_is_refused_and_kept(book: Book, book_path: Path) -> None:
    with pytest.raises(NotFromHandover):
        retire.plan(book)
    assert book_path.exists()


def test_a_book_still_open_is_not_erased(colleague: Book, laptop: Path) -> None:
    write_return(colleague, laptop)
    plan = retire.plan(colleague)
    with pytest.raises(BookInUse):
        retire.erase(plan)
    assert (laptop / "bram.db").exists()


def test_a_folder_in_place_of_a_companion_stops_everything(colleague: Book, laptop: Path) -> None:
    write_return(colleague, laptop)
    auto_backup(Casebook(colleague), now=DAY)
    plan = retire.plan(colleague)
    colleague.close()
    for name in ("bram.db-wal", "bram.db-shm"):
        (laptop / name).unlink(missing_ok=True)
    (laptop / "bram.db-wal").mkdir()
    with pytest.raises(NotARegularFile):
        retire.erase(plan)
    assert (laptop / "bram.db").exists() and plan.backups and plan.backups[0].exists()


def test_shared_backup_folder_keeps_another_book_of_the_same_name(
    kit: Kit, colleague: Book, laptop: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "reservekopieen"
    Settings().set("backup_dir", str(shared))
    mine = auto_backup(Casebook(colleague), shared, now=DAY)
    elsewhere = Book.create(tmp_path / "elders" / "bram.db", PASSPHRASE)
    theirs = auto_backup(Casebook(elsewhere), shared, now=DAY + dt.timedelta(days=1))
    elsewhere.close()
    write_return(colleague, laptop)
    plan = retire.plan(colleague)
    colleague.close()
    retire.erase(plan)
    assert mine is not None and not mine.exists()
    assert theirs is not None and theirs.exists()


def test_a_newer_emergency_bundle_from_another_book_is_kept(
    colleague: Book, laptop: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick2"
    stick.mkdir()
    Settings().set("emergency_dir", str(stick))
    emergency.setup(colleague)
    bundle = emergency.refresh(colleague, stick)
    later = bundle.stat().st_mtime + 3600  # as if her own book refreshed it an hour later
    os.utime(bundle, (later, later))
    write_return(colleague, laptop)
    plan = retire.plan(colleague)
    colleague.close()
    retire.erase(plan)
    assert bundle.exists()


def test_cli_erase_copy_needs_yes_and_a_bundle_book(kit: Kit, laptop: Path) -> None:
    path = make_colleague_book(kit, laptop)
    theirs = {"DORPSBOEK_PASSPHRASE": NEW_PASSPHRASE}
    result = run_cli("--book", str(path), "handover", "erase-copy", env=theirs)
    assert result.returncode == 2 and "--yes" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and path.exists()

    result = run_cli("--book", str(path), "handover", "erase-copy", "--yes", env=theirs)
    assert result.returncode == 1 and "nog geen terugpakket" in result.stderr and path.exists()

    back = laptop / "terug.dorpsboek"
    result = run_cli("--book", str(path), "handover", "return", "-o", str(back), env=theirs)
    assert result.returncode == 0, result.stderr
    run_cli("--book", str(path), "note", "Nieuwe Buurvrouw", "Na het terugpakket", env=theirs)
    result = run_cli("--book", str(path), "handover", "erase-copy", "--yes", env=theirs)
    assert result.returncode == 1 and "--discard-changes" in result.stderr and path.exists()

    result = run_cli(
        "--book", str(path), "handover", "erase-copy", "--yes", "--discard-changes", env=theirs
    )
    assert result.returncode == 0, result.stderr
    assert "Het boek is gewist" in result.stdout
    assert not path.exists() and not back.exists()

    ordinary = laptop / "gewoon.db"
    Book.create(ordinary, PASSPHRASE).close()
    mine = {"DORPSBOEK_PASSPHRASE": PASSPHRASE}
    result = run_cli("--book", str(ordinary), "handover", "erase-copy", "--yes", env=mine)
    assert result.returncode == 1 and "niet uit een overdrachtspakket" in result.stderr
    assert ordinary.exists()


def test_the_handover_file_she_opened_is_erased_with_her_copy(village: Book, laptop: Path) -> None:
    """Opened from a handover package: that very file goes too; a changed file stays."""
    package = laptop / "overdracht.dorpsboek"
    other_package = laptop / "nog-een.dorpsboek"
    for target in (package, other_package):
        data = export.export_handover(village, BUNDLE_PASSPHRASE, export.ExportOptions())
        export.write_bundle(target, data)
    bram = laptop / "bram.db"
    opening.open_into(
        opening.read_with_passphrase(package.read_bytes(), BUNDLE_PASSPHRASE),
        bram,
        NEW_PASSPHRASE,
        actor="Bram",
        source=package,
    )
    with Book.open(bram, NEW_PASSPHRASE) as colleague:
        write_return(colleague, laptop)
        erase_plan = retire.plan(colleague, Settings())
    assert erase_plan.opened_from == package.resolve()
    assert package.resolve() in erase_plan.files
    retire.erase(erase_plan)
    assert not package.exists() and other_package.exists()


def test_a_handover_file_changed_since_opening_is_kept(village: Book, laptop: Path) -> None:
    package = laptop / "overdracht.dorpsboek"
    export.write_bundle(
        package, export.export_handover(village, BUNDLE_PASSPHRASE, export.ExportOptions())
    )
    bram = laptop / "bram.db"
    bundle = opening.read_with_passphrase(package.read_bytes(), BUNDLE_PASSPHRASE)
    opening.open_into(bundle, bram, NEW_PASSPHRASE, source=package)
    package.write_bytes(package.read_bytes() + b"\n")  # another file under the same name now
    with Book.open(bram, NEW_PASSPHRASE) as colleague:
        erase_plan = retire.plan(colleague, Settings())
    assert erase_plan.opened_from is None and package.resolve() not in erase_plan.files


def test_an_emergency_bundle_is_never_taken_for_her_copy(kit: Kit, laptop: Path) -> None:
    """The emergency bundle on the stick is the owner's kit, not the colleague's copy."""
    bundle_path = next(kit.folder.glob("*"))
    target = laptop / "nood.db"
    bundle = emergency.read_bundle(bundle_path.read_bytes(), kit.secret)
    opening.open_into(bundle, target, NEW_PASSPHRASE, source=bundle_path)
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        erase_plan = retire.plan(colleague, Settings())
    assert erase_plan.opened_from is None and bundle_path.resolve() not in erase_plan.files


def test_backups_left_in_an_earlier_folder_go_too(colleague: Book, tmp_path: Path) -> None:
    """She moved the backup folder while standing in: the copies in the old folder are hers."""
    from dorpsboek.services.backups import set_backup_folder

    settings = Settings()
    first, second = tmp_path / "eerst", tmp_path / "daarna"
    first.mkdir()
    second.mkdir()
    set_backup_folder(settings, str(first))
    old = auto_backup(Casebook(colleague), first, now=DAY)
    set_backup_folder(settings, str(second))
    new = auto_backup(Casebook(colleague), second, now=DAY + dt.timedelta(days=1))
    write_return(colleague, tmp_path)
    erase_plan = retire.plan(colleague, settings)
    colleague.close()
    retire.erase(erase_plan)
    assert old is not None and new is not None
    assert not old.exists() and not new.exists()
