"""Schema step 11: reminders that repeat (issue 13).

`every` is the rule as she gave it ("3d", "2w", "1m"; NULL: once). `series_from` is the first
date of the series, so that "every month from 31 January" stays on month ends instead of
drifting to the 28th after February. Both may be NULL, so bundles and team packages written
before this step (which lack the columns) still read in.
"""

from __future__ import annotations

from typing import Any


def upgrade(cur: Any) -> None:
    cur.execute("ALTER TABLE reminders ADD COLUMN every TEXT")
    cur.execute("ALTER TABLE reminders ADD COLUMN series_from TEXT")
