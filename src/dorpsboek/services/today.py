"""What Vandaag shows: reminders due today or overdue, quiet help requests, recent notes, and
the lines above them (a signal to consider, the emergency-kit test, the retention review)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dorpsboek.domain.daily import HelpRequestView, ReminderView
from dorpsboek.domain.records import Note
from dorpsboek.services import emergency_drill, privacy, radar
from dorpsboek.services import help as help_service
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings


@dataclass(frozen=True)
class TodayOverview:
    today: dt.date
    reminders: list[ReminderView]
    quiet: list[HelpRequestView]
    recent_notes: list[Note]


def overview(
    cb: Casebook, quiet_weeks: int, today: dt.date | None = None, recent: int = 10
) -> TodayOverview:
    day = today or dt.date.today()
    return TodayOverview(
        today=day,
        reminders=help_service.due_reminders(cb, day),
        quiet=help_service.quiet_help_requests(cb, quiet_weeks, day),
        recent_notes=cb.recent_notes(recent),
    )


@dataclass(frozen=True)
class UpkeepLines:
    """The lines above Vandaag's lists; each shows only when it has something to say."""

    suggestions: list[dict[str, Any]]  # radar.signal_suggestions
    radar_weeks: int
    kit_test_due: bool
    retention_due: int


def upkeep_lines(cb: Casebook, settings: Settings, today: dt.date | None = None) -> UpkeepLines:
    """Three questions that each read a large part of the book (every tag of six weeks of
    notes, every resident's last contact): Vandaag asks them off the GUI thread at unlock."""
    day = today or dt.date.today()
    return UpkeepLines(
        suggestions=radar.signal_suggestions(cb, day),
        radar_weeks=radar.threshold(cb)[1],
        kit_test_due=emergency_drill.emergency_test_due(cb, day),
        retention_due=privacy.retention_count(cb, settings, day),
    )
