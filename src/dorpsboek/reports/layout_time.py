"""The time section of the account (issue 12): her minutes as bars, kernen, outcomes.

Minutes are not people: they are shown exactly. Residents per kern and outcomes are counts of
people or their requests and pass the '< N' rule like every other count.
"""

from __future__ import annotations

from dorpsboek.domain.report import Account
from dorpsboek.domain.report_time import ACTIVITY_KIND_LABELS
from dorpsboek.reports.layout import Bar, Section, bars, month_label

# Note kinds and activity kinds share one list of kinds of work.
WORK_KIND_LABELS = {
    "visit": "bezoek",
    "phone": "telefoon",
    "meeting": "overleg (over een inwoner)",
    "message": "bericht",
    "other": "anders",
    "": "niet ingevuld",
    **ACTIVITY_KIND_LABELS,
}


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} u {rest:02d} min" if rest else f"{hours} u"


def _time_bars(minutes: dict[str, int], labels: dict[str, str] | None = None) -> list[Bar]:
    keys = sorted(minutes, key=lambda k: (-minutes[k], k))
    return [
        Bar((labels or {}).get(k, k) or "niet ingevuld", minutes[k], hours_text(minutes[k]), False)
        for k in keys
    ]


def _month_bars(account: Account) -> list[Bar]:
    t = account.numbers.time
    out = []
    for month in account.numbers.period.months():
        done = t.by_month.get(month, 0)
        text = hours_text(done)
        if t.contracted_by_month:
            text += f" van {hours_text(t.contracted_by_month.get(month, 0))}"
        out.append(Bar(month_label(month), done, text, False))
    return out


def time_sections(account: Account) -> list[Section]:
    n, t = account.numbers, account.numbers.time
    lines = [
        f"Genoteerde tijd: {hours_text(t.total)}, waarvan {hours_text(t.without_resident)} "
        "aan werk zonder inwoner (overleg, groepen, vrijwilligers, netwerk).",
        f"Activiteiten (niet over één inwoner): {t.activities}.",
        "Niet bij elk contact wordt de tijd genoteerd.",
    ]
    if t.contracted_by_month:
        contracted = sum(t.contracted_by_month.values())
        lines.append(f"Contracturen in deze periode: {hours_text(contracted)}.")
    return [
        Section("time", "Tijd", lines=lines),
        Section(
            "time_by_month",
            "Tijd per maand" + (" (tegenover contracturen)" if t.contracted_by_month else ""),
            _month_bars(account),
            chart=len(n.period.months()) > 1,
        ),
        Section(
            "time_by_kind",
            "Tijd per soort werk",
            _time_bars(t.by_kind, WORK_KIND_LABELS),
            chart=True,
        ),
        Section("time_by_tag", "Tijd per eigen onderwerp (#tag)", _time_bars(t.by_tag), chart=True),
        Section("time_by_kern", "Tijd per kern", _time_bars(t.by_kern), chart=True),
        Section(
            "residents_by_kern",
            "Inwoners bereikt per kern",
            bars(t.residents_by_kern, account.threshold),
        ),
        Section(
            "outcomes",
            "Wat kwam er uit de afgeronde hulpvragen",
            bars(n.outcomes, account.threshold),
            lines=[
                f"Dit zijn de hulpvragen die in deze periode zijn afgerond "
                f"({account.shown(n.help_done)}), elk met wat eruit kwam."
            ],
        ),
    ]
