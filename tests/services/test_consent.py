"""Consent per organisation: recorded once per pair, shown in the letter and the inzage,
gone with the resident when she is forgotten."""

from __future__ import annotations

import pytest

from dorpsboek.domain.records import Kind
from dorpsboek.errors import NotFound
from dorpsboek.handover import export
from dorpsboek.services import consent, kaart
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump


@pytest.fixture
def village(casebook: Casebook) -> tuple[str, str, str]:
    pid = casebook.add_person("Aaltje Bosma")
    gp = kaart.save_entry(casebook, {"name": "Huisartsenpraktijk De Linde"})
    care = kaart.save_entry(casebook, {"name": "Thuiszorg Oost"})
    return pid, gp, care


def test_consent_is_recorded_once_and_shown_in_the_letter(
    casebook: Casebook, village: tuple[str, str, str]
) -> None:
    pid, gp, care = village
    first = consent.allow(casebook, pid, gp)
    assert consent.allow(casebook, pid, gp) == first
    consent.allow(casebook, pid, care)
    assert [c.organisation for c in consent.allowed(casebook, pid)] == [
        "Huisartsenpraktijk De Linde", "Thuiszorg Oost"
    ]  # fmt: skip
    letter = export.draft_letter(casebook.book)
    section = letter.split("## Toestemming: met wie ik over een inwoner mag praten")[1]
    assert section.split("##")[0].strip() == (
        "- Aaltje Bosma: Huisartsenpraktijk De Linde, Thuiszorg Oost"
    )
    casebook.delete(Kind.LINK, first)
    assert [c.organisation for c in consent.allowed(casebook, pid)] == ["Thuiszorg Oost"]


def test_consent_for_an_unknown_resident_stores_nothing(
    casebook: Casebook, village: tuple[str, str, str]
) -> None:
    _, gp, _ = village
    before = len(dump.read_all(casebook.book)["links"])
    with pytest.raises(NotFound):
        consent.allow(casebook, "00000000-0000-4000-8000-000000000000", gp)
    assert len(dump.read_all(casebook.book)["links"]) == before


def test_inzage_shows_consent_and_forgetting_removes_it(
    casebook: Casebook, village: tuple[str, str, str]
) -> None:
    from dorpsboek.services import privacy

    pid, gp, _ = village
    consent.allow(casebook, pid, gp)
    access = privacy.subject_access(casebook, pid)
    assert [(x["role"], x["to_name"]) for x in access.links] == [
        ("consent", "Huisartsenpraktijk De Linde")
    ]
    privacy.erase_person(casebook, pid)
    live = [r for r in dump.read_all(casebook.book)["links"] if not r.get("deleted_at")]
    assert [r for r in live if r["role"] == "consent"] == []
