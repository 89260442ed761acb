"""Bewaartermijn: who comes up for review, exactly at the boundary; keep records the review."""

from __future__ import annotations

import datetime as dt

from dorpsboek.domain.records import Kind
from dorpsboek.services import privacy
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings

TODAY = dt.date(2026, 3, 15)  # cut-off with 24 months: 15-03-2024


def _person(cb: Casebook, name: str, status: str, last: dt.date | None) -> str:
    pid = cb.add_person(name, status=status)
    if last:
        cb.add_note("contact", person_id=pid, on_date=last)
    return pid


def test_retention_boundary(casebook: Casebook) -> None:
    due = _person(casebook, "Al Lang Stil", "closed", dt.date(2024, 3, 14))
    _person(casebook, "Net Niet", "dormant", dt.date(2024, 3, 15))
    _person(casebook, "Recent Gezien", "closed", dt.date(2025, 1, 1))
    silent = _person(casebook, "Actief Maar Stil", "active", dt.date(2023, 1, 1))
    found = privacy.retention_candidates(casebook, None, TODAY)
    assert [c.person_id for c in found] == [silent, due]
    assert found[1].last_contact == "2024-03-14" and found[1].status == "closed"


def test_months_setting_is_used(casebook: Casebook, tmp_path: object) -> None:
    _person(casebook, "Een Jaar Stil", "dormant", dt.date(2025, 3, 1))
    settings = Settings()
    assert privacy.retention_candidates(casebook, settings, TODAY) == []
    settings.set("retention_months", 12)
    assert [c.name for c in privacy.retention_candidates(casebook, settings, TODAY)] == [
        "Een Jaar Stil"
    ]


def test_keep_removes_from_the_list_until_the_next_period(casebook: Casebook) -> None:
    pid = _person(casebook, "Blijft Bewaard", "closed", dt.date(2020, 1, 1))
    privacy.keep_person(casebook, pid, today=TODAY)
    assert privacy.retention_candidates(casebook, None, TODAY) == []
    later = dt.date(2028, 3, 16)  # a full period after the review
    assert [c.reviewed_on for c in privacy.retention_candidates(casebook, None, later)] == [
        "2026-03-15"
    ]


def test_resident_without_notes_counts_from_when_added(casebook: Casebook) -> None:
    _person(casebook, "Nooit Gesproken", "closed", None)
    assert privacy.retention_candidates(casebook, None, dt.date.today()) == []
    future = dt.date.today() + dt.timedelta(days=800)
    assert len(privacy.retention_candidates(casebook, None, future)) == 1


def test_tombstoned_residents_are_not_listed(casebook: Casebook) -> None:
    pid = _person(casebook, "Weg Gezet", "closed", dt.date(2020, 1, 1))
    casebook.delete(Kind.PERSON, pid)
    assert privacy.retention_candidates(casebook, None, TODAY) == []


def test_count_agrees_with_the_list(casebook: Casebook) -> None:
    """The SQL count for Vandaag follows the same rule as the list, day by day."""
    _person(casebook, "Al Lang Stil", "closed", dt.date(2024, 3, 14))
    _person(casebook, "Net Niet", "dormant", dt.date(2024, 3, 15))
    kept = _person(casebook, "Bewaard", "closed", dt.date(2020, 1, 1))
    privacy.keep_person(casebook, kept, today=dt.date(2025, 6, 1))
    gone = _person(casebook, "Weg", "closed", dt.date(2020, 1, 1))
    casebook.delete(Kind.PERSON, gone)
    _person(casebook, "Nooit Gesproken", "closed", None)
    days = [TODAY, dt.date(2026, 3, 16), dt.date(2027, 6, 2), dt.date.today() + dt.timedelta(800)]
    counts = [privacy.retention_count(casebook, None, day) for day in days]
    assert counts == [len(privacy.retention_candidates(casebook, None, day)) for day in days]
    assert counts[:2] == [1, 2]


def test_months_before_handles_short_months() -> None:
    assert privacy.months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert privacy.months_before(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)


def test_sensitive_words_are_hers_to_edit(casebook: Casebook) -> None:
    assert "dementie" in privacy.sensitive_words(casebook)
    privacy.set_sensitive_words(casebook, ["astma", " astma ", "", "COPD"])
    assert privacy.sensitive_words(casebook) == ["astma", "COPD"]
    kinds = [f.kind for f in privacy.check_note(casebook, "copd en BSN 111222333, geen dementie")]
    assert kinds == ["word", "bsn"]
