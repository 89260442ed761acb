"""What Vandaag shows: reminders due today or overdue, quiet help requests, recent notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dorpsboek.domain.daily import HelpRequestView, ReminderView
from dorpsboek.domain.records import Note
from dorpsboek.services import help as help_service
from dorpsboek.services.casebook import Casebook


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
