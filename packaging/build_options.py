"""Per-platform choices of the PyInstaller spec, apart so tests can check every branch here.

Console: PyInstaller's `console=False` detaches the program from any terminal, so on Windows
`dorpsboek.exe --help` or `--json` would print nothing. Its documented answer is a console
program with `hide_console="hide-early"`: started from a terminal it prints there; started
from the Start menu or a double-click (it then owns its console) the console is hidden at
once. Linux has no such window at all; a macOS .app must be windowed (`console=False`); its
CLI is the same binary in Dorpsboek.app/Contents/MacOS, which prints to a terminal anyway.
"""

from __future__ import annotations

from typing import Any


def exe_options(platform: str) -> dict[str, Any]:
    if platform == "win32":
        return {"console": True, "hide_console": "hide-early", "icon": "dorpsboek.ico"}
    if platform == "darwin":
        return {"console": False, "argv_emulation": False, "icon": "dorpsboek.icns"}
    return {"console": True, "icon": "dorpsboek.icns"}  # Linux ignores the icon
