"""Two team members tick off the same repeating reminder: after the exchange there is one
next reminder, not two (its id is derived from the one ticked off)."""

from __future__ import annotations

import datetime as dt

from dorpsboek.services import help as help_service
from dorpsboek.services import recurring
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump
from tests.team.conftest import Team, first
from tests.team.test_exchange import full_round


def test_both_tick_off_the_same_series_and_one_next_one_remains(team: Team) -> None:
    anna, bea, _cor = team.books
    person = first(anna, "persons")
    today = dt.date.today()
    series = help_service.add_reminder(Casebook(anna, actor="Anna"), today, "Boodschappenritje",
                                       person_id=person["id"], every="1w")  # fmt: skip
    full_round(team)
    made_by_anna = recurring.set_done(Casebook(anna, actor="Anna"), series, True, today=today)
    made_by_bea = recurring.set_done(Casebook(bea, actor="Bea"), series, True, today=today)
    assert made_by_anna == made_by_bea
    full_round(team)
    full_round(team)
    for book in team.books:
        open_ones = [
            r for r in dump.read_all(book)["reminders"]
            if r["text"] == "Boodschappenritje" and not r["done"] and not r["deleted_at"]
        ]  # fmt: skip
        assert [r["due_on"] for r in open_ones] == [(today + dt.timedelta(weeks=1)).isoformat()]
    assert len(set(team.digests())) == 1
