"""Signals and stories: writing, the status flow, the sounding-board export without names,
and the name warning (fast at village scale)."""

from __future__ import annotations

import time

import pytest

from dorpsboek.demo.generator import DemoSize, generate
from dorpsboek.domain.names import NameMatcher
from dorpsboek.domain.records import Kind
from dorpsboek.errors import UsageError
from dorpsboek.services import stories
from dorpsboek.services.casebook import Casebook


def test_signal_flow_and_listing(casebook: Casebook) -> None:
    sid = stories.add_signal(
        casebook, "Geen bus op zaterdag", theme="vervoer", noted_on="2026-02-01"
    )
    assert [s.status for s in stories.list_signals(casebook)] == ["noticed"]
    status = "noticed"
    seen = [status]
    for _ in range(4):
        status = stories.next_status(status)
        seen.append(status)
    assert seen == ["noticed", "discussed", "initiative", "closed", "closed"]
    stories.update_signal(casebook, sid, status="initiative")
    assert stories.list_signals(casebook)[0].status == "initiative"
    with pytest.raises(UsageError):
        stories.update_signal(casebook, sid, status="weg")
    with pytest.raises(UsageError):
        stories.add_signal(casebook, "   ")
    actions = [a["action"] for a in casebook.audit_trail(sid)]
    assert actions == ["create", "update"]


def test_story_crud(casebook: Casebook) -> None:
    sid = stories.add_story(
        casebook, "Weer aan tafel", "Vijf mensen eten samen.", on_date="2026-01-02"
    )
    stories.update_story(casebook, sid, in_report=False, text="Zes mensen eten samen.")
    [story] = stories.list_stories(casebook)
    assert (story.title, story.text, story.in_report) == (
        "Weer aan tafel",
        "Zes mensen eten samen.",
        False,
    )
    stories.delete(casebook, Kind.STORY, sid)
    assert stories.list_stories(casebook) == []


def test_sounding_board_export_has_no_names(casebook: Casebook) -> None:
    casebook.add_person("Hendrik Kloosterhuis")
    stories.add_signal(
        casebook, "Hendrik Kloosterhuis en anderen missen een eetpunt", theme="ontmoeting",
        frequency="drie keer gehoord", noted_on="2026-03-04",
    )  # fmt: skip
    stories.add_signal(casebook, "Oud", status="closed", noted_on="2025-01-01")
    text = stories.signals_for_sounding_board(casebook)
    assert "Kloosterhuis" not in text and "[naam] en anderen" in text
    assert "03-2026" in text and "opgemerkt" in text and "Oud" not in text
    assert "Oud" in stories.signals_for_sounding_board(casebook, include_closed=True)


def test_names_in_text(casebook: Casebook) -> None:
    for name in ("Jan van der Veen", "Riek Dijkstra", "Piet", "Truus Tuin"):
        casebook.add_person(name)
    text = "Met Jan van der Veen en mevrouw Dijkstra in de tuin; Piet kwam ook."
    assert stories.names_in_text(casebook, text) == ["Jan van der Veen", "Riek Dijkstra"]
    assert stories.names_in_text(casebook, "Truus Tuin hielp") == ["Truus Tuin"]
    assert stories.names_in_text(casebook, "Een mooie dag in de tuin") == []


def test_accents_and_case_do_not_hide_a_name() -> None:
    matcher = NameMatcher(["Ömer Bosma", "Noëlle in 't Veld"])
    assert matcher.names_in_text("omer bosma belde") == ["Ömer Bosma"]
    assert matcher.names_in_text("Noelle IN 'T VELD") == ["Noëlle in 't Veld"]


@pytest.mark.slow
def test_name_check_is_fast_at_village_scale(casebook: Casebook) -> None:
    generate(casebook.book, DemoSize(persons=6000, notes=0, organisations=0, volunteers=0), 1)
    start = time.perf_counter()
    index = stories.NameIndex.load(casebook)
    load_s = time.perf_counter() - start
    story = "Een oudere inwoner durfde na een val niet meer alleen thuis te zijn. " * 20
    start = time.perf_counter()
    for _ in range(20):
        index.names_in_text(story)
    check_s = (time.perf_counter() - start) / 20
    assert load_s < 1.0 and check_s < 0.02, (load_s, check_s)
