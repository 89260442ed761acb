"""The main window's screens, one module per navigation entry.

Each key in SCREEN_KEYS has a module `dorpsboek.ui.screens.<key>` with
`create(context, parent) -> Screen`; `create_screen` imports it when the screen is first shown
(only Vandaag is built at unlock). A new screen adds its module, its key here and a line in
`_module`: imported, not loaded by name, so the layer test sees the edge.
"""

from __future__ import annotations

from types import ModuleType

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
    "emergency_kit": "handover",  # Vandaag's "test het noodpakket"
}


def screen_module(key: str) -> ModuleType:
    """The module of the screen for `key`, imported on first use (KeyError: no such screen)."""
    if key == "today":
        from dorpsboek.ui.screens import today

        return today
    if key == "residents":
        from dorpsboek.ui.screens import residents

        return residents
    if key == "help_requests":
        from dorpsboek.ui.screens import help_requests

        return help_requests
    if key == "kaart":
        from dorpsboek.ui.screens import kaart

        return kaart
    if key == "volunteers":
        from dorpsboek.ui.screens import volunteers

        return volunteers
    if key == "signals":
        from dorpsboek.ui.screens import signals

        return signals
    if key == "report":
        from dorpsboek.ui.screens import report

        return report
    if key == "handover":
        from dorpsboek.ui.screens import handover

        return handover
    raise KeyError(key)
