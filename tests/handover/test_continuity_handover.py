"""The rhythm in her head travels: contact rhythms, a reminder series, signal links and
consent go out in the emergency bundle, the colleague sees them from day one, and what the
colleague did comes back through the merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dorpsboek.cli.cmd_today import today_figures
from dorpsboek.handover import emergency, handback, merge
from dorpsboek.handover import open as opening
from dorpsboek.services import consent, contact, emergency_drill, kaart, radar, recurring
from dorpsboek.services import help as help_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.services.handover_state import handover_letter
from dorpsboek.store import dump
from dorpsboek.store.book import Book
from tests.handover.conftest import NEW_PASSPHRASE

TODAY = dt.date.today()


def test_rhythm_series_signal_links_and_consent_go_out_and_come_back(
    book: Book, tmp_path: Path
) -> None:
    mine = Casebook(book, actor="Anna")
    grietje = mine.add_person("Grietje Dagelijks")
    mine.add_note("gebeld", person_id=grietje, on_date=TODAY - dt.timedelta(days=5))
    contact.set_every(mine, grietje, 2)
    series = help_service.add_reminder(mine, TODAY, "Rijden naar de dagbesteding",
                                       person_id=grietje, every="1w")  # fmt: skip
    gp = kaart.save_entry(mine, {"name": "Huisartsenpraktijk De Linde"})
    consent.allow(mine, grietje, gp)
    for who in ("Aaltje Bosma", "Bertus de Wit", "Cor Veenstra"):
        mine.add_note("geen vervoer #vervoer", person_name=who, on_date=TODAY)
    signal = radar.make_signal(mine, "vervoer", TODAY)

    setup = emergency.setup(book)
    tested = TODAY - dt.timedelta(days=20)
    emergency_drill.record_test(Casebook(book), tested)  # she tested the kit three weeks ago
    path = emergency.refresh(book, tmp_path)
    bundle = emergency.read_bundle(path.read_bytes(), setup.secret)
    target = opening.open_into(bundle, tmp_path / "collega.db", NEW_PASSPHRASE, actor="Bram")
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        theirs = Casebook(colleague, actor="Bram")
        letter = handover_letter(Casebook(colleague))
        assert f"laatst getest op {tested.strftime('%d-%m-%Y')}" in letter  # the drill date
        day_one = today_figures(theirs, TODAY)
        [due] = day_one["contact_overdue"]
        assert (due["name"], due["every_days"], due["days_overdue"]) == ("Grietje Dagelijks", 2, 3)
        assert [r["text"] for r in day_one["reminders_due"]] == ["Rijden naar de dagbesteding"]
        assert [c.organisation for c in consent.allowed(theirs, grietje)] == [
            "Huisartsenpraktijk De Linde"
        ]
        sources = [r for r in dump.read_all(colleague)["links"] if r["from_id"] == signal]
        assert len(sources) == 3
        # The colleague keeps the rhythm going: ticks off the ride, calls Grietje.
        following = recurring.set_done(theirs, series, True, today=TODAY)
        theirs.add_note("gebeld door Bram", person_id=grietje, on_date=TODAY)
        assert today_figures(theirs, TODAY)["contact_overdue"] == []
        data = handback.make_return(colleague)
    # She ticked off the same ride herself meanwhile: the same next one, not a second.
    assert recurring.set_done(mine, series, True, today=TODAY) == following
    report = merge.merge(book, merge.read_return(book, data), actor="Anna")
    assert report.conflicts == []
    back = [r for r in help_service.reminders_for_person(mine, grietje) if not r.done]
    assert [(r.due_on, r.every) for r in back] == [
        ((TODAY + dt.timedelta(weeks=1)).isoformat(), "1w")
    ]
    assert today_figures(mine, TODAY)["contact_overdue"] == []
    assert emergency_drill.last_test(Casebook(book)) == tested  # her own drill date, kept
