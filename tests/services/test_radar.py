"""The signal radar: one #tag about 3+ residents within 6 weeks is asked about, once."""

from __future__ import annotations

import datetime as dt

from dorpsboek.domain.records import Kind
from dorpsboek.services import radar
from dorpsboek.services.casebook import Casebook

TODAY = dt.date(2026, 12, 6)


def _note(cb: Casebook, who: str, text: str, days_ago: int) -> None:
    cb.add_note(text, person_name=who, on_date=TODAY - dt.timedelta(days=days_ago))


def test_three_residents_within_six_weeks_make_a_suggestion(casebook: Casebook) -> None:
    _note(casebook, "An Aarts", "Alleen thuis #Eenzaamheid", 2)
    _note(casebook, "An Aarts", "weer #eenzaamheid", 5)
    _note(casebook, "Bert Bos", "#eenzaamheid sinds de winkel dicht is", 20)
    _note(casebook, "Cor Claes", "#vervoer", 3)
    assert radar.signal_suggestions(casebook, TODAY) == []
    _note(casebook, "Cor Claes", "ook #eenzaamheid", 41)
    assert radar.signal_suggestions(casebook, TODAY) == [
        {"tag": "eenzaamheid", "residents": 3, "notes": 4}
    ]
    # Older than six weeks does not count; a later day drops the oldest note.
    assert radar.signal_suggestions(casebook, TODAY + dt.timedelta(days=2)) == []


def test_deleted_notes_do_not_count_and_a_dismissal_is_remembered(casebook: Casebook) -> None:
    for who in ("An Aarts", "Bert Bos", "Cor Claes"):
        _note(casebook, who, "#mantelzorg zwaar", 1)
    last = casebook.add_note("#mantelzorg", person_name="Dirk Dam", on_date=TODAY)
    assert radar.signal_suggestions(casebook, TODAY)[0]["residents"] == 4
    casebook.delete(Kind.NOTE, last.id)
    assert radar.signal_suggestions(casebook, TODAY)[0]["residents"] == 3
    radar.dismiss(casebook, "#Mantelzorg")
    assert radar.signal_suggestions(casebook, TODAY) == []
    assert radar.dismissed(Casebook(casebook.book)) == {"mantelzorg"}
    assert radar.suggestion_for(casebook, "mantelzorg", TODAY)["residents"] == 3
