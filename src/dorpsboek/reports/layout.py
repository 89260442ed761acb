"""What the account shows, in order, as plain rows and bars every output format draws alike.

Every count passes through the '< N' rule here, so no renderer can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.report import (
    HEADLINE_LABELS,
    HELP_STATUS_LABELS,
    NOTE_KIND_LABELS,
    SIGNAL_STATUS_LABELS,
    UNMASKED,
    Account,
    Numbers,
    is_masked,
)

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    text: str  # what is printed: the number, or '< 3'
    masked: bool


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    bars: list[Bar] = field(default_factory=list)
    chart: bool = False  # draw the bars as a chart (also list them)
    lines: list[str] = field(default_factory=list)
    empty: str = "Niets in deze periode."


@dataclass(frozen=True)
class HeadlineRow:
    key: str
    label: str
    now: str
    before: str
    change: str


def byline(account: Account) -> str:
    """ "Door Anna de Vries, dorpsondersteuner voor Elsloo en Makkinga." ("" if nothing known)."""
    villages = list(account.villages)
    where = ""
    if villages:
        where = (
            villages[0] if len(villages) == 1 else ", ".join(villages[:-1]) + " en " + villages[-1]
        )
    if account.author and where:
        return f"Door {account.author}, dorpsondersteuner voor {where}."
    if account.author:
        return f"Door {account.author}, dorpsondersteuner."
    return f"Dorpsondersteuning in {where}." if where else ""


def period_text(numbers: Numbers) -> str:
    p = numbers.period
    return f"{format_date(p.first.isoformat())} t/m {format_date(p.last.isoformat())}"


def bars(counts: dict[str, int], threshold: int, labels: dict[str, str] | None = None,
         order: list[str] | None = None) -> list[Bar]:  # fmt: skip
    """Bars largest first (or in `order`), small counts masked as '< threshold'."""
    keys = order if order is not None else sorted(counts, key=lambda k: (-counts[k], k))
    out = []
    for key in keys:
        n = counts.get(key, 0)
        label = (labels or {}).get(key, key) or "niet ingevuld"
        masked = is_masked(n, threshold)
        out.append(Bar(label, n, f"< {threshold}" if masked else str(n), masked))
    return out


def _change(key: str, now: int, before: int, threshold: int) -> str:
    if key not in UNMASKED and (is_masked(now, threshold) or is_masked(before, threshold)):
        return ""  # a difference would reveal the hidden number
    diff = now - before
    return "gelijk" if diff == 0 else f"{diff:+d}".replace("-", "−")


def headline(account: Account) -> list[HeadlineRow]:
    now, before = account.numbers.headline(), account.previous.headline()
    return [
        HeadlineRow(
            key,
            HEADLINE_LABELS[key],
            account.shown(now[key], key),
            account.shown(before[key], key),
            _change(key, now[key], before[key], account.threshold),
        )
        for key in now
    ]


def month_label(month: str) -> str:
    return f"{MONTHS[int(month[5:7]) - 1]} {month[2:4]}"


def sections(account: Account) -> list[Section]:
    n, t = account.numbers, account.threshold
    months = n.period.months()
    return [
        Section(
            "notes_by_month",
            "Contactmomenten per maand",
            bars(n.notes_by_month, t, {m: month_label(m) for m in months}, months),
            chart=len(months) > 1,
        ),
        Section(
            "notes_by_kind", "Contactmomenten per soort", bars(n.notes_by_kind, t, NOTE_KIND_LABELS)
        ),
        *_time(account),
        Section(
            "help_by_theme", "Nieuwe hulpvragen per thema", bars(n.help_by_theme, t), chart=True
        ),
        Section(
            "help_by_status",
            "Nieuwe hulpvragen: hoe staan ze er nu voor",
            bars(n.help_by_status, t, HELP_STATUS_LABELS),
        ),
        Section(
            "notes_by_tag",
            "Eigen onderwerpen (#tags in notities)",
            bars(n.notes_by_tag, t),
            chart=True,
        ),
        Section(
            "referrals",
            "Doorverwezen naar (sociale kaart)",
            bars(n.referrals_by_category, t),
            chart=True,
        ),
        Section(
            "volunteers",
            "Vrijwilligers",
            lines=[
                f"Vrijwilligers die nu actief zijn: {account.shown(n.volunteers_active)}.",
                f"Vrijwilligers ingezet in deze periode: {account.shown(n.volunteers_matched)}.",
                f"Koppelingen tussen inwoner en vrijwilliger: {account.shown(n.matches)}.",
            ],
        ),
        Section(
            "signals",
            "Signalen",
            bars(
                n.signals_by_status,
                t,
                SIGNAL_STATUS_LABELS,
                [k for k in SIGNAL_STATUS_LABELS if k in n.signals_by_status],
            ),
            lines=[
                f"{s.theme or 'Zonder thema'}: {s.description} "
                f"({SIGNAL_STATUS_LABELS.get(s.status, s.status)})"
                for s in account.signals
            ],
            empty="Geen signalen in deze periode.",
        ),
    ]


def _time(account: Account) -> list[Section]:
    from dorpsboek.reports.layout_time import time_sections  # it builds on this module

    return time_sections(account)


THRESHOLD_NOTE = (
    "Aantallen kleiner dan {t} staan er als '< {t}', zodat niemand herkenbaar is. "
    "Er staan geen namen, adressen of telefoonnummers van inwoners in dit verslag."
)
