"""Settings declared once, with type and default; stored as JSON in the user config folder.

Qt-free so the CLI and services read the same values as the desktop app. Settings never hold
personal data (only paths, numbers and choices).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dorpsboek.atomic import private_dir, write_bytes_atomic
from dorpsboek.paths import config_dir


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    help: str


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("language", "nl", str, "Interface language: nl or en."),
        Setting("book_path", "", str, "The book to open; empty means the default location."),
        Setting("autolock_minutes", 10, int, "Lock after this many idle minutes (0 = never)."),
        Setting("quiet_weeks", 4, int, "Running help request without contact this long: quiet."),
        Setting("stale_months", 12, int, "Sociale-kaart entries unchecked this long are marked."),
        Setting("vog_max_years", 3, int, "A volunteer's VOG older than this gets a warning."),
        Setting("retention_months", 24, int, "Closed/dormant residents this long: review."),
        Setting("report_threshold", 3, int, "Counts below this show as '< N' in reports."),
        Setting("backup_dir", "", str, "Folder for automatic backups; empty = next to the book."),
        Setting("emergency_dir", "", str, "Folder for the emergency bundle (a USB stick...)."),
        Setting("backup_dirs_earlier", [], list, "Earlier backup folders; restore still looks."),
        Setting("first_run_done", False, bool, "The first-run guide has been shown."),
        Setting("window_geometry", "", str, "Main window size and place (Qt, base64)."),
        Setting("splitters", {}, dict, "Where she left each screen's dividers (Qt, base64)."),
    )
}


def settings_file() -> Path:
    return config_dir() / "settings.json"


class Settings:
    """Typed access to the registry; unknown or mistyped stored values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = loaded
        except (OSError, ValueError):
            self._values = {}

    def get(self, key: str) -> Any:
        setting = REGISTRY[key]
        value = self._values.get(key, setting.default)
        value = value if isinstance(value, setting.kind) else setting.default
        if isinstance(value, list | dict):
            return type(value)(value)  # never the shared default
        return value

    def set(self, key: str, value: Any) -> None:
        setting = REGISTRY[key]
        if not isinstance(value, setting.kind):
            raise TypeError(f"{key} must be {setting.kind.__name__}")
        self._values[key] = value
        private_dir(self.path.parent)
        data = json.dumps(self._values, indent=2, sort_keys=True).encode("utf-8")
        write_bytes_atomic(self.path, data)
