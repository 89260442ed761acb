"""The yearly account as plain values: periods, the numbers of one period, and how small
counts are shown so that no resident can be recognised."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dorpsboek.domain.report_time import TimeNumbers

# Labels in the account (Dutch: the account goes to the municipality and sounding board).
NOTE_KIND_LABELS = {
    "visit": "bezoek",
    "phone": "telefoon",
    "meeting": "overleg",
    "message": "bericht",
    "other": "anders",
    "": "niet ingevuld",
}
HELP_STATUS_LABELS = {"new": "nieuw", "running": "loopt", "done": "afgerond"}
SIGNAL_STATUS_LABELS = {
    "noticed": "opgemerkt",
    "discussed": "besproken met klankbordgroep",
    "initiative": "initiatief gestart",
    "closed": "afgesloten",
}
NO_CATEGORY = "zonder categorie"


@dataclass(frozen=True)
class Period:
    """First and last day, both inclusive."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("period ends before it starts")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def whole_months(self) -> int:
        """How many calendar months the period spans exactly (0 if it does not)."""
        if self.first.day != 1 or (self.last + dt.timedelta(days=1)).day != 1:
            return 0
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    def previous(self) -> Period:
        """The period of equal length that ends the day before this one starts: the same
        number of calendar months for a year, quarter or month, otherwise the same days."""
        last = self.first - dt.timedelta(days=1)
        months = self.whole_months()
        if months:
            index = self.first.year * 12 + self.first.month - 1 - months
            return Period(dt.date(index // 12, index % 12 + 1, 1), last)
        return Period(last - dt.timedelta(days=self.days - 1), last)

    def months(self) -> list[str]:
        """Every month the period touches, as 'YYYY-MM'."""
        out, year, month = [], self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


def last_calendar_year(today: dt.date) -> Period:
    return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))


def calendar_year(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))


def quarter(year: int, number: int) -> Period:
    if number not in (1, 2, 3, 4):
        raise ValueError("quarter is 1-4")
    first = dt.date(year, 3 * number - 2, 1)
    next_first = dt.date(year + 1, 1, 1) if number == 4 else dt.date(year, 3 * number + 1, 1)
    return Period(first, next_first - dt.timedelta(days=1))


def split_themes(themes: str) -> list[str]:
    """'zorg, wonen' -> ['zorg', 'wonen']; how themes are counted everywhere."""
    seen: dict[str, None] = {}
    for part in themes.split(","):
        if part.strip():
            seen.setdefault(part.strip().lower(), None)
    return list(seen)


@dataclass(frozen=True)
class SignalLine:
    theme: str
    description: str
    frequency: str
    status: str
    noted_on: str


@dataclass(frozen=True)
class StoryLine:
    title: str
    text: str
    on_date: str


@dataclass
class Numbers:
    """The raw numbers of one period (live records plus tallies of erased residents)."""

    period: Period
    residents_reached: int = 0
    residents_new: int = 0
    notes_total: int = 0
    notes_by_kind: dict[str, int] = field(default_factory=dict)
    minutes: int = 0
    notes_by_tag: dict[str, int] = field(default_factory=dict)
    notes_by_month: dict[str, int] = field(default_factory=dict)
    help_new: int = 0
    help_done: int = 0
    help_by_theme: dict[str, int] = field(default_factory=dict)
    help_by_status: dict[str, int] = field(default_factory=dict)
    referrals: int = 0
    referrals_by_category: dict[str, int] = field(default_factory=dict)
    matches: int = 0
    volunteers_matched: int = 0
    volunteers_active: int = 0
    signals_by_status: dict[str, int] = field(default_factory=dict)
    time: TimeNumbers = field(default_factory=TimeNumbers)
    outcomes: dict[str, int] = field(default_factory=dict)

    def headline(self) -> dict[str, int]:
        """The numbers compared with the previous period, by a stable key."""
        return {
            "residents_reached": self.residents_reached,
            "residents_new": self.residents_new,
            "notes_total": self.notes_total,
            "hours": round(self.minutes / 60),
            "help_new": self.help_new,
            "help_done": self.help_done,
            "referrals": self.referrals,
            "matches": self.matches,
            "volunteers_matched": self.volunteers_matched,
        }


HEADLINE_LABELS = {
    "residents_reached": "Inwoners bereikt",
    "residents_new": "Nieuwe inwoners",
    "notes_total": "Contactmomenten",
    "hours": "Uren (voor zover genoteerd)",
    "help_new": "Nieuwe hulpvragen (geopend in de periode)",
    "help_done": "Hulpvragen afgerond in de periode",
    "referrals": "Doorverwijzingen",
    "matches": "Koppelingen met vrijwilligers",
    "volunteers_matched": "Vrijwilligers ingezet",
}
# Numbers that are not counts of people or of their requests are shown exactly.
UNMASKED = frozenset({"hours"})


@dataclass
class Account:
    """The account for a period: its numbers, those of the previous period, the stories."""

    numbers: Numbers
    previous: Numbers
    signals: list[SignalLine]
    stories: list[StoryLine]
    threshold: int = 3
    intro: str = ""  # her own words at the top, kept per year (names of residents redacted)
    author: str = ""  # her name
    villages: tuple[str, ...] = ()  # her kernen, if she works for several

    def shown(self, n: int, key: str = "") -> str:
        return shown(n, self.threshold, masked=key not in UNMASKED)


def shown(n: int, threshold: int, *, masked: bool = True) -> str:
    """A count as printed: 0 stays 0 (nobody), 1..threshold-1 becomes '< threshold'.

    Zero reveals nobody, so it is shown; a small non-zero count could point at one person in
    a small village, so it is hidden behind '< N'.
    """
    if masked and 0 < n < threshold:
        return f"< {threshold}"
    return str(n)


def is_masked(n: int, threshold: int) -> bool:
    return 0 < n < threshold
