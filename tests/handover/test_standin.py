"""The stand-in package for a volunteer: only the calls and visits due in her week away (who,
phone, address, what, when), nothing else; the volunteer's ticks and remarks merge back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dorpsboek.handover import export, handback, merge
from dorpsboek.handover import open as opening
from dorpsboek.services import contact, kaart, recurring
from dorpsboek.services import help as help_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump
from dorpsboek.store.book import Book
from tests.handover.conftest import BUNDLE_PASSPHRASE, NEW_PASSPHRASE
from tests.helpers import MARKER, PASSPHRASE, run_cli

MONDAY = dt.date(2026, 12, 14)
WEEK = (MONDAY, MONDAY + dt.timedelta(days=6))


def _book(book: Book) -> tuple[Casebook, str, str]:
    cb = Casebook(book, actor="Anna")
    grietje = cb.add_person("Grietje Dagelijks", phone="0516-111111", address="Dorpsstraat 3",
                            remarks=f"{MARKER} privé opmerking")  # fmt: skip
    hendrik = cb.add_person("Hendrik Later", phone="0516-222222")
    cb.add_person(f"{MARKER} Niet Nodig", phone="0516-333333")
    cb.add_note(f"{MARKER} vertrouwelijke notitie", person_id=grietje)
    hr = help_service.create_help_request(cb, grietje, f"{MARKER} hulpvraag tekst")
    help_service.add_reminder(cb, MONDAY + dt.timedelta(days=2), "Bellen: gaat het goed?",
                              person_id=grietje, help_request_id=hr)  # fmt: skip
    help_service.add_reminder(cb, MONDAY + dt.timedelta(days=20), f"{MARKER} later",
                              person_id=hendrik)  # fmt: skip
    contact.set_every(cb, hendrik, 7)  # a rhythm: called in that week too
    kaart.save_entry(cb, {"name": f"{MARKER} Huisarts", "remarks": "achterdeur"})
    return cb, grietje, hendrik


def test_only_calls_and_visits_of_the_week_go_out(book: Book) -> None:
    _book(book)
    rows = export.collect(book, "standin", WEEK)
    assert sorted(p["name"] for p in rows["persons"]) == ["Grietje Dagelijks", "Hendrik Later"]
    [grietje] = [p for p in rows["persons"] if p["name"] == "Grietje Dagelijks"]
    assert (grietje["phone"], grietje["address"], grietje["remarks"]) == (
        "0516-111111", "Dorpsstraat 3", ""
    )  # fmt: skip
    assert [r["text"] for r in rows["reminders"]] == ["Bellen: gaat het goed?"]
    assert rows["reminders"][0]["help_request_id"] is None
    for kind in ("notes", "help_requests", "organisations", "contact_persons", "volunteers",
                 "signals", "stories", "activities", "links", "person_links"):  # fmt: skip
        assert rows.get(kind, []) == [], kind
    assert MARKER not in repr(rows)


def test_the_volunteer_ticks_and_remarks_come_back(book: Book, tmp_path: Path) -> None:
    cb, grietje, _ = _book(book)
    options = export.ExportOptions(scope="standin", period=WEEK, owner="Anna")
    data = export.export_handover(book, BUNDLE_PASSPHRASE, options)
    bundle = opening.read_with_passphrase(data, BUNDLE_PASSPHRASE)
    assert MARKER.encode() not in b"".join(bundle.members.values())
    target = opening.open_into(bundle, tmp_path / "vrijwilliger.db", NEW_PASSPHRASE,
                               actor="Vrijwilliger Jelle")  # fmt: skip
    with Book.open(target, NEW_PASSPHRASE) as theirs_book:
        theirs = Casebook(theirs_book, actor="Vrijwilliger Jelle")
        [due] = help_service.reminders_for_person(theirs, grietje)
        recurring.set_done(theirs, due.id, True)
        theirs.add_note("Gebeld, gaat goed. Kat is ziek.", person_id=grietje)
        returned = handback.make_return(theirs_book)
    report = merge.merge(book, merge.read_return(book, returned), actor="Anna")
    assert report.conflicts == []
    mine = {r["id"]: r for r in dump.read_all(book)["persons"]}
    assert mine[grietje]["remarks"].endswith("privé opmerking")  # never emptied at home
    done = [r for r in help_service.reminders_for_person(cb, grietje) if r.done]
    assert [r.text for r in done] == ["Bellen: gaat het goed?"]
    assert any("Kat is ziek" in n.text for n in cb.notes_for_person(grietje))


def test_the_command_line_needs_the_week(book_path: Path, tmp_path: Path) -> None:
    Book.create(book_path, PASSPHRASE).close()
    env = {"DORPSBOEK_PASSPHRASE": PASSPHRASE, "DORPSBOEK_BUNDLE_PASSPHRASE": BUNDLE_PASSPHRASE}
    base = ("--book", str(book_path), "handover", "export", "--scope", "standin")
    out = tmp_path / "invaller.age"
    assert run_cli(*base, "-o", str(out), env=env).returncode == 2
    assert run_cli(*base, "--from", "2026-12-20", "--to", "2026-12-14", "-o", str(out),
                   env=env).returncode == 2  # fmt: skip
    assert not out.exists()
    r = run_cli(*base, "--from", "2026-12-14", "--to", "2026-12-20", "-o", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 0


def test_the_stand_in_book_shows_her_list_and_nothing_more(
    book: Book, tmp_path: Path, qtbot: object
) -> None:
    from dorpsboek.services.handover_state import current_handover
    from dorpsboek.settings import Settings
    from dorpsboek.ui.main_window import MainWindow
    from dorpsboek.ui.screens.base import ScreenContext

    _book(book)
    options = export.ExportOptions(scope="standin", period=WEEK, owner="Anna")
    data = export.export_handover(book, BUNDLE_PASSPHRASE, options)
    bundle = opening.read_with_passphrase(data, BUNDLE_PASSPHRASE)
    target = opening.open_into(bundle, tmp_path / "v.db", NEW_PASSPHRASE, actor="Jelle")
    with Book.open(target, NEW_PASSPHRASE) as theirs_book:
        info = current_handover(Casebook(theirs_book))
        assert info is not None and info.scope == "standin"
        main = MainWindow(ScreenContext(Casebook(theirs_book), Settings(tmp_path / "s.json")), "v")
        qtbot.addWidget(main)  # type: ignore[attr-defined]
        shown = [main.nav.item(i).text() for i in range(main.nav.count())
                 if not main.nav.item(i).isHidden()]  # fmt: skip
        assert shown == ["Vandaag", "Inwoners"]
        today = main.screens["today"]
        assert today.kaart_box.isHidden() and today.vog_box.isHidden()
        assert today.quiet_box.isHidden() and today.radar.isHidden()
        from dorpsboek.ui import worker

        qtbot.waitUntil(lambda: not worker.busy(), timeout=15_000)  # type: ignore[attr-defined]
        main.close()
