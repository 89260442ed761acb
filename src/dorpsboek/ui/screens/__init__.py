"""The main window's screens, one module per navigation entry.

The main window looks for a module `dorpsboek.ui.screens.<key>` for each key in SCREEN_KEYS and
calls its `create(context, parent) -> Screen`; a key without a module shows a friendly
placeholder. A feature adds its screen by adding its module, without touching the window.
"""

from __future__ import annotations

# Navigation order; the Dutch titles are in dorpsboek.ui.screens.base.screen_title.
SCREEN_KEYS = (
    "today",
    "residents",
    "help_requests",
    "kaart",
    "volunteers",
    "signals",
    "report",
    "handover",
)

# Which screen shows a record of each kind when something asks to open it.
SCREEN_FOR_KIND = {
    "person": "residents",
    "note": "residents",
    "reminder": "residents",
    "help_request": "help_requests",
    "organisation": "kaart",
    "volunteer": "volunteers",
    "signal": "signals",
    "story": "signals",  # stories are written and edited on the signals screen
}
