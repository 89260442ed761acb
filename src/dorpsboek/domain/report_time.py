"""Her time in the account: minutes per kind, tag, kern and month, against her contract."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Labels for activity kinds and outcomes in the account (Dutch; the account is Dutch).
ACTIVITY_KIND_LABELS = {
    "overleg": "overleg met professionals",
    "collectief": "collectief, dorpsinitiatief",
    "vrijwilligers": "vrijwilligers ondersteunen",
    "netwerk": "netwerk (vereniging, dorpsraad, gemeente)",
}
NO_KERN = "zonder kern"
NO_OUTCOME = "niet ingevuld"


@dataclass
class TimeNumbers:
    """Minutes she wrote down in a period; keys are stored values (kinds, tags, kernen)."""

    total: int = 0
    without_resident: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_tag: dict[str, int] = field(default_factory=dict)
    by_kern: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)
    activities: int = 0
    activities_by_kind: dict[str, int] = field(default_factory=dict)
    residents_by_kern: dict[str, int] = field(default_factory=dict)
    contracted_by_month: dict[str, int] = field(default_factory=dict)


def contracted_minutes(
    hours_per_week: float | None, month: str, first: dt.date, last: dt.date
) -> int:
    """Her contracted minutes in the days of `month` ('YYYY-MM') that fall inside the period."""
    if not hours_per_week:
        return 0
    year, number = int(month[:4]), int(month[5:7])
    start = max(first, dt.date(year, number, 1))
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    end = min(last, following - dt.timedelta(days=1))
    days = (end - start).days + 1
    return round(hours_per_week * 60 * days / 7) if days > 0 else 0
